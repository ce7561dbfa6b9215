import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aGroup, aMeeting, aMembership, aRoleMatrix, aTerm, RoleName, signedIn, tokenFor } from '../../test/factories';

const CREATE = `mutation($i: CreateTimePollInput!) { createTimePoll(input: $i) { id status timeZone slots { id startsAt } } }`;
const ANSWER = `mutation($i: AnswerTimePollInput!) { answerTimePoll(input: $i) { id } }`;
const SCHEDULE = `mutation($i: ScheduleFromTimePollInput!) { scheduleFromTimePoll(input: $i) { poll { id status meeting { id } } meeting { id title startsAt endsAt timeZone status } warnings { code } conflicts { deputyId } } }`;
const POLL = `query($id: ID!) { timePoll(id: $id) { id status bestSlotId slots { id tally { yes ifNeedBe no } answers { answer deputy { id } } } } }`;
const ROLES: RoleName[] = ['admin', 'coordinator', 'otherCoordinator', 'member', 'nonMember'];
const COORDINATION = { admin: 'OK', coordinator: 'OK', otherCoordinator: 'FORBIDDEN', member: 'FORBIDDEN', nonMember: 'FORBIDDEN' };
const SLOTS = [
  { startsAt: '2026-05-04T16:00:00Z', endsAt: '2026-05-04T17:30:00Z' },
  { startsAt: '2026-05-05T16:00:00Z', endsAt: '2026-05-05T17:30:00Z' },
  { startsAt: '2026-05-06T16:00:00Z', endsAt: '2026-05-06T17:30:00Z' },
];

