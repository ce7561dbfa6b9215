import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import { GraphQLField, GraphQLSchema, isNonNullType } from 'graphql';
import { ErrorReason } from '@tribune/domain';
import { aDeputy, aMandate } from '../../test/factories';
import { aFixtureWorld, FixtureWorld } from '../../test/fixture-world';
import { operationFor, schemaOperations } from '../../test/graphql-operations';
import { hostileValue, IdPool } from '../../test/hostile-input';
import { startTestApp, TestApp } from '../../test/test-app';

/**
 * Codes whose refusal says enough by itself: the person is not signed in, may not do this (the
 * generic case), asks for something that is not there, goes too fast, or the query itself is
 * malformed. BAD_USER_INPUT and CONFLICT always name the rule (`extensions.reason`).
 */
const PLAIN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);
const KNOWN_REASONS = new Set<string>(Object.values(ErrorReason));
/** Runs per mutation and query: the file stays under a minute on two shared cores. */
const RUNS = Number(process.env.REASON_RUNS ?? 6);

type Answered = { code: string; reason?: unknown; params?: unknown; message: string };

describe('reasons of refusals under hostile input', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let w: FixtureWorld;
  let ids: IdPool;
  const seen = new Set<string>();

  async function errorsOf(query: string, variables: unknown, token?: string): Promise<Answered[]> {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    if (res.status === 413) return [];
    const body = (await res.json()) as {
      errors?: { message: string; extensions?: { code?: string; reason?: unknown; params?: unknown } }[];
    };
    return (body.errors ?? []).map((e) => ({
      code: e.extensions?.code ?? 'NO_CODE',
      reason: e.extensions?.reason,
      params: e.extensions?.params,
      message: e.message,
    }));
  }

  /** Why an answer breaks the rule, or null: a reason is known, params are strings and numbers, and only plain codes go without. */
  function problemOf(e: Answered): string | null {
    if (e.reason !== undefined && !KNOWN_REASONS.has(String(e.reason))) return `unknown reason ${String(e.reason)}`;
    if (
      e.params !== undefined &&
      (typeof e.params !== 'object' ||
        e.params === null ||
        Object.values(e.params).some((v) => typeof v !== 'string' && typeof v !== 'number'))
    ) {
      return `params that are not strings and numbers: ${JSON.stringify(e.params)}`;
    }
    if (e.reason === undefined && !PLAIN_CODES.has(e.code)) return `${e.code} without a reason`;
    return null;
  }

  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    w = await aFixtureWorld(t);
    const kinds: [RegExp, string[]][] = [
      [/term/i, [w.term.id]],
      [/group/i, [w.group.id, w.otherGroup.id]],
      [/meeting/i, [w.meeting.id, w.liveMeeting.id]],
      [/agendaItem|itemIds/i, [w.agendaItem.id, w.liveItem.id]],
      [/action/i, [w.action.id]],
      [/report/i, [w.fieldReport.id]],
      [/message/i, [w.message.id]],
      [/vote/i, [w.vote.id]],
      [/poll/i, [w.timePoll.id]],
      [/deputy|assignee|successor|grantor|holder|^id$/i, [w.author.id, w.member.deputy.id, w.nonMember.deputy.id]],
      [/user/i, [w.nonMember.user.id]],
    ];
    ids = { all: kinds.flatMap(([, list]) => list), byField: (field) => kinds.find(([re]) => re.test(field))?.[1] ?? [] };
  });
  afterAll(async () => {
    await t?.close();
  });

  // Before the sweep, which changes the fixture world at random.
  it('gives the values a sentence needs as params (names, numbers, dates as ISO days)', async () => {
    const [holder, other] = [await aDeputy(t.prisma, { fullName: 'Awa Diallo' }), await aDeputy(t.prisma)];
    await aMandate(t.prisma, w.term.seats[2], holder, '2025-02-01');
    const taken = await t.gql(
      'mutation($i: AssignSeatInput!) { assignSeat(input: $i) { mandate { id } } }',
      { i: { termId: w.term.id, seatNumber: 3, deputyId: other.id, startsOn: '2025-03-01' } },
      w.tokens.admin,
    );
    expect(taken.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'SEAT_TAKEN',
      params: { seat: 3, deputy: 'Awa Diallo', startsOn: '2025-02-01' },
    });

    const overlapping = await t.gql(
      'mutation($i: CreateTermInput!) { createTerm(input: $i) { id } }',
      { i: { name: 'Bis', startsOn: '2025-06-01' } },
      w.tokens.admin,
    );
    const term = await t.prisma.term.findUniqueOrThrow({ where: { id: w.term.id } });
    expect(overlapping.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TERM_OVERLAP',
      params: { term: term.name, startsOn: term.startsOn.toISOString().slice(0, 10), endsOn: term.endsOn.toISOString().slice(0, 10) },
    });
  });

  it.each(['mutation', 'query'] as const)('names the rule of every refusal of a %s, or it is a plain code', async (kind) => {
    const failures = new Map<string, string>();
    for (const { field } of schemaOperations(schema).filter((o) => o.kind === kind)) {
      const property = fc.asyncProperty(
        argumentsOf(field, ids),
        fc.constantFrom('admin', 'coordinator', 'member', 'anonymous') as fc.Arbitrary<'admin' | 'coordinator' | 'member' | 'anonymous'>,
        async (vars, caller) => {
          const { query, variables } = operationFor(kind, field, vars);
          for (const e of await errorsOf(query, variables, w.tokens[caller])) {
            if (typeof e.reason === 'string') seen.add(e.reason);
            const problem = problemOf(e);
            if (problem) failures.set(`${field.name}: ${problem}`, e.message.slice(0, 160));
          }
        },
      );
      await fc.assert(property, { numRuns: RUNS });
    }
    expect(Object.fromEntries(failures)).toEqual({});
    if (kind === 'mutation') {
      if (process.env.REASON_REPORT) console.log([...seen].sort().join(' '));
      // The sweep reached the services' rules, not only the validation at the door.
      expect([...seen].filter((r) => r !== ErrorReason.INVALID_INPUT).length).toBeGreaterThanOrEqual(10);
    }
  });
});

/** The arguments of an operation: required ones always, optional ones sometimes; mostly plausible, now and then hostile. */
function argumentsOf(field: GraphQLField<unknown, unknown>, ids: IdPool) {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
  const args = (tame: boolean) =>
    fc.record(Object.fromEntries(field.args.map((a) => [a.name, hostileValue(a.type, ids, tame, a.name)])), {
      requiredKeys: required,
    }) as fc.Arbitrary<Record<string, unknown>>;
  return fc.oneof({ weight: 3, arbitrary: args(true) }, { weight: 1, arbitrary: args(false) });
}
