import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal, ConfirmButtons } from '../ui/ConfirmDialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { MoveButtons, useMoveFocus, type MoveDirection } from '../ui/MoveButtons';

export interface AgendaEntry {
  id: string;
  title: string;
  description?: string | null;
  durationMinutes?: number | null;
}

interface Props {
  items: AgendaEntry[];
  /** Whether the person may reorder (move buttons show only then). */
  editable: boolean;
  /** Saves the new order (all ids); throw to undo the move. */
  onReorder: (ids: string[]) => Promise<void>;
  currentId?: string | null;
  /** Saves an item's new wording and duration (edit buttons show when given); throw to keep the form open. */
  onUpdate?: (id: string, changes: AgendaChanges) => Promise<void>;
  /** Removes an item (remove buttons show when given); throw to keep the confirmation open. */
  onRemove?: (id: string) => Promise<void>;
}

export interface AgendaChanges {
  title: string;
  description: string;
  durationMinutes: number | null;
}

/**
 * The agenda as an ordered list. Coordinators move an item with its "up" and "down" buttons
 * (named after the item); the move is announced in a live region and focus follows the item.
 * They also edit an item in place and remove one after confirming.
 */
export function AgendaEditor({ items, editable, onReorder, currentId, onUpdate, onRemove }: Props) {
  const { t } = useTranslation();
  const [order, setOrder] = useState(items);
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const [editingId, setEditingId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<AgendaEntry | null>(null);
  /** A button to focus once the list has re-rendered (after an edit or a removal). */
  const focusKey = useRef<string | null>(null);

  // The server's order wins whenever it changes, except while moves are being saved (it would
  // undo the later ones for a moment); once they are all saved, the latest server order.
  const [saving, setSaving] = useState(0);
  useEffect(() => {
    if (saving === 0) setOrder(items);
  }, [items, saving]);

  // Layout effect: focus moves in the same commit, never resting on <body> in between.
  useLayoutEffect(() => {
    if (focusKey.current && buttons.current.get(focusKey.current)) {
      buttons.current.get(focusKey.current)?.focus();
      focusKey.current = null;
    }
  }, [order, editingId, removing]);
  const moveFocus = useMoveFocus(order);

  const closeEditor = (item: AgendaEntry, saved: boolean) => {
    focusKey.current = `${item.id}:edit`;
    setEditingId(null);
    if (saved) setAnnouncement(t('meetingAdmin.itemUpdated', { title: item.title }));
  };

  const keepItem = () => {
    if (removing) focusKey.current = `${removing.id}:remove`;
    setRemoving(null);
  };

  // Focus goes to the item that takes the removed one's place, or the one before it.
  const neighbour = useRef<string | null>(null);
  const askRemove = (index: number) => {
    neighbour.current = (order[index + 1] ?? order[index - 1])?.id ?? null;
    setRemoving(order[index]);
  };
  const removed = (item: AgendaEntry) => {
    focusKey.current = neighbour.current ? `${neighbour.current}:edit` : null;
    setRemoving(null);
    setAnnouncement(t('meetingAdmin.itemRemoved', { title: item.title }));
  };

  const move = async (index: number, dir: MoveDirection) => {
    const target = dir === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= order.length) return;
    const previous = order;
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(target, 0, item);
    moveFocus.follow(item.id, dir);
    setOrder(next);
    setAnnouncement(t('agenda.moved', { title: item.title, position: target + 1, total: next.length }));
    setSaving((n) => n + 1);
    try {
      await onReorder(next.map((i) => i.id));
    } catch {
      setOrder(previous);
      setAnnouncement(t('agenda.moveFailed', { title: item.title }));
    } finally {
      setSaving((n) => n - 1);
    }
  };

  return (
    <>
      {order.length === 0 ? (
        <Text>{t('agenda.empty')}</Text>
      ) : (
        <Stack component="ol" className="plain-list" gap="xs" aria-label={t('agenda.title')} data-testid="agenda">
          {order.map((item, index) => (
            <Paper
              component="li"
              key={item.id}
              withBorder
              p="xs"
              data-testid="agenda-item"
              bg={item.id === currentId ? 'indigo.0' : undefined}
              aria-current={item.id === currentId ? 'step' : undefined}
            >
              {editingId === item.id && onUpdate ? (
                <AgendaItemForm
                  item={item}
                  onSave={(changes) => onUpdate(item.id, changes)}
                  onClose={(saved) => closeEditor(item, saved)}
                />
              ) : (
                <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600} data-testid="agenda-title">
                      <span aria-hidden="true">{index + 1}. </span>
                      {item.title}
                    </Text>
                    {item.description && <Text size="sm">{item.description}</Text>}
                    {item.durationMinutes ? (
                      <Text size="sm" c="dimmed">
                        {t('schedule.minutes', { count: item.durationMinutes })}
                      </Text>
                    ) : null}
                    {editable && (onUpdate || onRemove) && (
                      <Group gap="xs" mt={4} wrap="wrap">
                        {onUpdate && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            ref={(el) => {
                              buttons.current.set(`${item.id}:edit`, el);
                            }}
                            aria-label={t('meetingAdmin.editItem', { title: item.title })}
                            onClick={() => setEditingId(item.id)}
                          >
                            {t('meetingAdmin.edit')}
                          </Button>
                        )}
                        {onRemove && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            c="red.9"
                            ref={(el) => {
                              buttons.current.set(`${item.id}:remove`, el);
                            }}
                            aria-label={t('meetingAdmin.removeItem', { title: item.title })}
                            onClick={() => askRemove(index)}
                          >
                            {t('meetingAdmin.remove')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </div>
                  {editable && (
                    <Group gap={4} wrap="nowrap">
                      <MoveButtons
                        id={item.id}
                        focus={moveFocus}
                        upLabel={t('agenda.moveUp', { title: item.title })}
                        downLabel={t('agenda.moveDown', { title: item.title })}
                        canMoveUp={index !== 0}
                        canMoveDown={index !== order.length - 1}
                        onMove={(dir) => void move(index, dir)}
                      />
                    </Group>
                  )}
                </Group>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      <div aria-live="polite" role="status" className="visually-hidden" data-testid="agenda-announcer">
        {announcement}
      </div>
      {onRemove && (
        <AppModal
          opened={removing !== null}
          onClose={keepItem}
          returnFocus={false}
          title={removing ? t('meetingAdmin.removeTitle', { title: removing.title }) : ''}
        >
          {removing && (
            <RemoveConfirmation
              key={removing.id}
              onConfirm={() => onRemove(removing.id)}
              onDone={() => removed(removing)}
              onKeep={keepItem}
            />
          )}
        </AppModal>
      )}
    </>
  );
}

/** "" -> null, else a positive whole number of minutes, or undefined when invalid. */
function minutes(value: string): number | null | undefined {
  if (!value.trim()) return null;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function AgendaItemForm({
  item,
  onSave,
  onClose,
}: {
  item: AgendaEntry;
  onSave: (changes: AgendaChanges) => Promise<void>;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(item.title);
  const [description, setDescription] = useState(item.description ?? '');
  const [duration, setDuration] = useState(item.durationMinutes ? String(item.durationMinutes) : '');
  const [errors, setErrors] = useState<{ title?: string; duration?: string }>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const durationMinutes = minutes(duration);
    const next = {
      title: title.trim() ? undefined : t('auth.required'),
      duration: durationMinutes === undefined ? t('meetingAdmin.durationError') : undefined,
    };
    setErrors(next);
    if (next.title || next.duration || durationMinutes === undefined) return;
    setSaving(true);
    setError(null);
    try {
      await onSave({ title: title.trim(), description: description.trim(), durationMinutes });
      onClose(true);
    } catch (e) {
      setError(e);
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('meetingAdmin.editItemForm', { title: item.title })}>
      <Stack gap="xs">
        {error ? <ErrorAlert error={error} /> : null}
        <TextInput
          ref={first}
          label={t('agenda.itemTitle')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        <Textarea
          label={t('meetingAdmin.itemDescription')}
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <TextInput
          label={t('meetingAdmin.itemDuration')}
          inputMode="numeric"
          maw={220}
          value={duration}
          onChange={(e) => setDuration(e.currentTarget.value)}
          error={errors.duration}
        />
        <Group gap="sm">
          <Button type="submit" loading={saving}>
            {t('meetingAdmin.save')}
          </Button>
          <Button variant="default" onClick={() => onClose(false)}>
            {t('meetingAdmin.discard')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Starts on the harmless choice (keep); the server's refusal (a decision on the item) shows here. */
function RemoveConfirmation({ onConfirm, onDone, onKeep }: { onConfirm: () => Promise<void>; onDone: () => void; onKeep: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onDone();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t('meetingAdmin.removeText')}</Text>
      {error ? <ErrorAlert error={error} /> : null}
      <ConfirmButtons
        keepLabel={t('meetingAdmin.keepItem')}
        onKeep={onKeep}
        confirmLabel={t('meetingAdmin.removeConfirm')}
        color="red.9"
        busy={busy}
        onConfirm={() => void confirm()}
      />
    </Stack>
  );
}
