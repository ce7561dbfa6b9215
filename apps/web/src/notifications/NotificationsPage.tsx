import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../ui/PageState';
import { ErrorAlert } from '../ui/ErrorAlert';
import { NotificationItem } from './NotificationItem';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  NotificationsQuery,
  UnreadNotificationCountQuery,
} from './operations';

export const PAGE_SIZE = 20;

/** The person's notifications, newest first, a page at a time; mark one or all read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('notifications.title')} · ${t('app.name')}`);
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const refreshCount = { refetchQueries: [{ query: UnreadNotificationCountQuery }] };
  const [markRead, marking] = useMutation(MarkNotificationReadMutation, refreshCount);
  const [markAll, markingAll] = useMutation(MarkAllNotificationsReadMutation, {
    update: (cache, { data: marked }) => {
      for (const n of data?.notifications.nodes ?? [])
        cache.modify({ id: cache.identify(n), fields: { readAt: (r) => r ?? new Date().toISOString() } });
      if (marked) cache.modify({ fields: { unreadNotificationCount: () => marked.markAllNotificationsRead.unreadCount } });
    },
  });

  if (!data && loading) return <PageLoading label={t('notifications.loading')} />;
  if (!data) return <PageError title={t('notifications.loadError')} error={error} onRetry={() => void refetch()} />;

  const { nodes, hasMore, totalCount, endCursor } = data.notifications;
  const unread = data.unreadNotificationCount;
  const read = (id: string) => void markRead({ variables: { input: { id } } }).catch(() => undefined);
  const more = () =>
    void fetchMore({
      variables: { after: endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        notifications: {
          ...fetchMoreResult.notifications,
          nodes: [...previous.notifications.nodes, ...fetchMoreResult.notifications.nodes],
        },
      }),
    });

  return (
    <Stack gap="lg" maw={720}>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('notifications.title')}</Title>
        <Anchor component={Link} to="/account#notification-preferences" size="sm">
          {t('notifications.preferences')}
        </Anchor>
      </Group>
      {(marking.error || markingAll.error || error) && <ErrorAlert error={marking.error ?? markingAll.error ?? error} />}
      {nodes.length === 0 ? (
        <Text>{t('notifications.empty')}</Text>
      ) : (
        <>
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" c="dimmed" role="status">
              {unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.allRead')}
            </Text>
            <Button
              variant="default"
              size="xs"
              disabled={unread === 0}
              loading={markingAll.loading}
              onClick={() => void markAll().catch(() => undefined)}
            >
              {t('notifications.markAllRead')}
            </Button>
          </Group>
          <Stack component="ul" className="plain-list" gap="sm" aria-label={t('notifications.title')}>
            {nodes.map((n) => (
              <NotificationItem key={n.id} notification={n} onOpen={read} onMarkRead={read} />
            ))}
          </Stack>
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" c="dimmed">
              {t('notifications.count', { shown: nodes.length, total: totalCount })}
            </Text>
            {hasMore && (
              <Button variant="default" onClick={more} loading={loading}>
                {t('notifications.more')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
