import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aGroup, aMembership, aSignedInDeputy, aTerm, signedIn, TEST_PASSWORD } from '../../test/factories';

/**
 * Issue 12, "Who sees what": an account's email, role and disabled state are read by the person,
 * administrators, and coordinators of a group the person belongs to; everyone else sees the
 * display name only, whichever path reaches the account.
 */
describe('who reads an account’s email, role and disabled state', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof world>>;

  async function world() {
    const term = await aTerm(t.prisma);
    const coordinator = await signedIn(t, 'COORDINATOR');
    const otherCoordinator = await signedIn(t, 'COORDINATOR');
    const admin = await signedIn(t, 'ADMIN');
    const group = await aGroup(t.prisma, term.id, { coordinatorIds: [coordinator.user.id] });
    const otherGroup = await aGroup(t.prisma, term.id, { coordinatorIds: [otherCoordinator.user.id] });
    const author = await aSignedInDeputy(t);
    const reader = await aSignedInDeputy(t);
    await aMembership(t.prisma, group.id, author.deputy.id);
    await aMembership(t.prisma, group.id, reader.deputy.id);
    await aMembership(t.prisma, otherGroup.id, reader.deputy.id);
    await t.prisma.message.create({
      data: { groupId: group.id, authorId: author.user.id, seq: 1, clientId: randomUUID(), body: 'Bonjour' },
    });
    await t.prisma.workingGroup.update({ where: { id: group.id }, data: { lastMessageSeq: 1 } });
    return { term, coordinator, otherCoordinator, admin, group, otherGroup, author, reader };
  }

  beforeAll(async () => {
    t = await startTestApp();
    w = await world();
  });
  afterAll(() => t.close());

  const AUTHOR = `query($g: ID!) { messages(groupId: $g) { author { id displayName email role disabled } } }`;
  const authorAs = async (token: string) => {
    const r = await t.gql(AUTHOR, { g: w.group.id }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.messages[0].author;
  };

  it('gives another deputy the display name of a message’s author, and null for the email, role and disabled state', async () => {
    expect(await authorAs(w.reader.token)).toEqual({
      id: w.author.user.id,
      displayName: w.author.user.displayName,
      email: null,
      role: null,
      disabled: null,
    });
  });

  it('gives the author their own email, role and state', async () => {
    expect(await authorAs(w.author.token)).toMatchObject({ email: w.author.user.email, role: 'DEPUTY', disabled: false });
  });

  it('gives a coordinator of a group the person belongs to the email, role and state', async () => {
    expect(await authorAs(w.coordinator.token)).toMatchObject({ email: w.author.user.email, role: 'DEPUTY', disabled: false });
  });

  it('gives an administrator the email, role and state, in the accounts list too', async () => {
    const r = await t.gql(
      `query($id: ID!) { workingGroup(id: $id) { coordinators { email role disabled } } users { id email } }`,
      { id: w.group.id },
      w.admin.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.workingGroup.coordinators).toEqual([{ email: w.coordinator.user.email, role: 'COORDINATOR', disabled: false }]);
    expect(r.data!.users).toContainEqual({ id: w.author.user.id, email: w.author.user.email });
  });

  it('refuses a coordinator of another group', async () => {
    const r = await t.gql(
      `query($id: ID!) { workingGroup(id: $id) { coordinators { email role disabled } } }`,
      { id: w.group.id },
      w.otherCoordinator.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.workingGroup.coordinators).toEqual([{ email: null, role: null, disabled: null }]);
  });

  it('gives a deputy only the display names of a group’s coordinators', async () => {
    const r = await t.gql(
      `query($id: ID!) { workingGroup(id: $id) { coordinators { displayName email role disabled } } }`,
      { id: w.group.id },
      w.reader.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.workingGroup.coordinators).toEqual([
      { displayName: w.coordinator.user.displayName, email: null, role: null, disabled: null },
    ]);
    // The coordinators of one group read each other's contact.
    const second = await signedIn(t, 'COORDINATOR');
    await t.prisma.groupCoordinator.create({ data: { groupId: w.group.id, userId: second.user.id } });
    const seen = await t.gql(`query($id: ID!) { workingGroup(id: $id) { coordinators { id email } } }`, { id: w.group.id }, second.token);
    expect(seen.data!.workingGroup.coordinators).toContainEqual({ id: w.coordinator.user.id, email: w.coordinator.user.email });
  });

  it('gives the author of a field report only the display names in its history', async () => {
    const report = await t.gql(
      `mutation($i: SubmitFieldReportInput!) { submitFieldReport(input: $i) { id } }`,
      {
        i: { title: 'Expulsions', body: 'Ce que nous entendons.', territory: 'reg:32', theme: 'Logement' },
      },
      w.reader.token,
    );
    expect(report.errors).toBeUndefined();
    const id = report.data!.submitFieldReport.id;
    await t.gql(
      `mutation($i: RouteFieldReportInput!) { routeFieldReport(input: $i) { id } }`,
      { i: { reportId: id, groupId: w.group.id } },
      w.coordinator.token,
    );
    const own = await t.gql(`query { fieldReports(filter: {}) { id history { by { id email role } } } }`, {}, w.reader.token);
    expect(own.errors).toBeUndefined();
    const history = own.data!.fieldReports.find((r: { id: string }) => r.id === id).history;
    expect(history).toContainEqual({ by: { id: w.coordinator.user.id, email: null, role: null } });
    expect(history).toContainEqual({ by: { id: w.reader.user.id, email: w.reader.user.email, role: 'DEPUTY' } });
  });

  it('answers login with the caller’s own email and role (no token was sent)', async () => {
    const r = await t.gql(
      `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { user { email role disabled } } }`,
      { e: w.reader.user.email, p: TEST_PASSWORD },
    );
    expect(r.data!.login.user).toEqual({ email: w.reader.user.email, role: 'DEPUTY', disabled: false });
  });

  it('asks the database once per request for the accounts a coordinator reads, whatever the number of accounts listed', async () => {
    const QUERY = `query($g: ID!) { messages(groupId: $g) { author { email role disabled } } workingGroup(id: $g) { coordinators { email } } }`;
    const statements = async () => {
      const before = t.prisma.queryCount;
      const r = await t.gql(QUERY, { g: w.group.id }, w.coordinator.token);
      expect(r.errors).toBeUndefined();
      return t.prisma.queryCount - before;
    };
    const few = await statements();
    for (let seq = 2; seq <= 5; seq++) {
      const d = await aDeputy(t.prisma, { withAccount: true });
      await aMembership(t.prisma, w.group.id, d.id);
      await t.prisma.message.create({ data: { groupId: w.group.id, authorId: d.userId!, seq, clientId: randomUUID(), body: 'Présent' } });
    }
    await t.prisma.workingGroup.update({ where: { id: w.group.id }, data: { lastMessageSeq: 5 } });
    expect(await statements()).toBe(few);
  });
});
