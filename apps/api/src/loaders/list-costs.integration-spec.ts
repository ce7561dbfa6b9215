import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aFieldReport, aGroup, aMandate, aMembership, aTerm, aUser, signedIn } from '../../test/factories';

/**
 * DESIGN.md: "a list query costs a constant number of SQL queries, whatever the list's length".
 * Each list below is asked for with its related fields at a small size and at a larger one; the
 * number of statements must be the same.
 */
describe('the cost of list queries', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;
  beforeAll(async () => {
    t = await startTestApp();
    const signed = await signedIn(t, 'ADMIN');
    admin = signed.token;
    adminId = signed.user.id;
  });
  afterAll(() => t.close());

  const statementsFor = async (query: string, variables: Record<string, unknown>, token = admin) => {
    const before = t.prisma.queryCount;
    const r = await t.gql(query, variables, token);
    expect(r.errors).toBeUndefined();
    return { statements: t.prisma.queryCount - before, data: r.data! };
  };

  /** A term with `groups` groups of 2 members (each holding a seat) and a coordinator. */
  async function aTermWith(groups: number, startsOn: string, endsOn: string) {
    const term = await aTerm(t.prisma, { startsOn, endsOn, seatCount: 15 });
    const made = [];
    for (let g = 0; g < groups; g++) {
      const coordinator = await aUser(t.prisma, { role: 'COORDINATOR' });
      const group = await aGroup(t.prisma, term.id, { coordinatorIds: [coordinator.id] });
      for (let m = 0; m < 2; m++) {
        const deputy = await aDeputy(t.prisma, { withAccount: true });
        await aMembership(t.prisma, group.id, deputy.id, m === 0 ? 'LEAD' : 'MEMBER');
        const seat = term.seats[(g * 2 + m) % 15];
        if (g * 2 + m < 15) await aMandate(t.prisma, seat, deputy, startsOn);
      }
      made.push(group);
    }
    return { term, groups: made };
  }

  // Members' own memberships (a list in a list in a list) are over the query budget at this depth
  // since the cost multiplies by list sizes (issue 12); their batching is the next test's.
  it('workingGroups with members, their deputies and mandates, and coordinators', async () => {
    const WORKING_GROUPS = `query($termId: ID) { workingGroups(termId: $termId) { name term { name } coordinators { displayName }
      members { role deputy { fullName currentMandate { startsOn } } } } }`;
    const small = await aTermWith(1, '2201-01-01', '2202-12-31');
    const large = await aTermWith(6, '2203-01-01', '2204-12-31');
    const a = await statementsFor(WORKING_GROUPS, { termId: small.term.id });
    const b = await statementsFor(WORKING_GROUPS, { termId: large.term.id });
    expect(b.data.workingGroups).toHaveLength(6);
    expect(b.data.workingGroups[0].members).toHaveLength(2);
    expect(b.statements).toBe(a.statements);
  });

  it('deputies with their current mandate and memberships', async () => {
    const DEPUTIES = `{ deputies { fullName currentMandate { startsOn seat { number } } memberships { role group { name } } } }`;
    await aTermWith(1, '2205-01-01', '2206-12-31');
    const a = await statementsFor(DEPUTIES, {});
    await aTermWith(5, '2207-01-01', '2208-12-31');
    const b = await statementsFor(DEPUTIES, {});
    expect(b.data.deputies.length).toBeGreaterThan(a.data.deputies.length + 8);
    expect(b.statements).toBe(a.statements);
  });

  it('fieldReports with author, routed group, agenda item and history', async () => {
    const REPORTS = `query($f: FieldReportFilter) { fieldReports(filter: $f) { title author { fullName } routedGroup { name }
      agendaItem { title meeting { title } } history { toStatus by { displayName } } } }`;
    const { term, groups } = await aTermWith(2, '2209-01-01', '2210-12-31');
    const reportsIn = async (groupId: string, count: number) => {
      for (let i = 0; i < count; i++) {
        const author = await aDeputy(t.prisma);
        const report = await aFieldReport(t.prisma, author.id, { status: 'TRIAGED', routedGroupId: groupId, termId: term.id });
        const by = await aUser(t.prisma, { role: 'COORDINATOR' });
        await t.prisma.fieldReportEvent.createMany({
          data: [
            { reportId: report.id, toStatus: 'SUBMITTED', byUserId: adminId },
            { reportId: report.id, fromStatus: 'SUBMITTED', toStatus: 'TRIAGED', byUserId: by.id },
          ],
        });
      }
    };
    await reportsIn(groups[0].id, 2);
    await reportsIn(groups[1].id, 12);
    const a = await statementsFor(REPORTS, { f: { groupId: groups[0].id } });
    const b = await statementsFor(REPORTS, { f: { groupId: groups[1].id } });
    expect(b.data.fieldReports).toHaveLength(12);
    expect(b.statements).toBe(a.statements);
  });

  it("auditLog with each entry's actor", async () => {
    const AUDIT = `query($f: AuditLogFilter) { auditLog(filter: $f) { entries { action actor { displayName } } } }`;
    const entries = async (entityType: string, count: number) => {
      for (let i = 0; i < count; i++) {
        const actor = await aUser(t.prisma, { role: 'ADMIN' });
        await t.prisma.auditLog.create({
          data: { actorId: actor.id, action: 'meeting.start', entityType, entityId: randomUUID(), data: {} },
        });
      }
    };
    await entries('Small', 2);
    await entries('Large', 20);
    const a = await statementsFor(AUDIT, { f: { entityType: 'Small' } });
    const b = await statementsFor(AUDIT, { f: { entityType: 'Large' } });
    expect(b.data.auditLog.entries).toHaveLength(20);
    expect(b.statements).toBe(a.statements);
  });

  it('messages with their authors', async () => {
    const MESSAGES = `query($groupId: ID!) { messages(groupId: $groupId) { seq body author { displayName } } }`;
    const { groups } = await aTermWith(2, '2211-01-01', '2212-12-31');
    const messagesIn = async (groupId: string, count: number) => {
      for (let seq = 1; seq <= count; seq++) {
        const author = await aUser(t.prisma);
        await t.prisma.message.create({ data: { groupId, authorId: author.id, seq, clientId: randomUUID(), body: `Message ${seq}` } });
      }
      await t.prisma.workingGroup.update({ where: { id: groupId }, data: { lastMessageSeq: count } });
    };
    await messagesIn(groups[0].id, 2);
    await messagesIn(groups[1].id, 25);
    // A group's discussion is read by its members and coordinators (not by administrators as such).
    const reader = await signedIn(t, 'COORDINATOR');
    await t.prisma.groupCoordinator.createMany({ data: groups.map((g) => ({ groupId: g.id, userId: reader.user.id })) });
    const a = await statementsFor(MESSAGES, { groupId: groups[0].id }, reader.token);
    const b = await statementsFor(MESSAGES, { groupId: groups[1].id }, reader.token);
    expect(b.data.messages).toHaveLength(25);
    expect(b.statements).toBe(a.statements);
  });
});
