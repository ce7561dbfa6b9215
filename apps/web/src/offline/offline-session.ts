import { session } from '../auth/session';
import { userIdOfToken } from '../live/transport/socket';
import { deleteCacheCopy } from './persisted-cache';
import { deleteChannelCopies } from './channel-copy';
import { idb, idbAvailable } from './idb';

/** The signed-in person's token, for the service worker to send their waiting messages with (Background Sync). */
export interface SessionCopy {
  userId: string;
  token: string;
}

/**
 * Follows the session: while someone is signed in, the worker gets their token; at logout (or
 * expiry) the token and every offline copy of what they read are deleted (their unsent messages
 * stay, under their id, for their next login). A different account never sees the previous
 * one's copies: each copy carries its person's id.
 */
export function followSessionOffline(): () => void {
  if (!idbAvailable()) return () => undefined;
  const follow = () => {
    const token = session.token();
    const userId = userIdOfToken(token);
    const work =
      token && userId
        ? idb.put('copies', { userId, token } satisfies SessionCopy, 'session')
        : Promise.all([idb.delete('copies', 'session'), deleteCacheCopy(), deleteChannelCopies()]);
    void work.catch(() => undefined);
  };
  follow();
  return session.subscribe(follow);
}
