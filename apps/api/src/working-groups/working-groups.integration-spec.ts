import { startTestApp, TestApp, codeOf } from '../../test/test-app';
import { aDeputy, aGroup, aMeeting, aMembership, aTerm, aUser, daysFromToday, signedIn, tokenFor } from '../../test/factories';

const CREATE = `mutation($i: CreateWorkingGroupInput!) { createWorkingGroup(input: $i) { id name theme coordinators { id } } }`;
const ADD = `mutation($i: AddGroupMemberInput!) { addGroupMember(input: $i) { id role startsOn endsOn deputy { id } } }`;
const REMOVE = `mutation($i: RemoveGroupMemberInput!) { removeGroupMember(input: $i) { id endsOn } }`;
const GROUP = `query($id: ID!) { workingGroup(id: $id) { name members { role deputy { id } } membershipHistory { startsOn endsOn deputy { id } } } }`;

describe('working groups', () => {
  let t: TestApp;
  let admin: string;
  let termId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
    termId = (await aTerm(t.prisma, { startsOn: '2025-01-08', endsOn: '2027-01-07' })).id;
  });
  afterAll(() => t.close());

  describe('createWorkingGroup', () => {
    it('makes the coordinator who creates a group one of its coordinators, with an audit row', async () => {
      const { user, token } = await signedIn(t, 'COORDINATOR');
      const r = await t.gql(CREATE, { i: { termId, name: 'Logement', theme: 'Logement et hébergement' } }, token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.createWorkingGroup.coordinators).toEqual([{ id: user.id }]);
      expect(await t.prisma.auditLog.count({ where: { action: 'workingGroup.create', actorId: user.id } })).toBe(1);
    });

    it('refuses a duplicate name in the same term, deputies, and bad input', async () => {
      await t.gql(CREATE, { i: { termId, name: 'Santé', theme: 'Santé' } }, admin);
      expect(codeOf(await t.gql(CREATE, { i: { termId, name: 'Santé', theme: 'Autre' } }, admin))).toBe('CONFLICT');
      const { token } = await signedIn(t, 'DEPUTY');
      expect(codeOf(await t.gql(CREATE, { i: { termId, name: 'Deputy group', theme: 'x' } }, token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(CREATE, { i: { termId, name: '', theme: 'x' } }, admin))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(CREATE, { i: { termId, name: 'Long', theme: 'x', description: 'x'.repeat(4001) } }, admin))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await t.gql(CREATE, { i: { termId: 'nope', name: 'Lost', theme: 'x' } }, admin))).toBe('NOT_FOUND');
      const deputyUser = await aUser(t.prisma, { role: 'DEPUTY' });
      expect(
        codeOf(await t.gql(CREATE, { i: { termId, name: 'Wrong coordinator', theme: 'x', coordinatorIds: [deputyUser.id] } }, admin)),
      ).toBe('BAD_USER_INPUT');
      expect(await t.prisma.workingGroup.count({ where: { name: { in: ['Deputy group', 'Long', 'Lost', 'Wrong coordinator'] } } })).toBe(0);
    });
  });

  describe('addGroupMember and removeGroupMember', () => {
    it("lets the group's coordinator add a lead and a member, and refuses a second open membership", async () => {
      const { user, token } = await signedIn(t, 'COORDINATOR');
      const group = await aGroup(t.prisma, termId, { coordinatorIds: [user.id] });
      const [a, b] = [await aDeputy(t.prisma), await aDeputy(t.prisma)];
      const lead = await t.gql(ADD, { i: { groupId: group.id, deputyId: a.id, role: 'LEAD', startsOn: '2025-02-01' } }, token);
      expect(lead.data!.addGroupMember).toMatchObject({ role: 'LEAD', startsOn: '2025-02-01', endsOn: null });
      await t.gql(ADD, { i: { groupId: group.id, deputyId: b.id } }, token);
      expect(codeOf(await t.gql(ADD, { i: { groupId: group.id, deputyId: a.id } }, token))).toBe('CONFLICT');
      const g = (await t.gql(GROUP, { id: group.id }, token)).data!.workingGroup;
      expect(g.members).toEqual([
        { role: 'LEAD', deputy: { id: a.id } },
        { role: 'MEMBER', deputy: { id: b.id } },
      ]);
    });

    it('refuses coordinators of other groups and deputies (FORBIDDEN) and writes nothing', async () => {
      const owner = await aUser(t.prisma, { role: 'COORDINATOR' });
      const group = await aGroup(t.prisma, termId, { coordinatorIds: [owner.id] });
      const d = await aDeputy(t.prisma);
      const other = await signedIn(t, 'COORDINATOR');
      const member = await aDeputy(t.prisma, { withAccount: true });
      await aMembership(t.prisma, group.id, member.id);
      const memberToken = await tokenFor(t, member.user!);
      expect(codeOf(await t.gql(ADD, { i: { groupId: group.id, deputyId: d.id } }, other.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(ADD, { i: { groupId: group.id, deputyId: d.id } }, memberToken))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(REMOVE, { i: { groupId: group.id, deputyId: member.id } }, other.token))).toBe('FORBIDDEN');
      expect(await t.prisma.groupMembership.count({ where: { groupId: group.id } })).toBe(1);
    });

    it('refuses a start outside the term, unknown groups and deputies', async () => {
      const group = await aGroup(t.prisma, termId);
      const d = await aDeputy(t.prisma);
      expect(codeOf(await t.gql(ADD, { i: { groupId: group.id, deputyId: d.id, startsOn: '2024-12-31' } }, admin))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(ADD, { i: { groupId: 'nope', deputyId: d.id } }, admin))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(ADD, { i: { groupId: group.id, deputyId: 'nope' } }, admin))).toBe('NOT_FOUND');
    });

    it("ends a membership and keeps it in the group's history; the deputy can join again later", async () => {
      const group = await aGroup(t.prisma, termId);
      const d = await aDeputy(t.prisma);
      await t.gql(ADD, { i: { groupId: group.id, deputyId: d.id, startsOn: '2025-02-01' } }, admin);
      expect(codeOf(await t.gql(REMOVE, { i: { groupId: group.id, deputyId: d.id, endsOn: '2025-01-15' } }, admin))).toBe('BAD_USER_INPUT');
      const r = await t.gql(REMOVE, { i: { groupId: group.id, deputyId: d.id, endsOn: '2025-09-30' } }, admin);
      expect(r.data!.removeGroupMember.endsOn).toBe('2025-09-30');
      expect(codeOf(await t.gql(REMOVE, { i: { groupId: group.id, deputyId: d.id } }, admin))).toBe('NOT_FOUND');
      await t.gql(ADD, { i: { groupId: group.id, deputyId: d.id, startsOn: '2026-01-05' } }, admin);
      const g = (await t.gql(GROUP, { id: group.id }, admin)).data!.workingGroup;
      expect(g.members).toHaveLength(1);
      expect(g.membershipHistory.map((m: { startsOn: string; endsOn: string | null }) => [m.startsOn, m.endsOn])).toEqual([
        ['2025-02-01', '2025-09-30'],
        ['2026-01-05', null],
      ]);
      expect(
        await t.prisma.auditLog.count({
          where: { entityId: group.id, action: { in: ['workingGroup.addMember', 'workingGroup.removeMember'] } },
        }),
      ).toBe(3);
    });
  });

  describe('GroupMember.scheduleConflicts', () => {
    const ADD_WITH_CONFLICTS = `mutation($i: AddGroupMemberInput!) { addGroupMember(input: $i) { id scheduleConflicts { deputyName startsAt meeting { title } } } }`;
    const CONFLICTS = `query($id: ID!) { workingGroup(id: $id) { members { deputy { id } scheduleConflicts { meeting { title } } } } }`;
    const at = (days: number, hour: string) => `${daysFromToday(days)}T${hour}:00Z`;
    // A term around today: members join from today by default.
    let currentTermId: string;
    beforeAll(async () => {
      currentTermId = (await aTerm(t.prisma, { startsOn: daysFromToday(-100), endsOn: daysFromToday(600) })).id;
    });

    /** A deputy already in a group that meets on day +20 at 16:30; the new group meets at 16:00 and on day +21. */
    async function aBusyDeputy() {
      const { user, token } = await signedIn(t, 'COORDINATOR');
      const group = await aGroup(t.prisma, currentTermId, { coordinatorIds: [user.id] });
      const elsewhere = await aGroup(t.prisma, currentTermId);
      const deputy = await aDeputy(t.prisma, { withAccount: true, fullName: 'Leyla Demir' });
      await aMembership(t.prisma, elsewhere.id, deputy.id);
      await aMeeting(t.prisma, elsewhere.id, { title: 'Plénière santé', startsAt: at(20, '16:30'), endsAt: at(20, '17:30') });
      await aMeeting(t.prisma, elsewhere.id, { title: 'Annulée', startsAt: at(20, '16:00'), endsAt: at(20, '17:00'), status: 'CANCELLED' });
      await aMeeting(t.prisma, group.id, { title: 'Réunion logement', startsAt: at(20, '16:00'), endsAt: at(20, '17:00') });
      await aMeeting(t.prisma, group.id, { title: 'Autre jour', startsAt: at(21, '16:00'), endsAt: at(21, '17:00') });
      return { group, deputy, token };
    }

    it("warns, when a member is added, of the group's coming meetings that clash with their other groups'", async () => {
      const { group, deputy, token } = await aBusyDeputy();
      const r = await t.gql(ADD_WITH_CONFLICTS, { i: { groupId: group.id, deputyId: deputy.id } }, token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.addGroupMember.scheduleConflicts).toEqual([
        { deputyName: 'Leyla Demir', startsAt: new Date(at(20, '16:00')).toISOString(), meeting: { title: 'Plénière santé' } },
      ]);
    });

    it("shows a member their own clashes, and no one else's to other deputies", async () => {
      const { group, deputy, token } = await aBusyDeputy();
      await t.gql(ADD, { i: { groupId: group.id, deputyId: deputy.id } }, token);
      const other = await aDeputy(t.prisma, { withAccount: true });
      await aMembership(t.prisma, group.id, other.id);
      const asMember = async (who: { user: { email: string } | null }) =>
        (await t.gql(CONFLICTS, { id: group.id }, await tokenFor(t, who.user!))).data!.workingGroup.members;
      expect(await asMember(deputy)).toEqual(
        expect.arrayContaining([{ deputy: { id: deputy.id }, scheduleConflicts: [{ meeting: { title: 'Plénière santé' } }] }]),
      );
      expect(await asMember(other)).toEqual(
        expect.arrayContaining([
          { deputy: { id: deputy.id }, scheduleConflicts: null },
          { deputy: { id: other.id }, scheduleConflicts: [] },
        ]),
      );
    });

    it('costs one statement for the whole list of members', async () => {
      const { group, deputy, token } = await aBusyDeputy();
      await t.gql(ADD, { i: { groupId: group.id, deputyId: deputy.id } }, token);
      const count = async () => {
        const before = t.prisma.queryCount;
        expect((await t.gql(CONFLICTS, { id: group.id }, admin)).errors).toBeUndefined();
        return t.prisma.queryCount - before;
      };
      const one = await count();
      for (let i = 0; i < 5; i++) await aMembership(t.prisma, group.id, (await aDeputy(t.prisma)).id);
      expect(await count()).toBe(one);
    });
  });
});
