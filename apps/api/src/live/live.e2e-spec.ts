import { randomUUID } from 'node:crypto';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { HISTORY_PAGE_SIZE, PresenceUpdate, TYPING_THROTTLE_MS } from '@tribune/domain';
import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aLiveChannel, aMembership, aUser, signedIn, tokenFor } from '../../test/factories';
import { DomainEvent } from '../common/domain-events';
import { ClientSocket, connectLive, nextEvent, ok, request, until } from '../../test/live-client';

type Channel = Awaited<ReturnType<typeof aLiveChannel>>;

const MESSAGES = `query($groupId: ID!, $afterSeq: Int, $limit: Int) {
  messages(groupId: $groupId, afterSeq: $afterSeq, limit: $limit) { id seq clientId body deleted createdAt author { id displayName } }
}`;

/** Messages written directly, seq 1..n, for history and paging. */
async function seedMessages(t: TestApp, groupId: string, authorId: string, n: number) {
  await t.prisma.message.createMany({
    data: Array.from({ length: n }, (_, i) => ({ groupId, authorId, seq: i + 1, clientId: `seed-${i + 1}`, body: `seed ${i + 1}` })),
  });
  await t.prisma.workingGroup.update({ where: { id: groupId }, data: { lastMessageSeq: n } });
}

/** No event of that name reaches the socket during `ms`. */
async function silence(socket: ClientSocket, event: 'message:new' | 'typing' | 'meeting:updated', ms = 300): Promise<number> {
  let count = 0;
  const listener = () => count++;
  socket.on(event, listener);
  await new Promise((r) => setTimeout(r, ms));
  socket.off(event, listener);
  return count;
}

