import { useLayoutEffect, useRef, useState } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PendingMessage } from './PendingMessage';
import { StoredMessage } from './StoredMessage';
import type { ChannelView } from './useChannel';
import { useMarkRead } from './useMarkRead';

/** The channel's messages, stored then waiting, following the conversation while the reader is at its end. */
export function MessageLog({ view, canModerate }: { view: ChannelView; canModerate: boolean }) {
  const { t } = useTranslation();
  const logRef = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const [atLatest, setAtLatest] = useState(true);
  const count = view.messages.length + view.pending.length;
  const last = view.messages.at(-1);
  // What is on screen counts as read: the newest message, once the reader is down there.
  useMarkRead(last?.groupId, last?.seq ?? 0, view.ready && atLatest);

  // Follow the conversation while the reader is at the bottom; leave them where they are if they scrolled up.
  useLayoutEffect(() => {
    const el = logRef.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [count]);

  return (
    <div
      ref={logRef}
      className="live-log"
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      aria-busy={!view.ready}
      aria-label={t('live.messages')}
      tabIndex={0}
      data-testid="message-log"
      onScroll={(e) => {
        const el = e.currentTarget;
        stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
        if (stick.current !== atLatest) setAtLatest(stick.current);
      }}
    >
      {view.olderNotLoaded && (
        <Text size="sm" c="dimmed" ta="center" py={4}>
          {t('live.olderNotLoaded')}
        </Text>
      )}
      {view.ready && count === 0 && (
        <Text size="sm" c="dimmed" p="xs">
          {t('live.empty')}
        </Text>
      )}
      <ol className="plain-list live-messages">
        {view.messages.map((m) => (
          <StoredMessage
            key={m.seq}
            message={m}
            mine={m.author.id === view.userId}
            sentHere={view.wasSentHere(m.clientId)}
            canModerate={canModerate}
            onEdit={view.edit}
            onRemove={view.remove}
          />
        ))}
        {view.pending.map((p) => (
          <PendingMessage key={p.clientId} entry={p} onRetry={() => view.retry(p.clientId)} onDiscard={() => view.discard(p.clientId)} />
        ))}
      </ol>
    </div>
  );
}
