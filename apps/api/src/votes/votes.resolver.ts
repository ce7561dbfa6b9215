import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AgendaItem } from '../agenda/models/agenda-item.model';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { Decision } from '../decisions/models/decision.model';
import { Deputy } from '../deputies/models/deputy.model';
import { Loaders } from '../loaders/loaders';
import { Meeting } from '../meetings/models/meeting.model';
import { CastVoteInput, CloseVoteInput, OpenVoteInput, RecordVoteDecisionInput } from './dto/vote.inputs';
import { CastVotePayload, CloseVotePayload, NamedVote, Vote, VoteProxy, VoteResults } from './models/vote.model';
import { mayCast, resultsOf, VotesService } from './votes.service';
import { AgendaLoaders } from '../agenda/agenda.loaders';
import { DecisionsLoaders } from '../decisions/decisions.loaders';
import { DeputiesLoaders } from '../deputies/deputies.loaders';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { VotesLoaders } from './votes.loaders';

@Resolver(() => Vote)
export class VotesResolver {
  constructor(private readonly service: VotesService) {}

  @Query(() => Vote, {
    nullable: true,
    description: 'One vote of a sitting, read like its meeting (a secret ballot never says who chose what).',
  })
  vote(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.byId(actor, id);
  }

  @Mutation(() => Vote, {
    description: 'The chair (administrator, group coordinator or lead) opens a vote on an agenda item of a live meeting.',
  })
  openVote(@CurrentUser() actor: AuthUser, @Args('input') input: OpenVoteInput) {
    return this.service.open(actor, input);
  }

  @Mutation(() => CastVotePayload, { description: 'One vote per voter (and per proxy carried); a change only if the vote allows it.' })
  castVote(@CurrentUser() actor: AuthUser, @Args('input') input: CastVoteInput) {
    return this.service.cast(actor, input);
  }

  @Mutation(() => CloseVotePayload, {
    description: 'Publishes the result with turnout and quorum; optionally records the decision in the same step.',
  })
  closeVote(@CurrentUser() actor: AuthUser, @Args('input') input: CloseVoteInput) {
    return this.service.close(actor, input);
  }

  @Mutation(() => Vote, { description: "Records a decision from a closed vote's result." })
  recordVoteDecision(@CurrentUser() actor: AuthUser, @Args('input') input: RecordVoteDecisionInput) {
    return this.service.recordDecision(actor, input);
  }

  @ResolveField(() => AgendaItem)
  agendaItem(@Root() vote: Vote, @Context('loaders') loaders: Loaders) {
    return loaders.of(AgendaLoaders).agendaItemById.load(vote.agendaItemId);
  }

  @ResolveField(() => Meeting)
  meeting(@Root() vote: Vote, @Context('loaders') loaders: Loaders) {
    return loaders.of(MeetingsLoaders).meetingById.load(vote.meetingId);
  }

  @ResolveField(() => Int, { description: 'Votes that may be cast.' })
  eligible(@Root() vote: Vote) {
    return vote.eligibleIds.length;
  }

  @ResolveField(() => Int, { description: 'Votes cast so far (never how).' })
  async cast(@Root() vote: Vote, @Context('loaders') loaders: Loaders) {
    return (await loaders.of(VotesLoaders).voteParticipationsByVoteId.load(vote.id)).length;
  }

  @ResolveField(() => Boolean, { description: 'The caller may cast their own vote in it (the same answer as viewerCan.vote).' })
  canVote(@Root() vote: Vote, @CurrentUser() actor: AuthUser) {
    return mayCast(vote, actor);
  }

  @ResolveField(() => Boolean, { description: "The caller's own vote has been cast." })
  async hasVoted(@Root() vote: Vote, @CurrentUser() actor: AuthUser, @Context('loaders') loaders: Loaders) {
    if (!actor.deputyId) return false;
    return (await loaders.of(VotesLoaders).voteParticipationsByVoteId.load(vote.id)).some((p) => p.deputyId === actor.deputyId);
  }

  @ResolveField(() => [Deputy], { description: 'Who voted (named and secret votes alike: never how, for secret votes).' })
  async voters(@Root() vote: Vote, @Context('loaders') loaders: Loaders) {
    const rows = await loaders.of(VotesLoaders).voteParticipationsByVoteId.load(vote.id);
    return loaders.of(DeputiesLoaders).deputyById.loadMany(rows.map((r) => r.deputyId));
  }

  @ResolveField(() => VoteResults, { nullable: true, description: 'Published at the close.' })
  results(@Root() vote: Vote) {
    return resultsOf(vote as never);
  }

  @ResolveField(() => [NamedVote], {
    nullable: true,
    description: 'Named votes, once closed: who voted what. Always null for secret votes.',
  })
  async namedVotes(@Root() vote: Vote, @Context('loaders') loaders: Loaders): Promise<NamedVote[] | null> {
    if (vote.secrecy !== 'NAMED' || vote.status !== 'CLOSED') return null;
    const rows = await loaders.of(VotesLoaders).voteParticipationsByVoteId.load(vote.id);
    return rows.map((r) => ({ deputyId: r.deputyId, castById: r.castById, choice: r.namedChoice!, option: vote.options[r.namedChoice!] }));
  }

  @ResolveField(() => [VoteProxy])
  proxies(@Root() vote: Vote, @Context('loaders') loaders: Loaders) {
    return loaders.of(VotesLoaders).voteProxiesByVoteId.load(vote.id);
  }

  @ResolveField(() => Decision, { nullable: true })
  decision(@Root() vote: Vote, @Context('loaders') loaders: Loaders) {
    return vote.decisionId ? loaders.of(DecisionsLoaders).decisionById.load(vote.decisionId) : null;
  }
}

@Resolver(() => NamedVote)
export class NamedVoteResolver {
  @ResolveField(() => Deputy, { description: 'Whose vote.' })
  deputy(@Root() v: NamedVote, @Context('loaders') loaders: Loaders) {
    return loaders.of(DeputiesLoaders).deputyById.load(v.deputyId);
  }

  @ResolveField(() => Deputy, { description: 'Who cast it (the proxy holder, for a proxy vote).' })
  castBy(@Root() v: NamedVote, @Context('loaders') loaders: Loaders) {
    return loaders.of(DeputiesLoaders).deputyById.load(v.castById);
  }
}

@Resolver(() => VoteProxy)
export class VoteProxyResolver {
  @ResolveField(() => Deputy)
  grantor(@Root() p: VoteProxy, @Context('loaders') loaders: Loaders) {
    return loaders.of(DeputiesLoaders).deputyById.load(p.grantorId);
  }

  @ResolveField(() => Deputy)
  holder(@Root() p: VoteProxy, @Context('loaders') loaders: Loaders) {
    return loaders.of(DeputiesLoaders).deputyById.load(p.holderId);
  }
}

/** Meeting.votes: the votes held in the meeting, in order. */
@Resolver(() => Meeting)
export class MeetingVotesResolver {
  @ResolveField(() => [Vote])
  votes(@Root() meeting: Meeting, @Context('loaders') loaders: Loaders) {
    return loaders.of(VotesLoaders).votesByMeetingId.load(meeting.id);
  }
}
