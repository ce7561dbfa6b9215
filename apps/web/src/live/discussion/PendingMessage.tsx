import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { liveErrorMessage } from '../transport/errors';
import type { OutboxEntry } from '../transport/outbox';
import { MessageTime } from './MessageTime';

/** One of the person's messages not acknowledged yet: sending, or failed with its reason and what to do. */
export function PendingMessage({ entry, onRetry, onDiscard }: { entry: OutboxEntry; onRetry: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  const failed = entry.status === 'failed';
  return (
    <li
      className={failed ? 'live-msg live-msg-mine live-msg-failed' : 'live-msg live-msg-mine live-msg-pending'}
      data-testid="live-message"
      data-client-id={entry.clientId}
      data-status={entry.status}
    >
      <div className="live-msg-meta">
        <MessageTime iso={entry.createdAt} />{' '}
        <span className="live-msg-status">· {failed ? t('live.status.failed') : t('live.status.sending')}</span>
      </div>
      <p className="live-msg-body" dir="auto" lang="" data-testid="live-message-body">
        {entry.body}
      </p>
      {failed && (
        <Stack gap={4} mt={4}>
          <Text size="sm" c="red.9">
            {t('live.failedBecause', { reason: liveErrorMessage(entry.error, t) })}
          </Text>
          <Group gap="xs">
            <Button size="compact-sm" onClick={onRetry}>
              {t('live.retry')}
            </Button>
            <Button size="compact-sm" variant="default" onClick={onDiscard}>
              {t('live.discard')}
            </Button>
          </Group>
        </Stack>
      )}
    </li>
  );
}
