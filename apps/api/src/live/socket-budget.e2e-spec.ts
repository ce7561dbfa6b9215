import { randomUUID } from 'node:crypto';
import type { Ack, LiveError } from '@tribune/domain';
import { startTestApp, TestApp } from '../../test/test-app';
import { aLiveChannel } from '../../test/factories';
import { ClientSocket, connectLive, ok, request } from '../../test/live-client';
import { EVENT_BUDGETS, MAX_IN_FLIGHT } from './socket-budget';

type Channel = Awaited<ReturnType<typeof aLiveChannel>>;

const errorsOf = (acks: Array<Ack<object>>): LiveError[] => acks.flatMap((a) => (a.ok ? [] : [a.error]));

/** Every refusal is a retryable RATE_LIMITED with a reason, or the ordinary answer to the request. */
function expectOnlyBudgetRefusals(errors: LiveError[], ordinary: string[] = []) {
  for (const e of errors) {
    if (ordinary.includes(e.code)) continue;
    expect(e).toMatchObject({ code: 'RATE_LIMITED', reason: expect.stringMatching(/^TOO_MANY_(EVENTS|PENDING)$/) });
    expect(e.retryAfterMs).toBeGreaterThan(0);
  }
}

describe('socket event budgets', () => {
  let t: TestApp;
  let c: Channel;
  const sockets: ClientSocket[] = [];
  const open = async (token: string) => {
    const s = await connectLive(t.url, token);
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await startTestApp();
    c = await aLiveChannel(t, { members: 3 });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  describe('channel:join', () => {
    it('answers a flood of joins of random ids with RATE_LIMITED, never an internal error, and others are not slowed', async () => {
      const attacker = await open(c.members[0].token);
      const bystander = await open(c.members[1].token);
      const flood = Array.from({ length: 1000 }, () => request(attacker, 'channel:join', { groupId: randomUUID(), afterSeq: 0 }, 20_000));
      // Meanwhile another member joins, reads and sends as usual.
      const started = Date.now();
      await ok(bystander, 'channel:join', { groupId: c.group.id, afterSeq: 0 });
      await ok(bystander, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'toujours là' });
      const bystanderMs = Date.now() - started;
      const acks = await Promise.all(flood);
      const errors = errorsOf(acks);
      expect(errors).toHaveLength(1000);
      // Unknown groups are NOT_FOUND or FORBIDDEN; everything else was refused before reaching the database.
      expectOnlyBudgetRefusals(errors, ['NOT_FOUND', 'FORBIDDEN']);
      const reached = errors.filter((e) => e.code !== 'RATE_LIMITED').length;
      expect(reached).toBeLessThanOrEqual(EVENT_BUDGETS['channel:join'].burst + 2 * EVENT_BUDGETS['channel:join'].perSecond);
      expect(errors.some((e) => e.reason === 'TOO_MANY_PENDING')).toBe(true);
      expect(bystanderMs).toBeLessThan(1500);
    });

    it('tells how long to wait beyond the rate, and admits requests again after that wait', async () => {
      const s = await open(c.members[2].token);
      const burst = await Promise.all(Array.from({ length: 60 }, () => request(s, 'channel:leave', { groupId: c.group.id })));
      const limited = errorsOf(burst);
      expect(limited.length).toBeGreaterThan(0);
      expectOnlyBudgetRefusals(limited);
      const wait = Math.max(...limited.map((e) => e.retryAfterMs ?? 0));
      await new Promise((r) => setTimeout(r, Math.min(wait, 2000)));
      expect(await request(s, 'channel:join', { groupId: c.group.id, afterSeq: 0 })).toMatchObject({ ok: true });
    });
  });

  describe('requests in flight', () => {
    it(`runs at most ${MAX_IN_FLIGHT} database operations of one socket at once; the others are told to wait`, async () => {
      const s = await open(c.members[1].token);
      await ok(s, 'channel:join', { groupId: c.group.id, afterSeq: 0 });
      const acks = await Promise.all(Array.from({ length: 12 }, () => request(s, 'channel:history', { groupId: c.group.id, afterSeq: 0 })));
      const errors = errorsOf(acks);
      expectOnlyBudgetRefusals(errors);
      expect(errors.filter((e) => e.reason === 'TOO_MANY_PENDING').length).toBeGreaterThanOrEqual(12 - MAX_IN_FLIGHT - 2);
      expect(acks.filter((a) => a.ok).length).toBeGreaterThanOrEqual(1);
    });
  });

  describe('message:edit and message:delete', () => {
    it('refuses a burst of edits beyond the budget: only the accepted ones are broadcast', async () => {
      const author = await open(c.members[0].token);
      const reader = await open(c.members[2].token);
      await ok(author, 'channel:join', { groupId: c.group.id, afterSeq: 0 });
      await ok(reader, 'channel:join', { groupId: c.group.id, afterSeq: 0 });
      // Let the join buckets of the earlier tests refill.
      await new Promise((r) => setTimeout(r, 300));
      const { message } = await ok(author, 'message:send', { groupId: c.group.id, clientId: randomUUID(), body: 'premier jet' });
      let heard = 0;
      reader.on('message:updated', () => heard++);
      const acks = await Promise.all(
        Array.from({ length: 200 }, (_, i) => request(author, 'message:edit', { messageId: message.id, body: `version ${i}` }, 20_000)),
      );
      const accepted = acks.filter((a) => a.ok).length;
      expectOnlyBudgetRefusals(errorsOf(acks));
      expect(accepted).toBeGreaterThan(0);
      expect(accepted).toBeLessThanOrEqual(EVENT_BUDGETS['message:edit'].burst + 1);
      await new Promise((r) => setTimeout(r, 300));
      expect(heard).toBe(accepted);

      const deletes = await Promise.all(Array.from({ length: 50 }, () => request(author, 'message:delete', { messageId: message.id })));
      expectOnlyBudgetRefusals(errorsOf(deletes));
      expect(deletes.filter((a) => a.ok).length).toBeLessThanOrEqual(EVENT_BUDGETS['message:delete'].burst + 1);
    });
  });
});
