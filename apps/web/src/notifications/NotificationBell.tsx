import { useEffect } from 'react';
import { Anchor, Badge } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLiveEvents } from '../live/transport/useLiveEvents';
import { UnreadNotificationCountQuery } from './operations';

/** The bell icon: drawn, so it needs no font or image. */
function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
      <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.7 21a2 2 0 0 1-3.4 0" />
    </svg>
  );
}

/**
 * The header's bell: a link to the notifications page with the unread count, kept live over the
 * socket (`notification:new` carries the new count; the list is fetched again when next shown).
 * It holds the live connection while the person is signed in, so nothing waits for a reload.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data, refetch } = useQuery(UnreadNotificationCountQuery);
  const live = useLiveEvents({
    'notification:new': (notice) => {
      client.cache.writeQuery({ query: UnreadNotificationCountQuery, data: { unreadNotificationCount: notice.unreadCount } });
      client.cache.evict({ fieldName: 'notifications' });
      client.cache.gc();
    },
    // Back after a disconnection: notices may have come meanwhile.
    connect: () => void refetch().catch(() => undefined),
  });
  const { hold } = live;
  useEffect(() => hold(), [hold]);
  const count = data?.unreadNotificationCount ?? 0;
  const label = count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell');
  return (
    <Anchor
      component={Link}
      to="/notifications"
      aria-label={label}
      title={label}
      className="notification-bell"
      c="inherit"
      underline="never"
    >
      <BellIcon />
      {count > 0 && (
        <Badge color="red.8" variant="filled" size="sm" circle={count < 10} aria-hidden="true" data-testid="bell-count">
          {count > 99 ? '99+' : count}
        </Badge>
      )}
    </Anchor>
  );
}
