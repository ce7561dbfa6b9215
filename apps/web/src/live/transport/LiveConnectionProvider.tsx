import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { LiveConnectErrorData } from '@tribune/domain';
import { session, useSession } from '../../auth/session';
import { Outbox, outboxKey } from './outbox';
import { idbAvailable } from '../../offline/idb';
import { indexedDbOutbox, requestBackgroundSend } from '../../offline/outbox-store';
import { createLiveSocket, request, userIdOfToken, type LiveSocket } from './socket';

/**
 * - `idle`: no screen needs the live connection and nothing waits to be sent;
 * - `connecting`: first attempt; `connected`;
 * - `reconnecting`: the connection dropped, attempts continue with a growing delay;
 * - `offline`: the device says it has no network (attempts resume when it comes back).
 */
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface LiveConnection {
  socket: LiveSocket | null;
  state: ConnectionState;
  /** The signed-in person's unsent messages (null when logged out). */
  outbox: Outbox | null;
  userId: string | null;
  /** A screen that needs the connection holds it while mounted; returns the release. */
  hold: () => () => void;
}

const LiveContext = createContext<LiveConnection | null>(null);

/** After the last screen lets go, keep the socket a while: moving between pages does not reconnect. */
const LINGER_MS = 30_000;

interface Props {
  children: ReactNode;
  /** Tests pass a fake socket. The app's own comes with socket.io-client, loaded when first needed (not in the first download). */
  createSocket?: (token: string) => LiveSocket | Promise<LiveSocket>;
}

/**
 * The one live connection of the app: a socket.io-client socket with the shared typed event map,
 * the session's token, WebSocket first, reconnection with backoff. It connects while a screen
 * holds it or while messages wait in the outbox (so they leave after a reload on any page), and
 * sends those messages on every (re)connection.
 */
export function LiveConnectionProvider({ children, createSocket = createLiveSocket }: Props) {
  const { token } = useSession();
  const userId = useMemo(() => userIdOfToken(token), [token]);
  const socketRef = useRef<LiveSocket | null>(null);
  const [socket, setSocket] = useState<LiveSocket | null>(null);
  const [state, setState] = useState<ConnectionState>('idle');
  const [holders, setHolders] = useState(0);
  const [lingering, setLingering] = useState(false);

  // The socket belongs to whoever is signed in now: a previous person's outbox never sends through it.
  const currentUser = useRef(userId);
  useEffect(() => {
    currentUser.current = userId;
  }, [userId]);
  const outbox = useMemo(() => {
    if (!userId) return null;
    const mine = () => currentUser.current === userId && socketRef.current?.connected === true;
    return new Outbox({
      key: outboxKey(userId),
      // In IndexedDB where the browser has it, so the service worker can send it with every tab closed.
      ...(idbAvailable() ? { store: indexedDbOutbox(userId), onQueuedOffline: requestBackgroundSend } : {}),
      transport: {
        send: (req) => (mine() ? request(socketRef.current!, 'message:send', req) : Promise.reject(new Error('not connected'))),
        isConnected: mine,
      },
    });
  }, [userId]);
  const unsent = useSyncExternalStore(
    useCallback((l: () => void) => outbox?.subscribe(l) ?? (() => undefined), [outbox]),
    () => outbox?.hasUnsent() ?? false,
    () => false,
  );

  // Stay connected a little after the last holder leaves.
  useEffect(() => {
    if (holders > 0) {
      setLingering(true);
      return;
    }
    const timer = setTimeout(() => setLingering(false), LINGER_MS);
    return () => clearTimeout(timer);
  }, [holders]);

  const wanted = !!token && (holders > 0 || lingering || unsent);

  /** Follows one socket until the returned function ends it. */
  const connect = useCallback(
    (s: LiveSocket): (() => void) => {
      socketRef.current = s;
      setSocket(s);

      const onConnect = () => {
        setState('connected');
        outbox?.pump();
      };
      const onDisconnect = (reason: string) => {
        outbox?.reset();
        setState(isOffline() ? 'offline' : 'reconnecting');
        // The server closed it (not a network loss): socket.io does not retry by itself then.
        if (reason === 'io server disconnect' && !isOffline()) s.connect();
      };
      const onConnectError = (error: Error & { data?: LiveConnectErrorData }) => {
        if (error.data?.code === 'UNAUTHENTICATED') {
          session.expire();
          return;
        }
        setState(isOffline() ? 'offline' : 'reconnecting');
      };
      // Browsers keep a WebSocket "open" for a long time after the network went away: the device's
      // own signal ends it at once (the banner shows, messages wait) and brings it back at once.
      const onOffline = () => {
        s.disconnect();
        outbox?.reset();
        setState('offline');
      };
      const onOnline = () => {
        if (!s.connected) {
          setState('reconnecting');
          s.connect();
        }
      };
      s.on('connect', onConnect);
      s.on('disconnect', onDisconnect);
      s.on('connect_error', onConnectError);
      window.addEventListener('offline', onOffline);
      window.addEventListener('online', onOnline);
      if (!isOffline()) s.connect();

      return () => {
        window.removeEventListener('offline', onOffline);
        window.removeEventListener('online', onOnline);
        s.off('connect', onConnect);
        s.off('disconnect', onDisconnect);
        s.off('connect_error', onConnectError);
        s.disconnect();
        outbox?.reset();
        socketRef.current = null;
        setSocket(null);
        setState('idle');
      };
    },
    [outbox],
  );

  useEffect(() => {
    if (!wanted || !token) return;
    setState(isOffline() ? 'offline' : 'connecting');
    const made = createSocket(token);
    if (!(made instanceof Promise)) return connect(made);
    let stop: (() => void) | undefined;
    let cancelled = false;
    void made.then((s) => {
      if (!cancelled) stop = connect(s);
    });
    return () => {
      cancelled = true;
      stop?.();
      if (!stop) setState('idle');
    };
  }, [wanted, token, connect, createSocket]);

  const hold = useCallback(() => {
    setHolders((n) => n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      setHolders((n) => n - 1);
    };
  }, []);

  const value = useMemo<LiveConnection>(() => ({ socket, state, outbox, userId, hold }), [socket, state, outbox, userId, hold]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** The live connection, held while the calling component is mounted. */
export function useLiveConnection(): LiveConnection {
  const live = useContext(LiveContext);
  if (!live) throw new Error('useLiveConnection needs a LiveConnectionProvider');
  const { hold } = live;
  useEffect(() => hold(), [hold]);
  return live;
}
