import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aGroup, aLiveMeetingWithItem, aMembership, aRoleMatrix, aTerm, RoleName, signedIn, tokenFor } from '../../test/factories';

const STATE = `{ agendaItemId speakingTimeSeconds alternating rule serverTime current { deputyId startedAt endsAt allottedSeconds pointOfOrder } queue { requestId deputyId pointOfOrder firstTime gender } }`;
const REQUEST = `mutation($i: RequestFloorInput!) { requestFloor(input: $i) ${STATE} }`;
const WITHDRAW = `mutation($i: AgendaItemIdInput!) { withdrawFloorRequest(input: $i) ${STATE} }`;
const GIVE = `mutation($i: GiveFloorInput!) { giveFloor(input: $i) ${STATE} }`;
const END = `mutation($i: AgendaItemIdInput!) { endFloor(input: $i) ${STATE} }`;
const REORDER = `mutation($i: ReorderSpeakersInput!) { reorderSpeakers(input: $i) ${STATE} }`;
const RULES = `mutation($i: SetSpeakingRulesInput!) { setSpeakingRules(input: $i) { id } }`;
const SPEAKERS = `query($id: ID!) { speakers(agendaItemId: $id) ${STATE} }`;
const STATS = `query($i: SpeakingStatsInput!) { speakingStats(input: $i) { totalSeconds speeches byPerson { deputyId seconds speeches } byGender { gender seconds share } } }`;
const ROLES: RoleName[] = ['admin', 'coordinator', 'otherCoordinator', 'member', 'nonMember'];

