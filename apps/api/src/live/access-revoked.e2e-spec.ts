import { randomUUID } from 'node:crypto';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { ServerToClientEvents } from '@tribune/domain';
import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { aLiveChannel, aLiveMeetingWithItem, aUser, signedIn, TEST_PASSWORD, tokenFor } from '../../test/factories';
import { DomainEvent } from '../common/domain-events';
import { LiveGateway } from './live.gateway';
import { SocketAccess } from './socket-access';
import { ClientSocket, connectLive, nextEvent, ok, request } from '../../test/live-client';

const REMOVE = `mutation($i: RemoveGroupMemberInput!) { removeGroupMember(input: $i) { id endsOn } }`;
const SET_ROLE = `mutation($i: SetUserRoleInput!) { setUserRole(input: $i) { id role } }`;
const CHANGE_PASSWORD = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { token } }`;

/** How many `event`s reach the socket during `ms`. */
async function heardDuring(socket: ClientSocket, event: keyof ServerToClientEvents, ms = 300): Promise<number> {
  let count = 0;
  const listener = () => count++;
  socket.on(event, listener);
  await new Promise((r) => setTimeout(r, ms));
  socket.off(event, listener);
  return count;
}

/** Resolves when the server closes the socket (rejects after timeoutMs). */
function serverClosed(socket: ClientSocket, timeoutMs = 3000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still connected after ${timeoutMs} ms`)), timeoutMs);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

/**
 * Access lost while a socket stays open takes effect on that socket at once: a removed member
 * stops hearing the group and is refused, a revoked session's sockets are closed. (Across two
 * instances: scale-out.e2e-spec.ts.)
 */
