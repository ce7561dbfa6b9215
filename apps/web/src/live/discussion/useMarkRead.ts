import { useEffect, useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import { MarkChannelReadMutation } from '../operations';

/** Wait this long after the last new message before saying how far the person read (one request per burst). */
export const MARK_READ_DELAY_MS = 1500;

/**
 * Tells the API how far the person has read a group's discussion while it is on screen:
 * debounced, only when the page is visible and the reader is at the latest messages, and never
 * twice for the same position.
 */
export function useMarkRead(groupId: string | undefined, lastSeq: number, atLatest: boolean) {
  const [mark] = useMutation(MarkChannelReadMutation);
  const marked = useRef(new Map<string, number>());

  useEffect(() => {
    if (!groupId || lastSeq <= 0 || !atLatest) return;
    if ((marked.current.get(groupId) ?? 0) >= lastSeq) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      clearTimeout(timer);
      if (document.visibilityState === 'hidden') return;
      timer = setTimeout(() => {
        marked.current.set(groupId, lastSeq);
        // A failure (offline, logged out) only leaves the count as it was: the next message tries again.
        void mark({ variables: { input: { groupId, seq: lastSeq } } }).catch(() => marked.current.delete(groupId));
      }, MARK_READ_DELAY_MS);
    };
    attempt();
    document.addEventListener('visibilitychange', attempt);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', attempt);
    };
  }, [groupId, lastSeq, atLatest, mark]);
}
