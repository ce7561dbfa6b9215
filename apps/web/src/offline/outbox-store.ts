import type { OutboxEntry, OutboxStorage } from '../live/transport/outbox';
import { idb } from './idb';

/** A person's unsent messages in IndexedDB, one record per clientId (the service worker reads and clears the same records). */
export type StoredOutboxEntry = OutboxEntry & { userId: string };

export const OUTBOX_SYNC_TAG = 'tribune-outbox';

export function indexedDbOutbox(userId: string): OutboxStorage {
  return {
    load: async () =>
      (await idb.getAllBy<StoredOutboxEntry>('outbox', 'userId', userId))
        .map(({ userId: _owner, ...entry }) => entry)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    put: (entry) => idb.put('outbox', { ...entry, userId } satisfies StoredOutboxEntry),
    remove: (clientId) => idb.delete('outbox', clientId).then(() => undefined),
  };
}

/**
 * Asks the browser to wake the service worker when the network is back (Background Sync, where
 * the browser has it): it sends what waits even if every tab was closed. Elsewhere the next open does.
 */
export function requestBackgroundSend(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then((registration) =>
      (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }).sync?.register(OUTBOX_SYNC_TAG),
    )
    .catch(() => undefined);
}
