import { randomUUID } from 'node:crypto';
import { io, Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, LiveMessage, LiveReplies, LiveRequests, ServerToClientEvents } from '@tribune/domain';

/** The client side of the live protocol, as the web app uses it (tests and the benchmark). */
export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ConnectOptions {
  /** Reconnect by itself after a lost transport (default: no, tests drive it). */
  reconnection?: boolean;
  reconnectionDelay?: number;
}

/** Opens a socket with the token; resolves once connected, rejects with the connect_error. */
export function connectLive(url: string, token: string | undefined, o: ConnectOptions = {}, timeoutMs = 5000): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, {
    auth: token === undefined ? {} : { token },
    transports: ['websocket'],
    forceNew: true,
    reconnection: o.reconnection ?? false,
    reconnectionDelay: o.reconnectionDelay ?? 100,
    reconnectionDelayMax: o.reconnectionDelay ?? 100,
    randomizationFactor: 0,
    timeout: timeoutMs,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error('connect timed out'));
    }, timeoutMs);
    // Both listeners go once settled: a connect_error while reconnecting later (server away)
    // must not close the socket, or it would never reconnect.
    const onConnect = () => {
      clearTimeout(timer);
      socket.off('connect_error', onError);
      resolve(socket);
    };
    const onError = (e: Error) => {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      socket.close();
      reject(e);
    };
    socket.once('connect', onConnect);
    socket.once('connect_error', onError);
  });
}

/** Emits a client event and waits for its ack (rejects after timeoutMs or when the socket drops). */
export function request<E extends keyof LiveRequests>(
  socket: ClientSocket,
  event: E,
  payload: LiveRequests[E],
  timeoutMs = 5000,
): Promise<Ack<LiveReplies[E]>> {
  const s = socket.timeout(timeoutMs) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<LiveReplies[E]>> };
  return s.emitWithAck(event, payload);
}

/** Ack values that must be ok (the test fails with the error otherwise). */
export async function ok<E extends keyof LiveRequests>(socket: ClientSocket, event: E, payload: LiveRequests[E]): Promise<LiveReplies[E]> {
  const r = await request(socket, event, payload);
  if (!r.ok) throw new Error(`${event} refused: ${r.error.code} ${r.error.message}`);
  return r;
}

/** The next server event of that name (matching `where`), or a rejection after timeoutMs. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: ClientSocket,
  event: E,
  where: (value: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
  timeoutMs = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const listener = (value: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!where(value)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(value);
    };
    const timer = setTimeout(() => {
      socket.off(event, listener as never);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on(event, listener as never);
  });
}

/** Waits until `condition` holds (polling), or fails with `what`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * One channel as a client holds it: messages by seq, whatever way they came (live or caught
 * up). On every (re)connect it joins with the highest gapless seq it holds and pages on.
 */
export class ChannelView {
  readonly bySeq = new Map<number, LiveMessage>();
  /** Messages that arrived live, in arrival order. */
  readonly live: LiveMessage[] = [];
  caughtUp = 0;
  joins = 0;

  constructor(
    readonly socket: ClientSocket,
    readonly groupId: string,
  ) {
    socket.on('message:new', (m) => {
      if (m.groupId !== groupId) return;
      this.live.push(m);
      this.bySeq.set(m.seq, m);
    });
    socket.on('connect', () => void this.join().catch(() => undefined));
  }

  /** The highest seq below which nothing is missing. */
  get contiguous(): number {
    let seq = 0;
    while (this.bySeq.has(seq + 1)) seq++;
    return seq;
  }

  async join(): Promise<void> {
    this.joins++;
    const reply = await ok(this.socket, 'channel:join', { groupId: this.groupId, afterSeq: this.contiguous });
    let { messages, hasMore } = reply;
    for (;;) {
      for (const m of messages) {
        if (!this.bySeq.has(m.seq)) this.caughtUp++;
        this.bySeq.set(m.seq, m);
      }
      if (!hasMore) return;
      ({ messages, hasMore } = await ok(this.socket, 'channel:history', { groupId: this.groupId, afterSeq: messages.at(-1)!.seq }));
    }
  }

  ordered(): LiveMessage[] {
    return [...this.bySeq.values()].sort((a, b) => a.seq - b.seq);
  }
}

/**
 * Sends messages in order with at most `window` unacknowledged, each with its own clientId.
 * A message whose ack was lost (dropped connection, timeout) is sent again with the same
 * clientId once connected; the server stores it once.
 */
export class Outbox {
  readonly acked: (LiveMessage | undefined)[];
  resent = 0;
  duplicates = 0;
  /** A refusal other than RATE_LIMITED (the test fails on it). */
  failure: string | null = null;
  private next = 0;
  private readonly inflight = new Set<number>();
  private readonly clientIds: string[];

  constructor(
    readonly socket: ClientSocket,
    readonly groupId: string,
    readonly bodies: string[],
    readonly window = 20,
    readonly onAck: (count: number) => void = () => undefined,
  ) {
    this.acked = new Array(bodies.length);
    this.clientIds = bodies.map(() => randomUUID());
    socket.on('connect', () => {
      for (const i of [...this.inflight].sort((a, b) => a - b)) {
        this.resent++;
        this.emit(i);
      }
      this.pump();
    });
  }

  get ackedCount(): number {
    return this.acked.filter(Boolean).length;
  }

  start(): void {
    this.pump();
  }

  private pump(): void {
    while (this.socket.connected && this.inflight.size < this.window && this.next < this.bodies.length) {
      const i = this.next++;
      this.inflight.add(i);
      this.emit(i);
    }
  }

  private emit(i: number): void {
    const connection = this.socket.io.engine;
    request(this.socket, 'message:send', { groupId: this.groupId, clientId: this.clientIds[i], body: this.bodies[i] }, 5000).then(
      (r) => {
        if (this.acked[i]) return;
        if (r.ok) {
          this.acked[i] = r.message;
          if (r.duplicate) this.duplicates++;
          this.inflight.delete(i);
          this.onAck(this.ackedCount);
          this.pump();
        } else if (r.error.code === 'RATE_LIMITED') {
          setTimeout(() => this.emit(i), r.error.retryAfterMs ?? 100);
        } else {
          this.failure = `message ${i} refused: ${r.error.code} ${r.error.message}`;
        }
      },
      () => {
        // Lost with the connection: the 'connect' handler resends it. Lost otherwise: resend now.
        if (this.socket.connected && this.socket.io.engine === connection) {
          this.resent++;
          this.emit(i);
        }
      },
    );
  }
}
