import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { aFixtureWorld, FixtureWorld } from '../../test/fixture-world';
import { startTestApp, TestApp } from '../../test/test-app';

/**
 * A null filter means no filter, everywhere (issue 12: the audit page sent `action: null`, which
 * reached Prisma and failed). Generated from the schema: for every query with a nullable argument
 * or a nullable field in an input argument, the call with all of them null answers exactly as
 * the call without them. A new query or filter field is covered without anyone writing a case.
 */

/** Values for required arguments and input fields, by name, in the fixture world. */
const required = (w: FixtureWorld): Record<string, unknown> => ({
  termId: w.term.id,
  groupId: w.group.id,
  meetingId: w.liveMeeting.id,
  agendaItemId: w.liveItem.id,
  query: 'réunion',
});

type Vars = Record<string, unknown>;

/** An input value: required parts from `values`, nullable parts null (or left out). */
function inputValue(type: GraphQLInputType, name: string, values: Vars, withNulls: boolean, where: string): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isInputObjectType(inner)) {
    const out: Vars = {};
    for (const f of Object.values(inner.getFields())) {
      const v = fieldValue(f, values, withNulls, `${where}.${f.name}`);
      if (v !== undefined) out[f.name] = v;
    }
    return out;
  }
  if (name in values) return values[name];
  throw new Error(`No value for the required ${where} (${type.toString()}): add one to required() in this spec.`);
}

function fieldValue(f: GraphQLArgument | GraphQLInputField, values: Vars, withNulls: boolean, where: string): unknown {
  if (isNonNullType(f.type)) {
    // Required with a default (limit: Int! = 50): leave it to the default.
    if (f.defaultValue !== undefined && !isInputObjectType(f.type.ofType)) return undefined;
    return inputValue(f.type, f.name, values, withNulls, where);
  }
  if (withNulls) return null;
  // An optional input object is still sent, with its required parts, so its nullable fields are exercised.
  if (isInputObjectType(f.type) && Object.values(f.type.getFields()).some((x) => isNonNullType(x.type) && x.defaultValue === undefined)) {
    return inputValue(f.type, f.name, values, false, where);
  }
  return undefined;
}

/** Whether the field takes a null anywhere in its arguments (top level or inside an input object). */
function takesNull(field: GraphQLField<unknown, unknown>): boolean {
  const nullable = (t: GraphQLInputType, depth = 0): boolean => {
    if (!isNonNullType(t)) return true;
    const inner = t.ofType;
    if (depth > 4) return false;
    if (isListType(inner)) return nullable(inner.ofType, depth + 1);
    return isInputObjectType(inner) && Object.values(inner.getFields()).some((f) => nullable(f.type, depth + 1));
  };
  return field.args.some((a) => nullable(a.type));
}

