import { randomBytes } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  execute,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
} from 'graphql';
import { aDeputy, aFieldReport, aGroup, aMeeting, aMembership, aTerm, aUser, tokenFor } from '../../test/factories';
import { dummyValue } from '../../test/graphql-operations';
import { startTestApp, TestApp } from '../../test/test-app';
import { aText, anAmendment } from '../../test/text-factories';
import { Loaders } from '../loaders/loaders';
import { POLICED_TYPES } from './policed-types';

/**
 * Generated over the whole schema (issue 12): for every object type under the access policy and
 * every path reaching it from a root Query field, relations followed to a depth of 4, the query
 * is built and run as callers without access to group A's objects; no data of those objects may
 * come back (their ids and the unique markers written in their texts never appear). A relation
 * added without the policy's check fails here without anyone writing a case for it.
 *
 * The queries run on the application's own schema and resolvers (guards, loaders, the policy's
 * field checks) through graphql-js directly: the HTTP layer's cost limit is not what is tested
 * here, and one query per root field and argument keeps the test fast.
 */
const MAX_DEPTH = 4;
const unique = () => randomBytes(5).toString('hex');

type Caller = 'memberA' | 'coordinatorA' | 'nonMember' | 'stranger' | 'otherCoordinator' | 'admin';

/**
 * Two groups. A: coordinated by coordinatorA, with memberA (its lead) and everything a group has,
 * each text carrying a marker. B: coordinated by otherCoordinator, with nonMember, who also wrote
 * a field report routed to A, put on the agenda of A's meeting and addressed by A's decision (the
 * path of the issue). stranger belongs to no group; admin is neither member nor coordinator of A.
 */