describe('live access lost while connected', () => {
  let t: TestApp;
  const sockets: ClientSocket[] = [];
  const open = async (token: string) => {
    const s = await connectLive(t.url, token);
    sockets.push(s);
    return s;
  };
  const send = (s: ClientSocket, groupId: string, body: string) => request(s, 'message:send', { groupId, clientId: randomUUID(), body });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  describe('removeGroupMember', () => {
    it("stops delivering a group's messages to a member removed while connected", async () => {
      const c = await aLiveChannel(t, { members: 2 });
      const [stays, removed] = c.members;
      const { meeting } = await aLiveMeetingWithItem(t.prisma, c.group.id);
      const staying = await open(stays.token);
      const leaving = await open(removed.token);
      await ok(staying, 'channel:join', { groupId: c.group.id });
      await ok(leaving, 'channel:join', { groupId: c.group.id, meetingId: meeting.id });
      // Heard while a member.
      const before = nextEvent(leaving, 'message:new');
      await ok(staying, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'avant' });
      expect((await before).body).toBe('avant');

      const goneFromPresence = nextEvent(staying, 'presence:update', (p) => !p.present.some((e) => e.userId === removed.user.id));
      const r = await t.gql(REMOVE, { i: { groupId: c.group.id, deputyId: removed.deputy.id } }, c.coordinator.token);
      expect(r.errors).toBeUndefined();
      expect((await goneFromPresence).present.map((e) => e.userId)).toEqual([stays.user.id]);

      const nothing = Promise.all((['message:new', 'typing', 'meeting:updated'] as const).map((e) => heardDuring(leaving, e)));
      await ok(staying, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'après' });
      staying.emit('typing', { groupId: c.group.id });
      t.app.get(EventEmitter2).emit(DomainEvent.MeetingUpdated, { groupId: c.group.id, meetingId: meeting.id, change: 'updated' });
      expect(await nothing).toEqual([0, 0, 0]);
      // Their typing no longer reaches the group either.
      const typingHeard = heardDuring(staying, 'typing');
      leaving.emit('typing', { groupId: c.group.id });
      expect(await typingHeard).toBe(0);
      // The meeting records that they left it.
      const attendance = await t.prisma.attendance.findUniqueOrThrow({
        where: { meetingId_deputyId: { meetingId: meeting.id, deputyId: removed.deputy.id } },
      });
      expect(attendance.leftAt).not.toBeNull();
      expect(leaving.connected).toBe(true);
    });

    it("refuses a removed member's next send with FORBIDDEN", async () => {
      const c = await aLiveChannel(t, { members: 1 });
      const [removed] = c.members;
      const s = await open(removed.token);
      await ok(s, 'channel:join', { groupId: c.group.id });
      expect((await send(s, c.group.id, 'encore membre')).ok).toBe(true);

      expect(
        (await t.gql(REMOVE, { i: { groupId: c.group.id, deputyId: removed.deputy.id } }, c.coordinator.token)).errors,
      ).toBeUndefined();
      expect(await send(s, c.group.id, 'plus membre')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await request(s, 'channel:history', { groupId: c.group.id, afterSeq: 0 })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await request(s, 'channel:join', { groupId: c.group.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await t.prisma.message.count({ where: { groupId: c.group.id } })).toBe(1);
    });

    it('keeps delivering to a removed deputy who still reads the group as its coordinator', async () => {
      const c = await aLiveChannel(t, { members: 2 });
      const [stays, removed] = c.members;
      await t.prisma.user.update({ where: { id: removed.user.id }, data: { role: 'COORDINATOR' } });
      await t.prisma.groupCoordinator.create({ data: { groupId: c.group.id, userId: removed.user.id } });
      const staying = await open(stays.token);
      const coordinating = await open(removed.token);
      await ok(staying, 'channel:join', { groupId: c.group.id });
      await ok(coordinating, 'channel:join', { groupId: c.group.id });

      expect(
        (await t.gql(REMOVE, { i: { groupId: c.group.id, deputyId: removed.deputy.id } }, c.coordinator.token)).errors,
      ).toBeUndefined();
      const heard = nextEvent(coordinating, 'message:new');
      await ok(staying, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'toujours lu' });
      expect((await heard).body).toBe('toujours lu');
      expect((await send(coordinating, c.group.id, 'toujours là')).ok).toBe(true);
    });
  });

  describe('sessions revoked', () => {
    it('disconnects the open sockets of an account whose sessions were revoked', async () => {
      const admin = await signedIn(t, 'ADMIN');
      const c = await aLiveChannel(t, { members: 1 });
      const [member] = c.members;
      const phone = await open(member.token);
      const laptop = await open(member.token);
      await ok(phone, 'channel:join', { groupId: c.group.id });
      const closed = Promise.all([serverClosed(phone), serverClosed(laptop)]);

      const r = await t.gql(SET_ROLE, { i: { userId: member.user.id, role: 'COORDINATOR' } }, admin.token);
      expect(r.errors).toBeUndefined();
      expect(await closed).toEqual(['io server disconnect', 'io server disconnect']);
      // Reconnecting with the same token is refused by the handshake.
      await expect(connectLive(t.url, member.token)).rejects.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
    });

    it("stops delivering the group's messages to a demoted coordinator", async () => {
      const other = await signedIn(t, 'ADMIN');
      const demoted = await aUser(t.prisma, { role: 'COORDINATOR' });
      const c = await aLiveChannel(t, { members: 1 });
      await t.prisma.groupCoordinator.create({ data: { groupId: c.group.id, userId: demoted.id } });
      const s = await open(await tokenFor(t, demoted));
      await ok(s, 'channel:join', { groupId: c.group.id });
      const closed = serverClosed(s);

      expect((await t.gql(SET_ROLE, { i: { userId: demoted.id, role: 'DEPUTY' } }, other.token)).errors).toBeUndefined();
      await closed;
      const heard = heardDuring(s, 'message:new');
      await ok(await open(c.members[0].token), 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'entre membres' });
      expect(await heard).toBe(0);
    });

    it('closes at once a socket that only listens when the password is changed from another session; that session goes on', async () => {
      const c = await aLiveChannel(t, { members: 2 });
      const [member, other] = c.members;
      const phone = await open(member.token);
      await ok(phone, 'channel:join', { groupId: c.group.id });
      // A second session of the same account (the laptop) chooses a new password.
      const laptop = await tokenFor(t, member.user);
      const closed = serverClosed(phone, 20_000).then((reason) => ({ reason, at: Date.now() }));
      const r = await t.gql(
        CHANGE_PASSWORD,
        { i: { currentPassword: TEST_PASSWORD, newPassword: 'un tout nouveau mot de passe' } },
        laptop,
      );
      const answeredAt = Date.now();
      expect(r.errors).toBeUndefined();
      // Closed with the change (published after its commit), not at some later check.
      const { reason, at } = await closed;
      expect(reason).toBe('io server disconnect');
      expect(at - answeredAt).toBeLessThan(1000);
      const heard = heardDuring(phone, 'message:new');
      await ok(await open(other.token), 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'après le changement' });
      expect(await heard).toBe(0);
      await expect(connectLive(t.url, member.token)).rejects.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
      // The laptop goes on with the token changePassword returned.
      const again = await open(r.data!.changePassword.token);
      expect((await ok(again, 'channel:join', { groupId: c.group.id })).messages.map((m) => m.body)).toContain('après le changement');
    });

    it('closes a socket that only listens within seconds of a revocation it was not told of', async () => {
      // No event (Redis between instances away, a change made in the database): each instance
      // re-reads its sockets' accounts every few seconds.
      const c = await aLiveChannel(t, { members: 1 });
      const s = await open(c.members[0].token);
      await ok(s, 'channel:join', { groupId: c.group.id });
      const gateway = t.app.get(LiveGateway);
      gateway.sweepSessionsEvery(200);
      try {
        const closed = serverClosed(s);
        await t.prisma.user.update({ where: { id: c.members[0].user.id }, data: { tokenVersion: { increment: 1 } } });
        expect(await closed).toBe('io server disconnect');
      } finally {
        gateway.sweepSessionsEvery(10_000);
      }
    });

    it('closes, at its next request, a socket whose revocation it was not told of', async () => {
      // No event (as when Redis between instances was away): the account is read again once
      // the handshake's reading is older than the recheck interval.
      const c = await aLiveChannel(t, { members: 1 });
      const s = await open(c.members[0].token);
      await ok(s, 'channel:join', { groupId: c.group.id });
      await t.prisma.user.update({ where: { id: c.members[0].user.id }, data: { tokenVersion: { increment: 1 } } });
      expect((await send(s, c.group.id, 'encore dans la minute')).ok).toBe(true);

      const access = t.app.get(SocketAccess);
      access.recheckMs = 0;
      try {
        const closed = serverClosed(s);
        expect(await send(s, c.group.id, 'trop tard')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
        expect(await closed).toBe('io server disconnect');
      } finally {
        access.recheckMs = 60_000;
      }
      expect(await t.prisma.message.count({ where: { groupId: c.group.id } })).toBe(1);
    });
  });

  it('answers the removal itself as before (the event is published after the commit)', async () => {
    const c = await aLiveChannel(t, { members: 1 });
    const heard: unknown[] = [];
    const events = t.app.get(EventEmitter2);
    const listener = (e: unknown) => heard.push(e);
    events.on(DomainEvent.MembershipEnded, listener);
    try {
      const refused = await t.gql(REMOVE, { i: { groupId: c.group.id, deputyId: randomUUID() } }, c.coordinator.token);
      expect(codeOf(refused)).toBe('NOT_FOUND');
      expect(heard).toEqual([]);
      await t.gql(REMOVE, { i: { groupId: c.group.id, deputyId: c.members[0].deputy.id } }, c.coordinator.token);
      expect(heard).toEqual([{ groupId: c.group.id, deputyId: c.members[0].deputy.id, userId: c.members[0].user.id }]);
    } finally {
      events.off(DomainEvent.MembershipEnded, listener);
    }
  });
});
