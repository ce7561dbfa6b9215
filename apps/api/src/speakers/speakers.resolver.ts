import { Args, Context, ID, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { Deputy } from '../deputies/models/deputy.model';
import { Loaders } from '../loaders/loaders';
import { Meeting } from '../meetings/models/meeting.model';
import {
  AgendaItemIdInput,
  GiveFloorInput,
  ReorderSpeakersInput,
  RequestFloorInput,
  SetSpeakingRulesInput,
  SpeakingStatsInput,
} from './dto/speakers.inputs';
import { SpeakerQueueEntry, SpeakersState, SpeakingStats, SpeakingTimeByPerson, Speech } from './models/speakers.model';
import { Gender } from '../deputies/models/deputy.model';
import { mayReadDeclaredGender } from '../deputies/declared-gender';
import { SpeakersService } from './speakers.service';
import { DeputiesLoaders } from '../deputies/deputies.loaders';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { SpeakersLoaders } from './speakers.loaders';

@Resolver(() => SpeakersState)
export class SpeakersResolver {
  constructor(private readonly service: SpeakersService) {}

  @Query(() => SpeakersState, { description: "The list of speakers of an agenda item, with the server's clock." })
  speakers(@CurrentUser() actor: AuthUser, @Args('agendaItemId', { type: () => ID }) agendaItemId: string) {
    return this.service.forItem(actor, agendaItemId);
  }

  @Query(() => SpeakingStats, { description: 'Speaking time per meeting, group or term, by person and by declared gender.' })
  speakingStats(@CurrentUser() actor: AuthUser, @Args('input') input: SpeakingStatsInput) {
    return this.service.stats(actor, input);
  }

  @Mutation(() => SpeakersState, { description: 'A member asks for the floor (or raises a point of order).' })
  requestFloor(@CurrentUser() actor: AuthUser, @Args('input') input: RequestFloorInput) {
    return this.service.request(actor, input);
  }

  @Mutation(() => SpeakersState, { description: 'A member withdraws their own request for the floor on an agenda item.' })
  withdrawFloorRequest(@CurrentUser() actor: AuthUser, @Args('input') input: AgendaItemIdInput) {
    return this.service.withdraw(actor, input);
  }

  @Mutation(() => SpeakersState, { description: 'The chair gives the floor (default: the head of the list); ends the current speech.' })
  giveFloor(@CurrentUser() actor: AuthUser, @Args('input') input: GiveFloorInput) {
    return this.service.give(actor, input);
  }

  @Mutation(() => SpeakersState, { description: 'The chair ends the current speech; its duration is recorded.' })
  endFloor(@CurrentUser() actor: AuthUser, @Args('input') input: AgendaItemIdInput) {
    return this.service.end(actor, input);
  }

  @Mutation(() => SpeakersState, {
    description: 'The chair: reorders who waits for the floor on an agenda item (the full new order). Audited.',
  })
  reorderSpeakers(@CurrentUser() actor: AuthUser, @Args('input') input: ReorderSpeakersInput) {
    return this.service.reorder(actor, input);
  }

  @Mutation(() => Meeting, { description: 'Default speaking time and alternating mode of a meeting (the chair).' })
  async setSpeakingRules(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: SetSpeakingRulesInput,
    @Context('loaders') loaders: Loaders,
  ) {
    await this.service.setRules(actor, input);
    return loaders.of(MeetingsLoaders).meetingById.load(input.meetingId);
  }
}

const GENDER_BESIDE_A_NAME = {
  nullable: true,
  description:
    'Declared gender: read by the deputy themself and administrators; null for anyone else (the alternation and the statistics by gender use it on the server).',
};

@Resolver(() => SpeakerQueueEntry)
export class SpeakerQueueEntryResolver {
  @ResolveField(() => Gender, GENDER_BESIDE_A_NAME)
  gender(@Root() entry: SpeakerQueueEntry, @Context('req') req: { user?: AuthUser }) {
    return mayReadDeclaredGender(req.user, entry.deputyId) ? entry.gender : null;
  }
}

@Resolver(() => SpeakingTimeByPerson)
export class SpeakingTimeByPersonResolver {
  @ResolveField(() => Gender, GENDER_BESIDE_A_NAME)
  gender(@Root() row: SpeakingTimeByPerson, @Context('req') req: { user?: AuthUser }) {
    return mayReadDeclaredGender(req.user, row.deputyId) ? row.gender : null;
  }
}

@Resolver(() => Speech)
export class SpeechResolver {
  @ResolveField(() => Deputy)
  deputy(@Root() s: Speech, @Context('loaders') loaders: Loaders) {
    return loaders.of(DeputiesLoaders).deputyById.load(s.deputyId);
  }
}

/** Meeting.speeches: every speech of the meeting, in order. */
@Resolver(() => Meeting)
export class MeetingSpeechesResolver {
  @ResolveField(() => [Speech])
  speeches(@Root() meeting: Meeting, @Context('loaders') loaders: Loaders) {
    return loaders.of(SpeakersLoaders).speechesByMeetingId.load(meeting.id);
  }
}
