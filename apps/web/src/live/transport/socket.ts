import type { Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, LiveReplies, LiveRequests, ServerToClientEvents } from '@tribune/domain';

/** The web client's socket, typed with the shared event map of `@tribune/domain`. */
export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long a request waits for its acknowledgement before it counts as lost (slow 3G included). */
export const ACK_TIMEOUT_MS = 15_000;

/**
 * A socket to the API through the web server (`/socket.io`), not connected yet. WebSocket first,
 * long-polling when a network refuses WebSockets; reconnects by itself with a growing delay.
 * socket.io-client is loaded here, when a screen first needs the connection: not in the first download.
 */
export async function createLiveSocket(token: string): Promise<LiveSocket> {
  const { io } = await import('socket.io-client');
  return io({
    path: '/socket.io',
    auth: { token },
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    autoConnect: false,
    reconnection: true,
    reconnectionDelay: 1000,
    reconnectionDelayMax: 15_000,
    randomizationFactor: 0.5,
    timeout: 20_000,
  });
}

/** Emits a request and resolves with its acknowledgement; rejects when none came in time (or the connection dropped). */
export function request<E extends keyof LiveRequests>(
  socket: LiveSocket,
  event: E,
  payload: LiveRequests[E],
  timeoutMs = ACK_TIMEOUT_MS,
): Promise<Ack<LiveReplies[E]>> {
  const s = socket.timeout(timeoutMs) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<LiveReplies[E]>> };
  return s.emitWithAck(event, payload);
}

/** The user id inside a bearer token (a JWT's `sub`), to keep each person's unsent messages apart. */
export function userIdOfToken(token: string | null): string | null {
  if (!token) return null;
  try {
    const part = token.split('.')[1];
    if (!part) return null;
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const sub = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === 'string' && sub ? sub : null;
  } catch {
    return null;
  }
}
