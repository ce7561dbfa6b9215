import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aGroup, aMeeting, aMembership, aRoleMatrix, aSignedInDeputy, aTerm, RoleName, signedIn } from '../../test/factories';

const RESPOND = `mutation($i: RespondToMeetingInput!) { respondToMeeting(input: $i) { response note present deputy { id } } }`;
const ATTENDANCE = `query($id: ID!) { meeting(id: $id) { attendance { response note deputy { id } } myAttendance { response } quorum { members required confirmed present reached expected } } }`;
const START = `mutation($i: StartMeetingInput!) { startMeeting(input: $i) { id status startedAt } }`;
const END = `mutation($i: MeetingIdInput!) { endMeeting(input: $i) { id status endedAt minutesVersions { version body } } }`;

describe('attendance and the live session', () => {
  let t: TestApp;
  let admin: string;
  let termId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
    termId = (await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2027-12-31' })).id;
  });
  afterAll(() => t.close());

  describe('respondToMeeting', () => {
    it("records a member's answer with a note, and changes it on a second answer", async () => {
      const group = await aGroup(t.prisma, termId);
      const me = await aSignedInDeputy(t);
      await aMembership(t.prisma, group.id, me.deputy.id);
      const meeting = await aMeeting(t.prisma, group.id);
      const first = await t.gql(RESPOND, { i: { meetingId: meeting.id, response: 'MAYBE', note: 'Train à confirmer' } }, me.token);
      expect(first.data!.respondToMeeting).toEqual({
        response: 'MAYBE',
        note: 'Train à confirmer',
        present: false,
        deputy: { id: me.deputy.id },
      });
      await t.gql(RESPOND, { i: { meetingId: meeting.id, response: 'YES' } }, me.token);
      const rows = await t.prisma.attendance.findMany({ where: { meetingId: meeting.id } });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ response: 'YES', note: null });
      expect((await t.gql(ATTENDANCE, { id: meeting.id }, me.token)).data!.meeting.myAttendance).toEqual({ response: 'YES' });
    });

    it("is for the group's members only, on meetings not yet over, with a bounded note", async () => {
      const m = await aRoleMatrix(t, termId);
      const meeting = await aMeeting(t.prisma, m.group.id);
      const codes: Partial<Record<RoleName, unknown>> = {};
      for (const role of ['admin', 'coordinator', 'otherCoordinator', 'member', 'nonMember'] as RoleName[]) {
        codes[role] = codeOf(await t.gql(RESPOND, { i: { meetingId: meeting.id, response: 'YES' } }, m.tokens[role]));
      }
      expect(codes).toEqual({
        admin: 'FORBIDDEN',
        coordinator: 'FORBIDDEN',
        otherCoordinator: 'FORBIDDEN',
        member: 'OK',
        nonMember: 'FORBIDDEN',
      });
      expect(codeOf(await t.gql(RESPOND, { i: { meetingId: meeting.id, response: 'YES', note: 'x'.repeat(501) } }, m.tokens.member))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await t.gql(RESPOND, { i: { meetingId: meeting.id, response: 'PERHAPS' } }, m.tokens.member))).toBe('BAD_USER_INPUT');
      for (const status of ['ENDED', 'CANCELLED'] as const) {
        const over = await aMeeting(t.prisma, m.group.id, { status });
        expect(codeOf(await t.gql(RESPOND, { i: { meetingId: over.id, response: 'NO' } }, m.tokens.member))).toBe('CONFLICT');
      }
      expect(await t.prisma.attendance.count({ where: { meeting: { groupId: m.group.id } } })).toBe(1);
    });
  });

  describe('attendance and quorum', () => {
    it('lists every member, answered or not, and counts quorum as more than half of the members', async () => {
      const group = await aGroup(t.prisma, termId);
      const deputies = [];
      for (let i = 0; i < 4; i++) {
        const d = await aDeputy(t.prisma);
        await aMembership(t.prisma, group.id, d.id);
        deputies.push(d);
      }
      const meeting = await aMeeting(t.prisma, group.id);
      await t.prisma.attendance.createMany({
        data: [
          { meetingId: meeting.id, deputyId: deputies[0].id, response: 'YES', present: true },
          { meetingId: meeting.id, deputyId: deputies[1].id, response: 'YES', present: true },
          { meetingId: meeting.id, deputyId: deputies[2].id, response: 'NO' },
        ],
      });
      const q = (await t.gql(ATTENDANCE, { id: meeting.id }, admin)).data!.meeting;
      expect(q.attendance).toHaveLength(4);
      expect(q.attendance.filter((a: { response: string | null }) => a.response === null)).toHaveLength(1);
      // 4 members: quorum is 3; two present is not enough.
      expect(q.quorum).toEqual({ members: 4, required: 3, confirmed: 2, present: 2, reached: false, expected: false });
      await t.prisma.attendance.create({ data: { meetingId: meeting.id, deputyId: deputies[3].id, response: 'YES', present: true } });
      expect((await t.gql(ATTENDANCE, { id: meeting.id }, admin)).data!.meeting.quorum).toMatchObject({
        present: 3,
        reached: true,
        expected: true,
      });
    });

    it("follows the group's own quorum rule when it sets one", async () => {
      const group = await aGroup(t.prisma, termId);
      await t.prisma.workingGroup.update({ where: { id: group.id }, data: { quorumMinimum: 2 } });
      for (let i = 0; i < 5; i++) await aMembership(t.prisma, group.id, (await aDeputy(t.prisma)).id);
      const meeting = await aMeeting(t.prisma, group.id);
      expect((await t.gql(ATTENDANCE, { id: meeting.id }, admin)).data!.meeting.quorum).toMatchObject({ members: 5, required: 2 });
    });
  });

  describe('startMeeting and endMeeting', () => {
    it('goes scheduled -> live -> ended, keeps the minutes at the close as version 1, with audit rows', async () => {
      const group = await aGroup(t.prisma, termId);
      const meeting = await aMeeting(t.prisma, group.id);
      await t.prisma.meeting.update({ where: { id: meeting.id }, data: { minutes: 'Présents : 4.' } });
      const started = await t.gql(START, { i: { meetingId: meeting.id } }, admin);
      expect(started.data!.startMeeting).toMatchObject({ status: 'LIVE', startedAt: expect.any(String) });
      expect(codeOf(await t.gql(START, { i: { meetingId: meeting.id } }, admin))).toBe('CONFLICT');
      const ended = await t.gql(END, { i: { meetingId: meeting.id } }, admin);
      expect(ended.data!.endMeeting).toMatchObject({ status: 'ENDED', minutesVersions: [{ version: 1, body: 'Présents : 4.' }] });
      expect(codeOf(await t.gql(END, { i: { meetingId: meeting.id } }, admin))).toBe('CONFLICT');
      expect(await t.prisma.auditLog.count({ where: { entityId: meeting.id, action: { in: ['meeting.start', 'meeting.end'] } } })).toBe(2);
    });

    it('refuses to start a cancelled meeting or end one that is not live', async () => {
      const group = await aGroup(t.prisma, termId);
      const cancelled = await aMeeting(t.prisma, group.id, { status: 'CANCELLED' });
      const scheduled = await aMeeting(t.prisma, group.id);
      expect(codeOf(await t.gql(START, { i: { meetingId: cancelled.id } }, admin))).toBe('CONFLICT');
      expect(codeOf(await t.gql(END, { i: { meetingId: scheduled.id } }, admin))).toBe('CONFLICT');
      expect(codeOf(await t.gql(START, { i: { meetingId: 'nope' } }, admin))).toBe('NOT_FOUND');
      expect((await t.prisma.meeting.findUniqueOrThrow({ where: { id: scheduled.id } })).status).toBe('SCHEDULED');
    });

    it("may be done by administrators, the group's coordinators and its lead, nobody else", async () => {
      const m = await aRoleMatrix(t, termId);
      const lead = await aSignedInDeputy(t);
      await aMembership(t.prisma, m.group.id, lead.deputy.id, 'LEAD');
      const tokens = { ...m.tokens, lead: lead.token };
      const codes: Record<string, unknown> = {};
      for (const role of ['admin', 'coordinator', 'otherCoordinator', 'member', 'nonMember', 'lead'] as const) {
        const meeting = await aMeeting(t.prisma, m.group.id);
        const start = codeOf(await t.gql(START, { i: { meetingId: meeting.id } }, tokens[role]));
        await t.prisma.meeting.update({ where: { id: meeting.id }, data: { status: 'LIVE' } });
        const end = codeOf(await t.gql(END, { i: { meetingId: meeting.id } }, tokens[role]));
        codes[role] = [start, end];
      }
      expect(codes).toEqual({
        admin: ['OK', 'OK'],
        coordinator: ['OK', 'OK'],
        otherCoordinator: ['FORBIDDEN', 'FORBIDDEN'],
        member: ['FORBIDDEN', 'FORBIDDEN'],
        nonMember: ['FORBIDDEN', 'FORBIDDEN'],
        lead: ['OK', 'OK'],
      });
    });
  });

  describe('setCurrentAgendaItem', () => {
    const MOVE = `mutation($i: SetCurrentAgendaItemInput!) { setCurrentAgendaItem(input: $i) { id currentAgendaItem { id title } } }`;

    it('walks the agenda item by item during the live session, jumps on request, and ends past the last item', async () => {
      const { token: admin } = await signedIn(t, 'ADMIN');
      const group = await aGroup(t.prisma, termId);
      const meeting = await aMeeting(t.prisma, group.id, { status: 'LIVE' });
      const items = [];
      for (const [i, title] of ['Accueil', 'Logement', 'Divers'].entries())
        items.push(await t.prisma.agendaItem.create({ data: { meetingId: meeting.id, position: i + 1, title } }));
      const current = async (i: Record<string, unknown>) =>
        (await t.gql(MOVE, { i: { meetingId: meeting.id, ...i } }, admin)).data!.setCurrentAgendaItem.currentAgendaItem?.title ?? null;
      expect(await current({})).toBe('Accueil');
      expect(await current({})).toBe('Logement');
      expect(await current({ agendaItemId: items[0].id })).toBe('Accueil');
      expect(await current({ agendaItemId: items[2].id })).toBe('Divers');
      expect(await current({})).toBeNull();
      expect(await t.prisma.auditLog.count({ where: { action: 'meeting.setCurrentAgendaItem', entityId: meeting.id } })).toBe(5);
    });

    it("refuses another meeting's item, a meeting that is not live, and callers who do not run the group", async () => {
      const m = await aRoleMatrix(t, termId);
      const live = await aMeeting(t.prisma, m.group.id, { status: 'LIVE' });
      const scheduled = await aMeeting(t.prisma, m.group.id);
      const elsewhere = await t.prisma.agendaItem.create({ data: { meetingId: scheduled.id, position: 1, title: 'Ailleurs' } });
      expect(codeOf(await t.gql(MOVE, { i: { meetingId: live.id, agendaItemId: elsewhere.id } }, m.tokens.admin))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(MOVE, { i: { meetingId: scheduled.id } }, m.tokens.admin))).toBe('CONFLICT');
      const codes: Partial<Record<RoleName, unknown>> = {};
      for (const role of ['admin', 'coordinator', 'otherCoordinator', 'member', 'nonMember'] as RoleName[])
        codes[role] = codeOf(await t.gql(MOVE, { i: { meetingId: live.id } }, m.tokens[role]));
      expect(codes).toEqual({ admin: 'OK', coordinator: 'OK', otherCoordinator: 'FORBIDDEN', member: 'FORBIDDEN', nonMember: 'FORBIDDEN' });
    });
  });
});
