/** Formats a calendar date (YYYY-MM-DD, as the API sends `Date`) in the reader's language, without time-zone drift. */
export function formatDate(isoDate: string, lng: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