describe('time polls', () => {
  let t: TestApp;
  let admin: string;
  let termId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
    termId = (await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2027-12-31' })).id;
  });
  afterAll(() => t.close());

  async function groupWithMembers(n: number) {
    const group = await aGroup(t.prisma, termId);
    const members = [];
    for (let i = 0; i < n; i++) {
      const deputy = await aDeputy(t.prisma, { withAccount: true });
      await aMembership(t.prisma, group.id, deputy.id);
      members.push({ deputy, token: await tokenFor(t, deputy.user!) });
    }
    return { group, members };
  }

  it('collects yes / if need be / no per slot, shows the tally, and turns the best slot into a meeting in one step, closing the poll', async () => {
    const { group, members } = await groupWithMembers(3);
    const poll = (await t.gql(CREATE, { i: { groupId: group.id, title: 'Réunion logement', slots: SLOTS } }, admin)).data!.createTimePoll;
    expect(poll).toMatchObject({ status: 'OPEN', timeZone: 'Europe/Paris' });
    const [s1, s2, s3] = poll.slots.map((s: { id: string }) => s.id);
    const answers = [[['YES', 'YES', 'NO']], [['NO', 'YES', 'YES']], [['IF_NEED_BE', 'YES', 'YES']]];
    for (const [i, [a]] of answers.entries()) {
      const r = await t.gql(
        ANSWER,
        { i: { pollId: poll.id, answers: [s1, s2, s3].map((slotId, k) => ({ slotId, answer: a[k] })) } },
        members[i].token,
      );
      expect(codeOf(r)).toBe('OK');
    }
    // An answer can be changed.
    await t.gql(ANSWER, { i: { pollId: poll.id, answers: [{ slotId: s3, answer: 'NO' }] } }, members[2].token);
    const read = (await t.gql(POLL, { id: poll.id }, members[0].token)).data!.timePoll;
    expect(read.slots.map((s: { tally: unknown }) => s.tally)).toEqual([
      { yes: 1, ifNeedBe: 1, no: 1 },
      { yes: 3, ifNeedBe: 0, no: 0 },
      { yes: 1, ifNeedBe: 0, no: 2 },
    ]);
    expect(read.bestSlotId).toBe(s2);
    // A member of the group is already booked then: a warning, not a refusal (unless asked).
    const other = await aGroup(t.prisma, termId);
    await aMembership(t.prisma, other.id, members[0].deputy.id);
    await aMeeting(t.prisma, other.id, { startsAt: '2026-05-05T16:30:00Z' });
    expect(codeOf(await t.gql(SCHEDULE, { i: { pollId: poll.id, refuseOnConflict: true } }, admin))).toBe('CONFLICT');
    expect((await t.prisma.timePoll.findUniqueOrThrow({ where: { id: poll.id } })).status).toBe('OPEN');
    const done = (await t.gql(SCHEDULE, { i: { pollId: poll.id } }, admin)).data!.scheduleFromTimePoll;
    expect(done.meeting).toMatchObject({
      title: 'Réunion logement',
      startsAt: '2026-05-05T16:00:00.000Z',
      endsAt: '2026-05-05T17:30:00.000Z',
      timeZone: 'Europe/Paris',
      status: 'SCHEDULED',
    });
    expect(done.warnings).toEqual([{ code: 'SCHEDULING_CONFLICT' }]);
    expect(done.poll).toEqual({ id: poll.id, status: 'CLOSED', meeting: { id: done.meeting.id } });
    expect(
      await t.prisma.auditLog.count({
        where: { action: { in: ['timePoll.schedule', 'meeting.schedule'] }, OR: [{ entityId: group.id }, { entityId: done.meeting.id }] },
      }),
    ).toBe(2);
    expect(codeOf(await t.gql(SCHEDULE, { i: { pollId: poll.id } }, admin))).toBe('CONFLICT');
    expect(codeOf(await t.gql(ANSWER, { i: { pollId: poll.id, answers: [{ slotId: s1, answer: 'YES' }] } }, members[0].token))).toBe(
      'CONFLICT',
    );
  });

  it('refuses bad input with BAD_USER_INPUT and writes nothing', async () => {
    const { group, members } = await groupWithMembers(1);
    const bad = [
      { groupId: group.id, title: 'X', slots: [] },
      { groupId: group.id, title: '', slots: SLOTS },
      { groupId: group.id, title: 'X', slots: [{ startsAt: SLOTS[0].endsAt, endsAt: SLOTS[0].startsAt }] },
      { groupId: group.id, title: 'X', slots: [SLOTS[0], SLOTS[0]] },
      { groupId: group.id, title: 'X', slots: SLOTS, timeZone: 'Mars/Olympus' },
      { groupId: group.id, title: 'X', slots: Array.from({ length: 21 }, () => SLOTS[0]) },
    ];
    for (const i of bad) expect(codeOf(await t.gql(CREATE, { i }, admin))).toBe('BAD_USER_INPUT');
    expect(await t.prisma.timePoll.count({ where: { groupId: group.id } })).toBe(0);
    const poll = (await t.gql(CREATE, { i: { groupId: group.id, title: 'Ok', slots: SLOTS } }, admin)).data!.createTimePoll;
    const other = (await t.gql(CREATE, { i: { groupId: group.id, title: 'Autre', slots: SLOTS } }, admin)).data!.createTimePoll;
    expect(
      codeOf(await t.gql(ANSWER, { i: { pollId: poll.id, answers: [{ slotId: other.slots[0].id, answer: 'YES' }] } }, members[0].token)),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await t.gql(ANSWER, { i: { pollId: poll.id, answers: [{ slotId: poll.slots[0].id, answer: 'PERHAPS' }] } }, members[0].token)),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(SCHEDULE, { i: { pollId: poll.id, slotId: other.slots[0].id } }, admin))).toBe('BAD_USER_INPUT');
    expect(await t.prisma.timePollAnswer.count({ where: { slot: { pollId: poll.id } } })).toBe(0);
    expect(await t.prisma.meeting.count({ where: { groupId: group.id } })).toBe(0);
  });

  it('role matrix: coordination creates and schedules; members answer; members and coordination read', async () => {
    const m = await aRoleMatrix(t, termId);
    const created: Record<string, unknown> = {};
    const scheduled: Record<string, unknown> = {};
    const answered: Record<string, unknown> = {};
    const read: Record<string, unknown> = {};
    const poll = (await t.gql(CREATE, { i: { groupId: m.group.id, title: 'Matrice', slots: SLOTS } }, admin)).data!.createTimePoll;
    for (const role of ROLES) {
      created[role] = codeOf(await t.gql(CREATE, { i: { groupId: m.group.id, title: `By ${role}`, slots: SLOTS } }, m.tokens[role]));
      answered[role] = codeOf(
        await t.gql(ANSWER, { i: { pollId: poll.id, answers: [{ slotId: poll.slots[0].id, answer: 'YES' }] } }, m.tokens[role]),
      );
      read[role] = codeOf(await t.gql(POLL, { id: poll.id }, m.tokens[role]));
    }
    for (const role of ROLES) {
      const own = (
        await t.gql(CREATE, { i: { groupId: m.group.id, title: `For ${role}`, slots: [SLOTS[ROLES.indexOf(role) % 3]] } }, admin)
      ).data!.createTimePoll;
      scheduled[role] = codeOf(await t.gql(SCHEDULE, { i: { pollId: own.id } }, m.tokens[role]));
    }
    expect(created).toEqual(COORDINATION);
    expect(scheduled).toEqual(COORDINATION);
    expect(answered).toEqual({
      admin: 'FORBIDDEN',
      coordinator: 'FORBIDDEN',
      otherCoordinator: 'FORBIDDEN',
      member: 'OK',
      nonMember: 'FORBIDDEN',
    });
    expect(read).toEqual({ admin: 'OK', coordinator: 'OK', otherCoordinator: 'OK', member: 'OK', nonMember: 'FORBIDDEN' });
  });
});
