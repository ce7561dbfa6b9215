import { randomUUID } from 'node:crypto';
import type { LiveMessage } from '@tribune/domain';
import { startTestApp, TestApp } from '../test-app';
import { aLiveChannel } from '../factories';
import { ChannelView, ClientSocket, connectLive, Outbox, request, until } from '../live-client';
import { freePort, startApi, stopAll } from './processes';

const N = 300;

/**
 * The API as a real process (`node main.ts`) on a PostgreSQL database: killed with SIGKILL in
 * the middle of the traffic and started again on the same database and port; stopped with
 * SIGTERM while sends are in flight.
 */
describe('fault: the API process dies', () => {
  let t: TestApp;
  let port: number;
  const sockets: ClientSocket[] = [];
  const env = () => ({ DATABASE_URL: t.db!.url, REDIS_URL: '', LIVE_SENDS_PER_SECOND: '100000' });

  beforeAll(async () => {
    t = await startTestApp();
    port = await freePort();
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await stopAll();
    await t?.close();
  });

  it('SIGKILL mid-traffic: every acknowledged message is stored; after a restart clients reconnect, resend and catch up', async () => {
    const c = await aLiveChannel(t, { members: 2 });
    let api = await startApi(port, env());
    const sender = await connectLive(api.url, c.members[0].token, { reconnection: true, reconnectionDelay: 200 });
    const receiver = await connectLive(api.url, c.members[1].token, { reconnection: true, reconnectionDelay: 200 });
    sockets.push(sender, receiver);
    const view = new ChannelView(receiver, c.group.id);
    await view.join();

    const bodies = Array.from({ length: N }, (_, i) => `message ${i}`);
    let killed: Promise<unknown> | undefined;
    const outbox = new Outbox(sender, c.group.id, bodies, 10, (acked) => {
      if (acked === 100 && !killed) killed = api.kill('SIGKILL');
    });
    outbox.start();
    await until(() => killed !== undefined, 'the kill', 20_000);
    await killed;
    // What was acknowledged before the process died is in the database, with its seq.
    const ackedBeforeRestart = outbox.acked.filter((m): m is LiveMessage => !!m);
    expect(ackedBeforeRestart.length).toBeGreaterThanOrEqual(100);
    const storedIds = new Set((await t.prisma.message.findMany({ where: { groupId: c.group.id }, select: { id: true } })).map((m) => m.id));
    expect(ackedBeforeRestart.filter((m) => !storedIds.has(m.id))).toEqual([]);

    api = await startApi(port, env());
    await until(() => outbox.ackedCount === N, 'every ack after the restart', 30_000);
    await until(() => view.bySeq.size >= N, 'the receiver to hold every message', 10_000);
    expect(outbox.failure).toBeNull();
    expect(view.joins).toBeGreaterThanOrEqual(2);

    const stored = await t.prisma.message.findMany({
      where: { groupId: c.group.id },
      orderBy: { seq: 'asc' },
      select: { id: true, seq: true, body: true },
    });
    // Exactly once each, in the order sent, no gap.
    expect(stored.map((m) => m.body)).toEqual(bodies);
    expect(stored.map((m) => m.seq)).toEqual(bodies.map((_, i) => i + 1));
    expect(outbox.acked.map((m) => m!.id)).toEqual(stored.map((m) => m.id));
    expect(view.ordered().map((m) => m.id)).toEqual(stored.map((m) => m.id));
    await api.kill('SIGKILL');
  });

  it('SIGTERM with sends in flight: each is acknowledged (and stored) or refused as retryable, and the process exits within seconds', async () => {
    const c = await aLiveChannel(t, { members: 1 });
    const api = await startApi(port, env());
    const sender = await connectLive(api.url, c.members[0].token);
    sockets.push(sender);
    const sends = Array.from({ length: 200 }, (_, i) => ({ clientId: randomUUID(), body: `en vol ${i}` }));
    const acks = sends.map((s, i) =>
      // Spread over a few hundred ms, so that some arrive before, during and after the signal.
      new Promise((r) => setTimeout(r, i * 2)).then(() =>
        request(sender, 'message:send', { groupId: c.group.id, ...s }, 3000).catch((e: Error) => ({ lost: e.message })),
      ),
    );
    await new Promise((r) => setTimeout(r, 150));
    const signalled = Date.now();
    const exit = api.kill('SIGTERM');
    const { code, signal } = await exit;
    const exitMs = Date.now() - signalled;
    // Sends emitted once the socket had closed time out on the client (it resends them later).
    const results = await Promise.all(acks);
    expect(exitMs).toBeLessThan(5000);
    expect(code === 0 || signal === 'SIGTERM').toBe(true);

    const stored = await t.prisma.message.findMany({ where: { groupId: c.group.id }, select: { clientId: true } });
    const storedIds = new Set(stored.map((m) => m.clientId));
    const ok = results.flatMap((r, i) => (r && 'ok' in r && r.ok ? [sends[i].clientId] : []));
    const refused = results.flatMap((r, i) => (r && 'ok' in r && !r.ok ? [{ i, code: r.error.code }] : []));
    const unanswered = results.flatMap((r, i) => (r && 'lost' in r ? [i] : []));
    if (process.env.FAULTS_VERBOSE) console.log({ ok: ok.length, refused: refused.length, unanswered: unanswered.length, exitMs });
    expect(ok.length).toBeGreaterThan(0);
    // Acknowledged => stored.
    expect(ok.filter((id) => !storedIds.has(id))).toEqual([]);
    // Refusals are retryable, never internal errors: UNAVAILABLE while closing, RATE_LIMITED past
    // the socket's budget of sends waiting their turn (live/socket-budget.ts; 200 sends in 0.4 s).
    expect(refused.filter((r) => r.code !== 'UNAVAILABLE' && r.code !== 'RATE_LIMITED')).toEqual([]);
    // Nothing stored without an ack: what the server took, it answered before closing.
    expect(storedIds.size).toBe(ok.length);
    // Sends emitted after the sockets closed never reached the server (the client resends them by clientId).
    for (const i of unanswered) expect(storedIds.has(sends[i].clientId)).toBe(false);
  });
});
