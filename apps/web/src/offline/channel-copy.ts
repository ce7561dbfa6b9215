import type { LiveMessage } from '@tribune/domain';
import { idb, idbAvailable } from './idb';

/**
 * The last messages of each channel the person read, kept in IndexedDB so a discussion is readable
 * offline (before the socket's catch-up replaces them). One record per channel, with its person's id.
 */
export const KEPT_MESSAGES = 50;
const PREFIX = 'messages:';

interface ChannelCopy {
  userId: string;
  messages: LiveMessage[];
}

export async function loadChannelCopy(userId: string, groupId: string): Promise<LiveMessage[]> {
  if (!idbAvailable()) return [];
  try {
    const copy = await idb.get<ChannelCopy>('copies', PREFIX + groupId);
    return copy && copy.userId === userId ? copy.messages : [];
  } catch {
    return [];
  }
}

export function saveChannelCopy(userId: string, groupId: string, messages: readonly LiveMessage[]): void {
  if (!idbAvailable()) return;
  const copy: ChannelCopy = { userId, messages: messages.slice(-KEPT_MESSAGES) };
  void idb.put('copies', copy, PREFIX + groupId).catch(() => undefined);
}

export function deleteChannelCopies(): Promise<void> {
  return idbAvailable()
    ? idb
        .deletePrefix('copies', PREFIX)
        .then(() => undefined)
        .catch(() => undefined)
    : Promise.resolve();
}
