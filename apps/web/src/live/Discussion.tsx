import { useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MESSAGE_MAX_LENGTH, messageBodyProblem, type LiveError, type LiveMessage, type PresenceEntry } from '@tribune/domain';
import { userTimeZone } from '../i18n/format';
import { liveErrorMessage } from './errors';
import type { ConnectionState } from './LiveConnectionProvider';
import type { OutboxEntry } from './outbox';
import { useChannel, type ChannelView, type Typist } from './useChannel';
import { useMarkRead } from './useMarkRead';
import './live.css';

interface Props {
  groupId: string;
  /** A live meeting of the group: joining records the attendance, messages are said in it. */
  meetingId?: string;
  /** Heading level of the section's title. */
  headingOrder?: 2 | 3;
  /** Shows the people present inside the discussion (the live page shows them beside it). */
  showPresence?: boolean;
  /** A coordinator of the group or an administrator: may delete anyone's message (moderation). */
  canModerate?: boolean;
}

/** A group's discussion, joined while shown. */
export function Discussion({ groupId, meetingId, ...rest }: Props) {
  const view = useChannel(groupId, meetingId);
  return <DiscussionView view={view} {...rest} />;
}

/** The discussion of a joined channel: reconnect banner, presence, messages (each in its own direction), typing, composer. */
export function DiscussionView({
  view,
  headingOrder = 2,
  showPresence = true,
  canModerate = false,
}: Omit<Props, 'groupId' | 'meetingId'> & { view: ChannelView }) {
  const { t } = useTranslation();
  const titleId = useId();

  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm" className="live-discussion">
      <Title order={headingOrder} size="h3" id={titleId}>
        {t('live.discussion')}
      </Title>
      <ConnectionBanner state={view.connection} waiting={view.pending.filter((p) => p.status === 'sending').length} />
      {view.error && (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm" c="red.9">
            {t('live.joinError', { reason: liveErrorMessage(view.error, t) })}
          </Text>
        </Alert>
      )}
      {showPresence && <PresenceList presence={view.presence} userId={view.userId} headingOrder={headingOrder === 2 ? 3 : 4} />}
      <MessageLog view={view} canModerate={canModerate} />
      <TypingLine typing={view.typing} />
      <Composer onSend={view.send} onTyping={view.notifyTyping} />
    </Stack>
  );
}

/** A polite status, always in the page (so screen readers announce its changes), filled while the connection is down. */
export function ConnectionBanner({ state, waiting }: { state: ConnectionState; waiting: number }) {
  const { t } = useTranslation();
  const down = state === 'reconnecting' || state === 'offline';
  return (
    <div role="status" data-testid="connection-banner" data-state={state} className={down ? 'live-banner live-banner-down' : 'live-banner'}>
      {down && (
        <>
          <Text size="sm" fw={600}>
            {state === 'offline' ? t('live.offline') : t('live.reconnecting')}
          </Text>
          {waiting > 0 && <Text size="sm">{t('live.waiting', { count: waiting })}</Text>}
        </>
      )}
      {state === 'connecting' && (
        <Text size="sm" c="dimmed">
          {t('live.connecting')}
        </Text>
      )}
    </div>
  );
}