/** The call, selecting the scalar fields of what it returns (list lengths and totals show any filtering). */
function call(field: GraphQLField<unknown, unknown>, vars: Vars) {
  const args = field.args.filter((a) => a.name in vars);
  const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const pass = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  let selection = '';
  if (isObjectType(named)) {
    const leaves = Object.values(named.getFields())
      .filter((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0)
      .map((f) => f.name);
    const lists = Object.values(named.getFields())
      .filter(
        (f) => isListType(isNonNullType(f.type) ? f.type.ofType : f.type) && isObjectType(getNamedType(f.type)) && f.args.length === 0,
      )
      .map((f) => `${f.name} { __typename }`);
    selection = ` { __typename ${[...leaves, ...lists].join(' ')} }`;
  }
  return { query: `query${decl ? `(${decl})` : ''} { ${field.name}${pass ? `(${pass})` : ''}${selection} }`, variables: vars };
}

describe('a null filter means no filter, in every query', () => {
  let t: TestApp;
  let w: FixtureWorld;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    t = await startTestApp();
    w = await aFixtureWorld(t);
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => t.close());

  it('answers a query with every nullable argument and filter field null exactly as without them', async () => {
    const values = required(w);
    const covered: string[] = [];
    const differences: string[] = [];
    const failing: string[] = [];
    const outcome = (r: Awaited<ReturnType<TestApp['gql']>>) => ({
      data: r.data ?? null,
      codes: (r.errors ?? []).map((e) => e.extensions?.code),
    });
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      if (!takesNull(field)) continue;
      covered.push(field.name);
      // Without any optional part: the answer every variant must give.
      const baseVars: Vars = {};
      for (const a of field.args) {
        const v = fieldValue(a, values, false, `${field.name}(${a.name})`);
        if (v !== undefined) baseVars[a.name] = v;
      }
      // Every nullable argument null; then each input argument given with every nullable field null.
      const variants: Vars[] = [
        { ...baseVars, ...Object.fromEntries(field.args.filter((a) => !isNonNullType(a.type)).map((a) => [a.name, null])) },
      ];
      for (const a of field.args) {
        const inner = isNonNullType(a.type) ? a.type.ofType : a.type;
        if (isInputObjectType(inner))
          variants.push({ ...baseVars, [a.name]: inputValue(a.type, a.name, values, true, `${field.name}(${a.name})`) });
      }
      const base = call(field, baseVars);
      const without = outcome(await t.gql(base.query, base.variables, w.tokens.admin));
      if (without.codes.length) failing.push(`${field.name} without optional arguments -> ${JSON.stringify(without.codes)}`);
      for (const vars of variants) {
        const c = call(field, vars);
        const got = outcome(await t.gql(c.query, c.variables, w.tokens.admin));
        if (JSON.stringify(got) !== JSON.stringify(without))
          differences.push(
            `${field.name} ${JSON.stringify(vars)} -> ${JSON.stringify(got).slice(0, 300)}, without them -> ${JSON.stringify(without).slice(0, 300)}`,
          );
      }
    }
    expect(differences).toEqual([]);
    // The answer compared against is a real one, not a shared refusal (speakingStats needs one of its ids: given below).
    expect(failing).toEqual(['speakingStats without optional arguments -> ["BAD_USER_INPUT"]']);
    // Not vacuous: the filters the issue names are among those exercised.
    expect(covered).toEqual(
      expect.arrayContaining(['auditLog', 'meetings', 'fieldReports', 'workingGroups', 'attendanceRecord', 'fieldReportSummary']),
    );
  });

  it('reads a filter with some fields null as the same filter without them', async () => {
    const ids = (r: Awaited<ReturnType<TestApp['gql']>>) =>
      (r.data as { meetings?: Array<{ id: string }> } | undefined)?.meetings?.map((m) => m.id);
    const Q = `query($f: MeetingFilter) { meetings(filter: $f) { id } }`;
    const plain = await t.gql(Q, { f: { groupId: w.group.id } }, w.tokens.admin);
    const nulls = await t.gql(Q, { f: { groupId: w.group.id, deputyId: null, from: null, to: null, status: null } }, w.tokens.admin);
    expect(ids(plain)!.length).toBeGreaterThan(0);
    expect(ids(nulls)).toEqual(ids(plain));
    const stats = `query($i: SpeakingStatsInput!) { speakingStats(input: $i) { speeches } }`;
    expect(
      (await t.gql(stats, { i: { meetingId: w.liveMeeting.id, groupId: null, termId: null } }, w.tokens.admin)).errors,
    ).toBeUndefined();
  });

  it('keeps null in mutations, where it clears a value', async () => {
    const meeting = await t.prisma.meeting.update({ where: { id: w.meeting.id }, data: { place: 'Salle 2' } });
    const r = await t.gql(
      `mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { meeting { place } } }`,
      { i: { meetingId: meeting.id, startsAt: meeting.startsAt.toISOString(), endsAt: meeting.endsAt.toISOString(), place: null } },
      w.tokens.admin,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.rescheduleMeeting.meeting.place).toBeNull();
  });
});
