import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { LiveMessage } from '@tribune/domain';
import { startTestApp, TestApp } from '../test-app';
import { aLiveChannel } from '../factories';
import { ChannelView, ClientSocket, connectLive, request, until } from '../live-client';
import { eventually, health, sleep } from './processes';

/**
 * PostgreSQL unreachable while clients send. The shared server is not stopped (other files use
 * it): the test's own database refuses new connections and its sessions are terminated, then it
 * is allowed again. The API says 503, refuses sends with a retryable UNAVAILABLE ack (no hang,
 * no silent drop), recovers by itself, and every acknowledged message is stored, once.
 */
describe('fault: PostgreSQL unavailable while clients send', () => {
  let t: TestApp;
  const sockets: ClientSocket[] = [];

  async function admin(sql: string) {
    const c = new Client({ connectionString: process.env.TEST_DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres' });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  }
  const cutDatabase = async (name: string) => {
    await admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
  };
  const restoreDatabase = (name: string) => admin(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);

  beforeAll(async () => {
    t = await startTestApp({ config: { liveSendsPerSecond: 100_000 } });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    if (t?.db) await restoreDatabase(t.db.name).catch(() => undefined);
    await t?.close();
  });

  it('answers 503 and UNAVAILABLE while the database is away, recovers by itself, loses no acknowledged message', async () => {
    const c = await aLiveChannel(t, { members: 2 });
    const sender = await connectLive(t.url, c.members[0].token);
    const receiver = await connectLive(t.url, c.members[1].token);
    sockets.push(sender, receiver);
    const view = new ChannelView(receiver, c.group.id);
    await view.join();
    // Read access is checked once at join, so sends go straight to the insert.
    await request(sender, 'channel:join', { groupId: c.group.id });

    // A client that sends one message every 20 ms and, like the web app, sends a refused one
    // again (same clientId) after retryAfterMs when the refusal is retryable.
    const acked = new Map<string, LiveMessage>();
    const refusals: { code: string; ms: number }[] = [];
    const other: string[] = [];
    let stop = false;
    const sendUntilStored = async (clientId: string, body: string) => {
      for (;;) {
        const started = Date.now();
        const r = await request(sender, 'message:send', { groupId: c.group.id, clientId, body }, 10_000);
        if (r.ok) return void acked.set(clientId, r.message);
        refusals.push({ code: r.error.code, ms: Date.now() - started });
        if (r.error.code !== 'UNAVAILABLE') return void other.push(`${r.error.code} ${r.error.message}`);
        expect(r.error.retryAfterMs).toBeGreaterThan(0);
        await sleep(Math.min(r.error.retryAfterMs ?? 500, 300));
      }
    };
    const pending: Promise<void>[] = [];
    const traffic = (async () => {
      for (let i = 0; !stop; i++) {
        pending.push(sendUntilStored(randomUUID(), `message ${i}`));
        await sleep(20);
      }
    })();

    await until(() => acked.size >= 20, 'traffic before the fault');
    await cutDatabase(t.db!.name);
    const down = await eventually(
      async () => {
        const h = await health(t.url);
        return h.httpStatus === 503 ? h : null;
      },
      'health to say 503',
      10_000,
    );
    expect(down).toMatchObject({ status: 'unhealthy', database: { status: 'down' } });
    await until(() => refusals.length >= 5, 'sends refused as UNAVAILABLE', 10_000);
    await sleep(500);
    const ackedWhileDown = acked.size;

    await restoreDatabase(t.db!.name);
    await eventually(async () => (await health(t.url)).httpStatus === 200, 'health to recover by itself', 15_000);
    await until(() => acked.size >= ackedWhileDown + 20, 'sends to succeed again', 15_000);
    stop = true;
    await traffic;
    await Promise.all(pending);

    expect(other).toEqual([]);
    expect(refusals.every((r) => r.code === 'UNAVAILABLE')).toBe(true);
    // Refused quickly, not after hanging.
    expect(Math.max(...refusals.map((r) => r.ms))).toBeLessThan(5000);

    const stored = await t.prisma.message.findMany({ where: { groupId: c.group.id }, orderBy: { seq: 'asc' } });
    // Every acknowledged message is stored, exactly once, with the seq its ack carried; no gap.
    expect(stored.map((m) => m.seq)).toEqual(stored.map((_, i) => i + 1));
    expect(stored).toHaveLength(acked.size);
    const byClientId = new Map(stored.map((m) => [m.clientId, m]));
    for (const [clientId, m] of acked) expect(byClientId.get(clientId)?.seq).toBe(m.seq);
    // The receiver catches up on what it missed by sequence number.
    await view.join();
    expect(view.contiguous).toBe(stored.length);
  });
});
