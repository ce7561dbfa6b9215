import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { FakeLiveSocket } from '../test/fake-live-socket';
import { liveSessionMock, tokenOf } from '../test/live-fixtures';
import { SetCurrentAgendaItemMutation } from './operations';

const joined = () =>
  new FakeLiveSocket(true).answer('channel:join', () => ({
    ok: true,
    messages: [],
    hasMore: false,
    lastSeq: 0,
    presence: [],
    attendingMeetingId: 'm1',
  }));
const COORDINATOR = { id: 'u-coord', role: 'COORDINATOR' as const };

const moveTo = (currentId: string | null) => {
  const result = vi.fn(() => ({
    data: {
      setCurrentAgendaItem: {
        __typename: 'Meeting' as const,
        id: 'm1',
        currentAgendaItem: currentId ? { __typename: 'AgendaItem' as const, id: currentId } : null,
      },
    },
  }));
  return { mock: { request: { query: SetCurrentAgendaItemMutation, variables: { input: { meetingId: 'm1' } } }, result }, result };
};

describe("the chair's controls in the live session", () => {
  it('moves to the first item, then the next, then closes the agenda, with the current item announced', async () => {
    const first = moveTo('a1');
    const second = moveTo('a2');
    const last = moveTo(null);
    renderApp({
      route: '/meetings/m1/live',
      mocks: [liveSessionMock({ me: COORDINATOR }), first.mock, second.mock, last.mock],
      token: tokenOf('u-coord'),
      liveSocket: joined(),
    });

    const current = await screen.findByTestId('current-item');
    expect(current).toHaveAttribute('aria-live', 'polite');
    expect(current).toHaveTextContent('Aucun point en cours.');
    // Start and end are there too.
    expect(screen.getByRole('button', { name: 'Clore la séance' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Aborder le premier point : Tour de table' }));
    await waitFor(() => expect(current).toHaveTextContent('Point en cours : Tour de table'));
    expect(first.result).toHaveBeenCalledTimes(1);
    expect(within(screen.getByTestId('live-agenda')).getAllByRole('listitem')[0]).toHaveAttribute('aria-current', 'step');

    await userEvent.click(screen.getByRole('button', { name: 'Point suivant : Interprétariat à l’hôpital' }));
    await waitFor(() => expect(current).toHaveTextContent('Point en cours : Interprétariat à l’hôpital'));

    await userEvent.click(screen.getByRole('button', { name: 'Terminer l’ordre du jour' }));
    await waitFor(() => expect(current).toHaveTextContent('Aucun point en cours.'));
    expect(last.result).toHaveBeenCalledTimes(1);
  });

  it('shows a member the item the chair moved to, when agenda:updated arrives, and gives them no chair buttons', async () => {
    const socket = joined();
    renderApp({
      route: '/meetings/m1/live',
      mocks: [liveSessionMock({ currentId: 'a1', once: true }), liveSessionMock({ currentId: 'a2' })],
      token: tokenOf('u-amina'),
      liveSocket: socket,
    });
    const current = await screen.findByTestId('current-item');
    expect(current).toHaveTextContent('Point en cours : Tour de table');
    expect(screen.queryByTestId('next-item')).not.toBeInTheDocument();
    await waitFor(() => expect(socket.sent.some((s) => s.event === 'channel:join')).toBe(true));

    socket.serverEmit('agenda:updated', { groupId: 'g1', meetingId: 'm1', currentAgendaItemId: 'a2' });
    await waitFor(() => expect(current).toHaveTextContent('Point en cours : Interprétariat à l’hôpital'));
  });

  it('says why, in words, when the server refuses to move on', async () => {
    const refused = {
      request: { query: SetCurrentAgendaItemMutation, variables: { input: { meetingId: 'm1' } } },
      result: { errors: [{ message: 'This meeting is ended.', extensions: { code: 'CONFLICT' } }] },
    };
    renderApp({
      route: '/meetings/m1/live',
      mocks: [liveSessionMock({ me: COORDINATOR, currentId: 'a1' }), refused],
      token: tokenOf('u-coord'),
      liveSocket: joined(),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Point suivant : Interprétariat à l’hôpital' }));
    expect(await screen.findByText('Quelqu’un vient de modifier ces données. Rechargez et réessayez.')).toBeInTheDocument();
  });
});
