import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LiveMessage } from '@tribune/domain';
import { renderApp } from '../test/render';
import { FakeLiveSocket } from '../test/fake-live-socket';
import { meetingCan } from '../test/fixtures';
import { LiveSessionQuery } from './operations';

const TOKEN = `h.${btoa(JSON.stringify({ sub: 'u-amina' }))}.s`;

const meeting = (currentId: string | null, status = 'LIVE') => ({
  request: { query: LiveSessionQuery, variables: { id: 'm1' } },
  result: {
    data: {
      me: { __typename: 'User', id: 'u-fatouma', role: 'DEPUTY', deputy: { __typename: 'Deputy', id: 'd-fatouma' } },
      meeting: {
        __typename: 'Meeting',
        id: 'm1',
        title: 'Réunion du groupe Santé',
        status,
        startsAt: '2026-11-27T17:00:00.000Z',
        endsAt: '2026-11-27T19:00:00.000Z',
        timeZone: 'Europe/Paris',
        // Fatouma follows the session without chairing it nor sitting in the group (the API's viewerCan).
        viewerCan: meetingCan({ discuss: true }),
        group: {
          __typename: 'WorkingGroup',
          id: 'g1',
          name: 'Santé',
          members: [{ __typename: 'GroupMember', id: 'gm1', role: 'LEAD', deputy: { __typename: 'Deputy', id: 'd-amina' } }],
        },
        currentAgendaItem: currentId ? { __typename: 'AgendaItem', id: currentId } : null,
        agenda: [
          { __typename: 'AgendaItem', id: 'a1', position: 1, title: 'Tour de table', durationMinutes: 20 },
          { __typename: 'AgendaItem', id: 'a2', position: 2, title: 'Interprétariat à l’hôpital', durationMinutes: 60 },
        ],
      },
    },
  },
  maxUsageCount: Infinity,
});

const message = (seq: number, body: string): LiveMessage => ({
  id: `msg-${seq}`,
  groupId: 'g1',
  meetingId: 'm1',
  seq,
  clientId: `c-${seq}`,
  body,
  author: { id: 'u-amina', displayName: 'Amina Haidari' },
  replyToId: null,
  createdAt: '2026-11-27T17:05:00.000Z',
  editedAt: null,
  deletedAt: null,
  deleted: false,
  deletedByModerator: false,
});

