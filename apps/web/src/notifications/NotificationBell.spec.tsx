import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { FakeLiveSocket } from '../test/fake-live-socket';
import { NotificationBell } from './NotificationBell';
import { UnreadNotificationCountQuery } from './operations';
import { renderWithLive } from './testing';

const count = (n: number) => ({ request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: n } } });
const renderBell = (lang: 'fr' | 'en' | 'ar', socket: FakeLiveSocket, mocks = [count(2), count(2)]) =>
  renderWithLive(<NotificationBell />, { lang, socket, mocks });

describe('NotificationBell', () => {
  it('links to the notifications with the unread count, in words for screen readers', async () => {
    renderBell('fr', new FakeLiveSocket(true));
    const bell = await screen.findByRole('link', { name: 'Notifications : 2 non lues' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(screen.getByTestId('bell-count')).toHaveTextContent('2');
  });

  it('counts up when notification:new arrives on the socket, without asking the server', async () => {
    const socket = new FakeLiveSocket(true);
    renderBell('en', socket);
    await screen.findByRole('link', { name: 'Notifications: 2 unread' });
    socket.serverEmit('notification:new', {
      id: 'n3',
      kind: 'MEETING_RESCHEDULED',
      title: 'Meeting moved: Logement',
      lines: [],
      path: '/meetings/m1',
      createdAt: '2027-01-05T10:00:00Z',
      unreadCount: 3,
    });
    expect(await screen.findByRole('link', { name: 'Notifications: 3 unread' })).toBeInTheDocument();
  });

  it('says only "Notifications" when everything is read, in Arabic too', async () => {
    renderBell('ar', new FakeLiveSocket(true), [count(0), count(0)]);
    expect(await screen.findByRole('link', { name: 'الإشعارات' })).toBeInTheDocument();
    expect(screen.queryByTestId('bell-count')).not.toBeInTheDocument();
  });
});
