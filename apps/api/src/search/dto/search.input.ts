import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SearchKind } from '../search-kinds';

/** What to look for and where. Every filter is optional; a null filter is no filter (common/null-means-absent.ts). */
@InputType()
export class SearchInput {
  @Field({
    description: 'Words to find (all of them), in French, English or Arabic: accents, Arabic vowel marks and letter forms do not matter.',
  })
  @IsString()
  @MaxLength(200)
  query: string;

  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds (default: all).' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(SearchKind, { each: true })
  kinds?: SearchKind[];

  @Field(() => ID, { nullable: true, description: 'Only what belongs to this working group.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  groupId?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "Only what this person wrote: a deputy's id (their reports and messages) or an account's id (decisions and minutes recorded too).",
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  authorId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Written at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Written before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, at most 50.' })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}
