import type { Ack, ErrorCode, LiveError, LiveMessage, MessageSendReply, MessageSendRequest } from '@tribune/domain';

/**
 * The messages a person wrote that the server has not acknowledged yet. Each one gets its
 * `clientId` once, when written, and keeps it: it is sent again with the same id after a lost
 * acknowledgement, a reconnection or a reload (the list lives in localStorage), and the server
 * stores one message per clientId. Nothing written is lost, nothing is stored twice.
 *
 * One message is in flight at a time, oldest first, so the channel receives them in the order
 * they were written; RATE_LIMITED and UNAVAILABLE wait `retryAfterMs` and send the same one again.
 *
 * With a `store` (IndexedDB in the browser: offline/outbox-store.ts), each entry is its own record
 * there, which the service worker also reads and clears when the network comes back with every
 * tab closed (Background Sync); entries a page left in localStorage move into it.
 * A refusal that sending again cannot fix (too long, no longer a member…) marks the message
 * failed: it stays, with the reason, until the person retries or discards it.
 */

export type OutboxStatus = 'sending' | 'failed';

export interface OutboxEntry {
  clientId: string;
  groupId: string;
  meetingId?: string;
  body: string;
  /** ISO-8601, when it was written. */
  createdAt: string;
  status: OutboxStatus;
  /** With `failed`: the server's code and reason (translated by the page), and its words (for logs). */
  error?: { code: ErrorCode | string; reason?: LiveError['reason']; params?: LiveError['params']; message: string };
}

export interface OutboxTransport {
  /** Sends one message; resolves with its ack, rejects when no ack came (timeout, connection lost). */
  send(request: MessageSendRequest): Promise<Ack<MessageSendReply>>;
  isConnected(): boolean;
}

