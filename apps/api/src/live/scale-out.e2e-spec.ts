import { randomUUID } from 'node:crypto';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { startTestApp, TestApp } from '../../test/test-app';
import { aLiveChannel, signedIn, TEST_PASSWORD, tokenFor } from '../../test/factories';
import { DomainEvent } from '../common/domain-events';
import { ChannelView, ClientSocket, connectLive, nextEvent, ok, Outbox, request, until } from '../../test/live-client';

const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const SENDS_PER_SECOND = 60;
const REMOVE = `mutation($i: RemoveGroupMemberInput!) { removeGroupMember(input: $i) { id } }`;
const SET_ROLE = `mutation($i: SetUserRoleInput!) { setUserRole(input: $i) { id } }`;
const CHANGE_PASSWORD = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { token } }`;

/**
 * Two API instances on two ports, one database, one Redis (the Socket.IO Redis adapter): what
 * happens on one is seen on the other. The key prefix is this run's own, so parallel runs
 * sharing the Redis never hear each other.
 */
describe('two API instances sharing Redis', () => {
  let a: TestApp;
  let b: TestApp;
  const sockets: ClientSocket[] = [];
  const open = async (url: string, token: string) => {
    const s = await connectLive(url, token);
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    const shared = { redisUrl: REDIS_URL, redisKeyPrefix: `tribune-test-${randomUUID()}`, liveSendsPerSecond: SENDS_PER_SECOND };
    a = await startTestApp({ config: shared });
    b = await startTestApp({ config: { ...shared, countQueries: false }, sameDatabaseAs: a });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    // Let the instances finish telling each other who left before they stop.
    await new Promise((r) => setTimeout(r, 200));
    await b?.close();
    await a?.close();
  });

  it('delivers on instance A, in order, what a member connected to instance B sent', async () => {
    const c = await aLiveChannel(a, { members: 2 });
    const onA = await open(a.url, c.members[0].token);
    const onB = await open(b.url, c.members[1].token);
    const view = new ChannelView(onA, c.group.id);
    await view.join();
    await ok(onB, 'channel:join', { groupId: c.group.id });
    const sent = Array.from({ length: 50 }, (_, i) => `depuis B ${i}`);
    const outbox = new Outbox(onB, c.group.id, sent, 10);
    outbox.start();
    await until(() => view.live.length === sent.length, 'the messages on A', 15_000);
    expect(outbox.failure).toBeNull();
    expect(view.live.map((m) => m.body)).toEqual(sent);
    expect(view.live.map((m) => m.seq)).toEqual(sent.map((_, i) => i + 1));
  });

  it('shows presence across instances, and who left', async () => {
    const c = await aLiveChannel(a, { members: 2 });
    const [x, y] = c.members;
    const onA = await open(a.url, x.token);
    await ok(onA, 'channel:join', { groupId: c.group.id });
    const seesY = nextEvent(onA, 'presence:update', (p) => p.present.some((e) => e.userId === y.user.id));
    const onB = await open(b.url, y.token);
    const joined = await ok(onB, 'channel:join', { groupId: c.group.id });
    expect(joined.presence.map((p) => p.userId).sort()).toEqual([x.user.id, y.user.id].sort());
    expect((await seesY).present.map((p) => p.userId).sort()).toEqual([x.user.id, y.user.id].sort());
    const yLeft = nextEvent(onA, 'presence:update', (p) => !p.present.some((e) => e.userId === y.user.id));
    onB.close();
    expect((await yLeft).present.map((p) => p.userId)).toEqual([x.user.id]);
  });

  it('broadcasts a domain event published on one instance to the channel on the other', async () => {
    const c = await aLiveChannel(a, { members: 1 });
    const onB = await open(b.url, c.members[0].token);
    await ok(onB, 'channel:join', { groupId: c.group.id });
    const heard = nextEvent(onB, 'agenda:updated');
    a.app.get(EventEmitter2).emit(DomainEvent.AgendaUpdated, { groupId: c.group.id, meetingId: 'm-1', currentAgendaItemId: 'item-3' });
    expect(await heard).toEqual({ groupId: c.group.id, meetingId: 'm-1', currentAgendaItemId: 'item-3' });
  });

  it('counts one send budget per user across instances', async () => {
    const c = await aLiveChannel(a, { members: 1 });
    const onA = await open(a.url, c.members[0].token);
    const onB = await open(b.url, c.members[0].token);
    const burst = (s: ClientSocket) =>
      Array.from({ length: 40 }, (_, i) =>
        request(s, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: `rafale ${i}` }),
      );
    const acks = await Promise.all([...burst(onA), ...burst(onB)]);
    const accepted = acks.filter((r) => r.ok).length;
    expect(accepted).toBeLessThanOrEqual(SENDS_PER_SECOND);
    expect(acks.filter((r) => !r.ok && r.error.code === 'RATE_LIMITED')).toHaveLength(80 - accepted);
    expect(await a.prisma.message.count({ where: { groupId: c.group.id } })).toBe(accepted);
  });

  it('closes within seconds a socket on instance B that only listens, when the password is changed through instance A', async () => {
    const c = await aLiveChannel(a, { members: 2 });
    const [member, other] = c.members;
    const onB = await open(b.url, member.token);
    await ok(onB, 'channel:join', { groupId: c.group.id });
    const closed = new Promise<string>((resolve) => onB.once('disconnect', resolve));
    const laptop = await tokenFor(a, member.user);
    const r = await a.gql(CHANGE_PASSWORD, { i: { currentPassword: TEST_PASSWORD, newPassword: 'un tout nouveau mot de passe' } }, laptop);
    expect(r.errors).toBeUndefined();
    const reason = await Promise.race([
      closed,
      new Promise((_, reject) => setTimeout(() => reject(new Error('still connected on B')), 3000)),
    ]);
    expect(reason).toBe('io server disconnect');
    let heard = 0;
    onB.on('message:new', () => heard++);
    await ok(await open(a.url, other.token), 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'sans le téléphone' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heard).toBe(0);
    await expect(connectLive(b.url, member.token)).rejects.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
  });

  it('stops delivering to a member connected to instance B as soon as instance A removed them', async () => {
    const c = await aLiveChannel(a, { members: 2 });
    const [stays, removed] = c.members;
    const onA = await open(a.url, stays.token);
    const onB = await open(b.url, removed.token);
    await ok(onA, 'channel:join', { groupId: c.group.id });
    await ok(onB, 'channel:join', { groupId: c.group.id });
    const before = nextEvent(onB, 'message:new');
    await ok(onA, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'avant' });
    await before;

    expect((await a.gql(REMOVE, { i: { groupId: c.group.id, deputyId: removed.deputy.id } }, c.coordinator.token)).errors).toBeUndefined();
    let heard = 0;
    onB.on('message:new', () => heard++);
    await ok(onA, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'après' });
    expect(await request(onB, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'depuis B' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(heard).toBe(0);
  });

  it('closes on instance B the sockets of an account whose sessions were revoked on instance A', async () => {
    const admin = await signedIn(a, 'ADMIN');
    const c = await aLiveChannel(a, { members: 1 });
    const onB = await open(b.url, c.members[0].token);
    await ok(onB, 'channel:join', { groupId: c.group.id });
    const closed = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('still connected on B')), 3000);
      onB.once('disconnect', (reason) => (clearTimeout(timer), resolve(reason)));
    });
    expect((await a.gql(SET_ROLE, { i: { userId: c.members[0].user.id, role: 'COORDINATOR' } }, admin.token)).errors).toBeUndefined();
    expect(await closed).toBe('io server disconnect');
    await expect(connectLive(b.url, c.members[0].token)).rejects.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
  });
});
