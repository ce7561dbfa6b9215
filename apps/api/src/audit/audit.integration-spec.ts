import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp, codeOf } from '../../test/test-app';
import { aUser, signedIn } from '../../test/factories';
import { AUDIT_ACTION_BY_NAME, AuditAction, auditActionName } from '@tribune/domain';

const AUDIT = `query($f: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $f, first: $first, after: $after) { totalCount hasMore endCursor entries { id action entityType entityId data at actor { id } } }
}`;
type Page = {
  totalCount: number;
  hasMore: boolean;
  endCursor: string | null;
  entries: Array<{ id: string; action: string; entityId: string; at: string; actor: { id: string } | null }>;
};

describe('auditLog', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signedIn>>;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signedIn(t, 'ADMIN');
  });
  afterAll(() => t.close());

  /**
   * A page, asked and read with the actions as the services write them (meeting.start): on the
   * wire they are the AuditAction enum's names (MEETING_START).
   */
  const page = async (vars: Record<string, unknown>): Promise<Page> => {
    const f = vars.f as { action?: string | null } | undefined;
    const sent = f?.action ? { ...vars, f: { ...f, action: auditActionName(f.action as AuditAction) } } : vars;
    const r = await t.gql(AUDIT, sent, admin.token);
    expect(r.errors).toBeUndefined();
    const read = r.data!.auditLog as Page;
    return {
      ...read,
      entries: read.entries.map((e) => ({ ...e, action: AUDIT_ACTION_BY_NAME[e.action] ?? `not an AuditAction: ${e.action}` })),
    };
  };
  /** Rows about one target, `minutesAgo` apart, written directly (the oldest first). */
  async function rowsAbout(
    entityId: string,
    rows: Array<{ action: string; minutesAgo: number; actorId?: string | null; entityType?: string }>,
  ) {
    for (const r of rows) {
      await t.prisma.auditLog.create({
        data: {
          action: r.action,
          entityType: r.entityType ?? 'Meeting',
          entityId,
          actorId: r.actorId ?? null,
          at: new Date(Date.now() - r.minutesAgo * 60_000),
        },
      });
    }
  }

  it('lists privileged changes newest first with their actor', async () => {
    await t.gql(`mutation { createTerm(input: { name: "Audited", startsOn: "2111-01-01" }) { id } }`, {}, admin.token);
    await t.gql(
      `mutation { createDeputy(input: { fullName: "Audited Deputy", gender: WOMAN, territory: "reg:53" }) { id } }`,
      {},
      admin.token,
    );
    const all = await page({});
    expect(all.entries.map((e) => e.action).slice(0, 2)).toEqual(['deputy.create', 'term.create']);
    expect(all.entries[0].actor).toEqual({ id: admin.user.id });
    const terms = await page({ f: { action: 'term.create' } });
    expect(terms.totalCount).toBe(1);
    // On the wire: the enum's name, asked and answered.
    const wire = await t.gql(`{ auditLog(filter: { action: TERM_CREATE }) { entries { action } } }`, {}, admin.token);
    expect(wire.data!.auditLog.entries).toEqual([{ action: 'TERM_CREATE' }]);
    expect((terms.entries[0] as unknown as { data: unknown }).data).toMatchObject({
      name: 'Audited',
      startsOn: '2111-01-01',
      endsOn: '2112-12-31',
    });
  });

  it('filters by action, actor, target and date', async () => {
    const target = randomUUID();
    const [ana, ben] = [await aUser(t.prisma, { role: 'ADMIN' }), await aUser(t.prisma, { role: 'COORDINATOR' })];
    await rowsAbout(target, [
      { action: 'meeting.schedule', minutesAgo: 3 * 24 * 60, actorId: ben.id },
      { action: 'meeting.start', minutesAgo: 2 * 24 * 60, actorId: ana.id },
      { action: 'meeting.end', minutesAgo: 24 * 60, actorId: ana.id },
      { action: 'meeting.reopen', minutesAgo: 10, actorId: ben.id },
    ]);
    const actions = async (f: Record<string, unknown>) => (await page({ f: { entityId: target, ...f } })).entries.map((e) => e.action);
    expect(await actions({})).toEqual(['meeting.reopen', 'meeting.end', 'meeting.start', 'meeting.schedule']);
    expect(await actions({ action: 'meeting.end' })).toEqual(['meeting.end']);
    expect(await actions({ actorId: ben.id })).toEqual(['meeting.reopen', 'meeting.schedule']);
    expect(await actions({ entityType: 'Meeting' })).toHaveLength(4);
    expect(await actions({ entityType: 'User' })).toEqual([]);
    // From is inclusive, to exclusive: the two middle days.
    const day = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    expect(await actions({ from: day(2 * 24 * 60 + 1), to: day(60) })).toEqual(['meeting.end', 'meeting.start']);
    expect(await actions({ from: day(30) })).toEqual(['meeting.reopen']);
  });

  it('pages through every row, newest first, with hasMore and the total, none skipped or repeated', async () => {
    const target = randomUUID();
    await rowsAbout(
      target,
      Array.from({ length: 7 }, (_, i) => ({ action: 'agenda.add', minutesAgo: 100 - i })),
    );
    // Two rows in the same millisecond: the id breaks the tie, so the cursor still splits them.
    const at = new Date(Date.now() - 200 * 60_000);
    await t.prisma.auditLog.createMany({
      data: [
        { action: 'agenda.remove', entityType: 'Meeting', entityId: target, at },
        { action: 'agenda.remove', entityType: 'Meeting', entityId: target, at },
      ],
    });
    const seen: string[] = [];
    let after: string | null = null;
    const pages: Array<[number, boolean, number]> = [];
    do {
      const p: Page = await page({ f: { entityId: target }, first: 3, after });
      pages.push([p.entries.length, p.hasMore, p.totalCount]);
      seen.push(...p.entries.map((e) => e.id));
      after = p.hasMore ? p.endCursor : null;
    } while (after);
    expect(pages).toEqual([
      [3, true, 9],
      [3, true, 9],
      [3, false, 9],
    ]);
    const all = await t.prisma.auditLog.findMany({ where: { entityId: target }, orderBy: [{ at: 'desc' }, { id: 'desc' }] });
    expect(seen).toEqual(all.map((r) => r.id));
  });

  it('treats a null filter field as no filter (the page sent action: null and failed)', async () => {
    const everything = await page({ first: 200 });
    const nulls = await page({
      f: { action: null, actorId: null, entityType: null, entityId: null, from: null, to: null },
      first: 200,
      after: null,
    });
    expect(nulls).toEqual(everything);
    expect(nulls.totalCount).toBeGreaterThan(0);
    const inline = await t.gql(`{ auditLog(filter: { action: null, entityId: null }) { totalCount } }`, {}, admin.token);
    expect(inline.data!.auditLog.totalCount).toBe(everything.totalCount);
  });

  it("counts the page asked in the query's cost: one large page passes, twenty aliased ones are refused", async () => {
    const one = `a0: auditLog(first: 200) { entries { id action entityType entityId data at actor { id displayName } } }`;
    expect((await t.gql(`{ ${one} }`, {}, admin.token)).errors).toBeUndefined();
    const many = Array.from({ length: 20 }, (_, i) => one.replace('a0:', `a${i}:`)).join(' ');
    const refused = await t.gql(`{ ${many} }`, {}, admin.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_EXPENSIVE' });
  });

  it('is for administrators only, bounds its page size and refuses a made-up cursor', async () => {
    for (const role of ['COORDINATOR', 'DEPUTY'] as const) {
      const { token } = await signedIn(t, role);
      expect(codeOf(await t.gql(AUDIT, {}, token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(AUDIT, { first: 10_000 }, admin.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(AUDIT, { first: 0 }, admin.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(AUDIT, { after: 'not-a-cursor' }, admin.token))).toBe('BAD_USER_INPUT');
  });
});
