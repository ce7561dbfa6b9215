import { instantsOfLocalSpan, parseWallClock, rfc3339OfWallClock } from '@tribune/domain';

/**
 * Local times typed on a meeting's clock (the values of datetime-local inputs), turned into what
 * the API takes by the one rule for times the clocks skip or repeat (RFC 5545: forward by the gap,
 * first occurrence; packages/domain/src/local-time.ts), the same as the API's.
 */
export interface ZonedSpan {
  /** RFC 3339 with the offset the rule reads the typed time with: it keeps the local time as typed (a series' clock). */
  startsAt: string;
  endsAt: string;
  /** The instants they stand for (an end the gap would put before its start keeps the typed duration). */
  start: Date;
  end: Date;
}

/** A start and an end typed on a zone's clock, or null if either is not a local time. */
export function zonedSpan(startLocal: string, endLocal: string, timeZone: string): ZonedSpan | null {
  const s = parseWallClock(startLocal);
  const e = parseWallClock(endLocal);
  if (s === null || e === null) return null;
  const { startsAt, endsAt } = instantsOfLocalSpan(s, e, timeZone);
  return {
    startsAt: rfc3339OfWallClock(s, timeZone),
    endsAt: rfc3339OfWallClock(e, timeZone),
    start: new Date(startsAt),
    end: new Date(endsAt),
  };
}

/** A start typed on a zone's clock and a duration in minutes (on the same clock). */
export function zonedSpanFor(startLocal: string, minutes: number, timeZone: string): ZonedSpan | null {
  const s = parseWallClock(startLocal);
  if (s === null) return null;
  return zonedSpan(startLocal, new Date(s + minutes * 60_000).toISOString().slice(0, 16), timeZone);
}
