/**
 * Local clock times in an IANA zone, and the one rule that turns them into instants.
 *
 * THE RULE (RFC 5545, 3.3.5), the same in every zone, for a single meeting, each occurrence of a
 * series and their end times:
 * - a local time that happens twice (clocks go back) is its FIRST occurrence (the offset before
 *   the change): New York 01:30 on the November change is 01:30 EDT;
 * - a local time that does not exist (clocks go forward) is read with the offset before the gap,
 *   so it moves forward by the length of the gap: Paris 02:30 on the March change is 03:30 CEST,
 *   Lord Howe 02:15 (a 30-minute gap) is 02:45;
 * - an end time goes through the same rule; if the gap pushed the start to or past the end (a
 *   02:30-03:15 meeting on the March night in Paris), the end keeps the planned local duration
 *   after the start (03:30-04:15), so a meeting never ends before it starts.
 *
 * Local times are written `YYYY-MM-DDTHH:MM[:SS[.sss]]` (no offset) or handled as "floating"
 * millisecond counts whose UTC fields are the wall clock.
 */

const formats = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string) {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** The zone's wall clock at an instant, as a floating millisecond count (UTC fields = wall clock). */
export function wallClockMs(instantMs: number, timeZone: string): number {
  const p: Record<string, string> = {};
  for (const part of format(timeZone).formatToParts(instantMs)) p[part.type] = part.value;
  const year = p.era === 'BC' || p.era === 'B' ? 1 - Number(p.year) : Number(p.year);
  const d = new Date(0);
  d.setUTCFullYear(year, Number(p.month) - 1, Number(p.day));
  d.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second), ((instantMs % 1000) + 1000) % 1000);
  return d.getTime();
}

/** The zone's offset from UTC at an instant, in milliseconds (Paris in summer: +7,200,000). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  return wallClockMs(instantMs, timeZone) - instantMs;
}

const DAY_MS = 86_400_000;

/**
 * The instant at which the zone's clocks show this local time, by THE RULE above (first
 * occurrence; forward by the gap). Offsets a day on each side bracket the change (no zone
 * changes its offset twice within two days).
 */
export function instantOfWallClock(wallMs: number, timeZone: string): number {
  const before = zoneOffsetMs(wallMs - DAY_MS, timeZone);
  const after = zoneOffsetMs(wallMs + DAY_MS, timeZone);
  const valid = [wallMs - before, wallMs - after].filter((t) => wallClockMs(t, timeZone) === wallMs);
  if (valid.length) return Math.min(...valid);
  // Nonexistent: read with the offset in force before the gap, i.e. forward by the gap's length.
  return wallMs - before;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/** A local time `YYYY-MM-DDTHH:MM[:SS[.sss]]` as a floating millisecond count, or null if it is not one (or not a real date). */
export function parseWallClock(local: string): number | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((v) => Number(v ?? 0));
  const ms = Number((m[7] ?? '').padEnd(3, '0'));
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, ms);
  if (
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== mo - 1 ||
    date.getUTCDate() !== d ||
    date.getUTCHours() !== h ||
    date.getUTCMinutes() !== mi ||
    date.getUTCSeconds() !== s
  )
    return null;
  return date.getTime();
}

/** A single meeting (or poll slot) typed as local start and end times: its instants by THE RULE. */
export function instantsOfLocalSpan(startWallMs: number, endWallMs: number, timeZone: string): { startsAt: number; endsAt: number } {
  const startsAt = instantOfWallClock(startWallMs, timeZone);
  let endsAt = instantOfWallClock(endWallMs, timeZone);
  if (endWallMs > startWallMs && endsAt <= startsAt) endsAt = startsAt + (endWallMs - startWallMs);
  return { startsAt, endsAt };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/**
 * An RFC 3339 string that says both the local time as typed and its instant: the offset is the
 * one THE RULE reads it with, so Paris 02:30 on the March night is `...T02:30:00+01:00` (the
 * instant 03:30 CEST). The API takes a series' clock time from such a string, so a series whose
 * first meeting falls in a gap still meets at 02:30 on the other days.
 */
export function rfc3339OfWallClock(wallMs: number, timeZone: string): string {
  const offsetMin = Math.round((wallMs - instantOfWallClock(wallMs, timeZone)) / 60_000);
  const d = new Date(wallMs);
  const sign = offsetMin < 0 ? '-' : '+';
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${sign}${pad(Math.trunc(Math.abs(offsetMin) / 60))}:${pad(Math.abs(offsetMin) % 60)}`;
}
