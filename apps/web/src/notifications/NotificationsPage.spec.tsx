import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from './operations';
import { NotificationsPage, PAGE_SIZE } from './NotificationsPage';
import { renderWithLive } from './testing';

const notice = (id: string, title: string, read = false) => ({
  __typename: 'Notification' as const,
  id,
  kind: 'MEETING_RESCHEDULED' as const,
  title,
  lines: ['Logement', 'Avant : mardi 5 janvier 2027 18:00', 'Désormais : mercredi 6 janvier 2027 18:00'],
  path: `/meetings/${id}`,
  createdAt: '2027-01-04T10:00:00.000Z',
  readAt: read ? '2027-01-04T11:00:00.000Z' : null,
});
const page = (after: string | null, nodes: ReturnType<typeof notice>[], hasMore: boolean, unread: number) => ({
  request: { query: NotificationsQuery, variables: { first: PAGE_SIZE, ...(after ? { after } : {}) } },
  result: {
    data: {
      notifications: { __typename: 'NotificationPage' as const, nodes, hasMore, totalCount: 3, endCursor: after ? null : 'c2' },
      unreadNotificationCount: unread,
    },
  },
});
const count = (n: number) => ({ request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: n } } });

describe('NotificationsPage', () => {
  it('lists my notifications, marks one read, then all, and pages back to older ones', async () => {
    renderWithLive(<NotificationsPage />, {
      mocks: [
        page(null, [notice('n1', 'Réunion déplacée : Logement'), notice('n2', 'Réunion déplacée : Santé')], true, 2),
        {
          request: { query: MarkNotificationReadMutation, variables: { input: { id: 'n1' } } },
          result: { data: { markNotificationRead: { __typename: 'Notification', id: 'n1', readAt: '2027-01-04T12:00:00.000Z' } } },
        },
        count(1),
        {
          request: { query: MarkAllNotificationsReadMutation },
          result: { data: { markAllNotificationsRead: { __typename: 'MarkAllNotificationsReadPayload', marked: 1, unreadCount: 0 } } },
        },
        page('c2', [notice('n0', 'Réunion déplacée : Travail', true)], false, 0),
      ],
    });
    const list = await screen.findByRole('list', { name: 'Notifications' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByRole('link', { name: 'Réunion déplacée : Logement' })).toHaveAttribute('href', '/meetings/n1');
    expect(within(list).getAllByText('Désormais : mercredi 6 janvier 2027 18:00')).toHaveLength(2);

    await userEvent.click(within(list).getByRole('button', { name: 'Marquer comme lue : Réunion déplacée : Logement' }));
    await waitFor(() => expect(within(list).getAllByRole('button', { name: /^Marquer comme lue/ })).toHaveLength(1));

    await userEvent.click(screen.getByRole('button', { name: 'Tout marquer comme lu' }));
    expect(await screen.findByText('Tout est lu.')).toBeInTheDocument();
    await waitFor(() => expect(within(list).queryAllByRole('button', { name: /^Marquer comme lue/ })).toHaveLength(0));

    await userEvent.click(screen.getByRole('button', { name: 'Notifications plus anciennes' }));
    expect(await within(list).findByRole('link', { name: 'Réunion déplacée : Travail' })).toBeInTheDocument();
    expect(screen.getByText('3 sur 3')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Notifications plus anciennes' })).not.toBeInTheDocument();
  });

  it('says when there is nothing, in English', async () => {
    renderWithLive(<NotificationsPage />, { lang: 'en', mocks: [page(null, [], false, 0)] });
    expect(await screen.findByText('Nothing new for you.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Notifications' })).toBeInTheDocument();
  });
});
