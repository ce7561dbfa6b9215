import { startTestApp, TestApp } from '../../test/test-app';
import { DEMO_LOGINS, DEMO_PASSWORD, demoTermDates, ensureBootstrapAdmin, seedDemoAssembly } from './demo-assembly';

describe('seedDemoAssembly', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('seeds a realistic assembly once: a current term, 15 seats held by 15 deputies of whom 8 women, 5 groups', async () => {
    expect(await seedDemoAssembly(t.prisma)).toBe(true);
    expect(await seedDemoAssembly(t.prisma)).toBe(false);
    const login = await t.gql(`mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, {
      e: DEMO_LOGINS.admin,
      p: DEMO_PASSWORD,
    });
    const r = await t.gql(
      `{ currentTerm { name startsOn endsOn status parity { women total minimumWomen satisfied } seats { currentMandate { deputy { fullName } } } }
      workingGroups { name members { role } coordinators { email } } users { role } }`,
      {},
      login.data!.login.token,
    );
    expect(r.errors).toBeUndefined();
    const { currentTerm, workingGroups, users } = r.data!;
    const { name, startsOn, endsOn } = demoTermDates();
    expect(currentTerm).toMatchObject({
      name,
      startsOn: startsOn.toISOString().slice(0, 10),
      endsOn: endsOn.toISOString().slice(0, 10),
      status: 'ACTIVE',
      parity: { women: 8, total: 15, minimumWomen: 8, satisfied: true },
    });
    expect(new Set(currentTerm.seats.map((s: any) => s.currentMandate.deputy.fullName)).size).toBe(15);
    expect(workingGroups.map((g: any) => g.name).sort()).toEqual([
      'Droits des femmes',
      'Démarches administratives',
      'Logement',
      'Santé',
      'Travail et formation',
    ]);
    for (const g of workingGroups) {
      expect(g.members.filter((m: any) => m.role === 'LEAD')).toHaveLength(1);
      expect(g.coordinators).toHaveLength(1);
    }
    const roles = users.map((u: any) => u.role);
    expect(roles.filter((r: string) => r === 'ADMIN')).toHaveLength(1);
    expect(roles.filter((r: string) => r === 'COORDINATOR')).toHaveLength(2);
    expect(roles.filter((r: string) => r === 'DEPUTY')).toHaveLength(15);
  });
});

describe('demoTermDates', () => {
  it('places the two-year demo term around the day it is seeded, whatever that day', () => {
    for (const day of ['2026-11-27', '2027-01-08', '2027-12-31', '2031-06-15']) {
      const now = new Date(`${day}T12:00:00Z`);
      const { name, startsOn, endsOn } = demoTermDates(now);
      expect(startsOn.getTime()).toBeLessThan(now.getTime() - 300 * 86400_000);
      expect(endsOn.getTime()).toBeGreaterThan(now.getTime() + 300 * 86400_000);
      expect(endsOn.getUTCFullYear() - startsOn.getUTCFullYear()).toBe(2);
      expect(name).toBe(`Mandature ${startsOn.getUTCFullYear()}-${endsOn.getUTCFullYear()}`);
    }
  });
});

describe('seedDemoAssembly on a later day', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('still seeds meetings behind and ahead of that day, all inside the term', async () => {
    const now = new Date('2029-03-02T09:00:00Z');
    await seedDemoAssembly(t.prisma, now);
    const term = await t.prisma.term.findFirstOrThrow();
    const meetings = await t.prisma.meeting.findMany({ select: { startsAt: true, status: true } });
    expect(meetings.filter((m) => m.startsAt < now && m.status === 'ENDED').length).toBeGreaterThan(50);
    expect(meetings.filter((m) => m.startsAt > now && m.status === 'SCHEDULED').length).toBeGreaterThan(50);
    expect(meetings.every((m) => m.startsAt >= term.startsOn && m.startsAt <= new Date(term.endsOn.getTime() + 86400_000))).toBe(true);
  });
});

describe('ensureBootstrapAdmin', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('does nothing without both variables', async () => {
    expect(await ensureBootstrapAdmin(t.prisma, 'root@test.example', undefined)).toBe(false);
    expect(await t.prisma.user.count()).toBe(0);
  });

  it('creates the administrator, then updates its password and role on a later start', async () => {
    await ensureBootstrapAdmin(t.prisma, 'Root@Test.example', 'first password!');
    const LOGIN = `mutation($p: String!) { login(input: { email: "root@test.example", password: $p }) { user { role } } }`;
    expect((await t.gql(LOGIN, { p: 'first password!' })).data!.login.user.role).toBe('ADMIN');
    await t.prisma.user.update({ where: { email: 'root@test.example' }, data: { role: 'DEPUTY' } });
    await ensureBootstrapAdmin(t.prisma, 'root@test.example', 'second password!');
    expect((await t.gql(LOGIN, { p: 'second password!' })).data!.login.user.role).toBe('ADMIN');
    expect((await t.gql(LOGIN, { p: 'first password!' })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(await t.prisma.auditLog.count({ where: { action: { startsWith: 'user.bootstrapAdmin' } } })).toBe(2);
  });
});
