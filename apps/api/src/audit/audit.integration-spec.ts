import { startTestApp, TestApp, codeOf } from '../../test/test-app';
import { signedIn } from '../../test/factories';

const AUDIT = `query($f: AuditLogFilter) { auditLog(filter: $f) { action entityType entityId data at actor { id } } }`;

describe('auditLog', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists privileged changes newest first with their actor, filtered by action', async () => {
    const admin = await signedIn(t, 'ADMIN');
    await t.gql(`mutation { createTerm(input: { name: "Audited", startsOn: "2111-01-01" }) { id } }`, {}, admin.token);
    await t.gql(`mutation { createDeputy(input: { fullName: "Audited Deputy", gender: WOMAN, territory: "Bretagne" }) { id } }`, {}, admin.token);
    const allResult = await t.gql(AUDIT, {}, admin.token);
    expect(allResult.errors).toBeUndefined();
    const all = allResult.data!.auditLog;
    expect(all.map((e: { action: string }) => e.action).slice(0, 2)).toEqual(['deputy.create', 'term.create']);
    expect(all[0].actor).toEqual({ id: admin.user.id });
    const terms = (await t.gql(AUDIT, { f: { action: 'term.create' } }, admin.token)).data!.auditLog;
    expect(terms).toHaveLength(1);
    expect(terms[0].data).toMatchObject({ name: 'Audited', startsOn: '2111-01-01', endsOn: '2112-12-31' });
  });

  it('is for administrators only, and bounds its page size', async () => {
    for (const role of ['COORDINATOR', 'DEPUTY'] as const) {
      const { token } = await signedIn(t, role);
      expect(codeOf(await t.gql(AUDIT, {}, token))).toBe('FORBIDDEN');
    }
    const admin = await signedIn(t, 'ADMIN');
    expect(codeOf(await t.gql(AUDIT, { f: { take: 10_000 } }, admin.token))).toBe('BAD_USER_INPUT');
  });
});
