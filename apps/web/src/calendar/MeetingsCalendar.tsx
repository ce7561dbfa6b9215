import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Button, Group, SegmentedControl, Stack, Text, Title, useDirection } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PARIS, userTimeZone } from '../i18n/format';
import type { CalendarRangeQuery as CalendarRangeData } from '../gql/graphql';
import { byDay, monthWeeks, parseDay, periodBounds, shift, today, visibleDays, weekDays, type CalendarView, type DayKey } from './grid';
import { CalendarRangeQuery } from './operations';
import './calendar.css';

/*
 * A month grid and a week list of my meetings, built on date-fns / date-fns-tz (grid.ts) rather
 * than @mantine/schedule: its views are drag-and-drop editors on the browser's own clock, where we
 * need a read-only view on the Paris clock whose every meeting is a plain link, readable at 375 px.
 */

type CalendarMeeting = CalendarRangeData['meetings'][number];

const noon = (day: DayKey) => new Date(`${day}T12:00:00Z`);
const dateText = (day: DayKey, lng: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(lng, { ...options, timeZone: 'UTC' }).format(noon(day));

/** "18:00" on a zone's clock, 24-hour in every language: it must fit a seventh of a phone's width. */
const clock = (iso: string, lng: string, timeZone: string) =>
  new Intl.DateTimeFormat(lng, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));

function MeetingLink({ meeting, withEnd }: { meeting: CalendarMeeting; withEnd?: boolean }) {
  const { t, i18n } = useTranslation();
  const zone = userTimeZone();
  const start = clock(meeting.startsAt, i18n.language, PARIS);
  const end = withEnd ? `–${clock(meeting.endsAt, i18n.language, PARIS)}` : '';
  const local = zone !== PARIS ? ` (${clock(meeting.startsAt, i18n.language, zone)})` : '';
  const cancelled = meeting.status === 'CANCELLED';
  return (
    <Link to={`/meetings/${meeting.id}`} className="cal-meeting" data-cancelled={cancelled || undefined} data-testid="calendar-meeting">
      <span className="cal-time">
        {start}
        {end}
        {local}
      </span>{' '}
      <span className="cal-title" dir="auto">
        {meeting.title}
      </span>
      {withEnd && (
        <span className="cal-group" dir="auto">
          {meeting.group.name}
        </span>
      )}
      {cancelled && <span className="cal-cancelled"> ({t('calendar.cancelled')})</span>}
    </Link>
  );
}

