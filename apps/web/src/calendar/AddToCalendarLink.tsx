import { Anchor, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AddToCalendarQuery } from './operations';

/**
 * "Ajouter à mon agenda": the meeting's own .ics (the same UID as the personal feed, so a calendar
 * that has both keeps one event), downloaded through the caller's secret feed address.
 */
export function AddToCalendarLink({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(AddToCalendarQuery);
  const token = data?.calendarFeed.token;
  if (!token) return null;
  return (
    <Text size="sm">
      <Anchor href={`/calendar/${token}/${meetingId}.ics`} download="meeting.ics" aria-describedby={`add-to-calendar-${meetingId}`}>
        {t('addToCalendar.label')}
      </Anchor>{' '}
      <Text component="span" size="xs" c="dimmed" id={`add-to-calendar-${meetingId}`}>
        {t('addToCalendar.hint')}
      </Text>
    </Text>
  );
}
