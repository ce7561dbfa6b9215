import { EventEmitter2 } from '@nestjs/event-emitter';
import { Prisma } from '../generated/prisma/client';
import { DomainEvent, SessionsRevokedEvent } from '../common/domain-events';
import { aUser, signedIn, TEST_PASSWORD, tokenFor } from '../../test/factories';
import { codeOf, GqlResult, startTestApp, TestApp } from '../../test/test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }`;
const ME = `{ me { id } }`;
const SET_DISABLED = `mutation($i: SetUserDisabledInput!) { setUserDisabled(input: $i) { id disabled } }`;
const SET_ROLE = `mutation($i: SetUserRoleInput!) { setUserRole(input: $i) { id role } }`;
const RESET = `mutation($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { password user { id disabled } } }`;

/** The SessionsRevoked events published while `run` runs. */
async function revocationsDuring(t: TestApp, run: () => Promise<unknown>): Promise<SessionsRevokedEvent[]> {
  const events: SessionsRevokedEvent[] = [];
  const listener = (e: SessionsRevokedEvent) => events.push(e);
  t.app.get(EventEmitter2).on(DomainEvent.SessionsRevoked, listener);
  try {
    await run();
  } finally {
    t.app.get(EventEmitter2).off(DomainEvent.SessionsRevoked, listener);
  }
  return events;
}

describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('setUserDisabled', () => {
    it('disables an account: its token stops working and it cannot log in', async () => {
      const admin = await signedIn(t, 'ADMIN');
      const deputy = await signedIn(t, 'DEPUTY');
      let r: GqlResult | undefined;
      const events = await revocationsDuring(t, async () => {
        r = await t.gql(SET_DISABLED, { i: { userId: deputy.user.id, disabled: true } }, admin.token);
      });
      expect(r!.data?.setUserDisabled).toEqual({ id: deputy.user.id, disabled: true });
      expect(events).toEqual([{ userId: deputy.user.id }]); // its open sockets close too
      expect(codeOf(await t.gql(ME, {}, deputy.token))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(LOGIN, { email: deputy.user.email, password: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
      expect((await t.gql(`{ users { id disabled } }`, {}, admin.token)).data!.users).toContainEqual({
        id: deputy.user.id,
        disabled: true,
      });
    });

    it('enables the account again: it can log in, but a token issued before the disabling stays dead', async () => {
      const admin = await signedIn(t, 'ADMIN');
      const deputy = await signedIn(t, 'DEPUTY');
      await t.gql(SET_DISABLED, { i: { userId: deputy.user.id, disabled: true } }, admin.token);
      const r = await t.gql(SET_DISABLED, { i: { userId: deputy.user.id, disabled: false } }, admin.token);
      expect(r.data?.setUserDisabled).toEqual({ id: deputy.user.id, disabled: false });
      expect(codeOf(await t.gql(ME, {}, await tokenFor(t, deputy.user)))).toBe('OK');
      expect(codeOf(await t.gql(ME, {}, deputy.token))).toBe('UNAUTHENTICATED');
    });

    it('refuses to disable your own account (CONFLICT) and an unknown account (NOT_FOUND)', async () => {
      const admin = await signedIn(t, 'ADMIN');
      expect(codeOf(await t.gql(SET_DISABLED, { i: { userId: admin.user.id, disabled: true } }, admin.token))).toBe('CONFLICT');
      expect(codeOf(await t.gql(ME, {}, admin.token))).toBe('OK');
      expect(
        codeOf(await t.gql(SET_DISABLED, { i: { userId: '00000000-0000-4000-8000-000000000000', disabled: true } }, admin.token)),
      ).toBe('NOT_FOUND');
    });

    it('is for administrators only', async () => {
      const coordinator = await signedIn(t, 'COORDINATOR');
      const deputy = await aUser(t.prisma);
      expect(codeOf(await t.gql(SET_DISABLED, { i: { userId: deputy.id, disabled: true } }, coordinator.token))).toBe('FORBIDDEN');
      expect((await t.prisma.user.findUniqueOrThrow({ where: { id: deputy.id } })).disabledAt).toBeNull();
    });
  });

  describe('resetUserPassword', () => {
    it('resets a password: the old one fails, the temporary one works once shown, the old sessions end', async () => {
      const admin = await signedIn(t, 'ADMIN');
      const deputy = await signedIn(t, 'DEPUTY');
      let r: GqlResult | undefined;
      const events = await revocationsDuring(t, async () => {
        r = await t.gql(RESET, { i: { userId: deputy.user.id } }, admin.token);
      });
      const { password, user } = r!.data!.resetUserPassword;
      expect(user).toEqual({ id: deputy.user.id, disabled: false });
      expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      expect(events).toEqual([{ userId: deputy.user.id }]);

      expect(codeOf(await t.gql(ME, {}, deputy.token))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(LOGIN, { email: deputy.user.email, password: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
      const login = await t.gql(LOGIN, { email: deputy.user.email, password });
      expect(codeOf(await t.gql(ME, {}, login.data!.login.token))).toBe('OK');
      // Stored as an argon2id hash only.
      const stored = await t.prisma.user.findUniqueOrThrow({ where: { id: deputy.user.id } });
      expect(stored.passwordHash.startsWith('$argon2id$')).toBe(true);
      expect(stored.passwordHash).not.toContain(password);
    });

    it('generates a different password each time', async () => {
      const admin = await signedIn(t, 'ADMIN');
      const deputy = await aUser(t.prisma);
      const first = await t.gql(RESET, { i: { userId: deputy.id } }, admin.token);
      const second = await t.gql(RESET, { i: { userId: deputy.id } }, admin.token);
      expect(first.data!.resetUserPassword.password).not.toBe(second.data!.resetUserPassword.password);
    });

    it('refuses an unknown account with NOT_FOUND and changes nothing', async () => {
      const admin = await signedIn(t, 'ADMIN');
      const audits = await t.prisma.auditLog.count();
      expect(codeOf(await t.gql(RESET, { i: { userId: '00000000-0000-4000-8000-000000000000' } }, admin.token))).toBe('NOT_FOUND');
      expect(await t.prisma.auditLog.count()).toBe(audits);
    });
  });

  it('writes an audit row for each (disable, enable, password reset), never with the password', async () => {
    const admin = await signedIn(t, 'ADMIN');
    const deputy = await aUser(t.prisma);
    await t.gql(SET_DISABLED, { i: { userId: deputy.id, disabled: true } }, admin.token);
    await t.gql(SET_DISABLED, { i: { userId: deputy.id, disabled: false } }, admin.token);
    const reset = await t.gql(RESET, { i: { userId: deputy.id } }, admin.token);
    const rows = await t.prisma.auditLog.findMany({ where: { entityId: deputy.id }, orderBy: { at: 'asc' } });
    expect(rows.map((a) => ({ action: a.action, actorId: a.actorId, entityType: a.entityType }))).toEqual([
      { action: 'user.disable', actorId: admin.user.id, entityType: 'User' },
      { action: 'user.enable', actorId: admin.user.id, entityType: 'User' },
      { action: 'user.resetPassword', actorId: admin.user.id, entityType: 'User' },
    ]);
    expect(JSON.stringify(rows)).not.toContain(reset.data!.resetUserPassword.password);
  });
});

describe('the last active administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /**
   * Two administrators (the only active ones) act on each other at the same moment: `act(actor,
   * target)` is one's request. Each request passes the guard while the other is still active; the
   * test holds the administrators' rows locked until both requests wait on them, so they cannot run
   * one after the other. Exactly one must be refused.
   */
  async function bothAtOnce(act: (actor: { token: string }, target: { user: { id: string } }) => Promise<GqlResult>) {
    // The administrators of an earlier race step aside: these two are the only active ones.
    await t.prisma.user.updateMany({ where: { role: 'ADMIN' }, data: { disabledAt: new Date() } });
    const a = await signedIn(t, 'ADMIN');
    const b = await signedIn(t, 'ADMIN');
    let results: GqlResult[] = [];
    await t.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'ADMIN' FOR UPDATE`;
        const both = Promise.all([act(a, b), act(b, a)]);
        await waitForLockWaiters(t, 2);
        // Released when this transaction ends; the requests then take the lock one at a time.
        void both.then((r) => (results = r));
      },
      { timeout: 20_000 },
    );
    await waitFor(() => results.length === 2);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    expect(results.find((r) => codeOf(r) === 'CONFLICT')!.errors![0].message).toMatch(/last active administrator/);
    expect(await t.prisma.user.count({ where: { role: 'ADMIN', disabledAt: null } })).toBe(1);
  }

  it('refuses to disable the last active administrator, even when two disable each other at once', async () => {
    await bothAtOnce((actor, target) => t.gql(SET_DISABLED, { i: { userId: target.user.id, disabled: true } }, actor.token));
  });

  it('refuses to demote the last active administrator, even when two demote each other at once', async () => {
    await bothAtOnce((actor, target) => t.gql(SET_ROLE, { i: { userId: target.user.id, role: 'COORDINATOR' } }, actor.token));
  });
});

describe('changePassword', () => {
  const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { token user { id } } }`;
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('replaces the password: the old one fails, the new one works, other sessions end and this one goes on with the new token', async () => {
    const user = await aUser(t.prisma);
    const [here, elsewhere] = [await tokenFor(t, user), await tokenFor(t, user)];
    const r = await t.gql(CHANGE, { i: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' } }, here);
    expect(r.errors).toBeUndefined();
    expect(codeOf(await t.gql(ME, {}, elsewhere))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, r.data!.changePassword.token))).toBe('OK');
    expect(codeOf(await t.gql(LOGIN, { email: user.email, password: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(LOGIN, { email: user.email, password: 'a brand new passphrase' }))).toBe('OK');
    expect(await t.prisma.auditLog.count({ where: { action: 'user.changePassword', entityId: user.id } })).toBe(1);
  });

  it('refuses a wrong current password, a short or unchanged new one, and changes nothing', async () => {
    const user = await aUser(t.prisma);
    const token = await tokenFor(t, user);
    const before = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    for (const i of [
      { currentPassword: 'not my password', newPassword: 'a brand new passphrase' },
      { currentPassword: TEST_PASSWORD, newPassword: 'short' },
      { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
    ]) {
      expect(codeOf(await t.gql(CHANGE, { i }, token))).toBe('BAD_USER_INPUT');
    }
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
    expect(codeOf(await t.gql(ME, {}, token))).toBe('OK');
  });

  it('counts wrong current passwords like failed logins: a stolen session cannot try passwords', async () => {
    const user = await aUser(t.prisma);
    const token = await tokenFor(t, user);
    for (let i = 0; i < 5; i++) {
      expect(codeOf(await t.gql(CHANGE, { i: { currentPassword: `guess ${i}`, newPassword: 'a brand new passphrase' } }, token))).toBe(
        'BAD_USER_INPUT',
      );
    }
    expect(codeOf(await t.gql(CHANGE, { i: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' } }, token))).toBe(
      'RATE_LIMITED',
    );
  });

  it('is refused without a session', async () => {
    expect(codeOf(await t.gql(CHANGE, { i: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' } }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

/** Until `count` other sessions of this database wait on a row lock. */
async function waitForLockWaiters(t: TestApp, count: number) {
  await waitFor(async () => {
    const [{ waiting }] = await t.prisma.$queryRaw<Array<{ waiting: number }>>(
      Prisma.sql`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return waiting >= count;
  });
}

async function waitFor(ready: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
