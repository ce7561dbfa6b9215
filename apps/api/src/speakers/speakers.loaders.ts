import { Loaders, many } from '../loaders/loaders';

/** Speakers' own loaders, in the request's container: `loaders.of(SpeakersLoaders)`. */
export class SpeakersLoaders {
  constructor(private readonly loaders: Loaders) {}

  readonly speechesByMeetingId = many(
    (ids) =>
      this.loaders.prisma.speech.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: [{ startedAt: 'asc' }, { id: 'asc' }] }),
    (s) => s.meetingId,
  );
}
