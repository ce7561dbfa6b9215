/** The charter of the assembly: 15 seats, at least 8 held by women, two-year terms. */
export const TERM_DEFAULTS = { seatCount: 15, minimumWomen: 8, lengthInYears: 2 } as const;
export const MAX_SEATS = 15;

/**
 * The fewest women a term may require: half its seats, rounded up (the charter's 8 of 15).
 * A lower minimum would switch parity off without anyone noticing.
 */
export function minimumWomenFloor(seatCount: number): number {
  return Math.ceil(seatCount / 2);
}

/** YYYY-MM-DD of the day before the same date `years` later: a term starting 2025-01-08 ends 2027-01-07. */
export function defaultTermEnd(startsOn: string, years: number = TERM_DEFAULTS.lengthInYears): string {
  const [y, m, d] = startsOn.split('-').map(Number);
  const end = new Date(Date.UTC(y + years, m - 1, d));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}
