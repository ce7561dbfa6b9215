import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ErrorCode, HISTORY_PAGE_SIZE, TYPING_THROTTLE_MS, type LiveError, type LiveMessage, type PresenceEntry } from '@tribune/domain';
import { useLiveConnection, type ConnectionState } from '../transport/LiveConnectionProvider';
import { mergeMessages, type OutboxEntry } from '../transport/outbox';
import { request } from '../transport/socket';
import { loadChannelCopy, saveChannelCopy } from '../../offline/channel-copy';

/** A first visit to a long discussion shows its last messages only, not years of history over 3G. */
const FIRST_VISIT_MESSAGES = 100;
/** A join or a history page that failed is asked again after this long (while connected). */
const HISTORY_RETRY_MS = 3000;
/** How long "X is typing…" stays without a new signal. */
const TYPING_SHOWN_MS = TYPING_THROTTLE_MS * 2 + 1000;

export interface Typist {
  id: string;
  displayName: string;
}

export interface ChannelView {
  messages: LiveMessage[];
  /** Unacknowledged messages of this channel, oldest first. */
  pending: readonly OutboxEntry[];
  presence: PresenceEntry[];
  typing: Typist[];
  /** First join done (the history is there). */
  ready: boolean;
  /** Older messages exist that this view did not load. */
  olderNotLoaded: boolean;
  /** The last join was refused (FORBIDDEN, NOT_FOUND…). */
  error: LiveError | null;
  connection: ConnectionState;
  userId: string | null;
  send: (body: string) => void;
  retry: (clientId: string) => void;
  discard: (clientId: string) => void;
  wasSentHere: (clientId: string) => boolean;
  /** Tell the others the person is writing (throttled). */
  notifyTyping: () => void;
  /** Changes the text of one's own message; resolves with the refusal, or null once stored. */
  edit: (messageId: string, body: string) => Promise<LiveError | null>;
  /** Deletes one's own message (or, for a coordinator of the group or an administrator, anyone's). */
  remove: (messageId: string) => Promise<LiveError | null>;
}

/** What a request that got no answer (connection down, too slow) is reported as. */
const NO_ANSWER: LiveError = { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'No answer from the server.' };

const NO_ENTRIES: readonly OutboxEntry[] = [];

/**
 * One group's discussion: joins the channel on every (re)connection with the highest seq held
 * (catch-up), pages on while `hasMore`, merges live events by seq, keeps presence and typing,
 * and sends through the outbox. `meetingId` (a live meeting) records the attendance.
 */