function MonthGrid({ day, meetings, todayKey }: { day: DayKey; meetings: Map<DayKey, CalendarMeeting[]>; todayKey: DayKey }) {
  const { t, i18n } = useTranslation();
  const weeks = monthWeeks(day);
  return (
    <table className="cal-month" aria-labelledby="calendar-period" data-testid="calendar-month">
      <thead>
        <tr>
          {weekDays(weeks[0][0].day).map((d) => (
            <th scope="col" key={d}>
              <abbr title={dateText(d, i18n.language, { weekday: 'long' })}>
                <span className="cal-wd-short">{dateText(d, i18n.language, { weekday: 'short' })}</span>
                <span className="cal-wd-narrow" aria-hidden="true">
                  {dateText(d, i18n.language, { weekday: 'narrow' })}
                </span>
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0].day}>
            {week.map(({ day: d, inMonth }) => {
              const isToday = d === todayKey;
              const list = meetings.get(d) ?? [];
              return (
                <td
                  key={d}
                  className="cal-day"
                  data-outside={inMonth ? undefined : 'true'}
                  data-today={isToday || undefined}
                  aria-current={isToday ? 'date' : undefined}
                  data-day={d}
                >
                  <span className="cal-day-number" aria-hidden="true">
                    {dateText(d, i18n.language, { day: 'numeric' })}
                  </span>
                  <span className="visually-hidden">
                    {dateText(d, i18n.language, { weekday: 'long', day: 'numeric', month: 'long' })}
                    {isToday && `, ${t('calendar.todayMark')}`}
                    {list.length > 0 && `, ${t('calendar.meetingCount', { count: list.length })}`}
                  </span>
                  {list.length > 0 && (
                    <ul className="plain-list cal-day-meetings">
                      {list.map((m) => (
                        <li key={m.id}>
                          <MeetingLink meeting={m} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function WeekList({ day, meetings, todayKey }: { day: DayKey; meetings: Map<DayKey, CalendarMeeting[]>; todayKey: DayKey }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="plain-list cal-week" aria-labelledby="calendar-period" data-testid="calendar-week">
      {weekDays(day).map((d) => {
        const isToday = d === todayKey;
        const list = meetings.get(d) ?? [];
        return (
          <li key={d} className="cal-week-day" data-today={isToday || undefined} aria-current={isToday ? 'date' : undefined} data-day={d}>
            <Title order={3} size="h6" className="cal-week-day-title">
              {dateText(d, i18n.language, { weekday: 'long', day: 'numeric', month: 'long' })}
              {isToday && <span className="cal-today-badge"> {t('calendar.todayMark')}</span>}
            </Title>
            {list.length > 0 && (
              <ul className="plain-list cal-day-meetings">
                {list.map((m) => (
                  <li key={m.id}>
                    <MeetingLink meeting={m} withEnd />
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * My meetings by month or by week, on the Paris clock (the reader's own time beside it when their
 * zone differs). The view and the date live in the address (?view=week&date=2026-11-23), so a
 * period can be bookmarked and the back button works. Page Up / Page Down change the period and
 * Home comes back to today from anywhere inside the calendar; focus then goes to the period's title.
 */
export function MeetingsCalendar() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view: CalendarView = params.get('view') === 'week' ? 'week' : 'month';
  const todayKey = today();
  const day = parseDay(params.get('date')) ?? todayKey;
  const { from, to } = periodBounds(visibleDays(view, day));
  const { data, previousData, loading, error, refetch } = useQuery(CalendarRangeQuery, { variables: { from, to } });
  const shown = data ?? previousData;
  const meetings = byDay(shown?.meetings ?? []);
  const periodRef = useRef<HTMLHeadingElement>(null);
  const zone = userTimeZone();
  const { dir } = useDirection();

  // Where the last move went, ahead of the next render: two quick Page Ups go back two periods.
  const latest = useRef({ view, day });
  useEffect(() => {
    latest.current = { view, day };
  }, [view, day]);

  const go = (next: { view?: CalendarView; date?: DayKey | ((current: DayKey, view: CalendarView) => DayKey) }, focusTitle = false) => {
    const nextView = next.view ?? latest.current.view;
    const nextDay = typeof next.date === 'function' ? next.date(latest.current.day, nextView) : (next.date ?? latest.current.day);
    latest.current = { view: nextView, day: nextDay };
    const search = new URLSearchParams(params);
    search.set('view', nextView);
    search.set('date', nextDay);
    setParams(search);
    if (focusTitle) periodRef.current?.focus();
  };
  const step = (n: number) => (current: DayKey, v: CalendarView) => shift(v, current, n);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('[role="radiogroup"]')) return; // the view switch keeps its own keys
    const moves: Record<string, () => void> = {
      PageUp: () => go({ date: step(-1) }, true),
      PageDown: () => go({ date: step(1) }, true),
      Home: () => go({ date: todayKey }, true),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  };

  const week = weekDays(day);
  const period =
    view === 'month'
      ? dateText(`${day.slice(0, 7)}-15`, i18n.language, { month: 'long', year: 'numeric' })
      : t('calendar.weekRange', {
          start: dateText(week[0], i18n.language, { day: 'numeric', month: 'long' }),
          end: dateText(week[6], i18n.language, { day: 'numeric', month: 'long', year: 'numeric' }),
        });
  const inPeriod = (shown?.meetings ?? []).length;

  return (
    // The keys act anywhere inside the calendar (its buttons and links), not on the whole page.
    <section aria-labelledby="calendar-period" className="cal" onKeyDown={onKeyDown} data-testid="calendar">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap={6} wrap="nowrap">
            <Button
              variant="default"
              size="sm"
              px="xs"
              onClick={() => go({ date: step(-1) })}
              aria-label={view === 'month' ? t('calendar.previousMonth') : t('calendar.previousWeek')}
            >
              <span className="cal-arrow" aria-hidden="true" dir="ltr">
                {dir === 'rtl' ? '›' : '‹'}
              </span>
            </Button>
            <Button variant="default" size="sm" onClick={() => go({ date: todayKey })}>
              {t('calendar.today')}
            </Button>
            <Button
              variant="default"
              size="sm"
              px="xs"
              onClick={() => go({ date: step(1) })}
              aria-label={view === 'month' ? t('calendar.nextMonth') : t('calendar.nextWeek')}
            >
              <span className="cal-arrow" aria-hidden="true" dir="ltr">
                {dir === 'rtl' ? '‹' : '›'}
              </span>
            </Button>
          </Group>
          <SegmentedControl
            size="sm"
            aria-label={t('calendar.viewLabel')}
            value={view}
            onChange={(v) => go({ view: v === 'week' ? 'week' : 'month' })}
            data={[
              { value: 'month', label: t('calendar.month') },
              { value: 'week', label: t('calendar.week') },
            ]}
          />
        </Group>
        <Title
          order={2}
          size="h3"
          id="calendar-period"
          ref={periodRef}
          tabIndex={-1}
          aria-live="polite"
          data-testid="calendar-period"
          className="cal-period"
        >
          {period}
        </Title>
        <Text size="sm" c="dimmed">
          {zone === PARIS ? t('calendar.parisTimes') : t('calendar.parisAndYours', { zone })} {t('calendar.keyboardHint')}
        </Text>
        {loading && (
          <Text size="sm" role="status">
            {t('calendar.rangeLoading')}
          </Text>
        )}
        {error && !loading && (
          <Stack gap="xs" align="flex-start">
            <ErrorAlert error={error} />
            <Button size="sm" onClick={() => void refetch()}>
              {t('errors.retry')}
            </Button>
          </Stack>
        )}
        {shown && !loading && inPeriod === 0 && <Text size="sm">{t('calendar.noneInRange')}</Text>}
        {view === 'month' ? (
          <MonthGrid day={day} meetings={meetings} todayKey={todayKey} />
        ) : (
          <WeekList day={day} meetings={meetings} todayKey={todayKey} />
        )}
      </Stack>
    </section>
  );
}
