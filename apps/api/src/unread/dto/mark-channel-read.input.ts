import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

@InputType()
export class MarkChannelReadInput {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(64) groupId: string;
  @Field(() => Int, { description: 'The highest message sequence number the person has seen in the channel.' })
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  seq: number;
}