export function useChannel(groupId: string, meetingId?: string): ChannelView {
  const { socket, state, outbox, userId } = useLiveConnection();
  const [messages, setMessages] = useState<LiveMessage[]>([]);
  const [presence, setPresence] = useState<PresenceEntry[]>([]);
  const [typing, setTyping] = useState<Array<Typist & { until: number }>>([]);
  const [ready, setReady] = useState(false);
  const [olderNotLoaded, setOlderNotLoaded] = useState(false);
  const [error, setError] = useState<LiveError | null>(null);
  /** The highest seq held (live messages included). */
  const lastSeq = useRef(0);
  /**
   * Every message up to this seq is held (or deliberately left on the server, see
   * FIRST_VISIT_MESSAGES): where a (re)join resumes. Live messages that arrive while the history is
   * still paging in raise lastSeq, not this, so a catch-up cut short leaves no hole behind it.
   */
  const caughtUpTo = useRef(0);
  /** The catch-up is over: live messages extend the held run. */
  const caughtUp = useRef(false);
  const lastTypingSent = useRef(0);

  const add = useCallback((incoming: LiveMessage[]) => {
    if (incoming.length === 0) return;
    for (const m of incoming) if (m.seq > lastSeq.current) lastSeq.current = m.seq;
    if (caughtUp.current) caughtUpTo.current = lastSeq.current;
    setMessages((current) => mergeMessages(current, incoming));
  }, []);

  // A new channel: start from nothing.
  useEffect(() => {
    lastSeq.current = 0;
    caughtUpTo.current = 0;
    caughtUp.current = false;
    setMessages([]);
    setReady(false);
    setOlderNotLoaded(false);
    setError(null);
    setPresence([]);
    setTyping([]);
  }, [groupId]);

  // Offline, the last messages kept on this device show until the first join brings the channel (issue 16).
  useEffect(() => {
    if (!userId) return;
    let cancelled = false;
    void loadChannelCopy(userId, groupId).then((kept) => {
      if (!cancelled && kept.length > 0 && lastSeq.current === 0) setMessages((current) => (current.length > 0 ? current : kept));
    });
    return () => {
      cancelled = true;
    };
  }, [userId, groupId]);
  useEffect(() => {
    if (ready && userId) saveChannelCopy(userId, groupId, messages);
  }, [ready, userId, groupId, messages]);

  // Join (and catch up) on every connection.
  useEffect(() => {
    if (!socket) return;
    let cancelled = false;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;

    const join = async () => {
      const firstVisit = caughtUpTo.current === 0;
      caughtUp.current = false;
      try {
        const reply = await request(socket, 'channel:join', { groupId, afterSeq: caughtUpTo.current, ...(meetingId ? { meetingId } : {}) });
        if (cancelled) return;
        if (!reply.ok) {
          setError(reply.error);
          return;
        }
        setError(null);
        setPresence(reply.presence);
        add(reply.messages);
        let hasMore = reply.hasMore;
        let after = reply.messages.at(-1)?.seq ?? caughtUpTo.current;
        if (hasMore && firstVisit && reply.lastSeq - after > HISTORY_PAGE_SIZE) {
          // Skip to the end of a long history; what lies between stays on the server.
          after = reply.lastSeq - FIRST_VISIT_MESSAGES;
          setMessages([]);
          lastSeq.current = 0;
          setOlderNotLoaded(true);
        } else if (firstVisit && reply.messages.length > 0 && reply.messages[0].seq > 1) {
          setOlderNotLoaded(true);
        }
        caughtUpTo.current = after;
        while (hasMore && !cancelled) {
          const page = await request(socket, 'channel:history', { groupId, afterSeq: after });
          if (cancelled) return;
          if (!page.ok) {
            // Show what is held, and fetch the rest again shortly from where the run stops.
            setReady(true);
            if (socket.connected) retryTimer = setTimeout(() => void join(), HISTORY_RETRY_MS);
            return;
          }
          add(page.messages);
          hasMore = page.hasMore && page.messages.length > 0;
          after = page.messages.at(-1)?.seq ?? after;
          caughtUpTo.current = after;
        }
        if (cancelled) return;
        caughtUpTo.current = Math.max(after, lastSeq.current);
        caughtUp.current = true;
        setReady(true);
      } catch {
        // No answer in time: try again while connected (the next connect joins anyway).
        if (!cancelled && socket.connected) retryTimer = setTimeout(() => void join(), HISTORY_RETRY_MS);
      }
    };

    const onNew = (m: LiveMessage) => {
      if (m.groupId === groupId) add([m]);
    };
    // Someone whose new message arrived has stopped typing; handled in event order, so a typing
    // signal that follows the message is kept.
    const onArrived = (m: LiveMessage) => {
      onNew(m);
      if (m.groupId === groupId)
        setTyping((list) => (list.some((x) => x.id === m.author.id) ? list.filter((x) => x.id !== m.author.id) : list));
    };
    const onPresence = (u: { groupId: string; present: PresenceEntry[] }) => {
      if (u.groupId === groupId) setPresence(u.present);
    };
    const onTyping = (n: { groupId: string; user: Typist }) => {
      if (n.groupId !== groupId) return;
      const until = Date.now() + TYPING_SHOWN_MS;
      setTyping((list) => [...list.filter((x) => x.id !== n.user.id), { id: n.user.id, displayName: n.user.displayName, until }]);
    };
    const onConnect = () => void join();

    socket.on('connect', onConnect);
    socket.on('message:new', onArrived);
    socket.on('message:updated', onNew);
    socket.on('presence:update', onPresence);
    socket.on('typing', onTyping);
    if (socket.connected) void join();

    return () => {
      cancelled = true;
      clearTimeout(retryTimer);
      socket.off('connect', onConnect);
      socket.off('message:new', onArrived);
      socket.off('message:updated', onNew);
      socket.off('presence:update', onPresence);
      socket.off('typing', onTyping);
      if (socket.connected) socket.emit('channel:leave', { groupId });
    };
  }, [socket, groupId, meetingId, add]);

  // A message acknowledged goes into the list in the same render as it leaves the outbox.
  useEffect(() => {
    if (!outbox) return;
    return outbox.onSent((message) => {
      if (message.groupId === groupId) add([message]);
    });
  }, [outbox, groupId, add]);

  // Old typing notices expire.
  useEffect(() => {
    if (typing.length === 0) return;
    const timer = setInterval(() => setTyping((list) => list.filter((x) => x.until > Date.now())), 1000);
    return () => clearInterval(timer);
  }, [typing.length]);

  const allPending = useSyncExternalStore(
    useCallback((l: () => void) => outbox?.subscribe(l) ?? (() => undefined), [outbox]),
    () => outbox?.entries() ?? NO_ENTRIES,
    () => NO_ENTRIES,
  );
  // A pending message already in the list (stored, its ack lost) shows once: as the stored one.
  const pending = allPending.filter(
    (e) => e.groupId === groupId && !messages.some((m) => m.clientId === e.clientId && m.author.id === userId),
  );

  const send = useCallback((body: string) => void outbox?.add(groupId, body, meetingId), [outbox, groupId, meetingId]);
  const retry = useCallback((clientId: string) => outbox?.retry(clientId), [outbox]);
  const discard = useCallback((clientId: string) => outbox?.discard(clientId), [outbox]);
  const wasSentHere = useCallback((clientId: string) => outbox?.wasSentHere(clientId) ?? false, [outbox]);
  const notifyTyping = useCallback(() => {
    const now = Date.now();
    if (!socket?.connected || now - lastTypingSent.current < TYPING_THROTTLE_MS) return;
    lastTypingSent.current = now;
    socket.emit('typing', { groupId });
  }, [socket, groupId]);

  // Edits and deletions go straight to the server (not through the outbox): they need the connection.
  const change = useCallback(
    async (run: (s: NonNullable<typeof socket>) => ReturnType<typeof request<'message:edit'>>): Promise<LiveError | null> => {
      if (!socket?.connected) return NO_ANSWER;
      try {
        const reply = await run(socket);
        if (!reply.ok) return reply.error;
        add([reply.message]);
        return null;
      } catch {
        return NO_ANSWER;
      }
    },
    [socket, add],
  );
  const edit = useCallback((messageId: string, body: string) => change((s) => request(s, 'message:edit', { messageId, body })), [change]);
  const remove = useCallback((messageId: string) => change((s) => request(s, 'message:delete', { messageId })), [change]);

  return {
    messages,
    pending,
    presence,
    typing: typing.filter((x) => x.id !== userId),
    ready,
    olderNotLoaded,
    error,
    connection: state,
    userId,
    send,
    retry,
    discard,
    wasSentHere,
    notifyTyping,
    edit,
    remove,
  };
}
