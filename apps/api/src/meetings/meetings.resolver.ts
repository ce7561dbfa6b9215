import { Args, Context, GraphQLISODateTime, ID, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { attendanceIsFinal, reopenableUntil, Role, quorumRequired } from '@tribune/domain';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { Deputy } from '../deputies/models/deputy.model';
import { Loaders } from '../loaders/loaders';
import { WorkingGroup } from '../working-groups/models/working-group.model';
import {
  CancelMeetingInput,
  MeetingFilter,
  MeetingIdInput,
  RescheduleMeetingInput,
  RespondToMeetingInput,
  ScheduleMeetingInput,
  SetCurrentAgendaItemInput,
  StartMeetingInput,
} from './dto/meeting.inputs';
import { MeetingsService } from './meetings.service';
import { AttendanceEntry, Meeting, MeetingPayload, MeetingSeries, MeetingWhen, Quorum } from './models/meeting.model';
import { listOf } from '../security/graphql-limits';
import { DeputiesLoaders } from '../deputies/deputies.loaders';
import { MeetingsLoaders } from './meetings.loaders';
import { WorkingGroupsLoaders } from '../working-groups/working-groups.loaders';

@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(private readonly service: MeetingsService) {}

  @Query(() => [Meeting], {
    complexity: listOf(100),
    description: "Meetings the caller may see (deputies: their groups'), filtered and paginated.",
  })
  meetings(
    @CurrentUser() actor: AuthUser,
    @Context('loaders') loaders: Loaders,
    @Args('filter', { type: () => MeetingFilter, nullable: true }) filter?: MeetingFilter,
  ) {
    return this.service.list(actor, filter ?? Object.assign(new MeetingFilter(), { when: MeetingWhen.ALL, limit: 50, offset: 0 }), loaders);
  }

  @Query(() => Meeting, {
    nullable: true,
    description: "One meeting, to those who may read its group's meetings (its members, coordinators, administrators).",
  })
  meeting(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.byId(actor, id);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => MeetingPayload, {
    description: 'One meeting, or a series (recurrence) of real meetings; conflicts come back as warnings.',
  })
  scheduleMeeting(@CurrentUser() actor: AuthUser, @Args('input') input: ScheduleMeetingInput) {
    return this.service.schedule(actor, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => MeetingPayload, {
    description:
      'Coordination: moves a meeting (or it and the following ones of its series) on its own clock; answers with conflict warnings. Audited.',
  })
  rescheduleMeeting(@CurrentUser() actor: AuthUser, @Args('input') input: RescheduleMeetingInput) {
    return this.service.reschedule(actor, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => MeetingPayload, {
    description: 'Coordination: cancels a scheduled meeting (or its series from it) with a reason told to its members. Audited.',
  })
  cancelMeeting(@CurrentUser() actor: AuthUser, @Args('input') input: CancelMeetingInput) {
    return this.service.cancel(actor, input);
  }

  @Mutation(() => AttendanceEntry, { description: 'A member answers yes, no or maybe, with an optional note.' })
  respondToMeeting(@CurrentUser() actor: AuthUser, @Args('input') input: RespondToMeetingInput) {
    return this.service.respond(actor, input);
  }

  @Mutation(() => Meeting, { description: "Opens the live session (coordinator, administrator or the group's lead)." })
  startMeeting(@CurrentUser() actor: AuthUser, @Args('input') input: StartMeetingInput) {
    return this.service.start(actor, input.meetingId, input.confirmEarly ?? false);
  }

  @Mutation(() => Meeting, {
    description: "Moves the live session to an agenda item, or to the next one (coordinator, administrator or the group's lead).",
  })
  setCurrentAgendaItem(@CurrentUser() actor: AuthUser, @Args('input') input: SetCurrentAgendaItemInput) {
    return this.service.setCurrentAgendaItem(actor, input);
  }

  @Mutation(() => Meeting, { description: 'Closes the live session; the minutes become version 1.' })
  endMeeting(@CurrentUser() actor: AuthUser, @Args('input') input: MeetingIdInput) {
    return this.service.end(actor, input.meetingId);
  }

  @Mutation(() => Meeting, {
    description:
      'Puts a meeting ended by mistake back to live, within 24 hours of its end (its coordinators, administrators); its attendance is no longer final.',
  })
  reopenMeeting(@CurrentUser() actor: AuthUser, @Args('input') input: MeetingIdInput) {
    return this.service.reopen(actor, input.meetingId);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether this meeting counts in the attendance record: it ended, not before its scheduled start, after at least 15 minutes live.',
  })
  attendanceFinal(@Root() meeting: Meeting) {
    return attendanceIsFinal(meeting);
  }

  @ResolveField(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Until when an ended meeting may be reopened by its coordinators; null unless ended.',
  })
  reopenableUntil(@Root() meeting: Meeting) {
    return reopenableUntil(meeting);
  }

  @ResolveField(() => WorkingGroup)
  group(@Root() meeting: Meeting, @Context('loaders') loaders: Loaders) {
    return loaders.of(WorkingGroupsLoaders).groupById.load(meeting.groupId);
  }

  @ResolveField(() => MeetingSeries, { nullable: true })
  series(@Root() meeting: Meeting, @Context('loaders') loaders: Loaders) {
    return meeting.seriesId ? loaders.of(MeetingsLoaders).meetingSeriesById.load(meeting.seriesId) : null;
  }

  @ResolveField(() => [AttendanceEntry], {
    description: 'Every current member (unanswered: null response), then anyone else who answered.',
  })
  async attendance(@Root() meeting: Meeting, @Context('loaders') loaders: Loaders): Promise<AttendanceEntry[]> {
    const [members, rows] = await Promise.all([
      loaders.of(WorkingGroupsLoaders).openMembershipsByGroupId.load(meeting.groupId),
      loaders.of(MeetingsLoaders).attendancesByMeetingId.load(meeting.id),
    ]);
    const byDeputy = new Map(rows.map((r) => [r.deputyId, r]));
    const entry = (deputyId: string): AttendanceEntry => {
      const r = byDeputy.get(deputyId);
      return {
        deputyId,
        meetingId: meeting.id,
        response: r?.response ?? null,
        note: r?.note ?? null,
        respondedAt: r?.respondedAt ?? null,
        present: r?.present ?? false,
      } as AttendanceEntry;
    };
    const memberIds = new Set(members.map((m) => m.deputyId));
    return [...members.map((m) => entry(m.deputyId)), ...rows.filter((r) => !memberIds.has(r.deputyId)).map((r) => entry(r.deputyId))];
  }

  @ResolveField(() => AttendanceEntry, { nullable: true, description: "The caller's own answer, when the caller is a member." })
  async myAttendance(@Root() meeting: Meeting, @CurrentUser() actor: AuthUser, @Context('loaders') loaders: Loaders) {
    if (!actor.deputyId) return null;
    return (await this.attendance(meeting, loaders)).find((a) => a.deputyId === actor.deputyId) ?? null;
  }

  @ResolveField(() => Quorum)
  async quorum(@Root() meeting: Meeting, @Context('loaders') loaders: Loaders): Promise<Quorum> {
    const [group, members, rows] = await Promise.all([
      loaders.of(WorkingGroupsLoaders).groupById.load(meeting.groupId),
      loaders.of(WorkingGroupsLoaders).openMembershipsByGroupId.load(meeting.groupId),
      loaders.of(MeetingsLoaders).attendancesByMeetingId.load(meeting.id),
    ]);
    const memberIds = new Set(members.map((m) => m.deputyId));
    const required = quorumRequired(members.length, group?.quorumMinimum);
    const confirmed = rows.filter((r) => memberIds.has(r.deputyId) && r.response === 'YES').length;
    const present = rows.filter((r) => memberIds.has(r.deputyId) && r.present).length;
    return { members: members.length, required, confirmed, present, reached: present >= required, expected: confirmed >= required };
  }
}

@Resolver(() => AttendanceEntry)
export class AttendanceEntryResolver {
  @ResolveField(() => Deputy)
  deputy(@Root() entry: AttendanceEntry, @Context('loaders') loaders: Loaders) {
    return loaders.of(DeputiesLoaders).deputyById.load(entry.deputyId);
  }
}
