import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Warning } from '../../common/warning.model';

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  LIVE = 'LIVE',
  ENDED = 'ENDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });

export enum RsvpResponse {
  YES = 'YES',
  NO = 'NO',
  MAYBE = 'MAYBE',
}
registerEnumType(RsvpResponse, { name: 'RsvpResponse' });

export enum MeetingScope {
  THIS = 'THIS',
  THIS_AND_FOLLOWING = 'THIS_AND_FOLLOWING',
}
registerEnumType(MeetingScope, { name: 'MeetingScope', description: 'Which occurrences of a series a change applies to.' });

export enum MeetingWhen {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
  ALL = 'ALL',
}
registerEnumType(MeetingWhen, { name: 'MeetingWhen', description: 'UPCOMING: not yet ended, soonest first; PAST: ended, latest first.' });

/** A meeting of a working group. Instants are UTC; `timeZone` is the zone whose clock it follows. */
@ObjectType()
export class Meeting {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => GraphQLISODateTime) startsAt: Date;
  @Field(() => GraphQLISODateTime) endsAt: Date;
  @Field({ description: 'IANA time zone the meeting was planned in; recurrences follow its clock.' }) timeZone: string;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) onlineUrl: string | null;
  @Field(() => MeetingStatus) status: MeetingStatus;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
  @Field(() => Int, { description: 'Bumped on every change calendars must pick up (iCalendar SEQUENCE).' }) sequence: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) startedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) endedAt: Date | null;
  @Field({ description: 'Current minutes text; once the meeting has ended every change is also kept in minutesVersions.' }) minutes: string;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
  groupId: string;
  seriesId: string | null;
  currentAgendaItemId: string | null;
}

@ObjectType()
export class MeetingSeries {
  @Field(() => ID) id: string;
  @Field({ description: 'RRULE without DTSTART (the first meeting gives it).' }) rrule: string;
  @Field() timeZone: string;
}

/** A member of the group already booked in another meeting at that time. */
@ObjectType()
export class MeetingConflict {
  @Field(() => ID) deputyId: string;
  @Field() deputyName: string;
  @Field(() => GraphQLISODateTime, { description: 'Start of the occurrence that clashes.' }) startsAt: Date;
  @Field(() => Meeting, { description: 'The other meeting.' }) meeting: Meeting;
}

@ObjectType()
export class MeetingPayload {
  @Field(() => Meeting, { description: 'The meeting acted on (the first occurrence of a new series).' }) meeting: Meeting;
  @Field(() => [Meeting], { description: 'Every meeting the change created or touched (a series: all its occurrences).' })
  occurrences: Meeting[];
  @Field(() => [MeetingConflict]) conflicts: MeetingConflict[];
  @Field(() => [Warning]) warnings: Warning[];
}

/** A member's answer and presence; members who have not answered have a null response. */
@ObjectType()
export class AttendanceEntry {
  @Field(() => RsvpResponse, { nullable: true }) response: RsvpResponse | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) respondedAt: Date | null;
  @Field() present: boolean;
  deputyId: string;
  meetingId: string;
}

@ObjectType()
export class Quorum {
  @Field(() => Int, { description: 'Current members of the group.' }) members: number;
  @Field(() => Int, { description: "Members present needed: the group's rule, or more than half of the members." }) required: number;
  @Field(() => Int, { description: 'Members who answered YES.' }) confirmed: number;
  @Field(() => Int) present: number;
  @Field({ description: 'Enough members present.' }) reached: boolean;
  @Field({ description: 'Enough members said YES to expect quorum.' }) expected: boolean;
}
