import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../gql';
import { NotificationItemFragment } from './operations';

interface Props {
  notification: FragmentType<typeof NotificationItemFragment>;
  onOpen: (id: string) => void;
  onMarkRead: (id: string) => void;
}

/** One notice: what happened (a link to it, which also marks it read), its details, when, and "mark as read" while unread. */
export function NotificationItem(props: Props) {
  const { t, i18n } = useTranslation();
  const n = getFragmentData(NotificationItemFragment, props.notification);
  const unread = !n.readAt;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(n.createdAt));
  return (
    <Paper component="li" withBorder p="sm" bg={unread ? 'var(--mantine-color-blue-light)' : undefined} data-unread={unread || undefined}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
          <Anchor component={Link} to={n.path} fw={unread ? 700 : 500} onClick={() => props.onOpen(n.id)} dir="auto">
            {n.title}
          </Anchor>
          {unread && (
            <Badge size="sm" variant="light">
              {t('notifications.unread')}
            </Badge>
          )}
        </Group>
        {n.lines.map((line, i) => (
          <Text key={i} size="sm" dir="auto">
            {line}
          </Text>
        ))}
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="xs" c="dimmed" component="time" dateTime={n.createdAt}>
            {when}
          </Text>
          {unread && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => props.onMarkRead(n.id)}
              aria-label={`${t('notifications.markRead')} : ${n.title}`}
            >
              {t('notifications.markRead')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
