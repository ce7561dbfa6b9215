import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MAX_SEATS } from '@tribune/domain';
import { GraphQLDate } from '../../common/scalars';
import { MandateEndReason } from '../models/mandate.model';

@InputType()
export class AssignSeatInput {
  @Field(() => ID) @IsString() @MinLength(1) termId: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(MAX_SEATS) seatNumber: number;
  @Field(() => ID) @IsString() @MinLength(1) deputyId: string;
  @Field(() => GraphQLDate) @IsDate() startsOn: Date;
}

@InputType()
export class EndMandateInput {
  @Field(() => ID) @IsString() @MinLength(1) mandateId: string;
  @Field(() => GraphQLDate, { description: 'Last day of the mandate; a successor may start that same day.' })
  @IsDate()
  endsOn: Date;
  @Field(() => MandateEndReason) @IsEnum(MandateEndReason) reason: MandateEndReason;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string;
  @Field(() => ID, { nullable: true, description: 'The deputy who takes over the seat.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  successorDeputyId?: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'Defaults to endsOn.' })
  @IsOptional()
  @IsDate()
  successorStartsOn?: Date;
}