describe('list of speakers', () => {
  let t: TestApp;
  let admin: string;
  let termId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
    termId = (await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2027-12-31' })).id;
  });
  afterAll(() => t.close());

  async function sitting(genders: Array<'WOMAN' | 'MAN' | 'OTHER'>) {
    const group = await aGroup(t.prisma, termId);
    const members = [];
    for (const gender of genders) {
      const deputy = await aDeputy(t.prisma, { gender, withAccount: true });
      await aMembership(t.prisma, group.id, deputy.id);
      members.push({ deputy, token: await tokenFor(t, deputy.user!) });
    }
    const { meeting, item } = await aLiveMeetingWithItem(t.prisma, group.id);
    return { group, members, meeting, item };
  }

  it('queues requests, puts a point of order on top, gives the floor with a server-kept time and records every speech', async () => {
    const s = await sitting(['WOMAN', 'MAN', 'WOMAN']);
    const [a, b, c] = s.members;
    await t.gql(REQUEST, { i: { agendaItemId: s.item.id } }, a.token);
    await t.gql(REQUEST, { i: { agendaItemId: s.item.id } }, b.token);
    expect(codeOf(await t.gql(REQUEST, { i: { agendaItemId: s.item.id } }, b.token))).toBe('CONFLICT');
    const withPoint = (await t.gql(REQUEST, { i: { agendaItemId: s.item.id, pointOfOrder: true } }, c.token)).data!.requestFloor;
    expect(withPoint.queue.map((q: { deputyId: string }) => q.deputyId)).toEqual([c.deputy.id, a.deputy.id, b.deputy.id]);
    expect(withPoint.speakingTimeSeconds).toBe(180);

    const before = Date.now();
    const given = (await t.gql(GIVE, { i: { agendaItemId: s.item.id } }, admin)).data!.giveFloor;
    expect(given.current).toMatchObject({ deputyId: c.deputy.id, pointOfOrder: true, allottedSeconds: 180 });
    const started = Date.parse(given.current.startedAt);
    expect(started).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(given.current.endsAt) - started).toBe(180_000);
    // A reconnecting client reads the same speech, with the server's time to compute what remains.
    const again = (await t.gql(SPEAKERS, { id: s.item.id }, a.token)).data!.speakers;
    expect(again.current.startedAt).toBe(given.current.startedAt);
    expect(Date.parse(again.serverTime)).toBeGreaterThanOrEqual(started);

    await t.gql(WITHDRAW, { i: { agendaItemId: s.item.id } }, b.token);
    expect(codeOf(await t.gql(WITHDRAW, { i: { agendaItemId: s.item.id } }, b.token))).toBe('CONFLICT');
    await new Promise((r) => setTimeout(r, 1100));
    const next = (await t.gql(GIVE, { i: { agendaItemId: s.item.id } }, admin)).data!.giveFloor;
    expect(next.current.deputyId).toBe(a.deputy.id);
    expect(next.queue).toEqual([]);
    const ended = (await t.gql(END, { i: { agendaItemId: s.item.id } }, admin)).data!.endFloor;
    expect(ended.current).toBeNull();
    expect(codeOf(await t.gql(END, { i: { agendaItemId: s.item.id } }, admin))).toBe('CONFLICT');
    const speeches = await t.prisma.speech.findMany({ where: { meetingId: s.meeting.id }, orderBy: { startedAt: 'asc' } });
    expect(speeches.map((x) => [x.deputyId, x.agendaItemId])).toEqual([
      [c.deputy.id, s.item.id],
      [a.deputy.id, s.item.id],
    ]);
    expect(speeches[0].durationSeconds).toBeGreaterThanOrEqual(1);
    expect(speeches.every((x) => x.endedAt && x.durationSeconds !== null)).toBe(true);
    expect(codeOf(await t.gql(GIVE, { i: { agendaItemId: s.item.id } }, admin))).toBe('CONFLICT');
  });

  it("alternates women and men with first-time speakers first, shows the rule, and records the chair's override with its reason", async () => {
    const s = await sitting(['MAN', 'MAN', 'WOMAN', 'WOMAN']);
    const [m1, m2, w1, w2] = s.members;
    await t.gql(RULES, { i: { meetingId: s.meeting.id, alternating: true, speakingTimeSeconds: 120 } }, admin);
    for (const x of [m1, m2, w1]) await t.gql(REQUEST, { i: { agendaItemId: s.item.id } }, x.token);
    const state = (await t.gql(SPEAKERS, { id: s.item.id }, m1.token)).data!.speakers;
    expect(state).toMatchObject({ alternating: true, speakingTimeSeconds: 120, rule: expect.stringMatching(/alternate/) });
    expect(state.queue.map((q: { deputyId: string }) => q.deputyId)).toEqual([m1.deputy.id, w1.deputy.id, m2.deputy.id]);
    await t.gql(GIVE, { i: { agendaItemId: s.item.id } }, admin);
    // m1 has spoken: asking again puts m1 after the first-timers.
    await t.gql(REQUEST, { i: { agendaItemId: s.item.id } }, m1.token);
    await t.gql(REQUEST, { i: { agendaItemId: s.item.id } }, w2.token);
    const queue = (await t.gql(SPEAKERS, { id: s.item.id }, m1.token)).data!.speakers.queue;
    expect(queue.map((q: { deputyId: string }) => q.deputyId)).toEqual([w1.deputy.id, m2.deputy.id, w2.deputy.id, m1.deputy.id]);
    expect(queue.map((q: { firstTime: boolean }) => q.firstTime)).toEqual([true, true, true, false]);
    // Going against the rule needs a reason, which is recorded.
    const m1Request = queue[3].requestId;
    expect(codeOf(await t.gql(GIVE, { i: { agendaItemId: s.item.id, requestId: m1Request } }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(GIVE, { i: { agendaItemId: s.item.id, requestId: m1Request, overrideReason: 'x' } }, admin))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await t.prisma.speech.count({ where: { meetingId: s.meeting.id } })).toBe(1);
    await t.gql(GIVE, { i: { agendaItemId: s.item.id, requestId: m1Request, overrideReason: 'Rapporteur du point' } }, admin);
    const last = await t.prisma.speech.findFirstOrThrow({ where: { meetingId: s.meeting.id, endedAt: null } });
    expect(last).toMatchObject({ deputyId: m1.deputy.id, overrideReason: 'Rapporteur du point' });
    expect(await t.prisma.auditLog.count({ where: { entityId: s.meeting.id, action: 'speakers.give' } })).toBe(2);
  });

  it('lets the chair reorder the waiting list, refusing a bad order with nothing written', async () => {
    const s = await sitting(['WOMAN', 'MAN', 'WOMAN']);
    for (const x of s.members) await t.gql(REQUEST, { i: { agendaItemId: s.item.id } }, x.token);
    const ids = (await t.gql(SPEAKERS, { id: s.item.id }, admin)).data!.speakers.queue.map((q: { requestId: string }) => q.requestId);
    expect(codeOf(await t.gql(REORDER, { i: { agendaItemId: s.item.id, requestIds: [ids[0], ids[0], ids[1]] } }, admin))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await t.gql(REORDER, { i: { agendaItemId: s.item.id, requestIds: [ids[0], 'nope', ids[1]] } }, admin))).toBe(
      'BAD_USER_INPUT',
    );
    // An empty id is a stranger too (it used to slip through to the database).
    expect(codeOf(await t.gql(REORDER, { i: { agendaItemId: s.item.id, requestIds: ['', ids[0], ids[1]] } }, admin))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await t.gql(RULES, { i: { meetingId: s.meeting.id, speakingTimeSeconds: 5 } }, admin))).toBe('BAD_USER_INPUT');
    expect(await t.prisma.meetingProcedure.count({ where: { meetingId: s.meeting.id } })).toBe(0);
    expect(await t.prisma.speakerRequest.count({ where: { meetingId: s.meeting.id, position: { not: 0 } } })).toBe(0);
    const r = (await t.gql(REORDER, { i: { agendaItemId: s.item.id, requestIds: [ids[2], ids[0], ids[1]] } }, admin)).data!.reorderSpeakers;
    expect(r.queue.map((q: { requestId: string }) => q.requestId)).toEqual([ids[2], ids[0], ids[1]]);
  });

  it('gives speaking-time statistics per meeting, group and term, by person and by declared gender', async () => {
    const s = await sitting(['WOMAN', 'MAN']);
    const [w, m] = s.members;
    const at = (sec: number) => new Date(Date.UTC(2026, 2, 10, 17, 0, sec));
    await t.prisma.speech.createMany({
      data: [
        {
          meetingId: s.meeting.id,
          agendaItemId: s.item.id,
          deputyId: w.deputy.id,
          startedAt: at(0),
          endedAt: at(60),
          durationSeconds: 60,
          allottedSeconds: 180,
        },
        {
          meetingId: s.meeting.id,
          agendaItemId: s.item.id,
          deputyId: m.deputy.id,
          startedAt: at(60),
          endedAt: at(240),
          durationSeconds: 180,
          allottedSeconds: 180,
        },
        {
          meetingId: s.meeting.id,
          agendaItemId: s.item.id,
          deputyId: w.deputy.id,
          startedAt: at(240),
          endedAt: at(300),
          durationSeconds: 60,
          allottedSeconds: 180,
        },
      ],
    });
    const expected = {
      totalSeconds: 300,
      speeches: 3,
      byPerson: [
        { deputyId: m.deputy.id, seconds: 180, speeches: 1 },
        { deputyId: w.deputy.id, seconds: 120, speeches: 2 },
      ],
    };
    for (const i of [{ meetingId: s.meeting.id }, { groupId: s.group.id }]) {
      const r = (await t.gql(STATS, { i }, w.token)).data!.speakingStats;
      expect(r).toMatchObject(expected);
      expect(r.byGender.find((g: { gender: string }) => g.gender === 'WOMAN')).toEqual({ gender: 'WOMAN', seconds: 120, share: 0.4 });
    }
    const term = (await t.gql(STATS, { i: { termId } }, admin)).data!.speakingStats;
    expect(term.totalSeconds).toBeGreaterThanOrEqual(300);
    expect(codeOf(await t.gql(STATS, { i: { termId } }, w.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(STATS, { i: {} }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(STATS, { i: { meetingId: s.meeting.id, groupId: s.group.id } }, admin))).toBe('BAD_USER_INPUT');
  });

  it("role matrix: members ask for the floor; the chair (administrators, the group's coordinators, its lead) runs the list", async () => {
    const m = await aRoleMatrix(t, termId);
    const { meeting, item } = await aLiveMeetingWithItem(t.prisma, m.group.id);
    const asked: Record<string, unknown> = {};
    for (const role of ROLES) asked[role] = codeOf(await t.gql(REQUEST, { i: { agendaItemId: item.id } }, m.tokens[role]));
    expect(asked).toEqual({
      admin: 'FORBIDDEN',
      coordinator: 'FORBIDDEN',
      otherCoordinator: 'FORBIDDEN',
      member: 'OK',
      nonMember: 'FORBIDDEN',
    });
    const chair: Record<string, unknown> = {};
    const rules: Record<string, unknown> = {};
    for (const role of ROLES) {
      rules[role] = codeOf(await t.gql(RULES, { i: { meetingId: meeting.id, speakingTimeSeconds: 120 } }, m.tokens[role]));
      if (!(await t.prisma.speakerRequest.count({ where: { agendaItemId: item.id, status: 'WAITING' } })))
        await t.gql(REQUEST, { i: { agendaItemId: item.id } }, m.tokens.member);
      chair[role] = codeOf(await t.gql(GIVE, { i: { agendaItemId: item.id } }, m.tokens[role]));
    }
    const expected = { admin: 'OK', coordinator: 'OK', otherCoordinator: 'FORBIDDEN', member: 'FORBIDDEN', nonMember: 'FORBIDDEN' };
    expect(chair).toEqual(expected);
    expect(rules).toEqual(expected);
    const ended: Record<string, unknown> = {};
    for (const role of ['otherCoordinator', 'member', 'nonMember', 'coordinator'] as const)
      ended[role] = codeOf(await t.gql(END, { i: { agendaItemId: item.id } }, m.tokens[role]));
    expect(ended).toEqual({ otherCoordinator: 'FORBIDDEN', member: 'FORBIDDEN', nonMember: 'FORBIDDEN', coordinator: 'OK' });
    expect(codeOf(await t.gql(REORDER, { i: { agendaItemId: item.id, requestIds: [] } }, m.tokens.member))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SPEAKERS, { id: item.id }, m.tokens.nonMember))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(WITHDRAW, { i: { agendaItemId: item.id } }, m.tokens.nonMember))).toBe('FORBIDDEN');
    // Refused before the meeting's state is looked at: a non-member learns nothing of a meeting that is not live.
    const scheduled = await aLiveMeetingWithItem(t.prisma, m.group.id, { status: 'SCHEDULED' });
    expect(codeOf(await t.gql(REQUEST, { i: { agendaItemId: scheduled.item.id } }, m.tokens.nonMember))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(GIVE, { i: { agendaItemId: scheduled.item.id } }, m.tokens.otherCoordinator))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(REQUEST, { i: { agendaItemId: scheduled.item.id } }, m.tokens.member))).toBe('CONFLICT');
  });
});
