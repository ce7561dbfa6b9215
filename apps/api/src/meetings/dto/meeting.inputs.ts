import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min, MinLength } from 'class-validator';
import { KeepWrittenTime } from '../../common/scalars';
import { MeetingScope, MeetingStatus, MeetingWhen, RsvpResponse } from '../models/meeting.model';

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) groupId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) title: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(4000) description: string;
  @Field(() => GraphQLISODateTime, {
    description:
      'RFC 3339 instant with an offset or Z. A series follows the local time written here when the zone reads it so (2027-03-28T02:30:00+01:00: 02:30 in Paris, which the March gap makes 03:30 that day).',
  })
  @KeepWrittenTime()
  @IsDate()
  startsAt: Date;
  @Field(() => GraphQLISODateTime) @KeepWrittenTime() @IsDate() endsAt: Date;
  @Field({ defaultValue: 'Europe/Paris', description: 'IANA zone whose local clock the meeting (and its recurrence) follows.' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  timeZone: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) place?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string;
  @Field(() => String, {
    nullable: true,
    description: 'RRULE (WEEKLY or MONTHLY, with COUNT or UNTIL), e.g. FREQ=WEEKLY;INTERVAL=2;UNTIL=20261231.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  recurrence?: string;
  @Field({ defaultValue: false, description: 'Refuse (CONFLICT) instead of warning when a member is already booked.' })
  @IsBoolean()
  refuseOnConflict: boolean;
}

@InputType()
export class RescheduleMeetingInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) meetingId: string;
  @Field(() => GraphQLISODateTime) @KeepWrittenTime() @IsDate() startsAt: Date;
  @Field(() => GraphQLISODateTime) @KeepWrittenTime() @IsDate() endsAt: Date;
  @Field(() => MeetingScope, {
    defaultValue: MeetingScope.THIS,
    description: 'THIS_AND_FOLLOWING moves the later scheduled occurrences by the same local-clock shift.',
  })
  @IsEnum(MeetingScope)
  scope: MeetingScope;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) place?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string;
  @Field({ defaultValue: false }) @IsBoolean() refuseOnConflict: boolean;
}

@InputType()
export class CancelMeetingInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) meetingId: string;
  @Field() @IsString() @MinLength(3) @MaxLength(500) reason: string;
  @Field(() => MeetingScope, { defaultValue: MeetingScope.THIS }) @IsEnum(MeetingScope) scope: MeetingScope;
}

@InputType()
export class MeetingFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) groupId?: string;
  @Field(() => ID, { nullable: true, description: 'Meetings of the groups this deputy is a member of.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  deputyId?: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Meetings ending after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Meetings starting before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date;
  @Field(() => MeetingWhen, { defaultValue: MeetingWhen.ALL }) @IsEnum(MeetingWhen) when: MeetingWhen;
  @Field(() => MeetingStatus, { nullable: true }) @IsOptional() @IsEnum(MeetingStatus) status?: MeetingStatus;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(100) limit: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(100000) offset: number;
}

@InputType()
export class RespondToMeetingInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) meetingId: string;
  @Field(() => RsvpResponse) @IsEnum(RsvpResponse) response: RsvpResponse;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string;
}

@InputType()
export class MeetingIdInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) meetingId: string;
}

@InputType()
export class StartMeetingInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) meetingId: string;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Required (true) to open the session more than 2 hours before its scheduled start; without it that is refused with reason MEETING_NOT_DUE.',
  })
  @IsOptional()
  @IsBoolean()
  confirmEarly?: boolean;
}

@InputType()
export class SetCurrentAgendaItemInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) meetingId: string;
  @Field(() => ID, { nullable: true, description: 'The item to move to; omitted: the one after the current item (the first if none).' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  agendaItemId?: string;
}
