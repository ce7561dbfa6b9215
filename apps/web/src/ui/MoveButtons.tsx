import { useLayoutEffect, useMemo, useRef } from 'react';
import { ActionIcon } from '@mantine/core';

export type MoveDirection = 'up' | 'down';

export interface MoveFocus {
  /** The ref of an item's "up" or "down" button. */
  ref: (id: string, dir: MoveDirection) => (el: HTMLButtonElement | null) => void;
  /** After this move, focus follows the item once the new order is drawn. */
  follow: (id: string, dir: MoveDirection) => void;
  /** The move failed before the order changed: focus stays where it is. */
  cancel: () => void;
}

/**
 * Focus for a list whose items move with "up" and "down" buttons: once the new `order` is drawn,
 * focus is on the moved item's button used, or on its other button when the one used is now
 * disabled (the item reached an end). A layout effect: focus never rests on <body> in between.
 */
export function useMoveFocus(order: unknown): MoveFocus {
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const pending = useRef<{ id: string; dir: MoveDirection } | null>(null);

  useLayoutEffect(() => {
    const f = pending.current;
    if (!f) return;
    pending.current = null;
    const used = buttons.current.get(`${f.id}:${f.dir}`);
    (used && !used.disabled ? used : buttons.current.get(`${f.id}:${f.dir === 'up' ? 'down' : 'up'}`))?.focus();
  }, [order]);

  return useMemo(
    () => ({
      ref: (id, dir) => (el) => {
        buttons.current.set(`${id}:${dir}`, el);
      },
      follow: (id, dir) => {
        pending.current = { id, dir };
      },
      cancel: () => {
        pending.current = null;
      },
    }),
    [],
  );
}

interface Props {
  /** The item's id (its buttons' place in `focus`). */
  id: string;
  focus: MoveFocus;
  /** Each button's accessible name says which item it moves. */
  upLabel: string;
  downLabel: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (dir: MoveDirection) => void;
}

/** An item's "up" and "down" buttons (arrows, named after the item), for the caller's row of actions. */
export function MoveButtons({ id, focus, upLabel, downLabel, canMoveUp, canMoveDown, onMove }: Props) {
  const buttons = [
    { dir: 'up', label: upLabel, enabled: canMoveUp, arrow: '↑' },
    { dir: 'down', label: downLabel, enabled: canMoveDown, arrow: '↓' },
  ] as const;
  return buttons.map(({ dir, label, enabled, arrow }) => (
    <ActionIcon
      key={dir}
      variant="default"
      size="lg"
      ref={focus.ref(id, dir)}
      aria-label={label}
      disabled={!enabled}
      onClick={() => onMove(dir)}
    >
      <span aria-hidden="true">{arrow}</span>
    </ActionIcon>
  ));
}