export function PresenceList({
  presence,
  userId,
  headingOrder = 3,
}: {
  presence: PresenceEntry[];
  userId: string | null;
  headingOrder?: 2 | 3 | 4;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Stack gap={4} component="section" aria-labelledby={id}>
      <Title order={headingOrder} size="h5" id={id}>
        {t('live.present', { count: presence.length })}
      </Title>
      {presence.length === 0 ? (
        <Text size="sm">{t('live.nobody')}</Text>
      ) : (
        <ul className="plain-list live-presence" aria-labelledby={id} data-testid="presence">
          {presence.map((p) => (
            <li key={p.userId}>
              <span className="live-dot" aria-hidden="true" />
              <bdi>{p.userId === userId ? t('live.you', { name: p.displayName }) : p.displayName}</bdi>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}

function MessageLog({ view, canModerate }: { view: ChannelView; canModerate: boolean }) {
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

function Clock({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={iso}>
      {new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', timeZone: userTimeZone() }).format(new Date(iso))}
    </time>
  );
}

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

function StoredMessage({ message: m, mine, sentHere, canModerate, onEdit, onRemove }: StoredMessageProps) {
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
        <bdi className="live-msg-author">{m.author.displayName}</bdi> <Clock iso={m.createdAt} />
        {m.editedAt && !m.deleted && <span> {t('live.edited')}</span>}
        {mine && sentHere && <span className="live-msg-status"> · {t('live.status.sent')}</span>}
      </div>
      {m.deleted ? (
        <p className="live-msg-body live-msg-deleted">{m.deletedByModerator ? t('live.deletedByModerator') : t('live.deleted')}</p>
      ) : mode === 'edit' ? (
        <EditForm initial={m.body} busy={busy} problem={problem} onSave={(body) => void run(() => onEdit(m.id, body))} onCancel={close} />
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

/** Editing one's message in place: Enter saves, Escape gives up. */
function EditForm({
  initial,
  busy,
  problem,
  onSave,
  onCancel,
}: {
  initial: string;
  busy: boolean;
  problem?: string;
  onSave: (body: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initial);
  const [invalid, setInvalid] = useState<string>();
  const n = length(body);

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    if (messageBodyProblem(body)) {
      setInvalid(
        body.trim() === ''
          ? t('live.emptyBody')
          : n > MESSAGE_MAX_LENGTH
            ? t('live.tooLong', { count: n, max: MESSAGE_MAX_LENGTH })
            : t('live.badCharacters'),
      );
      return;
    }
    if (body === initial) return onCancel();
    onSave(body);
  };

  return (
    <form onSubmit={save} noValidate className="live-edit">
      <Textarea
        label={t('live.editLabel')}
        value={body}
        onChange={(e) => {
          setBody(e.currentTarget.value);
          setInvalid(undefined);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          } else if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            save();
          }
        }}
        error={invalid ?? problem}
        autosize
        minRows={1}
        maxRows={6}
        dir="auto"
        autoFocus
        data-testid="edit-box"
      />
      <Group gap="xs" mt={4}>
        <Button type="submit" size="compact-sm" loading={busy}>
          {t('live.save')}
        </Button>
        <Button size="compact-sm" variant="default" onClick={onCancel}>
          {t('live.cancel')}
        </Button>
      </Group>
    </form>
  );
}

function PendingMessage({ entry, onRetry, onDiscard }: { entry: OutboxEntry; onRetry: () => void; onDiscard: () => void }) {
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
        <Clock iso={entry.createdAt} />{' '}
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

function TypingLine({ typing }: { typing: Typist[] }) {
  const { t } = useTranslation();
  const text =
    typing.length === 0
      ? ''
      : typing.length > 3
        ? t('live.typingMany')
        : t('live.typing', {
            count: typing.length,
            names: new Intl.ListFormat(undefined, { type: 'conjunction' }).format(typing.map((x) => x.displayName)),
          });
  // Not a live region: a screen reader would hear it every two seconds.
  return (
    <Text size="sm" c="dimmed" className="live-typing" data-testid="typing" dir="auto">
      {text}
    </Text>
  );
}

/** Characters as the server counts them (code points), so Arabic, Tigrinya or emoji count like Latin letters. */
const length = (s: string) => [...s].length;

function Composer({ onSend, onTyping }: { onSend: (body: string) => void; onTyping: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string>();
  const n = length(body);
  const over = n > MESSAGE_MAX_LENGTH;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const reason = messageBodyProblem(body);
    if (reason) {
      setProblem(
        body.trim() === ''
          ? t('live.emptyBody')
          : over
            ? t('live.tooLong', { count: n, max: MESSAGE_MAX_LENGTH })
            : t('live.badCharacters'),
      );
      return;
    }
    setProblem(undefined);
    onSend(body);
    setBody('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends; Shift+Enter goes to the line; an input method composing a word keeps its Enter.
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form onSubmit={submit} noValidate className="live-composer">
      <Textarea
        label={t('live.compose')}
        description={`${t('live.counter', { count: n, max: MESSAGE_MAX_LENGTH })} · ${t('live.composeHint')}`}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        value={body}
        onChange={(e) => {
          setBody(e.currentTarget.value);
          if (problem) setProblem(undefined);
          if (e.currentTarget.value) onTyping();
        }}
        onKeyDown={onKeyDown}
        error={problem ?? (over ? t('live.tooLong', { count: n, max: MESSAGE_MAX_LENGTH }) : undefined)}
        autosize
        minRows={2}
        maxRows={6}
        dir="auto"
        data-testid="composer"
      />
      <Group justify="flex-end" mt="xs">
        <Button type="submit">{t('live.send')}</Button>
      </Group>
    </form>
  );
}
