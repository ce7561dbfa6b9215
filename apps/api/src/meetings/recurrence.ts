import { Frequency, RRule, Weekday } from 'rrule';
import { instantOfWallClock, instantsOfLocalSpan, parseWallClock, wallClockMs, ErrorReason, type ErrorParams } from '@tribune/domain';
import { writtenWallClock } from '../common/scalars';

/** A two-year term met weekly is ~105 meetings; more than this is a mistake, not a schedule. */
export const MAX_OCCURRENCES = 110;

/** Thrown for a recurrence a person must fix; the service turns it into BAD_USER_INPUT. */
/** A recurrence refused; `because` names the rule where a person needs more than INVALID_RECURRENCE. */
export class RecurrenceError extends Error {
  constructor(
    message: string,
    readonly because: { reason?: ErrorReason; params?: ErrorParams } = {},
  ) {
    super(message);
  }
}

export function isKnownTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The local wall-clock time of an instant in a zone, as a "floating" Date whose UTC fields are
 * that wall clock (the representation rrule computes in, so days and hours never drift with DST).
 */
export function toWallClock(instant: Date, timeZone: string): Date {
  return new Date(wallClockMs(instant.getTime(), timeZone));
}

/**
 * The instant at which the zone's clocks show this floating wall-clock time, by the one rule for
 * local times that do not exist or exist twice (RFC 5545: forward by the gap; first occurrence),
 * instantOfWallClock in packages/domain/src/local-time.ts.
 */
export function fromWallClock(wallClock: Date, timeZone: string): Date {
  return new Date(instantOfWallClock(wallClock.getTime(), timeZone));
}

/**
 * The local time an instant input stands for in a zone: the one it was written in when that is
 * how the rule reads it in this zone (`2027-03-28T02:30:00+01:00` is Paris 02:30, pushed to 03:30
 * by the March gap), else the zone's clock at that instant.
 */
export function intendedWallClock(instant: Date, timeZone: string): Date {
  const written = writtenWallClock(instant);
  if (written !== undefined && instantOfWallClock(written, timeZone) === instant.getTime()) return new Date(written);
  return toWallClock(instant, timeZone);
}

/** A span of local times in a zone as instants, by the rule (and never ending before it starts). */
export function fromWallClockSpan(startWall: Date, endWall: Date, timeZone: string): Occurrence {
  const { startsAt, endsAt } = instantsOfLocalSpan(startWall.getTime(), endWall.getTime(), timeZone);
  return { startsAt: new Date(startsAt), endsAt: new Date(endsAt) };
}

/**
 * A meeting's instants as sent, except that an end written as a local time the March gap puts
 * at or before the start (02:30-03:15 in Paris: 03:30 and 03:15) keeps the planned local
 * duration after the start, as the rule says (fromWallClockSpan).
 */
export function plannedSpan(startsAt: Date, endsAt: Date, timeZone: string): Occurrence {
  const wallDuration = intendedWallClock(endsAt, timeZone).getTime() - intendedWallClock(startsAt, timeZone).getTime();
  if (endsAt <= startsAt && wallDuration > 0) return { startsAt, endsAt: new Date(startsAt.getTime() + wallDuration) };
  return { startsAt, endsAt };
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
    if (n !== undefined && (n === 0 || Math.abs(n) > 5))
      throw new RecurrenceError(`BYDAY "${token}": the week number must be 1 to 5 or -1 to -5.`);
    return n === undefined ? DAYS[m[2]] : DAYS[m[2]].nth(n);
  });
}

const intIn = (key: string, value: string, min: number, max: number) => {
  if (!/^[+-]?\d{1,4}$/.test(value) || +value < min || +value > max)
    throw new RecurrenceError(`${key} must be a whole number from ${min} to ${max}.`);
  return Number(value);
};

