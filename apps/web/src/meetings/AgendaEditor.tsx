import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ActionIcon, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

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
}

/**
 * The agenda as an ordered list. Coordinators move an item with its "up" and "down" buttons
 * (named after the item); the move is announced in a live region and focus follows the item.
 */
export function AgendaEditor({ items, editable, onReorder, currentId }: Props) {
  const { t } = useTranslation();
  const [order, setOrder] = useState(items);
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const focusAfter = useRef<{ id: string; dir: 'up' | 'down' } | null>(null);

  // The server's order wins whenever it changes, except while moves are being saved (it would
  // undo the later ones for a moment); once they are all saved, the latest server order.
  const [saving, setSaving] = useState(0);
  useEffect(() => {
    if (saving === 0) setOrder(items);
  }, [items, saving]);

  // Layout effect: focus moves in the same commit, never resting on <body> in between.
  useLayoutEffect(() => {
    const f = focusAfter.current;
    if (!f) return;
    focusAfter.current = null;
    const index = order.findIndex((i) => i.id === f.id);
    // At an end, the button just used is disabled: focus its sibling.
    const dir = (f.dir === 'up' && index === 0) || (f.dir === 'down' && index === order.length - 1) ? (f.dir === 'up' ? 'down' : 'up') : f.dir;
    buttons.current.get(`${f.id}:${dir}`)?.focus();
  }, [order]);

  const move = async (index: number, dir: 'up' | 'down') => {
    const target = dir === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= order.length) return;
    const previous = order;
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(target, 0, item);
    focusAfter.current = { id: item.id, dir };
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
                </div>
                {editable && (
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="default"
                      size="lg"
                      ref={(el) => {
                        buttons.current.set(`${item.id}:up`, el);
                      }}
                      aria-label={t('agenda.moveUp', { title: item.title })}
                      disabled={index === 0}
                      onClick={() => void move(index, 'up')}
                    >
                      <span aria-hidden="true">↑</span>
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      ref={(el) => {
                        buttons.current.set(`${item.id}:down`, el);
                      }}
                      aria-label={t('agenda.moveDown', { title: item.title })}
                      disabled={index === order.length - 1}
                      onClick={() => void move(index, 'down')}
                    >
                      <span aria-hidden="true">↓</span>
                    </ActionIcon>
                  </Group>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <div aria-live="polite" role="status" className="visually-hidden" data-testid="agenda-announcer">
        {announcement}
      </div>
    </>
  );
}
