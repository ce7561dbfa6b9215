import { io } from 'socket.io-client';
import type { Ack, ClientToServerEvents, MessageSendReply, ServerToClientEvents } from '@tribune/domain';
import type { Socket } from 'socket.io-client';
import { retriesLater } from '../live/transport/outbox';
import { ACK_TIMEOUT_MS } from '../live/transport/socket';
import { idb } from './idb';
import type { StoredOutboxEntry } from './outbox-store';
import type { SessionCopy } from './offline-session';

/**
 * The service worker's side of the outbox (Background Sync): with the token the page left in
 * IndexedDB, it connects to the live socket (WebSocket only: workers have no XMLHttpRequest for
 * long-polling) and sends the person's waiting messages, oldest first, with the clientIds they were
 * written with; the server stores each clientId once, so a page sending the same ones meanwhile
 * makes no second message. An acknowledged message leaves the store; a refusal that sending again
 * cannot fix is marked failed for the page to show; anything else throws, and the browser tries
 * the sync again later.
 */
export async function flushOutbox(origin: string): Promise<number> {
  const session = await idb.get<SessionCopy>('copies', 'session');
  if (!session) return 0;
  const waiting = (await idb.getAllBy<StoredOutboxEntry>('outbox', 'userId', session.userId))
    .filter((e) => e.status === 'sending')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (waiting.length === 0) return 0;

  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(origin, {
    path: '/socket.io',
    auth: { token: session.token },
    transports: ['websocket'],
    reconnection: false,
    timeout: ACK_TIMEOUT_MS,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (e) => reject(e));
    });
    let sent = 0;
    for (const entry of waiting) {
      const { userId: _owner, status: _status, error: _error, createdAt: _at, ...request } = entry;
      const ack = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('message:send', request)) as Ack<MessageSendReply>;
      if (ack.ok) {
        await idb.delete('outbox', entry.clientId);
        sent++;
        continue;
      }
      const { code, reason, params, message } = ack.error;
      if (code === 'UNAUTHENTICATED' || retriesLater(code)) throw new Error(`message:send ${code}: later`);
      await idb.put('outbox', { ...entry, status: 'failed', error: { code, reason, params, message } } satisfies StoredOutboxEntry);
    }
    return sent;
  } finally {
    socket.disconnect();
  }
}