/** Where entries are kept, one record per clientId (asynchronous: IndexedDB). */
export interface OutboxStorage {
  load(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  remove(clientId: string): Promise<void>;
}

export interface OutboxOptions {
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** localStorage key (one per user). */
  key: string;
  /** Keeps the entries there instead of localStorage (whose entries it takes over). */
  store?: OutboxStorage;
  /** A message was queued while disconnected (the page asks the service worker to send it later). */
  onQueuedOffline?: () => void;
  transport: OutboxTransport;
  newId?: () => string;
  now?: () => Date;
  /** Wait before sending again when an ack was lost on a connection that still looks up. */
  lostAckRetryMs?: number;
  /** Wait when the server said RATE_LIMITED/UNAVAILABLE without saying how long. */
  defaultRetryMs?: number;
}

/** Codes where the same message, sent again later, can succeed. */
const RETRY_LATER = new Set<string>(['RATE_LIMITED', 'UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);
export const retriesLater = (code: string): boolean => RETRY_LATER.has(code);

type SentListener = (message: LiveMessage, entry: OutboxEntry, duplicate: boolean) => void;

function isEntry(v: unknown): v is OutboxEntry {
  const e = v as Partial<OutboxEntry> | null;
  return (
    !!e &&
    typeof e.clientId === 'string' &&
    typeof e.groupId === 'string' &&
    typeof e.body === 'string' &&
    typeof e.createdAt === 'string' &&
    (e.status === 'sending' || e.status === 'failed') &&
    (e.meetingId === undefined || typeof e.meetingId === 'string')
  );
}

export class Outbox {
  private list: readonly OutboxEntry[];
  /** clientIds acknowledged while this page was open (shown as "sent"). */
  private readonly acked = new Set<string>();
  private inflight: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  private readonly listeners = new Set<() => void>();
  private readonly sentListeners = new Set<SentListener>();
  private readonly storage: OutboxOptions['storage'];
  private readonly newId: () => string;
  private readonly now: () => Date;

  constructor(private readonly options: OutboxOptions) {
    this.storage = options.storage === undefined ? safeLocalStorage() : options.storage;
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.now = options.now ?? (() => new Date());
    this.list = this.load();
    if (options.store) this.adopt(options.store);
  }

  /** Takes over entries left in localStorage, then adds what the store holds (another page's, or the worker's failures). */
  private adopt(store: OutboxStorage): void {
    const legacy = this.list;
    for (const e of legacy) void store.put(e).catch(() => undefined);
    try {
      this.storage?.removeItem(this.options.key);
    } catch {
      // Storage refused: the entries are in the store all the same.
    }
    void store
      .load()
      .then((stored) => {
        if (this.disposed) return;
        const held = new Set(this.list.map((e) => e.clientId));
        const more = stored.filter((e) => isEntry(e) && !held.has(e.clientId));
        if (more.length === 0) return;
        this.list = [...this.list, ...more].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
        this.listeners.forEach((l) => l());
        this.pump();
      })
      .catch(() => undefined);
  }

  /** Every unacknowledged message, oldest first (a new array after each change: usable as a React snapshot). */
  entries = (): readonly OutboxEntry[] => this.list;

  hasUnsent(): boolean {
    return this.list.length > 0;
  }

  wasSentHere(clientId: string): boolean {
    return this.acked.has(clientId);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Called with the stored message when an ack arrives (once per entry, even if the server answers twice). */
  onSent(listener: SentListener): () => void {
    this.sentListeners.add(listener);
    return () => {
      this.sentListeners.delete(listener);
    };
  }

  /** Queues a new message (it shows as "sending" at once) and sends it when connected. */
  add(groupId: string, body: string, meetingId?: string): OutboxEntry {
    const entry: OutboxEntry = {
      clientId: this.newId(),
      groupId,
      body,
      createdAt: this.now().toISOString(),
      status: 'sending',
      ...(meetingId ? { meetingId } : {}),
    };
    this.set([...this.list, entry]);
    if (!this.options.transport.isConnected()) this.options.onQueuedOffline?.();
    this.pump();
    return entry;
  }

  /** A failed message goes back in the queue (same clientId). */
  retry(clientId: string): void {
    this.set(
      this.list.map((e) => (e.clientId === clientId && e.status === 'failed' ? { ...e, status: 'sending' as const, error: undefined } : e)),
    );
    this.pump();
  }

  /** The person gives up on a failed message. */
  discard(clientId: string): void {
    this.set(this.list.filter((e) => !(e.clientId === clientId && e.status === 'failed')));
  }

  /** Sends the oldest waiting message if connected and nothing is in flight (call it on every connect). */
  pump = (): void => {
    if (this.disposed || this.inflight || this.timer || !this.options.transport.isConnected()) return;
    const next = this.list.find((e) => e.status === 'sending');
    if (!next) return;
    this.inflight = next.clientId;
    const request: MessageSendRequest = {
      groupId: next.groupId,
      clientId: next.clientId,
      body: next.body,
      ...(next.meetingId ? { meetingId: next.meetingId } : {}),
    };
    let answer: Promise<Ack<MessageSendReply>>;
    try {
      answer = this.options.transport.send(request);
    } catch (e) {
      answer = Promise.reject(e);
    }
    answer.then(
      (ack) => this.answered(next.clientId, ack),
      () => this.lost(next.clientId),
    );
  };

  /** The connection is gone: forget the pending wait (the next connect sends again). */
  reset(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  dispose(): void {
    this.disposed = true;
    this.reset();
    this.listeners.clear();
    this.sentListeners.clear();
  }

  private answered(clientId: string, ack: Ack<MessageSendReply>): void {
    if (this.inflight === clientId) this.inflight = null;
    const entry = this.list.find((e) => e.clientId === clientId);
    if (ack.ok) {
      // An answer for a message already acknowledged (a late ack after a resend): nothing to do.
      if (!entry) return this.pump();
      this.acked.add(clientId);
      this.sentListeners.forEach((l) => l(ack.message, entry, ack.duplicate));
      this.set(this.list.filter((e) => e.clientId !== clientId));
      return this.pump();
    }
    if (!entry) return this.pump();
    const { code, reason, params, message, retryAfterMs } = ack.error;
    if (code === 'UNAUTHENTICATED') return; // The session ends; the message waits for the next login.
    if (RETRY_LATER.has(code)) {
      // Same message again after the wait, still first in line: the order is kept.
      this.wait(retryAfterMs && retryAfterMs > 0 ? retryAfterMs : (this.options.defaultRetryMs ?? 2000));
      return;
    }
    this.set(
      this.list.map((e) => (e.clientId === clientId ? { ...e, status: 'failed' as const, error: { code, reason, params, message } } : e)),
    );
    this.pump();
  }

  private lost(clientId: string): void {
    if (this.inflight === clientId) this.inflight = null;
    // Disconnected: the next connect calls pump(). Still connected (a slow or lost ack): same clientId again soon.
    if (this.options.transport.isConnected()) this.wait(this.options.lostAckRetryMs ?? 1000);
  }

  private wait(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pump();
    }, ms);
  }

  private load(): OutboxEntry[] {
    try {
      const raw = this.storage?.getItem(this.options.key);
      if (!raw) return [];
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    } catch {
      return [];
    }
  }

  private set(next: OutboxEntry[]): void {
    const previous = this.list;
    this.list = next;
    const store = this.options.store;
    if (store) {
      // Only what changed: the worker may be clearing other records of the same store meanwhile.
      const kept = new Set(next.map((e) => e.clientId));
      for (const e of previous) if (!kept.has(e.clientId)) void store.remove(e.clientId).catch(() => undefined);
      const before = new Set(previous);
      for (const e of next) if (!before.has(e)) void store.put(e).catch(() => undefined);
      this.listeners.forEach((l) => l());
      return;
    }
    try {
      if (next.length) this.storage?.setItem(this.options.key, JSON.stringify(next));
      else this.storage?.removeItem(this.options.key);
    } catch {
      // Storage full or refused: the messages still wait in memory for this page.
    }
    this.listeners.forEach((l) => l());
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Messages of a channel by seq: one per seq whatever way it came (ack, live event, catch-up), in order. */
export function mergeMessages(current: readonly LiveMessage[], incoming: readonly LiveMessage[]): LiveMessage[] {
  if (incoming.length === 0) return current as LiveMessage[];
  const bySeq = new Map<number, LiveMessage>();
  for (const m of current) bySeq.set(m.seq, m);
  for (const m of incoming) {
    const had = bySeq.get(m.seq);
    // An edit or a deletion replaces the message; an older copy never overwrites a newer one.
    if (!had || changedAt(m) >= changedAt(had)) bySeq.set(m.seq, m);
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

function changedAt(m: LiveMessage): string {
  const edited = m.editedAt ?? '';
  const deleted = m.deletedAt ?? '';
  return edited > deleted ? edited : deleted;
}

/** Storage key of a person's outbox. */
export const outboxKey = (userId: string) => `tribune.outbox.${userId}`;
