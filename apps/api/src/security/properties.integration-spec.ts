import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import { GraphQLField, GraphQLSchema, isNonNullType } from 'graphql';
import { aFixtureWorld, FixtureWorld, freshFixtures } from '../../test/fixture-world';
import { operationFor, schemaOperations } from '../../test/graphql-operations';
import { hostileValue, IdPool } from '../../test/hostile-input';
import { startTestApp, TestApp } from '../../test/test-app';

/** Answers a person can act on. INTERNAL_SERVER_ERROR, an HTTP 500 or an uncoded error never is. */
const CODED = ['OK', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED', 'HTTP_413'];
/** Runs per mutation: enough to meet every field's edge values over a few runs, the file under 60 s. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 12);

/** The database invariants of DESIGN.md, each a query returning the rows that break it. */
const INVARIANTS: Record<string, string> = {
  'a seat has at most one open mandate': `SELECT "seatId" FROM "Mandate" WHERE "endsOn" IS NULL GROUP BY "seatId" HAVING count(*) > 1`,
  'a term has at most 15 seats': `SELECT "termId" FROM "Seat" GROUP BY "termId" HAVING count(*) > 15`,
  'seats are numbered 1..seatCount': `SELECT s.id FROM "Seat" s JOIN "Term" t ON t.id = s."termId" WHERE s.number < 1 OR s.number > t."seatCount"`,
  'a term ends after it starts': `SELECT id FROM "Term" WHERE "endsOn" <= "startsOn"`,
  'mandates stay inside their term': `SELECT m.id FROM "Mandate" m JOIN "Seat" s ON s.id = m."seatId" JOIN "Term" t ON t.id = s."termId"
    WHERE m."startsOn" < t."startsOn" OR m."startsOn" > t."endsOn" OR m."endsOn" > t."endsOn" OR m."endsOn" < m."startsOn"`,
  'a deputy holds at most one open mandate': `SELECT "deputyId" FROM "Mandate" WHERE "endsOn" IS NULL GROUP BY "deputyId" HAVING count(*) > 1`,
  'meetings end after they start': `SELECT id FROM "Meeting" WHERE "endsAt" <= "startsAt"`,
  'agenda positions are 1..n per meeting': `SELECT "meetingId" FROM "AgendaItem" GROUP BY "meetingId" HAVING min(position) <> 1 OR max(position) <> count(*) OR count(DISTINCT position) <> count(*)`,
  'message seqs are gapless per group, up to the last one': `SELECT g.id FROM "WorkingGroup" g LEFT JOIN "Message" m ON m."groupId" = g.id
    GROUP BY g.id, g."lastMessageSeq" HAVING coalesce(max(m.seq), 0) <> count(m.id) OR coalesce(max(m.seq), 0) <> g."lastMessageSeq"`,
  'no deputy is in two open memberships of the same group': `SELECT "groupId", "deputyId" FROM "GroupMembership" WHERE "endsOn" IS NULL GROUP BY "groupId", "deputyId" HAVING count(*) > 1`,
  'an open membership has no end': `SELECT id FROM "GroupMembership" WHERE ("openGroupId" IS NULL) <> ("endsOn" IS NOT NULL) OR "endsOn" < "startsOn"`,
};

describe('properties of every mutation under hostile input', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let w: FixtureWorld;
  let ids: IdPool;
  const seen: Record<string, Record<string, number>> = {};

  /** The code of the answer, from the HTTP status and the first GraphQL error. */
  async function call(query: string, variables: unknown, token?: string): Promise<{ code: string; message?: string }> {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    if (res.status >= 500) return { code: `HTTP_${res.status}`, message: text.slice(0, 300) };
    let body: { errors?: { message: string; extensions?: { code?: string } }[]; data?: unknown };
    try {
      body = JSON.parse(text);
    } catch {
      return { code: `HTTP_${res.status}`, message: text.slice(0, 300) };
    }
    if (!body.errors?.length) return { code: res.status === 200 ? 'OK' : `HTTP_${res.status}` };
    return { code: body.errors[0].extensions?.code ?? 'NO_CODE', message: body.errors[0].message };
  }

  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    w = await aFixtureWorld(t);
    // Known ids of every kind (the callers' own accounts left out, so their sessions stay open).
    const kinds: [RegExp, string[]][] = [
      [/term/i, [w.term.id]],
      [/group/i, [w.group.id, w.otherGroup.id]],
      [/meeting/i, [w.meeting.id, w.liveMeeting.id]],
      [/agendaItem|itemIds/i, [w.agendaItem.id, w.liveItem.id]],
      [/action/i, [w.action.id]],
      [/report/i, [w.fieldReport.id]],
      [/message/i, [w.message.id]],
      [/deputy|assignee|successor|^id$/i, [w.author.id, w.member.deputy.id, w.nonMember.deputy.id]],
      [/user/i, [w.nonMember.user.id]],
      [/seat/i, [w.term.seats[0].id]],
    ];
    const all = kinds.flatMap(([, list]) => list);
    ids = { all, byField: (field) => kinds.find(([re]) => re.test(field))?.[1] ?? [] };
  });
  afterAll(async () => {
    if (process.env.PROPERTY_REPORT) console.log(JSON.stringify(seen, null, 1));
    await t.close();
  });

  const mutations = () => schemaOperations(schema).filter((o) => o.kind === 'mutation');

  it('answers every mutation with a success or a coded error, never a 500, whatever the input', async () => {
    const failures: string[] = [];
    for (const { field } of mutations()) {
      const args = argumentsOf(field, ids);
      const property = fc.asyncProperty(
        args,
        fc.constantFrom('admin', 'coordinator', 'member') as fc.Arbitrary<'admin' | 'coordinator' | 'member'>,
        async (vars, caller) => {
          const { query, variables } = operationFor('mutation', field, vars);
          const { code, message } = await call(query, variables, w.tokens[caller]);
          (seen[field.name] ??= {})[code] = (seen[field.name]?.[code] ?? 0) + 1;
          if (!CODED.includes(code)) throw new Error(`${code}: ${message}`);
        },
      );
      const result = await fc.check(property, { numRuns: RUNS, endOnFailure: true });
      if (result.failed) {
        const vars = JSON.stringify(result.counterexample?.[0], (_k, v) =>
          typeof v === 'string' && v.length > 200 ? `${v.slice(0, 20)}…(${v.length})` : v,
        );
        failures.push(`${field.name} as ${result.counterexample?.[1]} with ${vars}: ${String(result.errorInstance)} (seed ${result.seed})`);
      }
    }
    expect(failures).toEqual([]);
    // A sweep: its time grows with the number of mutations (about 130 now), not a hang.
  }, 240_000);

  // What earlier runs found (each was an INTERNAL_SERVER_ERROR), replayed on every run.
  it.each([
    [
      'a NUL in an id',
      'setActionStatus',
      (): Record<string, unknown> => ({ input: { actionItemId: '\u0000', status: 'DONE' } }),
      'admin',
      'BAD_USER_INPUT',
    ],
    [
      'a lone surrogate in an email',
      'createDeputy',
      () => ({
        input: { fullName: 'A', gender: 'WOMAN', territory: 'reg:53', account: { email: '\ud800', password: 'long enough password' } },
      }),
      'admin',
      'BAD_USER_INPUT',
    ],
    [
      'an empty coordinator id',
      'createWorkingGroup',
      () => ({ input: { termId: w.term.id, name: 'Santé', theme: 'Santé', coordinatorIds: [''] } }),
      'coordinator',
      'NOT_FOUND',
    ],
    [
      'an empty agenda item id',
      'reorderAgenda',
      async () => ({ input: { meetingId: (await freshFixtures(t, w).agendaItem()).meetingId, itemIds: [''] } }),
      'admin',
      'BAD_USER_INPUT',
    ],
    [
      'an empty decision id',
      'assignAction',
      async () => ({ input: { meetingId: (await freshFixtures(t, w).meeting()).id, title: 'Suivi', decisionId: '' } }),
      'admin',
      'BAD_USER_INPUT',
    ],
    [
      'an empty assignee id',
      'assignAction',
      async () => ({ input: { meetingId: (await freshFixtures(t, w).meeting()).id, title: 'Suivi', assigneeId: '' } }),
      'admin',
      'BAD_USER_INPUT',
    ],
  ] as const)('answers %s with a coded error (%s)', async (_what, name, vars, caller, expected) => {
    const field = mutations().find((o) => o.field.name === name)!.field;
    const { query, variables } = operationFor('mutation', field, await vars());
    expect((await call(query, variables, w.tokens[caller])).code).toBe(expected);
  });

  it('keeps the database invariants of DESIGN.md after the run', async () => {
    const broken: Record<string, unknown[]> = {};
    for (const [name, sql] of Object.entries(INVARIANTS)) {
      const rows = await t.prisma.$queryRawUnsafe<unknown[]>(sql);
      if (rows.length) broken[name] = rows;
    }
    expect(broken).toEqual({});
  });

  it('reached past validation for every mutation (the inputs are not all refused at the door)', () => {
    const onlyRefused = mutations()
      .map((o) => o.field.name)
      .filter((name) => Object.keys(seen[name] ?? {}).every((code) => code === 'BAD_USER_INPUT' || code === 'HTTP_413'));
    // A mutation whose every run was refused as bad input tested nothing but the validation.
    expect(onlyRefused.length).toBeLessThan(mutations().length / 2);
  });
});

/** The arguments of a mutation: required ones always, optional ones sometimes. */
function argumentsOf(field: GraphQLField<unknown, unknown>, ids: IdPool) {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
  const args = (tame: boolean) =>
    fc.record(Object.fromEntries(field.args.map((a) => [a.name, hostileValue(a.type, ids, tame, a.name)])), {
      requiredKeys: required,
    }) as fc.Arbitrary<Record<string, unknown>>;
  return fc.oneof(args(true), args(false));
}
