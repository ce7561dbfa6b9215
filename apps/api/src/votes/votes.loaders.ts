import { Loaders, many } from '../loaders/loaders';

/** Votes' own loaders, in the request's container: `loaders.of(VotesLoaders)`. */
export class VotesLoaders {
  constructor(private readonly loaders: Loaders) {}

  readonly votesByMeetingId = many(
    (ids) => this.loaders.prisma.vote.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: [{ openedAt: 'asc' }, { id: 'asc' }] }),
    (v) => v.meetingId,
  );
  /** Who voted (never how, for secret votes: the choice column is NULL there). */
  readonly voteParticipationsByVoteId = many(
    (ids) => this.loaders.prisma.voteParticipation.findMany({ where: { voteId: { in: [...ids] } }, orderBy: { deputyId: 'asc' } }),
    (p) => p.voteId,
  );
  readonly voteProxiesByVoteId = many(
    (ids) => this.loaders.prisma.voteProxy.findMany({ where: { voteId: { in: [...ids] } } }),
    (p) => p.voteId,
  );
}
