import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ack, LiveMessage, MessageSendReply, MessageSendRequest } from '@tribune/domain';
import { mergeMessages, Outbox, outboxKey, type OutboxEntry, type OutboxStorage, type OutboxTransport } from './outbox';

const KEY = outboxKey('user-1');

function stored(req: MessageSendRequest, seq: number): LiveMessage {
  return {
    id: `m-${seq}`,
    groupId: req.groupId,
    meetingId: req.meetingId ?? null,
    seq,
    clientId: req.clientId,
    body: req.body,
    author: { id: 'user-1', displayName: 'Amina Haidari' },
    replyToId: null,
    createdAt: '2026-11-27T10:00:00.000Z',
    editedAt: null,
    deletedAt: null,
    deleted: false,
    deletedByModerator: false,
  };
}

/** A transport whose acks the test gives by hand, like a server would. */
class FakeServer implements OutboxTransport {
  connected = true;
  readonly requests: MessageSendRequest[] = [];
  private readonly waiting: Array<{ req: MessageSendRequest; resolve: (a: Ack<MessageSendReply>) => void; reject: (e: Error) => void }> =
    [];
  private readonly byClientId = new Map<string, LiveMessage>();
  private seq = 0;

  send = (req: MessageSendRequest) => {
    this.requests.push(req);
    return new Promise<Ack<MessageSendReply>>((resolve, reject) => this.waiting.push({ req, resolve, reject }));
  };
  isConnected = () => this.connected;

