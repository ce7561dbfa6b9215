import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { directPool } from '../prisma/direct-pool';
import { ErrorCode } from '@tribune/domain';
import { startTestApp, TestApp } from '../../test/test-app';
import { aLiveChannel, aMeeting } from '../../test/factories';
import { ClientSocket, connectLive, ok, request, until } from '../../test/live-client';
import { toLiveError } from './live-acks';
import { GroupCommit, MessageRow, MessageWriter, NewMessage, RunSql, Stored } from './message-writer';

/**
 * Sends that arrive together are stored together: one statement and one commit for the batch.
 * None of the guarantees of a single send may be lost on the way: each ack comes after the
 * commit that stored its own message, each channel is numbered without gap, a clientId is
 * stored once, and a batch that fails refuses only what is at fault.
 */
describe('group commit of sends', () => {
  let t: TestApp;
  let pool: Pool;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ config: { liveSendsPerSecond: 100_000 } });
    pool = directPool(t.db!.url, { max: 2 });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await pool.end();
    await t.close();
  });

  /** A GroupCommit of its own on the test database (the statements and the pool of the API's). */
  const commitsOn = (run?: (inner: RunSql) => RunSql) => {
    const direct: RunSql = async ({ name, text }, values) => (await pool.query<MessageRow>({ name, text, values })).rows;
    return new GroupCommit(run ? run(direct) : direct);
  };
  const seqsOf = async (groupId: string) =>
    (await t.prisma.message.findMany({ where: { groupId }, orderBy: { seq: 'asc' }, select: { seq: true } })).map((m) => m.seq);
  const newMessage = (groupId: string, authorId: string, body: string, o: Partial<NewMessage> = {}): NewMessage => ({
    groupId,
    authorId,
    clientId: randomUUID(),
    body,
    meetingId: null,
    replyToId: null,
    ...o,
  });

  describe('through the gateway', () => {
    it('stores concurrent sends from many sockets in shared commits: each channel gapless, each ack with its own message', async () => {
      const channels = await Promise.all([aLiveChannel(t, { members: 8 }), aLiveChannel(t, { members: 8 })]);
      const writer = t.app.get(MessageWriter);
      const before = { ...writer.commits.stats };
      const sends = await Promise.all(
        channels.flatMap((c) =>
          c.members.map(async (m) => {
            const socket = await connectLive(t.url, m.token);
            sockets.push(socket);
            return { socket, groupId: c.group.id, member: m };
          }),
        ),
      );
      // Every socket fires 10 sends without waiting: 160 messages in flight at once.
      const results = await Promise.all(
        sends.flatMap(({ socket, groupId, member }) =>
          Array.from({ length: 10 }, async (_, i) => {
            const clientId = randomUUID();
            const body = `${member.user.displayName} ${i}`;
            const r = await request(socket, 'message:send', { groupId, clientId, body }, 20_000);
            return { r, clientId, body, groupId, authorId: member.user.id, i };
          }),
        ),
      );
      for (const { r, clientId, body, groupId, authorId } of results) {
        if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
        expect(r.message).toMatchObject({ clientId, body, groupId, author: { id: authorId } });
        expect(r.duplicate).toBe(false);
      }
      for (const c of channels) {
        const acked = results.filter((x) => x.groupId === c.group.id).map((x) => (x.r.ok ? x.r.message.seq : 0));
        expect(await seqsOf(c.group.id)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
        expect([...acked].sort((a, b) => a - b)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
        // Each sender's messages are numbered in the order it sent them.
        for (const m of c.members) {
          const mine = results.filter((x) => x.authorId === m.user.id).sort((a, b) => a.i - b.i);
          const seqs = mine.map((x) => (x.r.ok ? x.r.message.seq : 0));
          expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        }
      }
      const batches = writer.commits.stats.batches - before.batches;
      const messages = writer.commits.stats.messages - before.messages;
      expect(messages).toBe(160);
      // Shared commits happened: fewer transactions than messages.
      expect(batches).toBeLessThan(messages);
    });
  });

  describe('the meeting a message names', () => {
    it("is looked up once, not at every send of a live meeting; another group's meeting stays refused", async () => {
      const c = await aLiveChannel(t, { members: 1 });
      const other = await aLiveChannel(t, { members: 0 });
      const meeting = await aMeeting(t.prisma, c.group.id, { status: 'LIVE' });
      const foreign = await aMeeting(t.prisma, other.group.id, { status: 'LIVE' });
      const socket = await connectLive(t.url, c.members[0].token);
      sockets.push(socket);
      await ok(socket, 'channel:join', { groupId: c.group.id });
      const sendIn = (meetingId: string, body: string) =>
        request(socket, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body, meetingId });

      expect(await sendIn(meeting.id, 'first')).toMatchObject({ ok: true, message: { meetingId: meeting.id, seq: 1 } });
      const before = t.prisma.queryCount;
      for (let i = 0; i < 5; i++)
        expect(await sendIn(meeting.id, `next ${i}`)).toMatchObject({ ok: true, message: { meetingId: meeting.id, seq: i + 2 } });
      // Access checked at join, meeting remembered, messages written by the live module's own pool.
      expect(t.prisma.queryCount - before).toBe(0);
      for (let i = 0; i < 2; i++)
        expect(await sendIn(foreign.id, 'wrong meeting')).toMatchObject({ ok: false, error: { code: ErrorCode.NOT_FOUND } });
      expect(await seqsOf(c.group.id)).toEqual([1, 2, 3, 4, 5, 6]);
    });
  });

  describe('GroupCommit', () => {
    it('stores what arrives in the same tick in one batch, numbering each channel in arrival order', async () => {
      const a = await aLiveChannel(t, { members: 2 });
      const b = await aLiveChannel(t, { members: 1 });
      const commits = commitsOn();
      const [alice, bob] = a.members.map((m) => m.user.id);
      const sent = [
        newMessage(a.group.id, alice, 'a1'),
        newMessage(b.group.id, b.members[0].user.id, 'b1'),
        newMessage(a.group.id, bob, 'a2'),
        newMessage(a.group.id, alice, 'a3 "quoted" \\ back\\slash \t tab \u0007 bell {"json": [1]} ☕ مرحبا'),
      ];
      const stored = await Promise.all(sent.map((m) => commits.store(m)));
      expect(commits.stats).toEqual({ batches: 1, messages: 4, largest: 4 });
      expect(stored.map((s) => [s.message.body, s.message.seq, s.duplicate])).toEqual([
        ['a1', 1, false],
        ['b1', 1, false],
        ['a2', 2, false],
        ['a3 "quoted" \\ back\\slash \t tab \u0007 bell {"json": [1]} ☕ مرحبا', 3, false],
      ]);
      // The row as Prisma reads it (timestamps in UTC, whatever the process's time zone).
      expect(stored[0].message).toEqual(await t.prisma.message.findUnique({ where: { id: stored[0].message.id } }));
      expect(await seqsOf(a.group.id)).toEqual([1, 2, 3]);
      expect((await t.prisma.workingGroup.findUniqueOrThrow({ where: { id: a.group.id } })).lastMessageSeq).toBe(3);
    });

    it('stores a clientId once: twice in one batch, or already stored, both get the original', async () => {
      const c = await aLiveChannel(t, { members: 1 });
      const author = c.members[0].user.id;
      const commits = commitsOn();
      const first = await commits.store(newMessage(c.group.id, author, 'first', { clientId: 'phone-1' }));
      const [again, twiceA, twiceB, fresh] = await Promise.all([
        commits.store(newMessage(c.group.id, author, 'first (resent)', { clientId: 'phone-1' })),
        commits.store(newMessage(c.group.id, author, 'twice', { clientId: 'phone-2' })),
        commits.store(newMessage(c.group.id, author, 'twice (other device)', { clientId: 'phone-2' })),
        commits.store(newMessage(c.group.id, author, 'fresh', { clientId: 'phone-3' })),
      ]);
      expect(again).toEqual({ message: first.message, duplicate: true });
      expect(twiceA).toMatchObject({ message: { body: 'twice', seq: 2 }, duplicate: false });
      expect(twiceB).toEqual({ message: twiceA.message, duplicate: true });
      expect(fresh).toMatchObject({ message: { body: 'fresh', seq: 3 }, duplicate: false });
      expect(await seqsOf(c.group.id)).toEqual([1, 2, 3]);
    });

    it('refuses only the message at fault when a batch fails, storing the others gapless in their order', async () => {
      const c = await aLiveChannel(t, { members: 1 });
      const author = c.members[0].user.id;
      const statements: string[] = [];
      const commits = commitsOn((inner) => (statement, values) => {
        statements.push(statement.name);
        return inner(statement, values);
      });
      // A meeting that does not exist (deleted between the check and the insert): the foreign
      // key refuses the whole statement.
      const outcomes = await Promise.allSettled([
        commits.store(newMessage(c.group.id, author, 'one')),
        commits.store(newMessage(c.group.id, author, 'orphan', { meetingId: randomUUID() })),
        commits.store(newMessage(c.group.id, author, 'two')),
        commits.store(newMessage(c.group.id, author, 'three')),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      const bodies = outcomes.map((o) => (o.status === 'fulfilled' ? `${o.value.message.body}#${o.value.message.seq}` : null));
      expect(bodies).toEqual(['one#1', null, 'two#2', 'three#3']);
      expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: '23503' });
      // The batch, then each message alone.
      expect(statements.filter((s) => s.startsWith('live-insert'))).toEqual([
        'live-insert-batch',
        'live-insert-one',
        'live-insert-one',
        'live-insert-one',
        'live-insert-one',
      ]);
      expect(await seqsOf(c.group.id)).toEqual([1, 2, 3]);
    });

    it('answers NOT_FOUND for a message to a missing group and stores the rest of the batch', async () => {
      const c = await aLiveChannel(t, { members: 1 });
      const author = c.members[0].user.id;
      const commits = commitsOn();
      const [ok, missing] = await Promise.allSettled([
        commits.store(newMessage(c.group.id, author, 'here')),
        commits.store(newMessage(randomUUID(), author, 'nowhere')),
      ]);
      expect(commits.stats.batches).toBe(1);
      expect(ok).toMatchObject({ status: 'fulfilled', value: { message: { seq: 1 } } });
      expect(missing).toMatchObject({ status: 'rejected', reason: { code: ErrorCode.NOT_FOUND } });
    });

    it('refuses the messages of a batch the database was away for as retryable (UNAVAILABLE), and only those', async () => {
      const c = await aLiveChannel(t, { members: 1 });
      const author = c.members[0].user.id;
      let inserts = 0;
      // The connection drops during the first batch's statement only.
      const commits = commitsOn((inner) => (statement, values) => {
        if (statement.name.startsWith('live-insert') && ++inserts === 1) {
          return Promise.reject(Object.assign(new Error('Connection terminated unexpectedly'), { code: '57P01' }));
        }
        return inner(statement, values);
      });
      const first = [newMessage(c.group.id, author, 'a'), newMessage(c.group.id, author, 'b')];
      const failed = first.map((m) =>
        commits.store(m).then(
          () => 'stored',
          (e: unknown) => e,
        ),
      );
      await new Promise((r) => setImmediate(r));
      // Queued while the first batch is being written: the next batch, stored.
      const next = await Promise.all([
        commits.store(newMessage(c.group.id, author, 'c')),
        commits.store(newMessage(c.group.id, author, 'd')),
      ]);
      expect(commits.stats.batches).toBe(2);
      expect(next.map((s) => [s.message.body, s.message.seq])).toEqual([
        ['c', 1],
        ['d', 2],
      ]);
      const logger = new Logger('test');
      jest.spyOn(logger, 'warn').mockImplementation(() => undefined);
      for (const reason of await Promise.all(failed)) {
        expect(toLiveError(reason, logger)).toMatchObject({ code: ErrorCode.UNAVAILABLE, retryAfterMs: expect.any(Number) });
      }
      // Sent again with the same clientIds: stored once, in order, after the others.
      const again: Stored[] = await Promise.all(first.map((m) => commits.store(m)));
      expect(again.map((s) => [s.message.body, s.message.seq, s.duplicate])).toEqual([
        ['a', 3, false],
        ['b', 4, false],
      ]);
      expect(await seqsOf(c.group.id)).toEqual([1, 2, 3, 4]);
    });

    it('writes two batches at once only for different channels, each channel in arrival order', async () => {
      const a = await aLiveChannel(t, { members: 1 });
      const b = await aLiveChannel(t, { members: 1 });
      const [alice, bob] = [a.members[0].user.id, b.members[0].user.id];
      // The first batch's statement is held until released: what can be written meanwhile?
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => (release = r));
      const writing: string[][] = [];
      let inserts = 0;
      const commits = commitsOn((inner) => async (statement, values) => {
        if (statement.name.startsWith('live-insert')) {
          // One message: (id, group, author, clientId, body, ...); several: one JSON array.
          writing.push(
            statement.name === 'live-insert-one'
              ? [values[4] as string]
              : (JSON.parse(values[0] as string) as NewMessage[]).map((m) => m.body),
          );
          if (++inserts === 1) await held;
        }
        return inner(statement, values);
      });
      const first = commits.store(newMessage(a.group.id, alice, 'a1'));
      await until(() => writing.length === 1, 'the first batch to be written');
      const later = [commits.store(newMessage(a.group.id, alice, 'a2')), commits.store(newMessage(b.group.id, bob, 'b1'))];
      // b1 is written beside the held batch; a2 waits for its channel's batch to commit.
      const b1 = await later[1];
      expect(writing).toEqual([['a1'], ['b1']]);
      expect(b1.message.seq).toBe(1);
      release();
      const [a1, a2] = await Promise.all([first, later[0]]);
      expect(writing).toEqual([['a1'], ['b1'], ['a2']]);
      expect([a1.message.seq, a2.message.seq]).toEqual([1, 2]);
    });

    it('answers each waiter only after the commit of its own batch', async () => {
      const c = await aLiveChannel(t, { members: 1 });
      const author = c.members[0].user.id;
      const visibleAtAnswer: boolean[] = [];
      const commits = commitsOn();
      const check = async (s: Stored) => {
        // Read on another connection: only committed rows are visible there.
        const other = await pool.query('SELECT 1 FROM "Message" WHERE "id" = $1', [s.message.id]);
        visibleAtAnswer.push(other.rowCount === 1);
      };
      const first = Array.from({ length: 5 }, (_, i) => commits.store(newMessage(c.group.id, author, `first ${i}`)).then(check));
      // Queued while the first batch is being written: the next batch.
      await new Promise((r) => setImmediate(r));
      const second = Array.from({ length: 5 }, (_, i) => commits.store(newMessage(c.group.id, author, `second ${i}`)).then(check));
      await Promise.all([...first, ...second]);
      expect(commits.stats.batches).toBe(2);
      expect(visibleAtAnswer).toEqual(Array(10).fill(true));
      expect(await seqsOf(c.group.id)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    });
  });
});

