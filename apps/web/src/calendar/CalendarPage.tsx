import { useState } from 'react';
import { Alert, Anchor, Button, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageError, PageLoading } from '../ui/PageState';
import { PARIS } from '../i18n/format';
import { MeetingItem } from '../meetings/MeetingItem';
import { MeetingsCalendar } from './MeetingsCalendar';
import { CalendarQuery, RegenerateCalendarTokenMutation } from './operations';

/** How many weeks of upcoming meetings are listed before "show all". */
const UPCOMING_WEEKS = 6;

/** Monday (YYYY-MM-DD) of the week an instant falls in, on the Paris clock. */
export function weekOf(iso: string): string {
  const local = new Intl.DateTimeFormat('en-CA', { timeZone: PARIS, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );
  const [y, m, d] = local.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  const offset = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - offset);
  return day.toISOString().slice(0, 10);
}

/** My meetings by month or week, my upcoming meetings week by week, and the address of my calendar feed (.ics) with a button to change it. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(`${t('calendar.title')} · ${t('app.name')}`);
  const { data, loading, error, refetch } = useQuery(CalendarQuery);
  const [regenerate, regen] = useMutation(RegenerateCalendarTokenMutation, {
    update(cache, { data: result }) {
      if (result) cache.modify({ fields: { calendarFeed: () => result.regenerateCalendarToken } });
    },
  });
  const [regenerated, setRegenerated] = useState(false);
  const [showAllWeeks, setShowAllWeeks] = useState(false);

  if (!data && loading) return <PageLoading label={t('calendar.loading')} />;
  if (!data) return <PageError title={t('calendar.loadError')} error={error} onRetry={() => void refetch()} />;

  const feedUrl = `${window.location.origin}${data.calendarFeed.path}`;
  const weeks = new Map<string, typeof data.meetings>();
  for (const m of data.meetings) {
    const key = weekOf(m.startsAt);
    weeks.set(key, [...(weeks.get(key) ?? []), m]);
  }
  // A term holds a year of meetings ahead: the next weeks first, the rest on demand.
  const shownWeeks = showAllWeeks ? [...weeks.entries()] : [...weeks.entries()].slice(0, UPCOMING_WEEKS);
  const hiddenMeetings = [...weeks.values()].slice(shownWeeks.length).reduce((n, list) => n + list.length, 0);
  const weekLabel = (monday: string) =>
    t('calendar.weekOf', {
      date: new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${monday}T00:00:00Z`),
      ),
    });

  return (
    <Stack gap="xl">
      <Title order={1}>{t('calendar.title')}</Title>

      <MeetingsCalendar />

      <Paper withBorder p="md" component="section" aria-labelledby="feed-heading">
        <Stack gap="xs">
          <Title order={2} size="h3" id="feed-heading">
            {t('calendar.feedHeading')}
          </Title>
          <Text size="sm">{t('calendar.feedHint')}</Text>
          <Anchor href={feedUrl} data-testid="feed-link" style={{ wordBreak: 'break-all' }}>
            {feedUrl}
          </Anchor>
          <Group gap="xs">
            <CopyButton value={feedUrl}>
              {({ copied, copy }) => (
                <Button variant="default" size="sm" onClick={copy}>
                  {copied ? t('calendar.copied') : t('calendar.copy')}
                </Button>
              )}
            </CopyButton>
            <Button
              variant="default"
              size="sm"
              loading={regen.loading}
              onClick={() =>
                void regenerate()
                  .then(() => setRegenerated(true))
                  .catch(() => undefined)
              }
            >
              {t('calendar.regenerate')}
            </Button>
          </Group>
          {regen.error && <ErrorAlert error={regen.error} />}
          {regenerated && !regen.error && (
            <Alert color="green" variant="light" role="status">
              <Text size="sm">{t('calendar.regenerated')}</Text>
            </Alert>
          )}
        </Stack>
      </Paper>

      <Stack component="section" aria-labelledby="calendar-upcoming" gap="md">
        <Title order={2} size="h3" id="calendar-upcoming">
          {t('calendar.upcoming')}
        </Title>
        {weeks.size === 0 && <Text>{t('calendar.none')}</Text>}
        {shownWeeks.map(([monday, meetings]) => (
          <Stack component="section" key={monday} gap="xs" aria-labelledby={`week-${monday}`}>
            <Title order={3} size="h5" id={`week-${monday}`}>
              {weekLabel(monday)}
            </Title>
            <Stack component="ul" className="plain-list" gap="xs" aria-labelledby={`week-${monday}`}>
              {meetings.map((m) => (
                <MeetingItem key={m.id} meeting={m} />
              ))}
            </Stack>
          </Stack>
        ))}
        {hiddenMeetings > 0 && (
          <Button variant="default" size="sm" style={{ alignSelf: 'flex-start' }} onClick={() => setShowAllWeeks(true)}>
            {t('calendar.showAllUpcoming', { count: hiddenMeetings })}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
