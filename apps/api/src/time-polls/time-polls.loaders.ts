import { Loaders, many } from '../loaders/loaders';

/** Time polls' own loaders, in the request's container: `loaders.of(TimePollsLoaders)`. */
export class TimePollsLoaders {
  constructor(private readonly loaders: Loaders) {}

  readonly timePollSlotsByPollId = many(
    (ids) =>
      this.loaders.prisma.timePollSlot.findMany({ where: { pollId: { in: [...ids] } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] }),
    (s) => s.pollId,
  );
  readonly timePollAnswersBySlotId = many(
    (ids) => this.loaders.prisma.timePollAnswer.findMany({ where: { slotId: { in: [...ids] } }, orderBy: { deputyId: 'asc' } }),
    (a) => a.slotId,
  );
}
