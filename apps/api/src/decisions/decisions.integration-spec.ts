import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aGroup, aMeeting, aMembership, aRoleMatrix, aTerm, RoleName, signedIn } from '../../test/factories';

const DECIDE = `mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { id text votesFor votesAgainst votesAbstain agendaItem { id } } }`;
const ASSIGN = `mutation($i: AssignActionInput!) { assignAction(input: $i) { id title dueOn status assignee { id } decision { id } } }`;
const STATUS = `mutation($i: SetActionStatusInput!) { setActionStatus(input: $i) { id status } }`;
const MINUTES = `mutation($i: UpdateMinutesInput!) { updateMinutes(input: $i) { minutes minutesVersions { version body } } }`;
const ROLES: RoleName[] = ['admin', 'coordinator', 'otherCoordinator', 'member', 'nonMember'];
const COORDINATION = { admin: 'OK', coordinator: 'OK', otherCoordinator: 'FORBIDDEN', member: 'FORBIDDEN', nonMember: 'FORBIDDEN' };

describe('decisions, actions and minutes', () => {
  let t: TestApp;
  let admin: string;
  let termId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
    termId = (await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2027-12-31' })).id;
  });
  afterAll(() => t.close());

  async function liveMeetingWithItem(groupId: string, status: 'LIVE' | 'SCHEDULED' | 'ENDED' = 'LIVE') {
    const meeting = await aMeeting(t.prisma, groupId, { status });
    const item = await t.prisma.agendaItem.create({ data: { meetingId: meeting.id, position: 1, title: 'Point' } });
    return { meeting, item };
  }

  describe('recordDecision', () => {
    it('records a decision with its vote counts on an agenda item, with an audit row', async () => {
      const group = await aGroup(t.prisma, termId);
      for (let i = 0; i < 5; i++) await aMembership(t.prisma, group.id, (await aDeputy(t.prisma)).id);
      const { meeting, item } = await liveMeetingWithItem(group.id);
      const r = await t.gql(DECIDE, { i: { agendaItemId: item.id, text: 'Adopté', votesFor: 3, votesAgainst: 1, votesAbstain: 1 } }, admin);
      expect(r.data!.recordDecision).toMatchObject({
        text: 'Adopté',
        votesFor: 3,
        votesAgainst: 1,
        votesAbstain: 1,
        agendaItem: { id: item.id },
      });
      expect(await t.prisma.auditLog.count({ where: { action: 'decision.record', entityId: meeting.id } })).toBe(1);
    });

    it('refuses more votes than members, an empty text, and a meeting that has not started, writing nothing', async () => {
      const group = await aGroup(t.prisma, termId);
      await aMembership(t.prisma, group.id, (await aDeputy(t.prisma)).id);
      const { meeting, item } = await liveMeetingWithItem(group.id);
      expect(codeOf(await t.gql(DECIDE, { i: { agendaItemId: item.id, text: 'Adopté', votesFor: 2 } }, admin))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(DECIDE, { i: { agendaItemId: item.id, text: '' } }, admin))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(DECIDE, { i: { agendaItemId: item.id, text: 'Adopté', votesFor: -1 } }, admin))).toBe('BAD_USER_INPUT');
      const scheduled = await liveMeetingWithItem(group.id, 'SCHEDULED');
      expect(codeOf(await t.gql(DECIDE, { i: { agendaItemId: scheduled.item.id, text: 'Trop tôt' } }, admin))).toBe('CONFLICT');
      expect(await t.prisma.decision.count({ where: { meetingId: { in: [meeting.id, scheduled.meeting.id] } } })).toBe(0);
    });

    it("is for administrators and the group's coordinators only", async () => {
      const m = await aRoleMatrix(t, termId);
      const { item } = await liveMeetingWithItem(m.group.id);
      const codes: Record<string, unknown> = {};
      for (const role of ROLES)
        codes[role] = codeOf(await t.gql(DECIDE, { i: { agendaItemId: item.id, text: `By ${role}` } }, m.tokens[role]));
      expect(codes).toEqual(COORDINATION);
    });
  });

  describe('assignAction and setActionStatus', () => {
    it('assigns an action to a member with a due date, linked to a decision; the assignee moves it along', async () => {
      const m = await aRoleMatrix(t, termId);
      const { meeting, item } = await liveMeetingWithItem(m.group.id);
      const decision = (await t.gql(DECIDE, { i: { agendaItemId: item.id, text: 'Écrire au préfet' } }, admin)).data!.recordDecision;
      const r = await t.gql(
        ASSIGN,
        {
          i: {
            meetingId: meeting.id,
            title: 'Rédiger le courrier',
            assigneeId: m.member.deputy.id,
            dueOn: '2026-04-01',
            decisionId: decision.id,
          },
        },
        m.tokens.coordinator,
      );
      expect(r.data!.assignAction).toMatchObject({
        title: 'Rédiger le courrier',
        dueOn: '2026-04-01',
        status: 'OPEN',
        assignee: { id: m.member.deputy.id },
        decision: { id: decision.id },
      });
      const id = r.data!.assignAction.id;
      expect((await t.gql(STATUS, { i: { actionItemId: id, status: 'DONE' } }, m.tokens.member)).data!.setActionStatus.status).toBe('DONE');
      expect(codeOf(await t.gql(STATUS, { i: { actionItemId: id, status: 'OPEN' } }, m.tokens.nonMember))).toBe('FORBIDDEN');
    });

    it("setActionStatus is for administrators, the group's coordinators and the assignee", async () => {
      const m = await aRoleMatrix(t, termId);
      const { meeting } = await liveMeetingWithItem(m.group.id);
      const other = await t.gql(
        ASSIGN,
        { i: { meetingId: meeting.id, title: 'Appeler la mairie', assigneeId: m.member.deputy.id } },
        admin,
      );
      const id = other.data!.assignAction.id;
      const codes: Record<string, unknown> = {};
      for (const role of ROLES)
        codes[role] = codeOf(await t.gql(STATUS, { i: { actionItemId: id, status: 'IN_PROGRESS' } }, m.tokens[role]));
      expect(codes).toEqual({ admin: 'OK', coordinator: 'OK', otherCoordinator: 'FORBIDDEN', member: 'OK', nonMember: 'FORBIDDEN' });
    });

    it('refuses an assignee outside the group, a decision of another meeting and an empty title', async () => {
      const m = await aRoleMatrix(t, termId);
      const { meeting } = await liveMeetingWithItem(m.group.id);
      const other = await liveMeetingWithItem(m.group.id);
      const otherDecision = await t.prisma.decision.create({ data: { meetingId: other.meeting.id, text: 'Autre' } });
      expect(codeOf(await t.gql(ASSIGN, { i: { meetingId: meeting.id, title: 'X', assigneeId: m.nonMember.deputy.id } }, admin))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await t.gql(ASSIGN, { i: { meetingId: meeting.id, title: 'X', decisionId: otherDecision.id } }, admin))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await t.gql(ASSIGN, { i: { meetingId: meeting.id, title: '' } }, admin))).toBe('BAD_USER_INPUT');
      expect(await t.prisma.actionItem.count({ where: { meetingId: meeting.id } })).toBe(0);
    });

    it("assignAction is for administrators and the group's coordinators only", async () => {
      const m = await aRoleMatrix(t, termId);
      const { meeting } = await liveMeetingWithItem(m.group.id);
      const codes: Record<string, unknown> = {};
      for (const role of ROLES)
        codes[role] = codeOf(await t.gql(ASSIGN, { i: { meetingId: meeting.id, title: `By ${role}` } }, m.tokens[role]));
      expect(codes).toEqual(COORDINATION);
    });
  });

  describe('updateMinutes', () => {
    it('edits the draft in place until the meeting ends, then adds a version per change', async () => {
      const group = await aGroup(t.prisma, termId);
      const meeting = await aMeeting(t.prisma, group.id, { status: 'LIVE' });
      await t.gql(MINUTES, { i: { meetingId: meeting.id, body: 'Brouillon 1' } }, admin);
      const draft = await t.gql(MINUTES, { i: { meetingId: meeting.id, body: 'Brouillon 2' } }, admin);
      expect(draft.data!.updateMinutes).toEqual({ minutes: 'Brouillon 2', minutesVersions: [] });
      await t.gql(`mutation($i: MeetingIdInput!) { endMeeting(input: $i) { id } }`, { i: { meetingId: meeting.id } }, admin);
      const after = await t.gql(MINUTES, { i: { meetingId: meeting.id, body: 'Version corrigée' } }, admin);
      expect(after.data!.updateMinutes).toEqual({
        minutes: 'Version corrigée',
        minutesVersions: [
          { version: 1, body: 'Brouillon 2' },
          { version: 2, body: 'Version corrigée' },
        ],
      });
      expect(codeOf(await t.gql(MINUTES, { i: { meetingId: meeting.id, body: 'x'.repeat(100001) } }, admin))).toBe('BAD_USER_INPUT');
      const cancelled = await aMeeting(t.prisma, group.id, { status: 'CANCELLED' });
      expect(codeOf(await t.gql(MINUTES, { i: { meetingId: cancelled.id, body: 'Rien' } }, admin))).toBe('CONFLICT');
    });

    it("is for administrators, the group's coordinators and its lead", async () => {
      const m = await aRoleMatrix(t, termId);
      const meeting = await aMeeting(t.prisma, m.group.id, { status: 'LIVE' });
      const codes: Record<string, unknown> = {};
      for (const role of ROLES)
        codes[role] = codeOf(await t.gql(MINUTES, { i: { meetingId: meeting.id, body: `By ${role}` } }, m.tokens[role]));
      expect(codes).toEqual(COORDINATION);
    });
  });
});
