import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDate } from '../../common/scalars';

export enum ActionItemStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });

@ObjectType()
export class Decision {
  @Field(() => ID) id: string;
  @Field() text: string;
  @Field(() => Int, { nullable: true }) votesFor: number | null;
  @Field(() => Int, { nullable: true }) votesAgainst: number | null;
  @Field(() => Int, { nullable: true }) votesAbstain: number | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  meetingId: string;
  agendaItemId: string | null;
}

@ObjectType()
export class ActionItem {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => GraphQLDate, { nullable: true }) dueOn: Date | null;
  @Field(() => ActionItemStatus) status: ActionItemStatus;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  meetingId: string;
  decisionId: string | null;
  assigneeId: string | null;
}

/** The minutes as they stood at the close (version 1) and after each later change. */
@ObjectType()
export class MinutesVersion {
  @Field(() => Int) version: number;
  @Field() body: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  createdById: string | null;
}
