import { describe, expect, it } from 'vitest';
import { zonedSpan, zonedSpanFor } from './local-time';

describe("times typed on a meeting's clock", () => {
  it('sends the local time as typed with its offset, in winter and summer', () => {
    expect(zonedSpanFor('2026-12-01T18:00', 120, 'Europe/Paris')).toMatchObject({
      startsAt: '2026-12-01T18:00:00+01:00',
      endsAt: '2026-12-01T20:00:00+01:00',
    });
    expect(zonedSpanFor('2026-06-02T18:00', 90, 'Europe/Paris')).toMatchObject({
      startsAt: '2026-06-02T18:00:00+02:00',
      endsAt: '2026-06-02T19:30:00+02:00',
    });
  });

  it('moves a time the clocks skip forward by the gap, and keeps the duration when the end would come first', () => {
    const s = zonedSpan('2027-03-28T02:30', '2027-03-28T03:15', 'Europe/Paris')!;
    expect(s.startsAt).toBe('2027-03-28T02:30:00+01:00');
    expect(s.start.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(s.end.toISOString()).toBe('2027-03-28T02:15:00.000Z');
  });

  it('reads a time the clocks repeat as its first occurrence, in Paris as in New York', () => {
    expect(zonedSpanFor('2026-10-25T02:30', 60, 'Europe/Paris')!.start.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedSpanFor('2026-11-01T01:30', 60, 'America/New_York')!.start.toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('is null for what is not a local time', () => {
    expect(zonedSpanFor('', 60, 'Europe/Paris')).toBeNull();
    expect(zonedSpan('2027-02-30T10:00', '2027-02-30T11:00', 'Europe/Paris')).toBeNull();
  });
});
