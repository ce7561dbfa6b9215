import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { GraphQLDate } from '../../common/scalars';
import { ActionItemStatus } from '../models/decision.model';

@InputType()
export class RecordDecisionInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) agendaItemId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(4000) text: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) votesFor?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) votesAgainst?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) votesAbstain?: number;
}

@InputType()
export class AssignActionInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) meetingId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(300) title: string;
  @Field(() => ID, { nullable: true, description: 'A deputy who is a current member of the group.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  assigneeId?: string;
  @Field(() => GraphQLDate, { nullable: true }) @IsOptional() @IsDate() dueOn?: Date;
  @Field(() => ID, { nullable: true, description: 'The decision this action carries out (of the same meeting).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  decisionId?: string;
  @Field(() => ActionItemStatus, { defaultValue: ActionItemStatus.OPEN }) @IsEnum(ActionItemStatus) status: ActionItemStatus;
}

@InputType()
export class SetActionStatusInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) actionItemId: string;
  @Field(() => ActionItemStatus) @IsEnum(ActionItemStatus) status: ActionItemStatus;
}

@InputType()
export class UpdateMinutesInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) meetingId: string;
  @Field() @IsString() @MaxLength(100000) body: string;
}