async function aTwoGroupWorld(t: TestApp) {
  const prisma = t.prisma;
  const term = await aTerm(prisma);
  const admin = await aUser(prisma, { role: 'ADMIN' });
  const coordinatorA = await aUser(prisma, { role: 'COORDINATOR' });
  const otherCoordinator = await aUser(prisma, { role: 'COORDINATOR' });
  const groupA = await aGroup(prisma, term.id, { coordinatorIds: [coordinatorA.id] });
  const groupB = await aGroup(prisma, term.id, { coordinatorIds: [otherCoordinator.id] });
  const memberA = await aDeputy(prisma, { withAccount: true });
  const nonMember = await aDeputy(prisma, { withAccount: true });
  const stranger = await aDeputy(prisma, { withAccount: true });
  await aMembership(prisma, groupA.id, memberA.id, 'LEAD');
  await aMembership(prisma, groupB.id, nonMember.id);

  /** Markers of group A's objects, by policed type: ids and texts that must never reach an outsider. */
  const secret: Record<string, string[]> = {};
  const mark = (type: string, ...values: string[]) => (secret[type] ??= []).push(...values);
  const text = (type: string) => {
    const marker = `SECRET-${type}-${unique()}`;
    mark(type, marker);
    return marker;
  };

  const series = await prisma.meetingSeries.create({
    data: { groupId: groupA.id, rrule: 'FREQ=WEEKLY;COUNT=2', timeZone: 'Europe/Paris' },
  });
  mark('MeetingSeries', series.id);
  const meeting = await aMeeting(prisma, groupA.id, { title: text('Meeting'), status: 'ENDED', seriesId: series.id });
  await prisma.meeting.update({ where: { id: meeting.id }, data: { minutes: text('Meeting'), description: text('Meeting') } });
  mark('Meeting', meeting.id);
  const fromOutside = await aFieldReport(prisma, nonMember.id, {
    status: 'ADDRESSED',
    routedGroupId: groupA.id,
    termId: term.id,
    title: `Report by nonMember ${unique()}`,
  });
  const item = await prisma.agendaItem.create({
    data: { meetingId: meeting.id, position: 1, title: text('AgendaItem'), description: text('AgendaItem'), fieldReportId: fromOutside.id },
  });
  mark('AgendaItem', item.id);
  const decision = await prisma.decision.create({ data: { meetingId: meeting.id, agendaItemId: item.id, text: text('Decision') } });
  mark('Decision', decision.id);
  await prisma.fieldReport.update({ where: { id: fromOutside.id }, data: { decisionId: decision.id } });
  const action = await prisma.actionItem.create({
    data: { meetingId: meeting.id, decisionId: decision.id, title: text('ActionItem'), assigneeId: memberA.id },
  });
  mark('ActionItem', action.id);
  await prisma.minutesVersion.create({ data: { meetingId: meeting.id, version: 1, body: text('MinutesVersion') } });
  await prisma.attendance.create({
    data: { meetingId: meeting.id, deputyId: memberA.id, response: 'YES', note: text('AttendanceEntry'), present: true },
  });
  const vote = await prisma.vote.create({
    data: {
      meetingId: meeting.id,
      agendaItemId: item.id,
      question: text('Vote'),
      options: [text('Vote'), text('Vote')],
      secrecy: 'NAMED',
      eligibleIds: [memberA.id],
      status: 'CLOSED',
      counts: [1, 0],
      closedAt: new Date(),
      decisionId: decision.id,
      participations: { create: { deputyId: memberA.id, castById: memberA.id, namedChoice: 0 } },
    },
  });
  mark('Vote', vote.id);
  const speech = await prisma.speech.create({
    data: {
      meetingId: meeting.id,
      agendaItemId: item.id,
      deputyId: memberA.id,
      startedAt: new Date(),
      endedAt: new Date(),
      durationSeconds: 60,
      allottedSeconds: 180,
      overrideReason: text('Speech'),
    },
  });
  mark('Speech', speech.id);
  const poll = await prisma.timePoll.create({
    data: {
      groupId: groupA.id,
      title: text('TimePoll'),
      description: text('TimePoll'),
      meetingId: meeting.id,
      slots: { create: { startsAt: new Date('2026-05-04T16:00:00Z'), endsAt: new Date('2026-05-04T17:00:00Z') } },
    },
    include: { slots: true },
  });
  mark('TimePoll', poll.id);
  mark('TimePollSlot', poll.slots[0].id);
  await prisma.timePollAnswer.create({ data: { slotId: poll.slots[0].id, deputyId: memberA.id, answer: 'YES' } });
  const reportA = await aFieldReport(prisma, memberA.id, {
    status: 'TRIAGED',
    routedGroupId: groupA.id,
    termId: term.id,
    title: text('FieldReport'),
  });
  mark('FieldReport', reportA.id);
  const message = await prisma.message.create({
    data: { groupId: groupA.id, authorId: memberA.user!.id, seq: 1, clientId: unique(), body: text('Message') },
  });
  mark('Message', message.id);
  await prisma.workingGroup.update({ where: { id: groupA.id }, data: { lastMessageSeq: 1 } });
  const textA = await aText(prisma, groupA.id, memberA.id, { title: text('Text'), paragraphs: [text('TextVersion')] });
  mark('Text', textA.id);
  mark('TextVersion', textA.version.id);
  const amendment = await anAmendment(prisma, textA, memberA.id, { reason: text('Amendment'), wording: text('Amendment') });
  mark('Amendment', amendment.id);
  const block = await prisma.amendmentBlock.create({ data: { textId: textA.id, groupId: groupA.id, name: text('AmendmentBlock') } });
  await prisma.amendment.update({ where: { id: amendment.id }, data: { blockId: block.id } });
  mark('AmendmentBlock', block.id);
  await prisma.textFieldReport.create({ data: { textId: textA.id, reportId: fromOutside.id } });
  // Group B's own life, which nonMember may read.
  const meetingB = await aMeeting(prisma, groupB.id, { title: `Meeting of B ${unique()}` });

  const users: Record<Caller, { email: string }> = {
    memberA: memberA.user!,
    coordinatorA,
    nonMember: nonMember.user!,
    stranger: stranger.user!,
    otherCoordinator,
    admin,
  };
  /** Ids the root fields are called with, by the type their argument names. */
  const ids: Record<string, string[]> = {
    WorkingGroup: [groupA.id, groupB.id],
    Meeting: [meeting.id, meetingB.id],
    AgendaItem: [item.id],
    Vote: [vote.id],
    TimePoll: [poll.id],
    Text: [textA.id],
    FieldReport: [fromOutside.id, reportA.id],
    Deputy: [memberA.id, nonMember.id],
    Term: [term.id],
    User: [memberA.user!.id],
  };
  return { users, secret, ids, term };
}
type World = Awaited<ReturnType<typeof aTwoGroupWorld>>;

