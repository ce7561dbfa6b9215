import { Frequency, RRule, Weekday } from 'rrule';
import { fromZonedTime } from 'date-fns-tz';

/** A two-year term met weekly is ~105 meetings; more than this is a mistake, not a schedule. */
export const MAX_OCCURRENCES = 110;

/** Thrown for a recurrence a person must fix; the service turns it into BAD_USER_INPUT. */
export class RecurrenceError extends Error {}

export function isKnownTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
    return true;
  } catch {
    return false;
  }
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();
function wallClockFormat(timeZone: string) {
  let f = wallClockFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClockFormats.set(timeZone, f);
  }
  return f;
}

/**
 * The local wall-clock time of an instant in a zone, as a "floating" Date whose UTC fields are
 * that wall clock (the representation rrule computes in, so days and hours never drift with DST).
 */
export function toWallClock(instant: Date, timeZone: string): Date {
  const parts = Object.fromEntries(wallClockFormat(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return new Date(Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second, instant.getUTCMilliseconds()));
}

/** The instant at which the zone's clocks show this floating wall-clock time. */
export function fromWallClock(wallClock: Date, timeZone: string): Date {
  return fromZonedTime(wallClock.toISOString().slice(0, 23), timeZone);
}

/** The calendar day (UTC midnight) of an instant in a zone. */
export function localDay(instant: Date, timeZone: string): Date {
  return new Date(toWallClock(instant, timeZone).toISOString().slice(0, 10));
}

/** Moves an instant by a wall-clock amount in its zone: 18:00 stays 18:00 across a DST change. */
export function shiftWallClock(instant: Date, timeZone: string, wallClockDeltaMs: number): Date {
  return fromWallClock(new Date(toWallClock(instant, timeZone).getTime() + wallClockDeltaMs), timeZone);
}

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
}

const ALLOWED = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYSETPOS', 'WKST']);
const DAYS: Record<string, Weekday> = { MO: RRule.MO, TU: RRule.TU, WE: RRule.WE, TH: RRule.TH, FR: RRule.FR, SA: RRule.SA, SU: RRule.SU };

function parseByDay(value: string): Weekday[] {
  return value.split(',').map((token) => {
    const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token);
    if (!m) throw new RecurrenceError(`BYDAY "${token}" is not a weekday like TU or 2TU.`);
    const n = m[1] ? Number(m[1]) : undefined;
    if (n !== undefined && (n === 0 || Math.abs(n) > 5)) throw new RecurrenceError(`BYDAY "${token}": the week number must be 1 to 5 or -1 to -5.`);
    return n === undefined ? DAYS[m[2]] : DAYS[m[2]].nth(n);
  });
}

const intIn = (key: string, value: string, min: number, max: number) => {
  if (!/^[+-]?\d{1,4}$/.test(value) || +value < min || +value > max) throw new RecurrenceError(`${key} must be a whole number from ${min} to ${max}.`);
  return Number(value);
};

export interface ParsedRecurrence {
  /** The rule as stored (normalised, without DTSTART: the first meeting gives it). */
  rule: string;
  frequency: 'WEEKLY' | 'MONTHLY';
  count?: number;
  /** UNTIL as the last local day the series may reach (UTC midnight of that day). */
  untilDay?: Date;
  options: { freq: Frequency; interval: number; count?: number; byweekday?: Weekday[]; bymonthday?: number[]; bysetpos?: number[]; wkst?: Weekday };
}

/**
 * Parses the RRULE subset meetings need: weekly (every n weeks, on some days) or monthly (the
 * n-th weekday, or a day of the month), ending with COUNT or UNTIL. Times come from the first
 * meeting, so BYHOUR/BYMINUTE and DTSTART are refused.
 */
