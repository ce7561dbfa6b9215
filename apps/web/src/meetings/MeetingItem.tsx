import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../gql';
import { formatShortDateTime, formatTime, userTimeZone } from '../i18n/format';
import { MeetingItemFragment } from './operations';
import { RsvpButtons } from './RsvpButtons';

export const STATUS_COLOR = { SCHEDULED: 'indigo.9', LIVE: '#1b6e2e', ENDED: 'gray.8', CANCELLED: 'red.9' } as const;

/** One meeting in a list: title (a link), group, when (on its own clock, and the reader's when it differs), status, RSVP. */
export function MeetingItem(props: { meeting: FragmentType<typeof MeetingItemFragment>; showGroup?: boolean; rsvp?: boolean }) {
  const { t, i18n } = useTranslation();
  const m = getFragmentData(MeetingItemFragment, props.meeting);
  const mine = userTimeZone();
  return (
    <Paper component="li" withBorder p="sm" data-testid="meeting-item">
      <Stack gap={4}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Anchor component={Link} to={`/meetings/${m.id}`} fw={600}>
            {m.title}
          </Anchor>
          {m.status !== 'SCHEDULED' && (
            <Badge color={STATUS_COLOR[m.status]} variant="filled">
              {t(`meeting.status.${m.status}`)}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          <time dateTime={m.startsAt}>{formatShortDateTime(m.startsAt, i18n.language, m.timeZone)}</time>
          {' – '}
          {formatTime(m.endsAt, i18n.language, m.timeZone)}
          {mine !== m.timeZone && (
            <Text component="span" size="sm" c="dimmed">
              {' '}
              {t('meeting.yourTime', { time: formatShortDateTime(m.startsAt, i18n.language, mine), zone: mine })}
            </Text>
          )}
        </Text>
        {props.showGroup !== false && (
          <Text size="sm" c="dimmed">
            {m.group.name}
          </Text>
        )}
        {props.rsvp !== false && <RsvpButtons meeting={m} />}
      </Stack>
    </Paper>
  );
}