describe('group commit on the embedded PGlite database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tribune-pglite-'));
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ embeddedDir: dir });
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs the same statements through Prisma: one batch, gapless, a clientId once', async () => {
    const c = await aLiveChannel(t, { members: 2 });
    const [alice, bob] = c.members.map((m) => m.user.id);
    const writer = t.app.get(MessageWriter);
    const message = (authorId: string, body: string, clientId: string = randomUUID()): NewMessage => ({
      groupId: c.group.id,
      authorId,
      clientId,
      body,
      meetingId: null,
      replyToId: null,
    });
    const stored = await Promise.all([
      writer.store(message(alice, 'مرحبا 👋🏽', 'same')),
      writer.store(message(bob, 'salut')),
      writer.store(message(alice, 'again', 'same')),
    ]);
    expect(stored.map((s) => [s.message.body, s.message.seq, s.duplicate])).toEqual([
      ['مرحبا 👋🏽', 1, false],
      ['salut', 2, false],
      ['مرحبا 👋🏽', 1, true],
    ]);
    expect(stored[0].message.createdAt).toBeInstanceOf(Date);
    const again = await writer.store(message(alice, 'resent', 'same'));
    expect(again).toMatchObject({ message: { seq: 1 }, duplicate: true });
    expect((await t.prisma.message.findMany({ where: { groupId: c.group.id }, orderBy: { seq: 'asc' } })).map((m) => m.seq)).toEqual([
      1, 2,
    ]);
  });
});
