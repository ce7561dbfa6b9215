import type { TFunction } from 'i18next';

/** "4 min 05 s", "1 h 02 min", "35 s": speaking time as a person reads it. */
export function formatDuration(totalSeconds: number, t: TFunction): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return t('records.duration.hours', { h, m: String(m).padStart(2, '0') });
  if (m > 0) return t('records.duration.minutes', { m, s: String(sec).padStart(2, '0') });
  return t('records.duration.seconds', { s: sec });
}

/** A share 0..1 as "42 %" in the reader's language. */
export function formatShare(share: number, lng: string): string {
  return new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A file name from a term's name: letters, digits and dashes only. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'term'
  );
}
