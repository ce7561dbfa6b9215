import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SearchKind } from '../search-kinds';

registerEnumType(SearchKind, { name: 'SearchKind', description: 'What a search result is.' });

@ObjectType({ description: 'A piece of a snippet: the words that matched are marked (the client shows them as text, never as HTML).' })
export class SnippetPart {
  @Field() text: string;
  @Field({ description: 'A word the query matched.' }) match: boolean;
}

@ObjectType({ description: 'Something the viewer may read that matches the query, with where to open it.' })
export class SearchHit {
  @Field(() => SearchKind) kind: SearchKind;
  @Field(() => ID, {
    description: 'The id of the message, report, decision, minutes version, agenda item, action item, text version or amendment.',
  })
  id: string;
  @Field({ description: 'When it was written.' }) at: Date;
  @Field({ description: 'Its title (a report, an agenda or action item); empty for the others.' }) title: string;
  @Field(() => [SnippetPart], { description: 'Where the words matched, marked; the beginning of the text when the match is elsewhere.' })
  snippet: SnippetPart[];
  @Field(() => ID, { nullable: true, description: 'The working group it belongs to (null: a field report not routed yet).' })
  groupId: string | null;
  @Field(() => String, { nullable: true }) groupName: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The meeting it belongs to (decisions, minutes, agenda and action items, messages said in one).',
  })
  meetingId: string | null;
  @Field(() => String, { nullable: true }) meetingTitle: string | null;
  @Field(() => String, { nullable: true, description: 'Who wrote it, when known.' }) authorName: string | null;
  @Field(() => Int, { nullable: true, description: "A message's sequence number in its group's channel: open the discussion there." })
  seq: number | null;
  @Field(() => Int, { nullable: true, description: 'The version of minutes found.' }) minutesVersion: number | null;
  @Field(() => ID, { nullable: true, description: 'The text a text version or an amendment belongs to: open it there.' })
  textId: string | null;
  @Field(() => Int, { nullable: true, description: "A text version's number, an amendment's number." }) number: number | null;
}

@ObjectType({ description: 'One page of search results, newest first.' })
export class SearchPage {
  @Field(() => [SearchHit]) hits: SearchHit[];
  @Field(() => Int, { description: 'How many results the viewer may read match, over all pages.' }) totalCount: number;
  @Field({ description: 'Whether older results follow: ask again with after: endCursor.' }) hasMore: boolean;
  @Field(() => String, { nullable: true, description: "The cursor of this page's last result." }) endCursor: string | null;
}
