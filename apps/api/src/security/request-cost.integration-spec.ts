import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLInputType,
  GraphQLList,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
  typeFromAST,
  visit,
} from 'graphql';
import { startTestApp, TestApp, codeOf, GqlResult } from '../../test/test-app';
import { DEFAULT_LIST_SIZE, estimateCost, MAX_QUERY_COMPLEXITY, ROOT_FIELD_COST } from './graphql-limits';
import { costliestAcceptedQueries } from './costliest-queries';
import { aGroup, aMeeting, aMembership, aSignedInDeputy, aTerm, signedIn } from '../../test/factories';

/** The web app's home page (scripts/bench.ts measures the same query). */
const HOME = `query Home {
  me { id displayName role deputy { id fullName memberships { role group { id name theme unreadCount } } } }
  meetings(filter: { when: UPCOMING, limit: 10 }) { id title startsAt endsAt timeZone status group { id name } }
}`;

// What a request costs in SQL statements (PrismaService.queryCount): the token check is one
// statement per request, shared by the operation's root fields, and it brings what `me` shows.
describe('the token check of a request', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function statements(query: string, token: string) {
    const before = t.prisma.queryCount;
    const r = await t.gql(query, {}, token);
    expect(r.errors).toBeUndefined();
    return { count: t.prisma.queryCount - before, data: r.data! };
  }

  it('answers `me` with the one statement that checked the token', async () => {
    const { user, token } = await signedIn(t, 'COORDINATOR');
    const r = await statements(`{ me { id email displayName role locale } }`, token);
    expect(r.data.me).toEqual({ id: user.id, email: user.email, displayName: user.displayName, role: 'COORDINATOR', locale: user.locale });
    expect(r.count).toBe(1);
  });

  it('reads the deputy profile in that same statement', async () => {
    const { deputy, token } = await aSignedInDeputy(t, { fullName: 'Amina Haidari' });
    const r = await statements(`{ me { deputy { id fullName gender } } }`, token);
    expect(r.data.me.deputy).toEqual({ id: deputy.id, fullName: 'Amina Haidari', gender: deputy.gender });
    expect(r.count).toBe(1);
    const { token: noProfile } = await signedIn(t, 'ADMIN');
    const admin = await statements(`{ me { deputy { id } } }`, noProfile);
    expect(admin.data.me.deputy).toBeNull();
    expect(admin.count).toBe(1);
  });

  it('checks the token once for all the root fields of an operation', async () => {
    const term = await aTerm(t.prisma, { startsOn: '2201-01-01', endsOn: '2202-12-31' });
    const group = await aGroup(t.prisma, term.id);
    const { deputy, token } = await aSignedInDeputy(t);
    await aMembership(t.prisma, group.id, deputy.id);
    await aMeeting(t.prisma, group.id, { startsAt: '2201-03-10T17:00:00Z' });
    const alone = await statements(`{ meetings(filter: { groupId: "${group.id}" }) { id } }`, token);
    const together = await statements(`{ a: me { id } b: me { email } meetings(filter: { groupId: "${group.id}" }) { id } }`, token);
    expect(together.data.meetings).toHaveLength(1);
    expect(together.count).toBe(alone.count);
  });

  it('still refuses every root field when the account was disabled a moment ago', async () => {
    const { user, token } = await signedIn(t, 'DEPUTY');
    await statements(`{ me { id } }`, token);
    await t.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const r = await t.gql(`{ a: me { id } b: me { email } }`, {}, token);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.data ?? null).toBeNull();
  });

  /** Messages said in a group's channel, numbered as the live gateway numbers them. */
  async function say(groupId: string, authorId: string, count: number) {
    for (let i = 0; i < count; i++) {
      const { lastMessageSeq: seq } = await t.prisma.workingGroup.update({
        where: { id: groupId },
        data: { lastMessageSeq: { increment: 1 } },
      });
      await t.prisma.message.create({ data: { groupId, authorId, seq, clientId: `c-${groupId}-${seq}`, body: `message ${seq}` } });
    }
  }

  /** A deputy in `groupCount` groups of a term, each with an upcoming meeting and others' messages. */
  async function aHome(groupCount: number, startsOn: string) {
    const term = await aTerm(t.prisma, { startsOn, endsOn: `${Number(startsOn.slice(0, 4)) + 1}-12-31` });
    const reader = await aSignedInDeputy(t);
    const author = await aSignedInDeputy(t);
    const groups = [];
    for (let i = 0; i < groupCount; i++) {
      const group = await aGroup(t.prisma, term.id);
      await aMembership(t.prisma, group.id, reader.deputy.id, i === 0 ? 'LEAD' : 'MEMBER');
      await aMembership(t.prisma, group.id, author.deputy.id);
      await aMeeting(t.prisma, group.id, { startsAt: `${startsOn.slice(0, 4)}-03-${10 + i}T17:00:00Z` });
      await say(group.id, author.user.id, i + 1);
      await say(group.id, reader.user.id, 1); // their own: never unread
      groups.push(group);
    }
    return { reader, author, groups };
  }

  it('answers the home page in three statements: the token, the meetings with their groups, the memberships with their groups and unread counts', async () => {
    const small = await aHome(1, '2211-01-01');
    const large = await aHome(6, '2213-01-01');
    const a = await statements(HOME, small.reader.token);
    const b = await statements(HOME, large.reader.token);
    expect(a.count).toBe(3);
    expect(b.count).toBe(3);
    // The same groups and counts as each group read on its own (WorkingGroup.unreadCount's loader).
    const memberships = b.data.me.deputy.memberships as Array<{
      role: string;
      group: { id: string; name: string; theme: string; unreadCount: number };
    }>;
    expect(memberships).toHaveLength(6);
    for (const m of memberships) {
      const alone = await t.gql(
        `query($id: ID!) { workingGroup(id: $id) { id name theme unreadCount } }`,
        { id: m.group.id },
        large.reader.token,
      );
      expect(alone.errors).toBeUndefined();
      expect(m.group).toEqual(alone.data!.workingGroup);
    }
    expect(Object.fromEntries(memberships.map((m) => [m.group.id, m.group.unreadCount]))).toEqual(
      Object.fromEntries(large.groups.map((g, i) => [g.id, i + 1])),
    );
    expect(memberships.find((m) => m.group.id === large.groups[0].id)!.role).toBe('LEAD');
    const meetings = b.data.meetings as Array<{ group: { id: string; name: string } }>;
    expect(meetings).toHaveLength(6);
    expect(meetings.map((m) => m.group)).toEqual(large.groups.map((g) => ({ id: g.id, name: g.name })));
  });

  it("brings unread counts with another deputy's memberships only for the groups the caller reads", async () => {
    const { author, groups } = await aHome(2, '2215-01-01');
    const outsider = await aSignedInDeputy(t);
    await aMembership(t.prisma, groups[1].id, outsider.deputy.id);
    const admin = await signedIn(t, 'ADMIN');
    const query = `query($id: ID!) { deputy(id: $id) { memberships { group { id unreadCount } } } }`;
    const countsOf = async (token: string) => {
      const r = await t.gql(query, { id: author.deputy.id }, token);
      expect(r.errors).toBeUndefined();
      return Object.fromEntries(
        (r.data!.deputy.memberships as Array<{ group: { id: string; unreadCount: number } }>).map((m) => [m.group.id, m.group.unreadCount]),
      );
    };
    // Group i holds i + 1 messages of the author and one of the reader; the outsider reads only the
    // second group; an administrator reads no group's discussion unless member or coordinator (issue 12).
    expect(await countsOf(outsider.token)).toEqual({ [groups[0].id]: 0, [groups[1].id]: 3 });
    expect(await countsOf(admin.token)).toEqual({ [groups[0].id]: 0, [groups[1].id]: 0 });
    expect(await countsOf(author.token)).toEqual({ [groups[0].id]: 1, [groups[1].id]: 1 });
  });
});