describe('live session screen', () => {
  it('highlights the current agenda item with aria-current, and offers no chair buttons to a member', async () => {
    renderApp({ route: '/meetings/m1/live', mocks: [meeting('a2')], token: TOKEN });
    expect(await screen.findByRole('heading', { level: 1, name: 'Réunion du groupe Santé' })).toBeInTheDocument();
    expect(screen.getByTestId('current-item')).toHaveTextContent('Point en cours : Interprétariat à l’hôpital');
    const items = within(screen.getByTestId('live-agenda')).getAllByRole('listitem');
    expect(items[0]).not.toHaveAttribute('aria-current');
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(screen.queryByRole('button', { name: 'Clore la séance' })).not.toBeInTheDocument();
  });

  it('joins the channel with the meeting, shows presence and messages in their own direction, and sends through the outbox', async () => {
    const socket = new FakeLiveSocket(true)
      .answer('channel:join', () => ({
        ok: true,
        messages: [message(1, 'Bonjour'), message(2, 'نحتاج إلى مترجم')],
        hasMore: false,
        lastSeq: 2,
        presence: [
          { userId: 'u-amina', displayName: 'Amina Haidari', deputyId: 'd-amina', meetingId: 'm1' },
          { userId: 'u-fatouma', displayName: 'Fatouma Diallo', deputyId: 'd-fatouma', meetingId: 'm1' },
        ],
        attendingMeetingId: 'm1',
      }))
      .answer('message:send', (p) => {
        const req = p as { clientId: string; body: string };
        return { ok: true, duplicate: false, message: { ...message(3, req.body), clientId: req.clientId } };
      });
    renderApp({ route: '/meetings/m1/live', mocks: [meeting(null)], token: TOKEN, liveSocket: socket });

    const log = await screen.findByRole('log', { name: 'Messages' });
    await within(log).findByText('نحتاج إلى مترجم');
    expect(socket.sent.find((s) => s.event === 'channel:join')?.payload).toEqual({ groupId: 'g1', afterSeq: 0, meetingId: 'm1' });
    expect(log).toHaveAttribute('aria-live', 'polite');
    const arabic = within(log).getByText('نحتاج إلى مترجم');
    expect(arabic).toHaveAttribute('dir', 'auto');
    expect(arabic).toHaveAttribute('lang', '');
    expect(screen.getByTestId('presence')).toHaveTextContent('Amina Haidari (vous)');
    expect(screen.getByTestId('current-item')).toHaveTextContent('Aucun point en cours.');

    // Enter sends; the message is acknowledged and shown once, as sent.
    const box = screen.getByRole('textbox', { name: 'Votre message' });
    await userEvent.type(box, 'Merci à toutes{Enter}');
    const mine = await within(log).findByText('Merci à toutes');
    await waitFor(() => expect(mine.closest('li')).toHaveAttribute('data-status', 'sent'));
    expect(within(log).getAllByText('Merci à toutes')).toHaveLength(1);
    expect(socket.sent.filter((s) => s.event === 'message:send')).toHaveLength(1);
    expect(box).toHaveValue('');

    // Someone else's message arrives live; a second copy of it (catch-up) is not shown twice.
    socket.serverEmit('message:new', { ...message(4, 'Je suis là'), author: { id: 'u-x', displayName: 'Rokia Traoré' } });
    socket.serverEmit('message:new', { ...message(4, 'Je suis là'), author: { id: 'u-x', displayName: 'Rokia Traoré' } });
    await within(log).findByText('Je suis là');
    expect(within(log).getAllByText('Je suis là')).toHaveLength(1);

    // Typing of someone else.
    socket.serverEmit('typing', { groupId: 'g1', user: { id: 'u-x', displayName: 'Rokia Traoré' } });
    expect(await screen.findByText('Rokia Traoré écrit…')).toBeInTheDocument();
    // Her message arrives: she has stopped typing.
    socket.serverEmit('message:new', { ...message(5, 'Voilà mon point'), author: { id: 'u-x', displayName: 'Rokia Traoré' } });
    await within(log).findByText('Voilà mon point');
    await waitFor(() => expect(screen.queryByText('Rokia Traoré écrit…')).not.toBeInTheDocument());
  });

  it('shows the reconnect banner while the connection is down, and counts the messages waiting', async () => {
    const socket = new FakeLiveSocket(true).answer('channel:join', () => ({
      ok: true,
      messages: [],
      hasMore: false,
      lastSeq: 0,
      presence: [],
      attendingMeetingId: null,
    }));
    renderApp({ route: '/meetings/m1/live', mocks: [meeting(null)], token: TOKEN, liveSocket: socket });
    await screen.findByText('Aucun message pour l’instant. Écrivez le premier.');
    const banner = screen.getByTestId('connection-banner');
    expect(banner).toHaveAttribute('role', 'status');
    expect(banner).toHaveTextContent('');
    socket.connected = false;
    socket.serverEmit('disconnect', 'transport close');
    await waitFor(() => expect(banner).toHaveTextContent('Connexion perdue. Reconnexion en cours…'));
    await userEvent.type(screen.getByRole('textbox', { name: 'Votre message' }), 'en attente{Enter}');
    expect(await screen.findByText('en attente')).toBeInTheDocument();
    expect(screen.getByText('en attente').closest('li')).toHaveAttribute('data-status', 'sending');
    expect(banner).toHaveTextContent('1 message en attente d’envoi.');
    expect(JSON.parse(localStorage.getItem('tribune.outbox.u-amina')!)).toEqual([
      expect.objectContaining({ body: 'en attente', status: 'sending' }),
    ]);
  });
});
