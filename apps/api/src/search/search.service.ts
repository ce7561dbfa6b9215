import { Injectable } from '@nestjs/common';
import { ErrorReason } from '@tribune/domain';
import { Prisma } from '../generated/prisma/client';
import type { Viewer } from '../access/rules';
import { badInput } from '../common/app-error';
import { PrismaService } from '../prisma/prisma.service';
import { SearchInput } from './dto/search.input';
import { SearchHit, SearchPage } from './models/search-hit.model';
import { readableEntries, SearchKind } from './search-kinds';
import { highlightQuery, MARK_END, MARK_START, matchCondition, queryWords, snippetParts } from './search-query';

const ALL_KINDS = Object.values(SearchKind);

/** Newest first: the cursor is the last result's (at, kind, id), so pages never skip or repeat a result. */
interface Cursor {
  at: Date;
  kind: string;
  id: string;
}
const encodeCursor = (row: Cursor) => Buffer.from(JSON.stringify([row.at.toISOString(), row.kind, row.id])).toString('base64url');
function decodeCursor(cursor: string): Cursor {
  try {
    const [at, kind, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string, string];
    const date = new Date(at);
    if (typeof kind !== 'string' || typeof id !== 'string' || Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return { at: date, kind, id };
  } catch {
    throw badInput('This cursor is not one search gave.', 'after', { reason: ErrorReason.INVALID_INPUT });
  }
}

export interface SearchRow {
  total: number;
  kind: SearchKind | null;
  id: string;
  at: Date;
  title: string;
  headline: string | null;
  groupId: string | null;
  groupName: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  authorName: string | null;
  position: number | null;
  parentId: string | null;
}

/**
 * The one statement of a search page: the entries the viewer may read (the access policy's rules
 * in the WHERE clause, so neither the page nor the count holds anything else) that match every
 * word and the filters; their count; and the page after the cursor, newest first, with snippets
 * (ts_headline, matched words between control characters) and the names shown beside them.
 */
export function searchStatement(viewer: Viewer, input: SearchInput, cursor: Cursor | null): Prisma.Sql {
  const words = queryWords(input.query);
  const where = [matchCondition(words), readableEntries(viewer, input.kinds?.length ? input.kinds : ALL_KINDS)];
  if (input.groupId != null) where.push(Prisma.sql`e."groupId" = ${input.groupId}`);
  if (input.authorId != null) {
    // A deputy's id (their reports, and what their account wrote) or an account's id.
    const a = input.authorId;
    where.push(
      Prisma.sql`(e."authorUserId" = ${a} OR e."authorDeputyId" = ${a} OR e."authorUserId" = (SELECT d."userId" FROM "Deputy" d WHERE d."id" = ${a}))`,
    );
  }
  if (input.from != null) where.push(Prisma.sql`e."at" >= ${input.from}`);
  if (input.to != null) where.push(Prisma.sql`e."at" < ${input.to}`);
  const after = cursor
    ? Prisma.sql`WHERE (h."at", h."kind", h."id") < (${cursor.at}::timestamptz, ${cursor.kind}, ${cursor.id})`
    : Prisma.empty;
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15`;
  return Prisma.sql`
    WITH hits AS MATERIALIZED (
      SELECT e."kind", e."id", e."at", e."title", e."body", e."groupId", e."meetingId", e."authorUserId", e."position", e."parentId", e."arabic" IS NOT NULL AS "arabic"
      FROM "SearchEntry" e
      WHERE ${Prisma.join(where, ' AND ')}
    )
    SELECT t."total"::int AS "total", p.*
    FROM (SELECT count(*) AS "total" FROM hits) t
    LEFT JOIN LATERAL (
      SELECT h."kind", h."id", h."at", h."title", h."groupId", h."meetingId", h."position", h."parentId",
        ts_headline(CASE WHEN h."arabic" THEN 'pg_catalog.arabic' ELSE 'public.tribune_french' END::regconfig,
          translate(CASE WHEN h."body" = '' THEN h."title" ELSE h."body" END, ${MARK_START + MARK_END}, ''),
          ${highlightQuery(words)}, ${options}) AS "headline",
        g."name" AS "groupName", m."title" AS "meetingTitle", u."displayName" AS "authorName"
      FROM (SELECT * FROM hits h ${after} ORDER BY h."at" DESC, h."kind" DESC, h."id" DESC LIMIT ${input.first + 1}) h
      LEFT JOIN "WorkingGroup" g ON g."id" = h."groupId"
      LEFT JOIN "Meeting" m ON m."id" = h."meetingId"
      LEFT JOIN "User" u ON u."id" = h."authorUserId"
      ORDER BY h."at" DESC, h."kind" DESC, h."id" DESC
    ) p ON TRUE`;
}

/** Search over what the viewer may read (issue 17). */
@Injectable()
export class SearchService {
  constructor(private readonly prisma: PrismaService) {}

  async search(viewer: Viewer, input: SearchInput): Promise<SearchPage> {
    if (!input.query.trim())
      throw badInput('Type the words to find.', 'query', { reason: ErrorReason.EMPTY_TEXT, params: { field: 'query' } });
    if (input.from && input.to && input.from >= input.to)
      throw badInput('The period ends before it starts.', 'to', { reason: ErrorReason.INVALID_INPUT });
    const cursor = input.after ? decodeCursor(input.after) : null;
    const rows = await this.prisma.readRaw<SearchRow[]>(searchStatement(viewer, input, cursor));
    const found = rows.filter((r) => r.kind !== null);
    const hits = found.slice(0, input.first).map(toHit);
    return {
      hits,
      totalCount: rows[0]?.total ?? 0,
      hasMore: found.length > input.first,
      endCursor: hits.length ? encodeCursor(hits[hits.length - 1]) : null,
    };
  }
}

function toHit(row: SearchRow): SearchHit {
  const kind = row.kind!;
  const text = row.headline ?? row.title;
  return {
    kind,
    id: row.id,
    at: row.at,
    title: row.title,
    snippet: snippetParts(text),
    groupId: row.groupId,
    groupName: row.groupName,
    meetingId: row.meetingId,
    meetingTitle: row.meetingTitle,
    authorName: row.authorName,
    seq: kind === SearchKind.MESSAGE ? row.position : null,
    minutesVersion: kind === SearchKind.MINUTES ? row.position : null,
    textId: kind === SearchKind.TEXT || kind === SearchKind.AMENDMENT ? row.parentId : null,
    number: kind === SearchKind.TEXT || kind === SearchKind.AMENDMENT ? row.position : null,
  };
}
