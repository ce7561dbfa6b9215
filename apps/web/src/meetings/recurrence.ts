/** The recurrences a coordinator can pick, and the RRULE the API takes for each (FREQ, INTERVAL, BYDAY, COUNT or UNTIL). */
export type RecurrenceKind = 'none' | 'weekly' | 'biweekly' | 'monthly';
export type RecurrenceEnd = 'count' | 'until';

export interface RecurrenceValue {
  kind: RecurrenceKind;
  end: RecurrenceEnd;
  /** Number of meetings, the first one included. */
  count: number;
  /** Last possible day, YYYY-MM-DD. */
  until: string;
}

export const NO_RECURRENCE: RecurrenceValue = { kind: 'none', end: 'count', count: 6, until: '' };

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The weekday (0 = Sunday) and its rank in the month (1..4, or -1 for the last) of a local date YYYY-MM-DD. */
export function weekdayOf(localDate: string): { weekday: number; nth: number } | null {
  const [y, m, d] = localDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  const rank = Math.ceil(d / 7);
  // A fifth weekday does not exist every month: say "the last" instead.
  const nth = rank >= 5 ? -1 : rank;
  return { weekday: date.getUTCDay(), nth };
}

/** The RRULE for a choice, given the first meeting's local date (YYYY-MM-DD...); null for a one-off meeting or an incomplete choice. */
export function toRrule(value: RecurrenceValue, startLocal: string): string | null {
  if (value.kind === 'none') return null;
  const day = weekdayOf(startLocal);
  if (!day) return null;
  const parts: string[] = [];
  if (value.kind === 'monthly') parts.push('FREQ=MONTHLY', 'INTERVAL=1', `BYDAY=${day.nth}${BYDAY[day.weekday]}`);
  else parts.push('FREQ=WEEKLY', `INTERVAL=${value.kind === 'biweekly' ? 2 : 1}`, `BYDAY=${BYDAY[day.weekday]}`);
  if (value.end === 'count') {
    if (!Number.isInteger(value.count) || value.count < 2) return null;
    parts.push(`COUNT=${value.count}`);
  } else {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value.until)) return null;
    parts.push(`UNTIL=${value.until.replace(/-/g, '')}`);
  }
  return parts.join(';');
}
