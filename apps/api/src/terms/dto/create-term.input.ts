import { Field, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MAX_SEATS, TERM_DEFAULTS } from '@tribune/domain';
import { GraphQLDate } from '../../common/scalars';

@InputType()
export class CreateTermInput {
  @Field() @IsString() @MinLength(1) @MaxLength(120) name: string;
  @Field(() => GraphQLDate) @IsDate() startsOn: Date;
  @Field(() => GraphQLDate, { nullable: true, description: 'Defaults to two years after startsOn, minus a day.' })
  @IsOptional()
  @IsDate()
  endsOn?: Date;
  @Field(() => Int, { defaultValue: TERM_DEFAULTS.seatCount }) @IsInt() @Min(1) @Max(MAX_SEATS) seatCount: number;
  @Field(() => Int, { defaultValue: TERM_DEFAULTS.minimumWomen }) @IsInt() @Min(0) @Max(MAX_SEATS) minimumWomen: number;
}
