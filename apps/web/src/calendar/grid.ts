import { addDays, addMonths, parseISO } from 'date-fns';
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { PARIS } from '../i18n/format';

/**
 * The calendar's arithmetic. Days are calendar dates ("2027-03-28"), not instants: a meeting
 * belongs to the day it starts on the Paris clock, and a period's bounds are midnight in Paris
 * turned into instants by date-fns-tz, so a week that crosses a change of clock (late March,
 * late October) is 167 or 169 hours long and nothing slips into the next day. The date
 * arithmetic itself runs on dates at noon UTC, which no offset can push across midnight.
 */

/** "YYYY-MM-DD" */
export type DayKey = string;
export type CalendarView = 'month' | 'week';

const toDate = (day: DayKey) => parseISO(`${day}T12:00:00Z`);
const toKey = (date: Date): DayKey => date.toISOString().slice(0, 10);

/** The day an instant falls on, on a zone's clock (Paris by default). */
export function dayOf(iso: string, timeZone = PARIS): DayKey {
  return formatInTimeZone(parseISO(iso), timeZone, 'yyyy-MM-dd');
}

/** Today on the Paris clock. */
export function today(now = new Date()): DayKey {
  return dayOf(now.toISOString());
}

/** The Monday of a day's week (weeks run Monday to Sunday, as in France). */
export function mondayOf(day: DayKey): DayKey {
  const date = toDate(day);
  return toKey(addDays(date, -((date.getUTCDay() + 6) % 7)));
}

/** The seven days of a day's week, Monday first. */
export function weekDays(day: DayKey): DayKey[] {
  const monday = toDate(mondayOf(day));
  return Array.from({ length: 7 }, (_, i) => toKey(addDays(monday, i)));
}

export interface MonthCell {
  day: DayKey;
  /** false for the days of the previous or next month that complete the first and last weeks. */
  inMonth: boolean;
}

/** A month as whole weeks (4 to 6 rows of 7 days, Monday first), padded with the neighbouring months' days. */
export function monthWeeks(day: DayKey): MonthCell[][] {
  const month = day.slice(0, 7);
  const first = `${month}-01`;
  const last = toKey(addDays(addMonths(toDate(first), 1), -1));
  const weeks: MonthCell[][] = [];
  for (let monday = mondayOf(first); monday <= last; monday = toKey(addDays(toDate(monday), 7))) {
    weeks.push(weekDays(monday).map((d) => ({ day: d, inMonth: d.slice(0, 7) === month })));
  }
  return weeks;
}

/** The days a view shows around a day. */
export function visibleDays(view: CalendarView, day: DayKey): DayKey[] {
  return view === 'week' ? weekDays(day) : monthWeeks(day).flatMap((week) => week.map((cell) => cell.day));
}

/** The instants bounding a run of days: midnight in Paris before the first, midnight in Paris after the last. */
export function periodBounds(days: DayKey[]): { from: string; to: string } {
  const first = days[0];
  const after = toKey(addDays(toDate(days[days.length - 1]), 1));
  return {
    from: fromZonedTime(`${first}T00:00:00`, PARIS).toISOString(),
    to: fromZonedTime(`${after}T00:00:00`, PARIS).toISOString(),
  };
}

/** The same view one period earlier (-1) or later (+1); a month step keeps to the 1st so that 31 January never skips February. */
export function shift(view: CalendarView, day: DayKey, step: number): DayKey {
  return view === 'week' ? toKey(addDays(toDate(day), 7 * step)) : toKey(addMonths(toDate(`${day.slice(0, 7)}-01`), step));
}

/** Meetings by the Paris day they start on, each day's in order of starting time. */
export function byDay<T extends { startsAt: string }>(meetings: readonly T[]): Map<DayKey, T[]> {
  const days = new Map<DayKey, T[]>();
  for (const m of [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const key = dayOf(m.startsAt);
    days.set(key, [...(days.get(key) ?? []), m]);
  }
  return days;
}

/** A valid "YYYY-MM-DD" from a URL parameter, or null. */
export function parseDay(value: string | null): DayKey | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = toDate(value);
  return Number.isNaN(date.getTime()) || toKey(date) !== value ? null : value;
}