/** Which of group A's markers each caller must never see: every outsider to A its meetings' world, the discussion even to staff. */
const MEETING_WORLD = Object.keys(POLICED_TYPES).filter((type) => type !== 'WorkingGroup' && type !== 'Message');
const FORBIDDEN_TYPES: Record<Caller, string[]> = {
  memberA: [],
  coordinatorA: [],
  nonMember: [...MEETING_WORLD, 'Message'],
  stranger: [...MEETING_WORLD, 'Message'],
  otherCoordinator: ['Message'],
  admin: ['Message'],
};

/** Every path from an object type, as a selection: all scalar fields, and relations up to `depth` more hops. */
function selectionOf(type: GraphQLObjectType, depth: number, reached: Map<string, string[]>, path: string): string {
  const parts: string[] = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && depth > 0) {
      const here = `${path}.${field.name}`;
      if (POLICED_TYPES[named.name]) (reached.get(named.name) ?? reached.set(named.name, []).get(named.name)!).push(here);
      parts.push(`${field.name} { ${selectionOf(named, depth - 1, reached, here)} }`);
    }
  }
  return parts.join(' ');
}

/** The argument values a root field is called with: one call per candidate id, or an error naming what is missing. */
function callsOf(field: GraphQLField<unknown, unknown>, w: World): Array<Record<string, unknown>> {
  let calls: Array<Record<string, unknown>> = [{}];
  const idsFor = (name: string, type: string) => {
    const target = name === 'id' ? type : `${name[0].toUpperCase()}${name.slice(1, -2)}`;
    const alias: Record<string, string> = { Group: 'WorkingGroup', Poll: 'TimePoll', Report: 'FieldReport', Author: 'Deputy' };
    return w.ids[alias[target] ?? target];
  };
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
    const inner = arg.type.ofType as GraphQLInputType;
    let values: unknown[];
    if (getNamedType(inner).name === 'ID') {
      values = idsFor(arg.name, getNamedType(field.type).name) ?? [];
    } else if (isInputObjectType(inner)) {
      // An input naming one object: each candidate id of its ID fields (SpeakingStatsInput: the meeting's statistics).
      const idField = Object.values(inner.getFields()).find((f) => getNamedType(f.type).name === 'ID' && idsFor(f.name, '')?.length);
      const base = dummyValue(inner) as Record<string, unknown>;
      values = idField ? idsFor(idField.name, '')!.map((id) => ({ ...base, [idField.name]: id })) : [base];
    } else {
      values = [dummyValue(inner)];
    }
    if (!values.length) throw new Error(`No fixture for ${field.name}(${arg.name}): add the type to the world's ids`);
    calls = calls.flatMap((c) => values.map((v) => ({ ...c, [arg.name]: v })));
  }
  return calls;
}

