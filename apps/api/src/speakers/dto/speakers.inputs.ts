import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

@InputType()
export class RequestFloorInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) agendaItemId: string;
  @Field({ defaultValue: false, description: 'A point of order goes to the top of the list.' }) @IsBoolean() pointOfOrder: boolean;
}

@InputType()
export class AgendaItemIdInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) agendaItemId: string;
}

@InputType()
export class GiveFloorInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) agendaItemId: string;
  @Field(() => ID, { nullable: true, description: 'Default: the head of the list.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  requestId?: string;
  @Field(() => String, { nullable: true, description: 'Required to go against the alternating rule; recorded with the speech.' })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  overrideReason?: string;
}

@InputType()
export class ReorderSpeakersInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) agendaItemId: string;
  @Field(() => [ID], { description: 'Every waiting request (points of order stay on top).' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  requestIds: string[];
}

@InputType()
export class SetSpeakingRulesInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) meetingId: string;
  @Field(() => Int, { nullable: true, description: 'Default speaking time, 30 s to 1 h (default 180).' })
  @IsOptional()
  @IsInt()
  @Min(30)
  @Max(3600)
  speakingTimeSeconds?: number;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() alternating?: boolean;
}

@InputType({ description: 'Exactly one of meetingId, groupId, termId.' })
export class SpeakingStatsInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) meetingId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) groupId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) termId?: string;
}
