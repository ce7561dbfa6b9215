import { useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveError, LiveMessage } from '@tribune/domain';
import { liveErrorMessage } from '../transport/errors';
import { MessageEditForm } from './MessageEditForm';
import { MessageTime } from './MessageTime';

/** A refused edit or deletion, in words the person can act on (its reason, else its code; no answer: the connection). */
function changeProblem(error: LiveError, t: TFunction): string {
  return error.reason || ['FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'BAD_USER_INPUT'].includes(error.code)
    ? liveErrorMessage(error, t)
    : t('live.changeFailed');
}

interface StoredMessageProps {
  message: LiveMessage;
  mine: boolean;
  sentHere: boolean;
  canModerate: boolean;
  onEdit: (messageId: string, body: string) => Promise<LiveError | null>;
  onRemove: (messageId: string) => Promise<LiveError | null>;
}

/** A message the server stored: read, edited in place, or deleted after a confirmation (focus returns where it was). */
export function StoredMessage({ message: m, mine, sentHere, canModerate, onEdit, onRemove }: StoredMessageProps) {
  const { t } = useTranslation();
  const bodyId = useId();
  const [mode, setMode] = useState<'read' | 'edit' | 'confirmDelete'>('read');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const item = useRef<HTMLLIElement>(null);
  const canEdit = mine && !m.deleted;
  const canDelete = !m.deleted && (mine || canModerate);

  const close = () => {
    setMode('read');
    setProblem(undefined);
    // Back to where the person was: the message's own "Edit" button, or the message once deleted.
    requestAnimationFrame(() => (editButton.current ?? item.current)?.focus());
  };
  const run = async (change: () => Promise<LiveError | null>) => {
    setBusy(true);
    const error = await change();
    setBusy(false);
    if (error) setProblem(changeProblem(error, t));
    else close();
  };

  return (
    <li
      ref={item}
      tabIndex={-1}
      className={mine ? 'live-msg live-msg-mine' : 'live-msg'}
      data-testid="live-message"
      data-seq={m.seq}
      data-client-id={m.clientId}
      data-status={mine && sentHere ? 'sent' : undefined}
    >
      <div className="live-msg-meta">
        <bdi className="live-msg-author">{m.author.displayName}</bdi> <MessageTime iso={m.createdAt} />
        {m.editedAt && !m.deleted && <span> {t('live.edited')}</span>}
        {mine && sentHere && <span className="live-msg-status"> · {t('live.status.sent')}</span>}
      </div>
      {m.deleted ? (
        <p className="live-msg-body live-msg-deleted">{m.deletedByModerator ? t('live.deletedByModerator') : t('live.deleted')}</p>
      ) : mode === 'edit' ? (
        <MessageEditForm
          initial={m.body}
          busy={busy}
          problem={problem}
          onSave={(body) => void run(() => onEdit(m.id, body))}
          onCancel={close}
        />
      ) : (
        // The message's own direction and an unknown language: an Arabic or Dari message reads right to left in a French page.
        <p className="live-msg-body" dir="auto" lang="" data-testid="live-message-body" id={bodyId}>
          {m.body}
        </p>
      )}
      {mode === 'confirmDelete' && (
        <Stack gap={4} mt={4}>
          <Text size="sm">{mine ? t('live.deleteConfirm') : t('live.moderateConfirm', { name: m.author.displayName })}</Text>
          {problem && (
            <Text size="sm" c="red.9" role="alert">
              {problem}
            </Text>
          )}
          <Group gap="xs">
            <Button
              size="compact-sm"
              color="#a51d1d"
              loading={busy}
              onClick={() => void run(() => onRemove(m.id))}
              data-autofocus
              autoFocus
            >
              {t('live.deleteYes')}
            </Button>
            <Button size="compact-sm" variant="default" onClick={close}>
              {t('live.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      {mode === 'read' && (canEdit || canDelete) && (
        <Group gap={4} className="live-msg-actions">
          {canEdit && (
            <Button ref={editButton} size="compact-xs" variant="subtle" aria-describedby={bodyId} onClick={() => setMode('edit')}>
              {t('live.edit')}
            </Button>
          )}
          {canDelete && (
            <Button size="compact-xs" variant="subtle" color="#a51d1d" aria-describedby={bodyId} onClick={() => setMode('confirmDelete')}>
              {mine ? t('live.delete') : t('live.moderate')}
            </Button>
          )}
        </Group>
      )}
    </li>
  );
}
