import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Meeting, MeetingConflict } from '../../meetings/models/meeting.model';
import { Warning } from '../../common/warning.model';

export enum TimePollAnswerValue {
  YES = 'YES',
  IF_NEED_BE = 'IF_NEED_BE',
  NO = 'NO',
}
registerEnumType(TimePollAnswerValue, { name: 'TimePollAnswerValue' });

export enum TimePollStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(TimePollStatus, { name: 'TimePollStatus' });

@ObjectType()
export class TimePollAnswer {
  @Field(() => TimePollAnswerValue) answer: TimePollAnswerValue;
  deputyId: string;
  slotId: string;
}

@ObjectType()
export class TimePollSlot {
  @Field(() => ID) id: string;
  @Field(() => GraphQLISODateTime) startsAt: Date;
  @Field(() => GraphQLISODateTime) endsAt: Date;
  pollId: string;
}

@ObjectType()
export class TimePollTally {
  @Field(() => Int) yes: number;
  @Field(() => Int) ifNeedBe: number;
  @Field(() => Int) no: number;
}

@ObjectType()
export class TimePoll {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field({ description: "The zone the slots were proposed in; clients show each slot in the reader's own zone too." }) timeZone: string;
  @Field(() => TimePollStatus) status: TimePollStatus;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt: Date | null;
  groupId: string;
  meetingId: string | null;
}

@ObjectType()
export class ScheduleFromTimePollPayload {
  @Field(() => TimePoll) poll: TimePoll;
  @Field(() => Meeting) meeting: Meeting;
  @Field(() => [MeetingConflict]) conflicts: MeetingConflict[];
  @Field(() => [Warning]) warnings: Warning[];
}
