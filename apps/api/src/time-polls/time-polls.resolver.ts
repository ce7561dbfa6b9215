import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Role } from '@tribune/domain';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { Deputy } from '../deputies/models/deputy.model';
import { Loaders } from '../loaders/loaders';
import { Meeting } from '../meetings/models/meeting.model';
import { AnswerTimePollInput, CreateTimePollInput, ScheduleFromTimePollInput } from './dto/time-poll.inputs';
import { ScheduleFromTimePollPayload, TimePoll, TimePollAnswer, TimePollSlot, TimePollTally } from './models/time-poll.model';
import { bestSlot, MAX_TIME_POLLS_PAGE, TIME_POLLS_PAGE, TimePollsService } from './time-polls.service';
import { listOf } from '../security/graphql-limits';
import { DeputiesLoaders } from '../deputies/deputies.loaders';
import { MeetingsLoaders } from '../meetings/meetings.loaders';
import { TimePollsLoaders } from './time-polls.loaders';

@Resolver(() => TimePoll)
export class TimePollsResolver {
  constructor(private readonly service: TimePollsService) {}

  @Query(() => TimePoll, { nullable: true, description: "One time poll, read like its group's meetings." })
  timePoll(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.byId(actor, id);
  }

  @Query(() => [TimePoll], { complexity: listOf(TIME_POLLS_PAGE), description: "A group's time polls, latest first." })
  timePolls(
    @CurrentUser() actor: AuthUser,
    @Args('groupId', { type: () => ID }) groupId: string,
    // Each poll brings its slots and every member's answer to each: the page is small.
    @Args('limit', { type: () => Int, defaultValue: TIME_POLLS_PAGE, description: `At most ${MAX_TIME_POLLS_PAGE}.` }) limit: number,
  ) {
    return this.service.forGroup(actor, groupId, limit);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => TimePoll, { description: 'A coordinator proposes slots for a group meeting.' })
  createTimePoll(@CurrentUser() actor: AuthUser, @Args('input') input: CreateTimePollInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => TimePoll, { description: 'A member answers yes, if need be or no per slot (answers replace earlier ones).' })
  answerTimePoll(@CurrentUser() actor: AuthUser, @Args('input') input: AnswerTimePollInput) {
    return this.service.answer(actor, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ScheduleFromTimePollPayload, {
    description: 'Schedules the meeting at the chosen (default: best) slot, with the conflict check, and closes the poll.',
  })
  scheduleFromTimePoll(@CurrentUser() actor: AuthUser, @Args('input') input: ScheduleFromTimePollInput) {
    return this.service.schedule(actor, input);
  }

  @ResolveField(() => [TimePollSlot])
  slots(@Root() poll: TimePoll, @Context('loaders') loaders: Loaders) {
    return loaders.of(TimePollsLoaders).timePollSlotsByPollId.load(poll.id);
  }

  @ResolveField(() => ID, { nullable: true, description: 'Most yes, then most yes or if need be, then the earliest.' })
  async bestSlotId(@Root() poll: TimePoll, @Context('loaders') loaders: Loaders) {
    const slots = await loaders.of(TimePollsLoaders).timePollSlotsByPollId.load(poll.id);
    const answers = await Promise.all(slots.map((s) => loaders.of(TimePollsLoaders).timePollAnswersBySlotId.load(s.id)));
    return (
      bestSlot(
        slots.map((s, i) => ({
          ...s,
          yes: answers[i].filter((a) => a.answer === 'YES').length,
          ifNeedBe: answers[i].filter((a) => a.answer === 'IF_NEED_BE').length,
        })),
      )?.id ?? null
    );
  }

  @ResolveField(() => Meeting, { nullable: true, description: 'The meeting scheduled from this poll.' })
  meeting(@Root() poll: TimePoll, @Context('loaders') loaders: Loaders) {
    return poll.meetingId ? loaders.of(MeetingsLoaders).meetingById.load(poll.meetingId) : null;
  }
}

@Resolver(() => TimePollSlot)
export class TimePollSlotResolver {
  @ResolveField(() => TimePollTally)
  async tally(@Root() slot: TimePollSlot, @Context('loaders') loaders: Loaders): Promise<TimePollTally> {
    const answers = await loaders.of(TimePollsLoaders).timePollAnswersBySlotId.load(slot.id);
    return {
      yes: answers.filter((a) => a.answer === 'YES').length,
      ifNeedBe: answers.filter((a) => a.answer === 'IF_NEED_BE').length,
      no: answers.filter((a) => a.answer === 'NO').length,
    };
  }

  @ResolveField(() => [TimePollAnswer], { description: 'Who answered what (visible to the group).' })
  answers(@Root() slot: TimePollSlot, @Context('loaders') loaders: Loaders) {
    return loaders.of(TimePollsLoaders).timePollAnswersBySlotId.load(slot.id);
  }
}

@Resolver(() => TimePollAnswer)
export class TimePollAnswerResolver {
  @ResolveField(() => Deputy)
  deputy(@Root() a: TimePollAnswer, @Context('loaders') loaders: Loaders) {
    return loaders.of(DeputiesLoaders).deputyById.load(a.deputyId);
  }
}
