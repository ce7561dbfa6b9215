import { startTestApp, TestApp, codeOf } from '../../test/test-app';
import { aDeputy, aGroup, aMembership, aTerm, aUser, signedIn, TEST_PASSWORD, tokenFor } from '../../test/factories';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token user { id email role } } }`;
const ME = `{ me { id email role } }`;

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('login', () => {
    it('returns a token and the user for the right password, whatever the email case', async () => {
      const user = await aUser(t.prisma, { role: 'COORDINATOR' });
      const r = await t.gql(LOGIN, { email: user.email.toUpperCase(), password: TEST_PASSWORD });
      expect(r.errors).toBeUndefined();
      expect(r.data!.login.user).toEqual({ id: user.id, email: user.email, role: 'COORDINATOR' });
      const me = await t.gql(ME, {}, r.data!.login.token);
      expect(me.data!.me.id).toBe(user.id);
    });

    it('stores passwords as argon2id hashes, never in clear', async () => {
      const user = await aUser(t.prisma);
      expect(user.passwordHash.startsWith('$argon2id$')).toBe(true);
      expect(user.passwordHash).not.toContain(TEST_PASSWORD);
    });

    it('refuses a wrong password or an unknown email with the same UNAUTHENTICATED message', async () => {
      const user = await aUser(t.prisma);
      const wrong = await t.gql(LOGIN, { email: user.email, password: 'not the password' });
      const unknown = await t.gql(LOGIN, { email: 'nobody@test.example', password: 'whatever it is' });
      expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
      expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
      expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    });

    it('is rate-limited after 5 failures: even the right password is refused for a while', async () => {
      const user = await aUser(t.prisma);
      for (let i = 0; i < 5; i++) {
        expect(codeOf(await t.gql(LOGIN, { email: user.email, password: `wrong-${i}` }))).toBe('UNAUTHENTICATED');
      }
      const blocked = await t.gql(LOGIN, { email: user.email, password: TEST_PASSWORD });
      expect(codeOf(blocked)).toBe('RATE_LIMITED');
      expect(blocked.errors![0].message).toMatch(/Try again in/);
    });

    it('refuses a disabled account', async () => {
      const user = await aUser(t.prisma);
      await t.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
      expect(codeOf(await t.gql(LOGIN, { email: user.email, password: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    });

    it('refuses empty or oversized credentials as BAD_USER_INPUT', async () => {
      expect(codeOf(await t.gql(LOGIN, { email: '', password: 'x' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(LOGIN, { email: 'a@b.c', password: 'x'.repeat(1000) }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('the guard', () => {
    it('refuses anonymous callers with UNAUTHENTICATED', async () => {
      expect(codeOf(await t.gql(ME))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(`{ deputies { id } }`))).toBe('UNAUTHENTICATED');
    });

    it('refuses a forged or garbled token', async () => {
      expect(codeOf(await t.gql(ME, {}, 'not-a-jwt'))).toBe('UNAUTHENTICATED');
      const { token } = await signedIn(t, 'ADMIN');
      const [h, p] = token.split('.');
      expect(codeOf(await t.gql(ME, {}, `${h}.${p}.forgedsignature`))).toBe('UNAUTHENTICATED');
    });

    it('refuses a token once the account is disabled', async () => {
      const { user, token } = await signedIn(t, 'DEPUTY');
      await t.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
      expect(codeOf(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    });

    it('refuses the wrong role with FORBIDDEN', async () => {
      const { token } = await signedIn(t, 'DEPUTY');
      expect(codeOf(await t.gql(`{ users { id } }`, {}, token))).toBe('FORBIDDEN');
    });
  });

  describe('setUserRole', () => {
    it('changes the role and ends the sessions opened with the old one', async () => {
      const admin = await signedIn(t, 'ADMIN');
      const other = await signedIn(t, 'DEPUTY');
      const r = await t.gql(
        `mutation($i: SetUserRoleInput!) { setUserRole(input: $i) { role } }`,
        { i: { userId: other.user.id, role: 'COORDINATOR' } },
        admin.token,
      );
      expect(r.data!.setUserRole.role).toBe('COORDINATOR');
      expect(codeOf(await t.gql(ME, {}, other.token))).toBe('UNAUTHENTICATED');
      const fresh = await tokenFor(t, other.user);
      expect((await t.gql(ME, {}, fresh)).data!.me.role).toBe('COORDINATOR');
      const audit = await t.prisma.auditLog.findFirst({ where: { action: 'user.setRole', entityId: other.user.id } });
      expect(audit?.data).toEqual({ from: 'DEPUTY', to: 'COORDINATOR' });
    });

    it('is for administrators only', async () => {
      const coordinator = await signedIn(t, 'COORDINATOR');
      const r = await t.gql(
        `mutation($i: SetUserRoleInput!) { setUserRole(input: $i) { role } }`,
        { i: { userId: coordinator.user.id, role: 'ADMIN' } },
        coordinator.token,
      );
      expect(codeOf(r)).toBe('FORBIDDEN');
    });
  });

  describe('createUser', () => {
    const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { id email role } }`;
    it('creates an account with a lower-cased email and writes an audit row', async () => {
      const admin = await signedIn(t, 'ADMIN');
      const r = await t.gql(
        CREATE,
        { i: { email: 'New.Coordinator@Test.example', displayName: 'New', password: 'long enough pw', role: 'COORDINATOR' } },
        admin.token,
      );
      expect(r.data!.createUser).toMatchObject({ email: 'new.coordinator@test.example', role: 'COORDINATOR' });
      expect(
        await t.prisma.auditLog.count({ where: { action: 'user.create', entityId: r.data!.createUser.id, actorId: admin.user.id } }),
      ).toBe(1);
    });

    it('refuses a duplicate email (CONFLICT), a short password and a malformed email (BAD_USER_INPUT)', async () => {
      const admin = await signedIn(t, 'ADMIN');
      const existing = await aUser(t.prisma);
      expect(
        codeOf(
          await t.gql(CREATE, { i: { email: existing.email, displayName: 'X', password: 'long enough pw', role: 'DEPUTY' } }, admin.token),
        ),
      ).toBe('CONFLICT');
      expect(
        codeOf(
          await t.gql(CREATE, { i: { email: 'short@test.example', displayName: 'X', password: 'short', role: 'DEPUTY' } }, admin.token),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        codeOf(
          await t.gql(CREATE, { i: { email: 'not-an-email', displayName: 'X', password: 'long enough pw', role: 'DEPUTY' } }, admin.token),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(await t.prisma.user.count({ where: { email: { in: ['short@test.example', 'not-an-email'] } } })).toBe(0);
    });
  });
});

describe('me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives a deputy their own profile and current groups', async () => {
    const deputy = await aDeputy(t.prisma, { withAccount: true, fullName: 'Leyla Yilmaz' });
    const group = await aGroup(t.prisma, (await aTerm(t.prisma)).id, { name: 'Droits des femmes' });
    await aMembership(t.prisma, group.id, deputy.id, 'LEAD');
    const token = await tokenFor(t, deputy.user!);
    const r = await t.gql(`{ me { deputy { fullName memberships { role group { name } } } } }`, {}, token);
    expect(r.data!.me.deputy).toEqual({ fullName: 'Leyla Yilmaz', memberships: [{ role: 'LEAD', group: { name: 'Droits des femmes' } }] });
    const { token: adminToken } = await signedIn(t, 'ADMIN');
    expect((await t.gql(`{ me { deputy { id } } }`, {}, adminToken)).data!.me.deputy).toBeNull();
  });
});