/**
 * Every operation the web ships, as codegen compiled it (apps/web/src/gql/graphql.ts holds each
 * `graphql()` document of apps/web/src with its fragments).
 */
function webOperations(): Array<{ name: string; document: DocumentNode }> {
  const source = readFileSync(join(__dirname, '../../../web/src/gql/graphql.ts'), 'utf8');
  const documents = [...source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)];
  return documents.map(([, name, json]) => ({ name, document: withTypenames(JSON.parse(json) as DocumentNode) }));
}

/** The document as Apollo Client sends it: `__typename` asked in every selection below the root (its cache needs them). */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent) {
      if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
    },
  });
}

/** Values for an operation's required variables; page sizes passed as variables at their largest. */
function sampleVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const sample = (type: GraphQLInputType, name: string): unknown => {
    const named = getNamedType(type);
    if (isListType(getNullableType(type))) return [sample((getNullableType(type) as GraphQLList<GraphQLInputType>).ofType, name)];
    if (isEnumType(named)) return named.getValues()[0].value;
    if (isInputObjectType(named)) {
      return Object.fromEntries(
        Object.values(named.getFields())
          .filter((f) => isNonNullType(f.type))
          .map((f) => [f.name, sample(f.type, f.name)]),
      );
    }
    if (named.name === 'Int' || named.name === 'Float') return /^(limit|take|first)$/.test(name) ? 200 : 1;
    if (named.name === 'Boolean') return false;
    if (named.name === 'DateTime') return '2030-01-01T00:00:00Z';
    if (named.name === 'Date') return '2030-01-01';
    return 'x';
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((v) => v.type.kind === 'NonNullType' || /^(limit|take|first)$/.test(v.variable.name.value))
      .map((v) => [v.variable.name.value, sample(typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value)]),
  );
}

/** The attack that stalled the API: aliases of nested lists, each within the depth limit. */
const aliasedMeetings = (aliases: number, limit = 100) =>
  `{ ${Array.from({ length: aliases }, (_, i) => `m${i}: meetings(filter: { limit: ${limit} }) { attendance { deputy { memberships { group { members { deputy { fullName } } } } } } }`).join(' ')} }`;

