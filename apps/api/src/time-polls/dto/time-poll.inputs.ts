import { Type } from 'class-transformer';
import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { TimePollAnswerValue } from '../models/time-poll.model';

@InputType()
export class TimePollSlotInput {
  @Field(() => GraphQLISODateTime) @IsDate() startsAt: Date;
  @Field(() => GraphQLISODateTime) @IsDate() endsAt: Date;
}

@InputType()
export class CreateTimePollInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) groupId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) title: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(4000) description: string;
  @Field({ defaultValue: 'Europe/Paris', description: 'The zone the slots are proposed in (and the meeting will follow).' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  timeZone: string;
  @Field(() => [TimePollSlotInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TimePollSlotInput)
  slots: TimePollSlotInput[];
}

@InputType()
export class TimePollAnswerInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) slotId: string;
  @Field(() => TimePollAnswerValue) @IsEnum(TimePollAnswerValue) answer: TimePollAnswerValue;
}

@InputType()
export class AnswerTimePollInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) pollId: string;
  @Field(() => [TimePollAnswerInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TimePollAnswerInput)
  answers: TimePollAnswerInput[];
}

@InputType()
export class ScheduleFromTimePollInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) pollId: string;
  @Field(() => ID, { nullable: true, description: 'Default: the best slot (most yes, then most yes or if need be, then earliest).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  slotId?: string;
  @Field(() => String, { nullable: true, description: "Default: the poll's title." })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) place?: string;
  @Field({ defaultValue: false, description: 'Refuse (CONFLICT) instead of warning when a member is already booked.' })
  @IsBoolean()
  refuseOnConflict: boolean;
}