export interface ParsedRecurrence {
  /** The rule as stored (normalised, without DTSTART: the first meeting gives it). */
  rule: string;
  frequency: 'WEEKLY' | 'MONTHLY';
  count?: number;
  /** UNTIL's day (UTC midnight): for a date, the last local day the series may reach. */
  untilDay?: Date;
  /**
   * UNTIL as RFC 5545 reads it: a date is the whole local day (inclusive); a time with Z is that
   * instant; a time without Z is a local time of the meeting's zone. No occurrence starts after it.
   */
  until?: { kind: 'day'; day: Date } | { kind: 'instant'; at: Date } | { kind: 'local'; wallClock: Date };
  options: {
    freq: Frequency;
    interval: number;
    count?: number;
    byweekday?: Weekday[];
    bymonthday?: number[];
    bysetpos?: number[];
    wkst?: Weekday;
  };
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
    if (!ALLOWED.has(key))
      throw new RecurrenceError(
        `${key} is not supported in a meeting recurrence (use FREQ, INTERVAL, COUNT or UNTIL, BYDAY, BYMONTHDAY, BYSETPOS).`,
      );
    if (fields.has(key)) throw new RecurrenceError(`${key} appears twice.`);
    fields.set(key, value.trim().toUpperCase());
  }
  const freqText = fields.get('FREQ');
  if (freqText !== 'WEEKLY' && freqText !== 'MONTHLY') throw new RecurrenceError('FREQ must be WEEKLY or MONTHLY.');
  const options: ParsedRecurrence['options'] = { freq: freqText === 'WEEKLY' ? RRule.WEEKLY : RRule.MONTHLY, interval: 1 };
  if (fields.has('INTERVAL')) options.interval = intIn('INTERVAL', fields.get('INTERVAL')!, 1, 52);
  if (fields.has('BYDAY')) options.byweekday = parseByDay(fields.get('BYDAY')!);
  if (fields.has('BYMONTHDAY'))
    options.bymonthday = fields
      .get('BYMONTHDAY')!
      .split(',')
      .map((v) => intIn('BYMONTHDAY', v, -31, 31));
  if (fields.has('BYSETPOS'))
    options.bysetpos = fields
      .get('BYSETPOS')!
      .split(',')
      .map((v) => intIn('BYSETPOS', v, -5, 5));
  if (fields.has('WKST')) {
    const w = DAYS[fields.get('WKST')!];
    if (!w) throw new RecurrenceError('WKST must be a weekday like MO.');
    options.wkst = w;
  }
  if (fields.has('COUNT') === fields.has('UNTIL'))
    throw new RecurrenceError('A recurrence needs an end: give either COUNT or UNTIL (not both).');
  let untilDay: Date | undefined;
  let until: ParsedRecurrence['until'];
  if (fields.has('COUNT')) options.count = intIn('COUNT', fields.get('COUNT')!, 1, MAX_OCCURRENCES);
  else {
    const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(fields.get('UNTIL')!);
    const wall = m && parseWallClock(`${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}`);
    if (!m || wall === null || wall === undefined) throw new RecurrenceError('UNTIL must be a date like 20260630 or 20260630T220000Z.');
    untilDay = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
    if (m[4] === undefined) until = { kind: 'day', day: untilDay };
    else if (m[7]) until = { kind: 'instant', at: new Date(wall) };
    else until = { kind: 'local', wallClock: new Date(wall) };
  }
  const rule = [...fields.entries()].map(([k, v]) => `${k}=${v}`).join(';');
  return { rule, frequency: freqText, count: options.count, untilDay, until, options };
}

/**
 * The occurrences of a series whose first meeting is [startsAt, endsAt), following the zone's
 * local clock: the RRULE runs on the first meeting's local start time (as written, see
 * intendedWallClock), each occurrence lasts the first one's local duration, and each local start
 * and end becomes an instant by the one rule (fromWallClockSpan). The series ends with its COUNT
 * or its UNTIL (a day: inclusive, local; a time: no occurrence starts after it).
 */
export function expandRecurrence(parsed: ParsedRecurrence, first: Occurrence, timeZone: string): Occurrence[] {
  const dtstart = intendedWallClock(first.startsAt, timeZone);
  const wallDuration = intendedWallClock(first.endsAt, timeZone).getTime() - dtstart.getTime();
  const u = parsed.until;
  // rrule compares floating wall clocks; an instant UNTIL is compared below, after the rule.
  const wallUntil = !u
    ? undefined
    : u.kind === 'day'
      ? new Date(u.day.getTime() + 24 * 3600_000 - 1)
      : u.kind === 'local'
        ? u.wallClock
        : new Date(wallClockMs(u.at.getTime(), timeZone) + 24 * 3600_000);
  const rule = new RRule({ ...parsed.options, dtstart, until: wallUntil });
  const walls = rule.all((_, i) => i <= MAX_OCCURRENCES + 1);
  let occurrences = walls.map((wall) => fromWallClockSpan(wall, new Date(wall.getTime() + wallDuration), timeZone));
  // The first meeting is the one asked for, instant for instant (a time given in the second
  // occurrence of a repeated hour stays there); the rule places the others.
  if (walls.length && walls[0].getTime() === dtstart.getTime()) occurrences[0] = plannedSpan(first.startsAt, first.endsAt, timeZone);
  if (u?.kind === 'instant') occurrences = occurrences.filter((o) => o.startsAt.getTime() <= u.at.getTime());
  if (occurrences.length > MAX_OCCURRENCES) {
    throw new RecurrenceError(`This recurrence makes more than ${MAX_OCCURRENCES} meetings; shorten it with an earlier UNTIL or a COUNT.`, {
      reason: ErrorReason.RECURRENCE_TOO_LONG,
      params: { max: MAX_OCCURRENCES },
    });
  }
  if (!occurrences.length)
    throw new RecurrenceError('This recurrence has no meeting at all; check BYDAY and UNTIL.', { reason: ErrorReason.RECURRENCE_EMPTY });
  return occurrences;
}