describe('the cost of a query', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    token = (await aSignedInDeputy(t)).token;
  });
  afterAll(() => t.close());

  const post = (body: unknown) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });

  it('multiplies by the page asked for and by the largest page of lists that take none', () => {
    const cost = (q: string) => estimateCost(schema, parse(q));
    // A root field's own statements, 1 (meetings) + 10 × (1 + 1 + 1 + 1): id, title, group, group's id.
    expect(cost(`{ meetings(filter: { limit: 10 }) { id title group { id } } }`)).toBe(ROOT_FIELD_COST + 1 + 10 * 4);
    expect(cost(`{ meetings(filter: { limit: 20 }) { id } }`)).toBe(ROOT_FIELD_COST + 1 + 20);
    // No page asked: the field's largest page (100 meetings), then DEFAULT_LIST_SIZE attendance entries each.
    expect(cost(`{ meetings { id } }`)).toBe(ROOT_FIELD_COST + 1 + 100);
    expect(cost(`{ meetings(filter: { limit: 1 }) { attendance { response } } }`)).toBe(ROOT_FIELD_COST + 1 + (1 + DEFAULT_LIST_SIZE));
    // Each root field (each alias of one) runs its own statements.
    expect(cost(`{ a: me { id } b: me { id } }`)).toBe(2 * (ROOT_FIELD_COST + 2));
  });

  it('counts every alias', () => {
    const one = estimateCost(schema, parse(`{ a: meetings(filter: { limit: 5 }) { id } }`))!;
    expect(
      estimateCost(
        schema,
        parse(
          `{ a: meetings(filter: { limit: 5 }) { id } b: meetings(filter: { limit: 5 }) { id } c: meetings(filter: { limit: 5 }) { id } }`,
        ),
      ),
    ).toBe(3 * one);
  });

  it('refuses the aliased nested lists that stalled the API, with HTTP 400 and before any statement runs', async () => {
    expect(estimateCost(schema, parse(aliasedMeetings(1)))).toBeGreaterThan(MAX_QUERY_COMPLEXITY);
    const before = t.prisma.queryCount;
    const res = await post({ query: aliasedMeetings(25) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as GqlResult;
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0].extensions).toMatchObject({ maximum: MAX_QUERY_COMPLEXITY });
    expect(body.data ?? undefined).toBeUndefined();
    expect(t.prisma.queryCount).toBe(before);
  });

  it('refuses a page asked through a variable as it refuses one written in the query', async () => {
    const query = `query($f: MeetingFilter) { meetings(filter: $f) { attendance { deputy { memberships { group { members { deputy { fullName } } } } } } } }`;
    const res = await post({ query, variables: { f: { limit: 100 } } });
    expect(res.status).toBe(400);
    expect(estimateCost(schema, parse(query), undefined, { f: { limit: 1 } })).toBeLessThan(
      estimateCost(schema, parse(query), undefined, { f: { limit: 100 } })!,
    );
  });

  it('answers 1,000 aliases over budget with HTTP 400, not a server error', async () => {
    const res = await post({ query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: me { id }`).join(' ')} }` });
    expect(res.status).toBe(400);
    expect(codeOf((await res.json()) as GqlResult)).toBe('BAD_USER_INPUT');
  });

  it("refuses more fields than it can count (the estimator's own ceiling) as over budget", async () => {
    const res = await post({ query: `{ ${Array.from({ length: 12_000 }, (_, i) => `a${i}: __typename`).join(' ')} }` });
    expect(res.status).toBe(400);
  });

  it('keeps every document the web ships under the budget', () => {
    const operations = webOperations();
    expect(operations.length).toBeGreaterThan(40);
    const costs = Object.fromEntries(
      operations.map(({ name, document }) => [name, estimateCost(schema, document, undefined, sampleVariables(schema, document))]),
    );
    const over = Object.entries(costs).filter(([, c]) => c === undefined || c > MAX_QUERY_COMPLEXITY);
    expect(over).toEqual([]);
    // The budget is set close to the costliest screen, so what it admits stays cheap.
    expect(Math.max(...Object.values(costs).map(Number))).toBeGreaterThan(MAX_QUERY_COMPLEXITY / 4);
  });
});

describe('the costliest queries the budget admits (scripts/bench.ts measures them)', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => t.close());

  it('are found by a search over the schema, fill the budget, and the server accepts them', async () => {
    const found = costliestAcceptedQueries(schema);
    expect(found.length).toBeGreaterThan(10);
    // Nested lists and aliases, close to the budget.
    expect(found[0].cost).toBeLessThanOrEqual(MAX_QUERY_COMPLEXITY);
    expect(found[0].cost).toBeGreaterThan(MAX_QUERY_COMPLEXITY * 0.9);
    expect(found.some((q) => q.aliases > 1 && q.shape.split('.').length >= 4)).toBe(true);
    const { token } = await signedIn(t, 'ADMIN');
    for (const q of found.slice(0, 5)) {
      const r = await t.gql(q.query, {}, token);
      expect(r.errors?.find((e) => e.extensions?.reason === 'QUERY_TOO_EXPENSIVE' || /depth/.test(e.message))).toBeUndefined();
    }
  });
});