  /** Stores the oldest request (once per clientId, as the server does) and acknowledges it. */
  ack() {
    const w = this.waiting.shift()!;
    const existing = this.byClientId.get(w.req.clientId);
    const message = existing ?? stored(w.req, ++this.seq);
    this.byClientId.set(w.req.clientId, message);
    w.resolve({ ok: true, message, duplicate: !!existing });
  }
  refuse(code: string, message = 'refused', retryAfterMs?: number) {
    this.waiting.shift()!.resolve({ ok: false, error: { code: code as never, message, retryAfterMs } });
  }
  /** The connection drops before the ack (the server may or may not have stored it). */
  drop(storedAnyway = false) {
    const w = this.waiting.shift()!;
    if (storedAnyway && !this.byClientId.has(w.req.clientId)) this.byClientId.set(w.req.clientId, stored(w.req, ++this.seq));
    this.connected = false;
    w.reject(new Error('disconnected'));
  }
  get inFlight() {
    return this.waiting.length;
  }
  get storedCount() {
    return this.byClientId.size;
  }
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('Outbox', () => {
  let server: FakeServer;
  let ids: number;
  const make = () =>
    new Outbox({
      key: KEY,
      transport: server,
      storage: localStorage,
      newId: () => `client-${++ids}`,
      lostAckRetryMs: 50,
      defaultRetryMs: 50,
    });

  beforeEach(() => {
    server = new FakeServer();
    ids = 0;
    localStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('shows a message as sending at once, then sent on the ack', async () => {
    const outbox = make();
    const sent: LiveMessage[] = [];
    outbox.onSent((m) => sent.push(m));
    const entry = outbox.add('g1', 'Bonjour à toutes et à tous');
    expect(outbox.entries()).toEqual([
      expect.objectContaining({ clientId: 'client-1', status: 'sending', body: 'Bonjour à toutes et à tous' }),
    ]);
    expect(server.requests).toEqual([{ groupId: 'g1', clientId: 'client-1', body: 'Bonjour à toutes et à tous' }]);
    server.ack();
    await flush();
    expect(outbox.entries()).toEqual([]);
    expect(outbox.wasSentHere(entry.clientId)).toBe(true);
    expect(sent.map((m) => [m.seq, m.clientId])).toEqual([[1, 'client-1']]);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('marks a refused message failed with the reason, keeps it, and retries it with the same clientId', async () => {
    const outbox = make();
    outbox.add('g1', 'trop tard');
    server.refuse('FORBIDDEN', 'You are not a member of this group.');
    await flush();
    expect(outbox.entries()).toEqual([
      expect.objectContaining({
        clientId: 'client-1',
        status: 'failed',
        error: { code: 'FORBIDDEN', message: 'You are not a member of this group.' },
      }),
    ]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual([expect.objectContaining({ status: 'failed' })]);
    outbox.retry('client-1');
    expect(outbox.entries()[0].status).toBe('sending');
    expect(server.requests.map((r) => r.clientId)).toEqual(['client-1', 'client-1']);
    server.ack();
    await flush();
    expect(outbox.entries()).toEqual([]);
  });

  it('discards a failed message when asked', async () => {
    const outbox = make();
    outbox.add('g1', 'x');
    server.refuse('BAD_USER_INPUT');
    await flush();
    outbox.discard('client-1');
    expect(outbox.entries()).toEqual([]);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('waits retryAfterMs on RATE_LIMITED and sends the same message again, keeping the order', async () => {
    vi.useFakeTimers();
    const outbox = make();
    outbox.add('g1', 'un');
    outbox.add('g1', 'deux');
    expect(server.requests.map((r) => r.body)).toEqual(['un']); // One in flight at a time.
    server.refuse('RATE_LIMITED', 'too fast', 1500);
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.requests.map((r) => r.body)).toEqual(['un']);
    await vi.advanceTimersByTimeAsync(600);
    expect(server.requests.map((r) => [r.body, r.clientId])).toEqual([
      ['un', 'client-1'],
      ['un', 'client-1'],
    ]);
    server.ack();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.requests.map((r) => r.body)).toEqual(['un', 'un', 'deux']);
    server.ack();
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.entries()).toEqual([]);
    expect(server.storedCount).toBe(2);
  });

  it('keeps unsent messages in localStorage and a new page resends them with the same clientId, stored once', async () => {
    server.connected = false;
    const first = make();
    first.add('g1', 'écrit hors ligne');
    first.add('g2', 'نحن بحاجة إلى مترجم في المستشفى', 'meeting-7');
    expect(server.requests).toEqual([]);
    const persisted = JSON.parse(localStorage.getItem(KEY)!) as Array<{ clientId: string }>;
    expect(persisted.map((e) => e.clientId)).toEqual(['client-1', 'client-2']);
    first.dispose();

    // A reload: a new outbox reads the same storage; the connection comes back.
    server.connected = true;
    const second = make();
    expect(second.entries().map((e) => [e.clientId, e.status])).toEqual([
      ['client-1', 'sending'],
      ['client-2', 'sending'],
    ]);
    second.pump();
    server.ack();
    await flush();
    server.ack();
    await flush();
    expect(server.requests).toEqual([
      { groupId: 'g1', clientId: 'client-1', body: 'écrit hors ligne' },
      { groupId: 'g2', clientId: 'client-2', body: 'نحن بحاجة إلى مترجم في المستشفى', meetingId: 'meeting-7' },
    ]);
    expect(second.entries()).toEqual([]);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('resends after a lost ack with the same clientId; the duplicate ack adds nothing twice', async () => {
    const outbox = make();
    const sent: Array<[number, boolean]> = [];
    outbox.onSent((m, _e, duplicate) => sent.push([m.seq, duplicate]));
    outbox.add('g1', 'une seule fois');
    server.drop(true); // Stored by the server, but the ack never came.
    await flush();
    expect(outbox.entries()[0]).toMatchObject({ clientId: 'client-1', status: 'sending' });
    expect(server.requests).toHaveLength(1); // Disconnected: waits for the connection.

    server.connected = true;
    outbox.pump(); // What the provider does on 'connect'.
    expect(server.requests.map((r) => r.clientId)).toEqual(['client-1', 'client-1']);
    server.ack();
    await flush();
    expect(sent).toEqual([[1, true]]);
    expect(server.storedCount).toBe(1);
    expect(outbox.entries()).toEqual([]);
  });

  it('ignores a second ack for a message already acknowledged', async () => {
    vi.useFakeTimers();
    const outbox = make();
    const sent: number[] = [];
    outbox.onSent((m) => sent.push(m.seq));
    outbox.add('g1', 'lent');
    // The ack is slow: the connection is up, the send counts as lost and goes again (same clientId).
    const firstAttempt = server.requests.length;
    const w = (server as unknown as { waiting: Array<{ reject: (e: Error) => void }> }).waiting.shift()!;
    w.reject(new Error('timeout'));
    await vi.advanceTimersByTimeAsync(60);
    expect(server.requests.length).toBe(firstAttempt + 1);
    server.ack();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([1]);
    expect(outbox.entries()).toEqual([]);
  });

  it('ignores a corrupt storage entry', () => {
    localStorage.setItem(
      KEY,
      JSON.stringify([
        { clientId: 'a', groupId: 'g', body: 'ok', createdAt: '2026-01-01T00:00:00Z', status: 'sending' },
        { nonsense: true },
        'x',
      ]),
    );
    expect(
      make()
        .entries()
        .map((e) => e.clientId),
    ).toEqual(['a']);
    localStorage.setItem(KEY, '{not json');
    expect(make().entries()).toEqual([]);
  });
});

/** An asynchronous record store like IndexedDB's (offline/outbox-store.ts), in memory. */
class MemoryStore implements OutboxStorage {
  readonly records = new Map<string, OutboxEntry>();
  load = async () => [...this.records.values()];
  put = async (entry: OutboxEntry) => void this.records.set(entry.clientId, entry);
  remove = async (clientId: string) => void this.records.delete(clientId);
}

describe('Outbox with a store (IndexedDB, shared with the service worker)', () => {
  let server: FakeServer;
  let ids: number;
  const make = (store: MemoryStore, onQueuedOffline?: () => void) =>
    new Outbox({ key: KEY, transport: server, storage: localStorage, store, onQueuedOffline, newId: () => `client-${++ids}` });

  beforeEach(() => {
    server = new FakeServer();
    ids = 0;
    localStorage.clear();
  });

  it('keeps each unsent message as its own record, asks for a background send when offline, and removes it once acknowledged', async () => {
    const store = new MemoryStore();
    const queuedOffline = vi.fn();
    server.connected = false;
    const outbox = make(store, queuedOffline);
    outbox.add('g1', 'écrit hors ligne');
    await flush();
    expect([...store.records.keys()]).toEqual(['client-1']);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(queuedOffline).toHaveBeenCalledTimes(1);

    server.connected = true;
    outbox.pump();
    server.ack();
    await flush();
    expect(store.records.size).toBe(0);
  });

  it('at the next open, sends what the store holds (written by a closed page) with the same clientId, once', async () => {
    const store = new MemoryStore();
    server.connected = false;
    make(store).add('g1', 'page fermée');
    await flush();

    server.connected = true;
    const reopened = make(store);
    await flush();
    expect(reopened.entries().map((e) => e.clientId)).toEqual(['client-1']);
    server.ack();
    await flush();
    expect(server.requests.map((r) => r.clientId)).toEqual(['client-1']);
    expect(reopened.entries()).toEqual([]);
    expect(store.records.size).toBe(0);
  });

  it('moves the messages an older page left in localStorage into the store', async () => {
    server.connected = false;
    new Outbox({ key: KEY, transport: server, storage: localStorage, newId: () => 'legacy-1' }).add('g1', 'avant la mise à jour');
    expect(localStorage.getItem(KEY)).not.toBeNull();

    const store = new MemoryStore();
    const outbox = make(store);
    await flush();
    expect(outbox.entries().map((e) => e.clientId)).toEqual(['legacy-1']);
    expect([...store.records.keys()]).toEqual(['legacy-1']);
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});

describe('mergeMessages', () => {
  const m = (seq: number, body = `m${seq}`, editedAt: string | null = null): LiveMessage => ({
    ...stored({ groupId: 'g', clientId: `c${seq}`, body }, seq),
    editedAt,
  });

  it('keeps one message per seq, in order, whatever way it came', () => {
    const list = mergeMessages([m(1), m(3)], [m(2), m(3), m(1)]);
    expect(list.map((x) => x.seq)).toEqual([1, 2, 3]);
  });

  it('replaces a message by its edit, never by an older copy', () => {
    const edited = m(1, 'corrigé', '2026-11-27T10:05:00.000Z');
    expect(mergeMessages([m(1)], [edited])[0].body).toBe('corrigé');
    expect(mergeMessages([edited], [m(1)])[0].body).toBe('corrigé');
  });
});