function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`;
  return JSON.stringify(value);
}

describe('every path to a policed object (generated over the schema)', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let world: World;
  const tokens = {} as Record<Caller, string>;
  /** Policed type -> the paths (root.field.field...) that reach it. */
  const reached = new Map<string, string[]>();
  const queries: Array<{ root: string; document: string }> = [];

  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    world = await aTwoGroupWorld(t);
    for (const [caller, user] of Object.entries(world.users)) tokens[caller as Caller] = await tokenFor(t, user);
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      const named = getNamedType(field.type);
      if (!isObjectType(named)) continue;
      if (POLICED_TYPES[named.name]) (reached.get(named.name) ?? reached.set(named.name, []).get(named.name)!).push(field.name);
      const selection = selectionOf(named, MAX_DEPTH - 1, reached, field.name);
      for (const args of callsOf(field, world)) {
        const call = Object.keys(args).length
          ? `(${Object.entries(args)
              .map(([k, v]) => `${k}: ${literal(v)}`)
              .join(', ')})`
          : '';
        queries.push({ root: `${field.name}${call}`, document: `query { ${field.name}${call} { ${selection} } }` });
      }
    }
  }, 60_000);
  afterAll(() => t.close());

  /** The answer of one query for one caller, run on the app's schema with a request's context (guards, loaders, policy). */
  async function run(caller: Caller, document: string) {
    const contextValue = { req: { headers: { authorization: `Bearer ${tokens[caller]}` } }, loaders: new Loaders(t.prisma) };
    return execute({ schema, document: parse(document), contextValue });
  }

  it('reaches every policed type from the root fields (the test covers them all)', () => {
    expect(Object.keys(POLICED_TYPES).filter((type) => !reached.has(type))).toEqual([]);
    expect([...reached.values()].reduce((n, paths) => n + paths.length, 0)).toBeGreaterThan(100);
  });

  it("gives group A's insiders its objects through these paths (the markers are reachable, so their absence below means something)", async () => {
    const seen = new Set<string>();
    for (const caller of ['memberA', 'coordinatorA'] as const) {
      const answers = await Promise.all(queries.map((q) => run(caller, q.document)));
      const text = JSON.stringify(answers.map((a) => a.data));
      for (const [type, markers] of Object.entries(world.secret)) if (markers.some((m) => text.includes(m))) seen.add(type);
    }
    expect(Object.keys(world.secret).filter((type) => !seen.has(type))).toEqual([]);
  }, 120_000);

  for (const caller of ['nonMember', 'stranger', 'otherCoordinator', 'admin'] as const) {
    it(`gives ${caller} nothing of what they may not read, on any path (null with FORBIDDEN, or left out of lists)`, async () => {
      const forbidden = FORBIDDEN_TYPES[caller].flatMap((type) => (world.secret[type] ?? []).map((marker) => ({ type, marker })));
      expect(forbidden.length).toBeGreaterThan(0);
      const leaks: string[] = [];
      const unexpected: string[] = [];
      const answers = await Promise.all(queries.map((q) => run(caller, q.document)));
      answers.forEach((answer, i) => {
        const text = JSON.stringify(answer.data ?? null);
        for (const { type, marker } of forbidden) if (text.includes(marker)) leaks.push(`${queries[i].root}: ${type} ${marker}`);
        for (const e of answer.errors ?? []) {
          const code = (e.extensions as { code?: string } | undefined)?.code;
          if (code !== 'FORBIDDEN' && code !== 'NOT_FOUND' && code !== 'BAD_USER_INPUT')
            unexpected.push(`${queries[i].root} ${e.path?.join('.')}: ${code} ${e.message}`);
        }
      });
      expect({ leaks, unexpected }).toEqual({ leaks: [], unexpected: [] });
    }, 120_000);
  }

  it("the issue's path: a deputy who wrote a report on another group's agenda reads none of that meeting through it", async () => {
    const report = world.ids.FieldReport[0];
    const r = await run(
      'nonMember',
      `query { fieldReport(id: "${report}") { title agendaItem { meeting { minutes attendance { response note } votes { namedVotes { deputy { fullName } option } } } } } }`,
    );
    expect(r.data?.fieldReport).toMatchObject({ agendaItem: null });
    expect(r.errors?.map((e) => ({ path: e.path, code: e.extensions?.code }))).toEqual([
      { path: ['fieldReport', 'agendaItem'], code: 'FORBIDDEN' },
    ]);
    const direct = await run('nonMember', `query { meeting(id: "${world.ids.Meeting[0]}") { title } }`);
    expect(direct.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
