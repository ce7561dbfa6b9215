import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { HISTORY_PAGE_SIZE } from '@tribune/domain';

@ArgsType()
export class MessagesArgs {
  @Field(() => ID) @IsString() @MinLength(1) @MaxLength(100) groupId: string;
  @Field(() => Int, { defaultValue: 0, description: 'Messages after this sequence number (0: from the start).' })
  @IsInt()
  @Min(0)
  afterSeq: number;
  @Field(() => Int, { defaultValue: 100, description: `At most ${HISTORY_PAGE_SIZE}; fewer returned means the end was reached.` })
  @IsInt()
  @Min(1)
  @Max(HISTORY_PAGE_SIZE)
  limit: number;
}
