import { Type } from 'class-transformer';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { VoteEligibility, VoteSecrecy } from '../models/vote.model';

@InputType({ description: "The grantor's vote is carried by the holder (a member carries at most one other member's vote)." })
export class VoteProxyInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) grantorId: string;
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) holderId: string;
}

@InputType()
export class OpenVoteInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) agendaItemId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(1000) question: string;
  @Field(() => [String], { nullable: true, description: 'Default: For, Against, Abstain.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  options?: string[];
  @Field(() => VoteSecrecy, { defaultValue: VoteSecrecy.NAMED }) @IsEnum(VoteSecrecy) secrecy: VoteSecrecy;
  @Field(() => VoteEligibility, { defaultValue: VoteEligibility.PRESENT, description: 'PRESENT: the members present when the vote opens.' })
  @IsEnum(VoteEligibility)
  eligibility: VoteEligibility;
  @Field({ defaultValue: false, description: 'Voters may change their vote until the close.' }) @IsBoolean() allowChange: boolean;
  @Field(() => [VoteProxyInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => VoteProxyInput)
  proxies: VoteProxyInput[];
}

@InputType()
export class CastVoteInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) voteId: string;
  @Field(() => Int, { description: 'Index of the option (0-based).' }) @IsInt() @Min(0) @Max(9) choice: number;
  @Field(() => ID, { nullable: true, description: 'The member whose proxy the caller carries.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  onBehalfOf?: string;
  @Field(() => String, { nullable: true, description: 'To change a secret vote: the receipt returned when it was cast.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  receipt?: string;
}

@InputType()
export class CloseVoteInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) voteId: string;
  @Field(() => String, { nullable: true, description: 'Records a decision from the result in the same step.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  decisionText?: string;
}

@InputType()
export class RecordVoteDecisionInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) voteId: string;
  @Field() @IsString() @MinLength(1) @MaxLength(4000) text: string;
}
