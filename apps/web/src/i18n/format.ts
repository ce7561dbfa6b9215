/** Formats a calendar date (YYYY-MM-DD, as the API sends `Date`) in the reader's language, without time-zone drift. */
export function formatDate(isoDate: string, lng: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** The zone meetings are planned in unless said otherwise. */
export const PARIS = 'Europe/Paris';

/** The reader's own IANA zone (from the browser). */
export function userTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || PARIS;
  } catch {
    return PARIS;
  }
}

/** "mardi 1 décembre 2026 à 18:00" of an instant, on a zone's clock. */
export function formatDateTime(iso: string, lng: string, timeZone: string): string {
  return new Intl.DateTimeFormat(lng, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** "18:00" of an instant on a zone's clock. */
export function formatTime(iso: string, lng: string, timeZone: string): string {
  return new Intl.DateTimeFormat(lng, { timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** "mar. 1 déc., 18:00" (compact, for lists). */
export function formatShortDateTime(iso: string, lng: string, timeZone: string): string {
  return new Intl.DateTimeFormat(lng, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** "2026-11-27" today on the reader's clock (for date inputs). */
export function todayIso(timeZone = userTimeZone()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
