import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { startTestApp, TestApp } from '../test-app';
import { aLiveChannel } from '../factories';
import { loadConfig } from '../../src/config/config';
import { createApp } from '../../src/bootstrap';
import { ChannelView, ClientSocket, connectLive, ok, until } from '../live-client';
import { eventually, freePort, health, startRedis, stopAll } from './processes';

/**
 * Redis down with two API instances (in this process) on a private redis-server (a child
 * process killed and restarted): each instance keeps serving its own clients and says
 * `degraded`; when Redis is back, cross-instance delivery resumes and clients catch up by seq.
 */
describe('fault: Redis down under two instances', () => {
  let redisPort: number;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let a: TestApp;
  let b: { app: INestApplication; url: string };
  const sockets: ClientSocket[] = [];
  const open = async (url: string, token: string) => {
    const s = await connectLive(url, token);
    sockets.push(s);
    return s;
  };
  const send = (s: ClientSocket, groupId: string, body: string) => ok(s, 'message:send', { groupId, clientId: randomUUID(), body });

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    const shared = { redisUrl: redis.url, redisKeyPrefix: `tribune-fault-${randomUUID()}`, liveSendsPerSecond: 1000 };
    a = await startTestApp({ config: shared });
    const app = await createApp(
      { ...loadConfig({ NODE_ENV: 'test' }), ...shared, databaseUrl: a.db!.url, seedDemo: false, countQueries: false, logLevel: 'error' },
      { logger: false },
    );
    await app.listen(0, '127.0.0.1');
    b = { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` };
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await b?.app.close();
    await a?.close();
    await stopAll();
  });

  it('keeps serving each instance’s clients while Redis is away, then resumes cross-instance delivery and catch-up', async () => {
    const c = await aLiveChannel(a, { members: 2 });
    const [x, y] = c.members;
    const onA = await open(a.url, x.token);
    const alsoOnA = await open(a.url, c.coordinator.token);
    const onB = await open(b.url, y.token);
    const viewA = new ChannelView(onA, c.group.id);
    const viewA2 = new ChannelView(alsoOnA, c.group.id);
    const viewB = new ChannelView(onB, c.group.id);
    await Promise.all([viewA.join(), viewA2.join(), viewB.join()]);

    // Redis up: B's message reaches A live.
    await send(onB, c.group.id, 'avant la panne');
    await until(() => viewA.live.length === 1, 'cross-instance delivery before the fault');
    expect((await health(a.url)).status).toBe('ok');

    // Redis dies.
    await redis.kill('SIGKILL');
    await eventually(
      async () => (await health(a.url)).status === 'degraded' && (await health(b.url)).status === 'degraded',
      'both instances to say degraded',
      10_000,
    );
    const h = await health(a.url);
    expect(h).toMatchObject({ httpStatus: 200, status: 'degraded', database: { status: 'up' }, redis: { status: 'down' } });

    // Each instance still serves its own clients: sends are stored and acknowledged at once,
    // delivered live on the same instance; a new client can connect and join.
    const started = Date.now();
    const fromA = await send(onA, c.group.id, 'pendant la panne, sur A');
    const fromB = await send(onB, c.group.id, 'pendant la panne, sur B');
    expect(Date.now() - started).toBeLessThan(2000);
    expect([fromA.message.seq, fromB.message.seq].sort()).toEqual([2, 3]);
    await until(() => viewA2.bySeq.has(fromA.message.seq), 'delivery on A while Redis is down');
    const lateOnB = await open(b.url, c.coordinator.token);
    const joined = await ok(lateOnB, 'channel:join', { groupId: c.group.id, afterSeq: 0 });
    expect(joined.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    // What was said on B did not cross while Redis was away.
    expect(viewA.bySeq.has(fromB.message.seq)).toBe(false);

    // Redis comes back on the same port: both instances reconnect by themselves.
    redis = await startRedis(redisPort);
    await eventually(
      async () => (await health(a.url)).status === 'ok' && (await health(b.url)).status === 'ok',
      'both instances to say ok again',
      15_000,
    );

    // Cross-instance delivery resumes (the subscriptions were restored on reconnect).
    const after = await send(onB, c.group.id, 'après la panne');
    await until(() => viewA.bySeq.has(after.message.seq), 'cross-instance delivery after Redis returned', 5000);
    // A's client reads what it missed by sequence number: nothing missing, in order.
    expect(viewA.contiguous).toBeLessThan(after.message.seq);
    await viewA.join();
    const stored = await a.prisma.message.findMany({ where: { groupId: c.group.id }, orderBy: { seq: 'asc' } });
    expect(viewA.ordered().map((m) => [m.seq, m.body])).toEqual(stored.map((m) => [m.seq, m.body]));
    expect(viewA.contiguous).toBe(stored.length);
    // And the other way round, from A to B.
    const back = await send(onA, c.group.id, 'de A vers B');
    await until(() => viewB.bySeq.has(back.message.seq), 'delivery from A to B after Redis returned', 5000);
  });

  it('starts when Redis is unreachable (degraded, serving its own clients) and joins the others once Redis appears', async () => {
    const port = await freePort();
    const config = {
      ...loadConfig({ NODE_ENV: 'test' }),
      redisUrl: `redis://127.0.0.1:${port}`,
      redisKeyPrefix: `tribune-fault-${randomUUID()}`,
      liveSendsPerSecond: 1000,
    };
    const instance = async () => {
      const app = await createApp(
        { ...config, databaseUrl: a.db!.url, seedDemo: false, countQueries: false, logLevel: 'error' },
        { logger: false },
      );
      await app.listen(0, '127.0.0.1');
      return { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` };
    };
    const started = Date.now();
    const c1 = await instance();
    const c2 = await instance();
    let late: Awaited<ReturnType<typeof startRedis>> | undefined;
    try {
      // Nobody listens on that port: start-up waits a bounded moment, then goes on.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await health(c1.url)).toMatchObject({ httpStatus: 200, status: 'degraded', redis: { status: 'down' } });
      const c = await aLiveChannel(a, { members: 2 });
      const on1 = await open(c1.url, c.members[0].token);
      const also1 = await open(c1.url, c.members[1].token);
      const on2 = await open(c2.url, c.coordinator.token);
      const view1 = new ChannelView(also1, c.group.id);
      const view2 = new ChannelView(on2, c.group.id);
      await Promise.all([ok(on1, 'channel:join', { groupId: c.group.id }), view1.join(), view2.join()]);
      const first = await send(on1, c.group.id, 'sans Redis');
      await until(() => view1.bySeq.has(first.message.seq), 'delivery on the same instance without Redis');

      late = await startRedis(port);
      await eventually(
        async () => (await health(c1.url)).status === 'ok' && (await health(c2.url)).status === 'ok',
        'both instances to find Redis',
        15_000,
      );
      const second = await send(on1, c.group.id, 'avec Redis');
      await until(() => view2.bySeq.has(second.message.seq), 'cross-instance delivery once Redis appeared', 5000);
      await view2.join();
      expect(view2.ordered().map((m) => m.body)).toEqual(['sans Redis', 'avec Redis']);
    } finally {
      await c1.app.close();
      await c2.app.close();
      await late?.kill();
    }
  });
});
