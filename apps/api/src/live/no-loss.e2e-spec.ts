import { startTestApp, TestApp } from '../../test/test-app';
import { aLiveChannel } from '../../test/factories';
import { ChannelView, ClientSocket, connectLive, Outbox, until } from '../../test/live-client';

const N = 500;
const bodies = (tag: string) => Array.from({ length: N }, (_, i) => `${tag} ${i}`);

/**
 * Whatever the network does to a phone, a message written is stored once and read by every
 * member, in order. Real sockets, a real server, PostgreSQL; the transports are cut mid-way.
 */
describe('no message lost, none duplicated', () => {
  let t: TestApp;
  const sockets: ClientSocket[] = [];
  const open = async (token: string, reconnection = true) => {
    const s = await connectLive(t.url, token, { reconnection, reconnectionDelay: 150 });
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    // The burst limit is not what these tests are about (it has its own spec).
    t = await startTestApp({ config: { liveSendsPerSecond: 100_000 } });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  async function storedBodies(groupId: string) {
    const rows = await t.prisma.message.findMany({ where: { groupId }, orderBy: { seq: 'asc' }, select: { seq: true, body: true } });
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    return rows.map((r) => r.body);
  }

  it('a receiver whose transport dies mid-way catches up from its last seq: exactly 500, in order', async () => {
    const c = await aLiveChannel(t, { members: 2 });
    const sender = await open(c.members[0].token);
    const receiver = await open(c.members[1].token);
    const view = new ChannelView(receiver, c.group.id);
    await view.join();
    let cutAt = 0;
    const sent = bodies('r');
    const outbox = new Outbox(sender, c.group.id, sent, 10, (acked) => {
      // A third of the way: the receiver's connection is cut (like a phone losing its network).
      if (acked === 150) {
        cutAt = view.contiguous;
        receiver.io.engine.close();
      }
    });
    outbox.start();
    await until(() => outbox.ackedCount === N, 'every ack', 30_000);
    await until(() => view.bySeq.size >= N, 'the receiver to hold every message', 10_000);
    expect(outbox.failure).toBeNull();
    expect(cutAt).toBeGreaterThan(0);
    expect(view.joins).toBeGreaterThanOrEqual(2);
    // Some arrived only through the catch-up after reconnecting, not live.
    expect(view.caughtUp).toBeGreaterThan(0);
    const got = view.ordered();
    expect(got.map((m) => m.seq)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    expect(got.map((m) => m.body)).toEqual(sent);
    expect(new Set(got.map((m) => m.id)).size).toBe(N);
    expect(await storedBodies(c.group.id)).toEqual(sent);
  });

  it('a sender whose transport dies mid-way resends what was not acknowledged by clientId: exactly 500, in order', async () => {
    const c = await aLiveChannel(t, { members: 2 });
    const sender = await open(c.members[0].token);
    const receiver = await open(c.members[1].token, false);
    const view = new ChannelView(receiver, c.group.id);
    await view.join();
    const sent = bodies('s');
    let cut = false;
    const outbox = new Outbox(sender, c.group.id, sent, 20, (acked) => {
      if (acked === 200 && !cut) {
        cut = true;
        sender.io.engine.close();
      }
    });
    outbox.start();
    await until(() => outbox.ackedCount === N, 'every ack', 30_000);
    await until(() => view.bySeq.size >= N, 'the receiver to hold every message', 10_000);
    expect(outbox.failure).toBeNull();
    // Messages were in flight when the connection died, and were sent again.
    expect(outbox.resent).toBeGreaterThan(0);
    expect(await storedBodies(c.group.id)).toEqual(sent);
    expect(outbox.acked.map((m) => m!.seq)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    // The receiver stayed connected: every message reached it live, once.
    expect(view.live).toHaveLength(N);
    expect(view.ordered().map((m) => m.body)).toEqual(sent);
  });
});