describe('live sessions over Socket.IO', () => {
  let t: TestApp;
  const sockets: ClientSocket[] = [];
  const open = async (token: string | undefined, o?: Parameters<typeof connectLive>[2]) => {
    const s = await connectLive(t.url, token, o);
    sockets.push(s);
    return s;
  };
  /** Sends as a client does: waits and sends again when told RATE_LIMITED. */
  const send = async (s: ClientSocket, groupId: string, body: string, clientId = randomUUID()) => {
    for (;;) {
      const r = await request(s, 'message:send', { groupId, clientId, body });
      if (r.ok || r.error.code !== 'RATE_LIMITED') return r;
      await new Promise((resolve) => setTimeout(resolve, r.error.retryAfterMs));
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  describe('handshake', () => {
    it('refuses a socket without a token with connect_error UNAUTHENTICATED and closes it', async () => {
      const error = await connectLive(t.url, undefined).then(
        () => null,
        (e: Error & { data?: { code: string; message: string } }) => e,
      );
      expect(error?.data?.code).toBe('UNAUTHENTICATED');
      expect(error?.message).toMatch(/log in/);
      const server = t.app.getHttpServer() as { getConnections(cb: (e: Error | null, n: number) => void): void };
      const connections = () => new Promise<number>((resolve) => server.getConnections((_e, n) => resolve(n)));
      // Only the refused connection could be open: it is closed.
      let open = await connections();
      for (let i = 0; i < 50 && open > 0; i++) {
        await new Promise((r) => setTimeout(r, 20));
        open = await connections();
      }
      expect(open).toBe(0);
    });

    it('refuses a forged token and a revoked one', async () => {
      const { user, token } = await signedIn(t, 'DEPUTY');
      const [h, p] = token.split('.');
      await expect(connectLive(t.url, `${h}.${p}.forged`)).rejects.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
      const s = await open(token);
      expect(s.connected).toBe(true);
      await t.prisma.user.update({ where: { id: user.id }, data: { tokenVersion: { increment: 1 } } });
      await expect(connectLive(t.url, token)).rejects.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
    });
  });

  describe('channel:join', () => {
    let c: Channel;
    beforeAll(async () => {
      c = await aLiveChannel(t, { members: 2 });
      await seedMessages(t, c.group.id, c.members[0].user.id, HISTORY_PAGE_SIZE + 50);
    });

    it('returns what followed afterSeq in order, paged, with the presence', async () => {
      const s = await open(c.members[0].token);
      const first = await ok(s, 'channel:join', { groupId: c.group.id, afterSeq: 10 });
      expect(first.messages.map((m) => m.seq)).toEqual(Array.from({ length: HISTORY_PAGE_SIZE }, (_, i) => i + 11));
      expect(first.hasMore).toBe(true);
      expect(first.lastSeq).toBe(HISTORY_PAGE_SIZE + 50);
      expect(first.presence.map((p) => p.userId)).toEqual([c.members[0].user.id]);
      expect(first.messages[0]).toMatchObject({
        body: 'seed 11',
        author: { id: c.members[0].user.id, displayName: c.members[0].user.displayName },
        deleted: false,
      });
      const rest = await ok(s, 'channel:history', { groupId: c.group.id, afterSeq: first.messages.at(-1)!.seq });
      expect(rest.messages.map((m) => m.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + HISTORY_PAGE_SIZE + 11));
      expect(rest.hasMore).toBe(false);
    });

    it('refuses a deputy who is not a member with FORBIDDEN, and sends them nothing of the channel', async () => {
      const outsider = await aDeputy(t.prisma, { withAccount: true });
      const s = await open(await tokenFor(t, outsider.user!));
      const joined = await request(s, 'channel:join', { groupId: c.group.id, afterSeq: 0 });
      expect(joined).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await request(s, 'channel:history', { groupId: c.group.id, afterSeq: 0 })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await send(s, c.group.id, 'let me in')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const member = await open(c.members[1].token);
      await ok(member, 'channel:join', { groupId: c.group.id, afterSeq: HISTORY_PAGE_SIZE + 50 });
      const heard = silence(s, 'message:new');
      expect((await send(member, c.group.id, 'members only')).ok).toBe(true);
      expect(await heard).toBe(0);
    });

    it('refuses a deputy whose membership ended', async () => {
      const former = c.members[1];
      const s = await open(former.token);
      await t.prisma.groupMembership.updateMany({
        where: { groupId: c.group.id, deputyId: former.deputy.id },
        data: { openGroupId: null, endsOn: new Date() },
      });
      try {
        expect(await request(s, 'channel:join', { groupId: c.group.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      } finally {
        await t.prisma.groupMembership.updateMany({
          where: { groupId: c.group.id, deputyId: former.deputy.id },
          data: { openGroupId: c.group.id, endsOn: null },
        });
      }
    });

    it('lets the coordinators of the group read it, not another coordinator nor an administrator who is neither member nor coordinator', async () => {
      const admin = await signedIn(t, 'ADMIN');
      const other = await signedIn(t, 'COORDINATOR');
      expect((await request(await open(c.coordinator.token), 'channel:join', { groupId: c.group.id, afterSeq: 249 })).ok).toBe(true);
      expect(await request(await open(admin.token), 'channel:join', { groupId: c.group.id })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'DISCUSSION_MEMBERS_ONLY' },
      });
      expect(await request(await open(other.token), 'channel:join', { groupId: c.group.id })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    });

    it('lets an administrator who is a member of the group read it, as a member', async () => {
      const adminMember = await aDeputy(t.prisma, { withAccount: true });
      await t.prisma.user.update({ where: { id: adminMember.user!.id }, data: { role: 'ADMIN' } });
      await aMembership(t.prisma, c.group.id, adminMember.id);
      const s = await open(await tokenFor(t, adminMember.user!));
      expect((await request(s, 'channel:join', { groupId: c.group.id, afterSeq: 249 })).ok).toBe(true);
      expect((await request(s, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'en tant que membre' })).ok).toBe(true);
    });

    it('answers a missing group with NOT_FOUND and malformed requests with BAD_USER_INPUT', async () => {
      const s = await open(c.members[0].token);
      expect(await request(s, 'channel:join', { groupId: randomUUID() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await request(s, 'channel:join', { groupId: c.group.id, afterSeq: -1 })).toMatchObject({
        ok: false,
        error: { code: 'BAD_USER_INPUT', field: 'afterSeq' },
      });
      expect(await request(s, 'channel:join', null as never)).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
      expect(await request(s, 'channel:history', { groupId: c.group.id, afterSeq: 0, limit: HISTORY_PAGE_SIZE + 1 })).toMatchObject({
        ok: false,
        error: { code: 'BAD_USER_INPUT' },
      });
    });
  });

  describe('message:send', () => {
    let c: Channel;
    let alice: ClientSocket;
    let bruno: ClientSocket;
    beforeAll(async () => {
      c = await aLiveChannel(t, { members: 3 });
      alice = await open(c.members[0].token);
      bruno = await open(c.members[1].token);
      await ok(alice, 'channel:join', { groupId: c.group.id });
      await ok(bruno, 'channel:join', { groupId: c.group.id });
    });

    it('stores the message, acks it after the commit and broadcasts message:new to the others', async () => {
      const heard = nextEvent(bruno, 'message:new');
      const echoed = silence(alice, 'message:new');
      const ack = await send(alice, c.group.id, 'Bonjour à toutes et à tous');
      if (!ack.ok) throw new Error(ack.error.message);
      expect(ack.duplicate).toBe(false);
      expect(ack.message).toMatchObject({
        groupId: c.group.id,
        body: 'Bonjour à toutes et à tous',
        author: { id: c.members[0].user.id },
        deleted: false,
      });
      const stored = await t.prisma.message.findUniqueOrThrow({ where: { id: ack.message.id } });
      expect(stored).toMatchObject({ seq: ack.message.seq, clientId: ack.message.clientId, authorId: c.members[0].user.id });
      expect(await heard).toEqual(ack.message);
      expect(await echoed).toBe(0);
    });

    it('stores the same clientId once', async () => {
      const clientId = randomUUID();
      const before = await t.prisma.workingGroup.findUniqueOrThrow({ where: { id: c.group.id } });
      const first = await send(alice, c.group.id, 'une seule fois', clientId);
      const again = await send(alice, c.group.id, 'une seule fois', clientId);
      // The same user on a second device, at the same instant.
      const other = await open(c.members[0].token);
      const together = await Promise.all([
        send(alice, c.group.id, 'une seule fois', clientId),
        send(other, c.group.id, 'une seule fois', clientId),
      ]);
      if (!first.ok || !again.ok) throw new Error('refused');
      expect(first.duplicate).toBe(false);
      for (const r of [again, ...together])
        expect(r).toMatchObject({ ok: true, duplicate: true, message: { id: first.message.id, seq: first.message.seq } });
      expect(await t.prisma.message.count({ where: { authorId: c.members[0].user.id, clientId } })).toBe(1);
      const after = await t.prisma.workingGroup.findUniqueOrThrow({ where: { id: c.group.id } });
      expect(after.lastMessageSeq).toBe(before.lastMessageSeq + 1);
    });

    it('numbers the channel gapless, whoever sends, each sender in the order it sent', async () => {
      const carla = await open(c.members[2].token);
      const before = (await t.prisma.workingGroup.findUniqueOrThrow({ where: { id: c.group.id } })).lastMessageSeq;
      const acks = await Promise.all([
        ...[1, 2, 3, 4, 5].map((i) => send(bruno, c.group.id, `bruno ${i}`)),
        ...[1, 2, 3, 4, 5].map((i) => send(carla, c.group.id, `carla ${i}`)),
      ]);
      const seqs = acks.map((a) => (a.ok ? a.message.seq : -1));
      expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => before + i + 1));
      expect(seqs.slice(0, 5)).toEqual([...seqs.slice(0, 5)].sort((a, b) => a - b));
      expect(seqs.slice(5)).toEqual([...seqs.slice(5)].sort((a, b) => a - b));
    });

    it('keeps any script exactly: Arabic, Dari, Tigrinya, emoji, combining characters', async () => {
      const texts = [
        'مرحبا بالجميع، الاجتماع يبدأ الآن',
        'سلام، جلسه شروع می‌شود',
        'ሰላም ንኹሉኹም',
        '👩🏽‍⚖️ 🇫🇷 ✊🏿',
        'e\u0301te\u0301 — Å (A\u030A) vs \u00C5',
        'ligne 1\nligne 2\t\u200Frtl',
      ];
      const received: string[] = [];
      const listener = (m: { body: string }) => received.push(m.body);
      bruno.on('message:new', listener);
      const acks = [];
      for (const body of texts) acks.push(await send(alice, c.group.id, body));
      await until(() => received.length >= texts.length, 'the broadcasts');
      bruno.off('message:new', listener);
      expect(acks.map((a) => (a.ok ? a.message.body : a.error.code))).toEqual(texts);
      expect(received).toEqual(texts);
      const ids = acks.map((a) => (a.ok ? a.message.id : ''));
      const stored = await t.prisma.message.findMany({ where: { id: { in: ids } }, orderBy: { seq: 'asc' } });
      expect(stored.map((m) => m.body)).toEqual(texts);
      const first = acks[0].ok ? acks[0].message.seq : 0;
      const r = await t.gql(MESSAGES, { groupId: c.group.id, afterSeq: first - 1, limit: texts.length }, c.members[1].token);
      expect(r.data!.messages.map((m: { body: string }) => m.body)).toEqual(texts);
    });

    it('refuses an empty message and one of 4,001 characters, and stores nothing; 4,000 emoji pass', async () => {
      const before = await t.prisma.message.count({ where: { groupId: c.group.id } });
      for (const body of ['', '   \n ', 'a'.repeat(4001), '😀'.repeat(4001), 'nul\u0000byte']) {
        const r = await send(bruno, c.group.id, body);
        expect(r).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', field: 'body' } });
      }
      expect(await send(bruno, c.group.id, 42 as never)).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
      // Ids with a NUL or a lone surrogate are refused like such a body, naming the field.
      const refused = (field: string) => ({ ok: false, error: { code: 'BAD_USER_INPUT', field } });
      expect(await request(bruno, 'message:send', { groupId: `${c.group.id}\u0000`, clientId: randomUUID(), body: 'x' })).toMatchObject(
        refused('groupId'),
      );
      expect(await request(bruno, 'message:send', { groupId: c.group.id, clientId: 'half \uD83D', body: 'x' })).toMatchObject(
        refused('clientId'),
      );
      expect(await request(bruno, 'message:delete', { messageId: '\uDE00nul\u0000' })).toMatchObject(refused('messageId'));
      expect(await t.prisma.message.count({ where: { groupId: c.group.id } })).toBe(before);
      const long = await send(bruno, c.group.id, '😀'.repeat(4000));
      expect(long.ok && long.message.body).toBe('😀'.repeat(4000));
    });

    it('refuses control characters other than tab and line breaks in a message, sent or edited (INVALID_CHARACTER); tabs and line breaks pass', async () => {
      const before = await t.prisma.message.count({ where: { groupId: c.group.id } });
      for (const body of ['bell\u0007', 'escape \u001B[31mred', 'del\u007F', 'next line\u0085']) {
        expect(await send(bruno, c.group.id, body)).toMatchObject({
          ok: false,
          error: { code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTER', field: 'body' },
        });
      }
      expect(await t.prisma.message.count({ where: { groupId: c.group.id } })).toBe(before);
      const fine = await send(bruno, c.group.id, 'Ordre du jour :\r\n\t1. Logement');
      expect(fine.ok && fine.message.body).toBe('Ordre du jour :\r\n\t1. Logement');
      const edited = await request(bruno, 'message:edit', { messageId: fine.ok ? fine.message.id : '', body: 'corrigé\u0008' });
      expect(edited).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTER' } });
    });

    it('stores HTML and script as text and returns it unchanged', async () => {
      const body = `<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" 'apostrophes'`;
      const ack = await send(alice, c.group.id, body);
      expect(ack.ok && ack.message.body).toBe(body);
      expect((await t.prisma.message.findUniqueOrThrow({ where: { id: ack.ok ? ack.message.id : '' } })).body).toBe(body);
    });

    it('refuses a meeting or a reply that belongs to another group', async () => {
      const other = await aLiveChannel(t, { members: 0, termId: c.termId });
      const meeting = await t.prisma.meeting.create({
        data: {
          groupId: other.group.id,
          title: 'Ailleurs',
          startsAt: new Date('2026-03-10T17:00:00Z'),
          endsAt: new Date('2026-03-10T18:00:00Z'),
        },
      });
      expect(
        await request(alice, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'x', meetingId: meeting.id }),
      ).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      expect(
        await request(alice, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'x', replyTo: randomUUID() }),
      ).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    });

    it('answers RATE_LIMITED beyond 10 sends a second, with a delay, never a silent drop', async () => {
      const hasty = await aLiveChannel(t, { members: 1, termId: c.termId });
      const s = await open(hasty.members[0].token);
      const acks = await Promise.all(
        Array.from({ length: 15 }, (_, i) =>
          request(s, 'message:send', { groupId: hasty.group.id, clientId: randomUUID(), body: `vite ${i}` }),
        ),
      );
      const accepted = acks.filter((a) => a.ok);
      const limited = acks.filter((a) => !a.ok);
      expect(accepted.length).toBeLessThanOrEqual(10);
      expect(limited.length).toBeGreaterThanOrEqual(5);
      for (const a of limited) {
        expect(a).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
        expect(!a.ok && a.error.retryAfterMs).toBeGreaterThan(0);
      }
      expect(await t.prisma.message.count({ where: { groupId: hasty.group.id } })).toBe(accepted.length);
    });
  });

  describe('message:edit and message:delete', () => {
    let c: Channel;
    let alice: ClientSocket;
    let bruno: ClientSocket;
    beforeAll(async () => {
      c = await aLiveChannel(t, { members: 2 });
      alice = await open(c.members[0].token);
      bruno = await open(c.members[1].token);
      await ok(alice, 'channel:join', { groupId: c.group.id });
      await ok(bruno, 'channel:join', { groupId: c.group.id });
    });

    it('lets the author edit a message, broadcast as message:updated; not someone else', async () => {
      const sent = await ok(alice, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'premier jet' });
      const heard = nextEvent(bruno, 'message:updated');
      const edited = await ok(alice, 'message:edit', { messageId: sent.message.id, body: 'version corrigée' });
      expect(edited.message).toMatchObject({ seq: sent.message.seq, body: 'version corrigée', deleted: false });
      expect(edited.message.editedAt).not.toBeNull();
      expect(await heard).toEqual(edited.message);
      expect(await request(bruno, 'message:edit', { messageId: sent.message.id, body: 'pirate' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await request(alice, 'message:edit', { messageId: sent.message.id, body: '' })).toMatchObject({
        ok: false,
        error: { code: 'BAD_USER_INPUT' },
      });
    });

    it('keeps the seq of a deleted message: history shows it deleted, without its text', async () => {
      const sent = await ok(alice, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'à retirer' });
      const after = await ok(alice, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'reste' });
      const heard = nextEvent(bruno, 'message:updated');
      const deleted = await ok(alice, 'message:delete', { messageId: sent.message.id });
      expect(deleted.message).toMatchObject({ seq: sent.message.seq, deleted: true, body: '', deletedByModerator: false });
      expect(await heard).toMatchObject({ id: sent.message.id, deleted: true });
      const history = await ok(bruno, 'channel:history', { groupId: c.group.id, afterSeq: sent.message.seq - 1 });
      expect(history.messages.map((m) => [m.seq, m.deleted, m.body])).toEqual([
        [sent.message.seq, true, ''],
        [after.message.seq, false, 'reste'],
      ]);
      const r = await t.gql(MESSAGES, { groupId: c.group.id, afterSeq: sent.message.seq - 1 }, c.members[1].token);
      expect(r.data!.messages.map((m: { seq: number; deleted: boolean; body: string }) => [m.seq, m.deleted, m.body])).toEqual([
        [sent.message.seq, true, ''],
        [after.message.seq, false, 'reste'],
      ]);
      expect(await request(alice, 'message:edit', { messageId: sent.message.id, body: 'retour' })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
    });

    it("lets the group's coordinator delete anyone's message (audited), not a member, another coordinator nor an administrator", async () => {
      const sent = await ok(alice, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'hors sujet' });
      expect(await request(bruno, 'message:delete', { messageId: sent.message.id })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      const other = await open((await signedIn(t, 'COORDINATOR')).token);
      expect(await request(other, 'message:delete', { messageId: sent.message.id })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      const coordinator = await open(c.coordinator.token);
      const heard = nextEvent(alice, 'message:updated');
      const moderated = await ok(coordinator, 'message:delete', { messageId: sent.message.id });
      expect(moderated.message).toMatchObject({ deleted: true, deletedByModerator: true, author: { id: c.members[0].user.id } });
      expect(await heard).toMatchObject({ id: sent.message.id, deleted: true });
      const audit = await t.prisma.auditLog.findFirst({ where: { action: 'message.moderate', entityId: sent.message.id } });
      expect(audit?.actorId).toBe(c.coordinator.user.id);
      const second = await ok(alice, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'encore' });
      // Moderation is the coordinators' (issue 12): an administrator who does not coordinate the group does not moderate it.
      const admin = await open((await signedIn(t, 'ADMIN')).token);
      expect(await request(admin, 'message:delete', { messageId: second.message.id })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    });
  });

  describe('presence:update and typing', () => {
    it('tells the channel who is there, one entry per person across devices, and who left', async () => {
      const c = await aLiveChannel(t, { members: 2 });
      const [a, b] = c.members;
      const alice = await open(a.token);
      await ok(alice, 'channel:join', { groupId: c.group.id });
      const seesBruno = nextEvent(alice, 'presence:update', (p) => p.present.some((e) => e.userId === b.user.id));
      const bruno = await open(b.token);
      const joined = await ok(bruno, 'channel:join', { groupId: c.group.id });
      expect(joined.presence.map((p) => p.userId).sort()).toEqual([a.user.id, b.user.id].sort());
      expect((await seesBruno).present).toEqual(joined.presence);
      const brunoPhone = await open(b.token);
      const twice = await ok(brunoPhone, 'channel:join', { groupId: c.group.id });
      expect(twice.presence).toHaveLength(2);
      // One of Bruno's devices drops: he is still there.
      const stillThere = nextEvent(alice, 'presence:update');
      brunoPhone.close();
      expect((await stillThere).present.map((p) => p.userId)).toContain(b.user.id);
      const gone = nextEvent(alice, 'presence:update', (p: PresenceUpdate) => !p.present.some((e) => e.userId === b.user.id));
      await ok(bruno, 'channel:leave', { groupId: c.group.id });
      expect((await gone).present.map((p) => p.userId)).toEqual([a.user.id]);
    });

    it('forwards typing to the others, at most once per interval, only to the channel', async () => {
      const c = await aLiveChannel(t, { members: 2 });
      const alice = await open(c.members[0].token);
      const bruno = await open(c.members[1].token);
      await ok(alice, 'channel:join', { groupId: c.group.id });
      await ok(bruno, 'channel:join', { groupId: c.group.id });
      const outsider = await open((await signedIn(t, 'DEPUTY')).token);
      outsider.emit('typing', { groupId: c.group.id });
      const notices: unknown[] = [];
      bruno.on('typing', (n) => notices.push(n));
      const outsiderHears = silence(outsider, 'typing', 400);
      for (let i = 0; i < 5; i++) alice.emit('typing', { groupId: c.group.id });
      await new Promise((r) => setTimeout(r, 400));
      expect(notices).toEqual([{ groupId: c.group.id, user: { id: c.members[0].user.id, displayName: c.members[0].user.displayName } }]);
      expect(await outsiderHears).toBe(0);
      expect(TYPING_THROTTLE_MS).toBeGreaterThan(400);
    });

    it('records attendance when a deputy follows a live meeting, and when they leave it', async () => {
      const c = await aLiveChannel(t, { members: 2 });
      const [a, b] = c.members;
      const meeting = await t.prisma.meeting.create({
        data: { groupId: c.group.id, title: 'Séance', startsAt: new Date(), endsAt: new Date(Date.now() + 3600_000), status: 'LIVE' },
      });
      const alice = await open(a.token);
      await ok(alice, 'channel:join', { groupId: c.group.id });
      const bruno = await open(b.token);
      const seen = nextEvent(alice, 'presence:update', (p) => p.present.some((e) => e.userId === b.user.id));
      const joined = await ok(bruno, 'channel:join', { groupId: c.group.id, meetingId: meeting.id });
      expect(joined.attendingMeetingId).toBe(meeting.id);
      expect((await seen).present.find((e) => e.userId === b.user.id)).toMatchObject({ deputyId: b.deputy.id, meetingId: meeting.id });
      const present = await t.prisma.attendance.findUniqueOrThrow({
        where: { meetingId_deputyId: { meetingId: meeting.id, deputyId: b.deputy.id } },
      });
      expect(present).toMatchObject({ present: true, leftAt: null });
      expect(present.joinedAt).not.toBeNull();
      bruno.close();
      let leftAt: Date | null = null;
      for (let i = 0; i < 50 && !leftAt; i++) {
        leftAt = (
          await t.prisma.attendance.findUniqueOrThrow({ where: { meetingId_deputyId: { meetingId: meeting.id, deputyId: b.deputy.id } } })
        ).leftAt;
        if (!leftAt) await new Promise((r) => setTimeout(r, 50));
      }
      expect(leftAt).not.toBeNull();
    });
  });

  describe('meeting:updated and agenda:updated', () => {
    it('broadcasts the domain events of a group to its channel only', async () => {
      const c = await aLiveChannel(t, { members: 1 });
      const other = await aLiveChannel(t, { members: 1, termId: c.termId });
      const inside = await open(c.members[0].token);
      const outside = await open(other.members[0].token);
      await ok(inside, 'channel:join', { groupId: c.group.id });
      await ok(outside, 'channel:join', { groupId: other.group.id });
      const meetingId = randomUUID();
      const events = t.app.get(EventEmitter2);
      const meeting = nextEvent(inside, 'meeting:updated');
      const agenda = nextEvent(inside, 'agenda:updated');
      const outsideHears = silence(outside, 'meeting:updated');
      events.emit(DomainEvent.MeetingUpdated, { groupId: c.group.id, meetingId, change: 'started' });
      events.emit(DomainEvent.AgendaUpdated, { groupId: c.group.id, meetingId, currentAgendaItemId: 'item-2' });
      expect(await meeting).toEqual({ groupId: c.group.id, meetingId, change: 'started' });
      expect(await agenda).toEqual({ groupId: c.group.id, meetingId, currentAgendaItemId: 'item-2' });
      expect(await outsideHears).toBe(0);
    });
  });

  describe('GraphQL messages(groupId, afterSeq, limit)', () => {
    let c: Channel;
    beforeAll(async () => {
      c = await aLiveChannel(t, { members: 1 });
      await seedMessages(t, c.group.id, c.members[0].user.id, 30);
    });

    it('returns the same history as the socket, after afterSeq, at most limit, with the author', async () => {
      const r = await t.gql(MESSAGES, { groupId: c.group.id, afterSeq: 5, limit: 10 }, c.members[0].token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.messages.map((m: { seq: number }) => m.seq)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
      expect(r.data!.messages[0]).toMatchObject({ body: 'seed 6', deleted: false, author: { id: c.members[0].user.id } });
      expect(new Date(r.data!.messages[0].createdAt).toISOString()).toBe(r.data!.messages[0].createdAt);
      const s = await open(c.members[0].token);
      const joined = await ok(s, 'channel:join', { groupId: c.group.id, afterSeq: 5 });
      expect(joined.messages.slice(0, 10).map((m) => [m.id, m.seq, m.body])).toEqual(
        r.data!.messages.map((m: { id: string; seq: number; body: string }) => [m.id, m.seq, m.body]),
      );
    });

    it('applies the same membership rule and bounds the page', async () => {
      const outsider = await aUser(t.prisma, { role: 'DEPUTY' });
      expect(codeOf(await t.gql(MESSAGES, { groupId: c.group.id }, await tokenFor(t, outsider)))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(MESSAGES, { groupId: c.group.id }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(MESSAGES, { groupId: c.group.id, limit: HISTORY_PAGE_SIZE + 1 }, c.members[0].token))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await t.gql(MESSAGES, { groupId: c.group.id }, c.coordinator.token))).toBe('OK');
    });
  });
});
