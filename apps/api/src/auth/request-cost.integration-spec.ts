import { startTestApp, TestApp, codeOf } from '../../test/test-app';
import { aGroup, aMeeting, aMembership, aSignedInDeputy, aTerm, signedIn } from '../../test/factories';

// What a request costs in SQL statements (PrismaService.queryCount): the token check is one
// statement per request, shared by the operation's root fields, and it brings what `me` shows.
describe('the token check of a request', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function statements(query: string, token: string) {
    const before = t.prisma.queryCount;
    const r = await t.gql(query, {}, token);
    expect(r.errors).toBeUndefined();
    return { count: t.prisma.queryCount - before, data: r.data! };
  }

  it('answers `me` with the one statement that checked the token', async () => {
    const { user, token } = await signedIn(t, 'COORDINATOR');
    const r = await statements(`{ me { id email displayName role locale } }`, token);
    expect(r.data.me).toEqual({ id: user.id, email: user.email, displayName: user.displayName, role: 'COORDINATOR', locale: user.locale });
    expect(r.count).toBe(1);
  });

  it('reads the deputy profile in that same statement', async () => {
    const { deputy, token } = await aSignedInDeputy(t, { fullName: 'Amina Haidari' });
    const r = await statements(`{ me { deputy { id fullName gender } } }`, token);
    expect(r.data.me.deputy).toEqual({ id: deputy.id, fullName: 'Amina Haidari', gender: deputy.gender });
    expect(r.count).toBe(1);
    const { token: noProfile } = await signedIn(t, 'ADMIN');
    const admin = await statements(`{ me { deputy { id } } }`, noProfile);
    expect(admin.data.me.deputy).toBeNull();
    expect(admin.count).toBe(1);
  });

  it('checks the token once for all the root fields of an operation', async () => {
    const term = await aTerm(t.prisma, { startsOn: '2201-01-01', endsOn: '2202-12-31' });
    const group = await aGroup(t.prisma, term.id);
    const { deputy, token } = await aSignedInDeputy(t);
    await aMembership(t.prisma, group.id, deputy.id);
    await aMeeting(t.prisma, group.id, { startsAt: '2201-03-10T17:00:00Z' });
    const alone = await statements(`{ meetings(filter: { groupId: "${group.id}" }) { id } }`, token);
    const together = await statements(`{ a: me { id } b: me { email } meetings(filter: { groupId: "${group.id}" }) { id } }`, token);
    expect(together.data.meetings).toHaveLength(1);
    expect(together.count).toBe(alone.count);
  });

  it('still refuses every root field when the account was disabled a moment ago', async () => {
    const { user, token } = await signedIn(t, 'DEPUTY');
    await statements(`{ me { id } }`, token);
    await t.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const r = await t.gql(`{ a: me { id } b: me { email } }`, {}, token);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.data ?? null).toBeNull();
  });
});