export function parseRecurrence(input: string): ParsedRecurrence {
  const text = input.trim().replace(/^RRULE:/i, '');
  if (!text) throw new RecurrenceError('The recurrence is empty.');
  const fields = new Map<string, string>();
  for (const part of text.split(';')) {
    const [rawKey, value, ...rest] = part.split('=');
    const key = rawKey?.trim().toUpperCase();
    if (!key || value === undefined || rest.length) throw new RecurrenceError(`"${part}" is not a KEY=VALUE part of an RRULE.`);
    if (!ALLOWED.has(key)) throw new RecurrenceError(`${key} is not supported in a meeting recurrence (use FREQ, INTERVAL, COUNT or UNTIL, BYDAY, BYMONTHDAY, BYSETPOS).`);
    if (fields.has(key)) throw new RecurrenceError(`${key} appears twice.`);
    fields.set(key, value.trim().toUpperCase());
  }
  const freqText = fields.get('FREQ');
  if (freqText !== 'WEEKLY' && freqText !== 'MONTHLY') throw new RecurrenceError('FREQ must be WEEKLY or MONTHLY.');
  const options: ParsedRecurrence['options'] = { freq: freqText === 'WEEKLY' ? RRule.WEEKLY : RRule.MONTHLY, interval: 1 };
  if (fields.has('INTERVAL')) options.interval = intIn('INTERVAL', fields.get('INTERVAL')!, 1, 52);
  if (fields.has('BYDAY')) options.byweekday = parseByDay(fields.get('BYDAY')!);
  if (fields.has('BYMONTHDAY')) options.bymonthday = fields.get('BYMONTHDAY')!.split(',').map((v) => intIn('BYMONTHDAY', v, -31, 31));
  if (fields.has('BYSETPOS')) options.bysetpos = fields.get('BYSETPOS')!.split(',').map((v) => intIn('BYSETPOS', v, -5, 5));
  if (fields.has('WKST')) {
    const w = DAYS[fields.get('WKST')!];
    if (!w) throw new RecurrenceError('WKST must be a weekday like MO.');
    options.wkst = w;
  }
  if (fields.has('COUNT') === fields.has('UNTIL')) throw new RecurrenceError('A recurrence needs an end: give either COUNT or UNTIL (not both).');
  let untilDay: Date | undefined;
  if (fields.has('COUNT')) options.count = intIn('COUNT', fields.get('COUNT')!, 1, MAX_OCCURRENCES);
  else {
    const m = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(fields.get('UNTIL')!);
    const day = m && new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
    if (!m || !day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}`) {
      throw new RecurrenceError('UNTIL must be a date like 20260630 or 20260630T220000Z.');
    }
    untilDay = day;
  }
  const rule = [...fields.entries()].map(([k, v]) => `${k}=${v}`).join(';');
  return { rule, frequency: freqText, count: options.count, untilDay, options };
}

/**
 * The occurrences of a series whose first meeting is [startsAt, endsAt), following the zone's
 * local clock. The series ends with its COUNT, or on its UNTIL day (inclusive, local time).
 */
export function expandRecurrence(parsed: ParsedRecurrence, first: Occurrence, timeZone: string): Occurrence[] {
  const dtstart = toWallClock(first.startsAt, timeZone);
  const wallDuration = toWallClock(first.endsAt, timeZone).getTime() - dtstart.getTime();
  const until = parsed.untilDay ? new Date(parsed.untilDay.getTime() + 24 * 3600_000 - 1) : undefined;
  const rule = new RRule({ ...parsed.options, dtstart, until });
  const starts = rule.all((_, i) => i <= MAX_OCCURRENCES);
  if (starts.length > MAX_OCCURRENCES) {
    throw new RecurrenceError(`This recurrence makes more than ${MAX_OCCURRENCES} meetings; shorten it with an earlier UNTIL or a COUNT.`);
  }
  if (!starts.length) throw new RecurrenceError('This recurrence has no meeting at all; check BYDAY and UNTIL.');
  return starts.map((wall) => ({
    startsAt: fromWallClock(wall, timeZone),
    endsAt: fromWallClock(new Date(wall.getTime() + wallDuration), timeZone),
  }));
}
