import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWidget } from '../test/render';
import { AgendaEditor } from './AgendaEditor';

const items = [
  { id: 'a', title: 'Accueil' },
  { id: 'b', title: 'Logement' },
  { id: 'c', title: 'Questions diverses' },
];
/** Like the meeting page: the saved order comes back as the new items (as the API's answer does through the cache). */
function Harness({ onSave }: { onSave: (ids: string[]) => void }) {
  const [list, setList] = useState(items);
  return (
    <AgendaEditor
      items={list}
      editable
      onReorder={async (ids) => {
        onSave(ids);
        await Promise.resolve();
        setList(ids.map((id) => items.find((i) => i.id === id)!));
      }}
    />
  );
}

const titles = () =>
  within(screen.getByTestId('agenda'))
    .getAllByTestId('agenda-title')
    .map((t) => t.textContent);

describe('agenda reordering', () => {
  it('moves an item down with the keyboard, saves the whole order, announces it and keeps focus on the item', async () => {
    const onReorder = vi.fn();
    renderWidget(<Harness onSave={onReorder} />);
    expect(screen.getByRole('button', { name: 'Monter « Accueil »' })).toBeDisabled();

    screen.getByRole('button', { name: 'Descendre « Accueil »' }).focus();
    await userEvent.keyboard('{Enter}');

    expect(titles()).toEqual(['1. Logement', '2. Accueil', '3. Questions diverses']);
    expect(onReorder).toHaveBeenCalledWith(['b', 'a', 'c']);
    expect(screen.getByTestId('agenda-announcer')).toHaveTextContent('« Accueil » déplacé en position 2 sur 3.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Descendre « Accueil »' }));

    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(titles()).toEqual(['1. Logement', '2. Questions diverses', '3. Accueil']));
    // At the bottom "down" is disabled: focus goes to "up" of the same item.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Monter « Accueil »' })));
    expect(screen.getByTestId('agenda-announcer')).toHaveTextContent('position 3 sur 3');
  });

  it('moves an item up with Space', async () => {
    const onReorder = vi.fn();
    renderWidget(<Harness onSave={onReorder} />);
    screen.getByRole('button', { name: 'Monter « Questions diverses »' }).focus();
    await userEvent.keyboard(' ');
    expect(titles()).toEqual(['1. Accueil', '2. Questions diverses', '3. Logement']);
    expect(onReorder).toHaveBeenCalledWith(['a', 'c', 'b']);
  });

  it('puts the item back and says so when saving fails', async () => {
    const onReorder = vi.fn().mockRejectedValue(new Error('Failed to fetch'));
    renderWidget(<AgendaEditor items={items} editable onReorder={onReorder} />);
    await userEvent.click(screen.getByRole('button', { name: 'Descendre « Logement »' }));
    await waitFor(() => expect(titles()).toEqual(['1. Accueil', '2. Logement', '3. Questions diverses']));
    expect(screen.getByTestId('agenda-announcer')).toHaveTextContent('Le déplacement de « Logement » n’a pas été enregistré.');
  });

  it('shows no move buttons to someone who may not edit, and says when the agenda is empty', () => {
    const { unmount } = renderWidget(<AgendaEditor items={items} editable={false} onReorder={vi.fn()} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    unmount();
    renderWidget(<AgendaEditor items={[]} editable onReorder={vi.fn()} />);
    expect(screen.getByText('L’ordre du jour est vide.')).toBeInTheDocument();
  });
});

describe('agenda editing', () => {
  it('removes nothing and gives focus back when the removal is not confirmed', async () => {
    const onRemove = vi.fn();
    renderWidget(<AgendaEditor items={items} editable onReorder={vi.fn()} onUpdate={vi.fn()} onRemove={onRemove} />);
    await userEvent.click(screen.getByRole('button', { name: 'Retirer « Logement »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retirer « Logement » de l’ordre du jour ?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Garder le point' })).toHaveFocus());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Garder le point' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Retirer « Logement »' })).toHaveFocus());
    expect(onRemove).not.toHaveBeenCalled();
    expect(titles()).toEqual(['1. Accueil', '2. Logement', '3. Questions diverses']);
  });

  it('refuses an empty title or a duration that is not whole minutes, without saving', async () => {
    const onUpdate = vi.fn();
    renderWidget(<AgendaEditor items={items} editable onReorder={vi.fn()} onUpdate={onUpdate} />);
    await userEvent.click(screen.getByRole('button', { name: 'Modifier « Accueil »' }));
    await userEvent.clear(screen.getByLabelText(/Intitulé du point/));
    await userEvent.type(screen.getByLabelText('Durée en minutes (facultatif)'), '1.5');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Un nombre entier de minutes, ou laissez vide.')).toBeInTheDocument();
    expect(onUpdate).not.toHaveBeenCalled();
  });
});
