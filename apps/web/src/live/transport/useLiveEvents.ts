import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ServerToClientEvents } from '@tribune/domain';
import { useLiveConnection, type LiveConnection } from './LiveConnectionProvider';

/**
 * What a screen does on the live events it listens to: one handler per server event, and
 * `connect` for every (re)connection (events may have been missed while the connection was down).
 */
export type LiveEventHandlers = { [E in keyof ServerToClientEvents]?: ServerToClientEvents[E] } & { connect?: () => void };

/**
 * Listens to live events while the calling component is mounted (and holds the connection).
 * The handlers may change on every render: the latest ones are called, and the socket's listeners
 * are added once per socket and set of event names, then removed on unmount.
 */
export function useLiveEvents(handlers: LiveEventHandlers): LiveConnection {
  const live = useLiveConnection();
  const { socket } = live;
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const names = Object.keys(handlers).sort().join(' ');

  useEffect(() => {
    if (!socket || !names) return;
    const listening = names.split(' ').map((name) => {
      const listener = (...args: unknown[]) =>
        (latest.current[name as keyof LiveEventHandlers] as ((...a: unknown[]) => void) | undefined)?.(...args);
      socket.on(name as 'connect', listener);
      return () => socket.off(name as 'connect', listener);
    });
    return () => listening.forEach((stop) => stop());
  }, [socket, names]);

  return live;
}
