import { describe, expect, it } from 'vitest';
import { byDay, dayOf, mondayOf, monthWeeks, parseDay, periodBounds, shift, visibleDays, weekDays } from './grid';

describe('monthWeeks', () => {
  it('covers a month with whole weeks, Monday first, padded with the neighbouring months', () => {
    // November 2026 starts on a Sunday and ends on a Monday: six rows.
    const weeks = monthWeeks('2026-11-27');
    expect(weeks).toHaveLength(6);
    expect(weeks[0].map((c) => c.day)).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
    ]);
    expect(weeks[0].filter((c) => c.inMonth).map((c) => c.day)).toEqual(['2026-11-01']);
    expect(weeks[5][0]).toEqual({ day: '2026-11-30', inMonth: true });
    expect(weeks[5][1]).toEqual({ day: '2026-12-01', inMonth: false });
    expect(weeks.flat().filter((c) => c.inMonth)).toHaveLength(30);
  });

  it('needs only four rows for a February that starts on a Monday', () => {
    const weeks = monthWeeks('2027-02-14');
    expect(weeks).toHaveLength(4);
    expect(weeks[0][0]).toEqual({ day: '2027-02-01', inMonth: true });
    expect(weeks[3][6]).toEqual({ day: '2027-02-28', inMonth: true });
  });

  it('knows leap years and year ends', () => {
    expect(
      monthWeeks('2028-02-01')
        .flat()
        .filter((c) => c.inMonth),
    ).toHaveLength(29);
    const december = monthWeeks('2026-12-31');
    expect(december[december.length - 1].map((c) => c.day)).toContain('2027-01-03');
  });
});

describe('weekDays', () => {
  it('runs Monday to Sunday, across a month and a year boundary', () => {
    expect(weekDays('2026-12-31')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(mondayOf('2027-03-28')).toBe('2027-03-22');
  });
});

describe('periodBounds', () => {
  it('is 167 hours for the week the clocks go forward (28 March 2027)', () => {
    const { from, to } = periodBounds(weekDays('2027-03-24'));
    expect(from).toBe('2027-03-21T23:00:00.000Z'); // Monday 00:00 in Paris, winter time
    expect(to).toBe('2027-03-28T22:00:00.000Z'); // the next Monday 00:00 in Paris, summer time
    expect((Date.parse(to) - Date.parse(from)) / 3_600_000).toBe(167);
  });

  it('is 169 hours for the week the clocks go back (25 October 2026)', () => {
    const { from, to } = periodBounds(weekDays('2026-10-25'));
    expect(from).toBe('2026-10-18T22:00:00.000Z');
    expect(to).toBe('2026-10-25T23:00:00.000Z');
    expect((Date.parse(to) - Date.parse(from)) / 3_600_000).toBe(169);
  });

  it('spans the whole grid of a month view, padding days included', () => {
    expect(periodBounds(visibleDays('month', '2026-11-10'))).toEqual({ from: '2026-10-25T23:00:00.000Z', to: '2026-12-06T23:00:00.000Z' });
  });
});

describe('dayOf', () => {
  it('puts a meeting on the day it starts on the Paris clock, not in UTC', () => {
    expect(dayOf('2027-03-28T22:30:00Z')).toBe('2027-03-29'); // 00:30 summer time
    expect(dayOf('2027-03-28T21:30:00Z')).toBe('2027-03-28'); // 23:30 summer time
    expect(dayOf('2026-10-25T22:30:00Z')).toBe('2026-10-25'); // 23:30 winter time
    expect(dayOf('2026-10-25T23:30:00Z')).toBe('2026-10-26');
  });
});

describe('byDay', () => {
  it('groups meetings by Paris day, in order of starting time', () => {
    const days = byDay([
      { id: 'b', startsAt: '2027-03-28T16:00:00Z' },
      { id: 'a', startsAt: '2027-03-28T08:00:00Z' },
      { id: 'c', startsAt: '2027-03-28T22:30:00Z' },
    ]);
    expect(days.get('2027-03-28')?.map((m) => m.id)).toEqual(['a', 'b']);
    expect(days.get('2027-03-29')?.map((m) => m.id)).toEqual(['c']);
  });
});

describe('shift', () => {
  it('moves by a week, or by a month from the 1st so that 31 January never skips February', () => {
    expect(shift('week', '2027-03-24', 1)).toBe('2027-03-31');
    expect(shift('week', '2027-01-02', -1)).toBe('2026-12-26');
    expect(shift('month', '2027-01-31', 1)).toBe('2027-02-01');
    expect(shift('month', '2027-01-15', -1)).toBe('2026-12-01');
  });
});

describe('parseDay', () => {
  it('accepts a real date and refuses anything else', () => {
    expect(parseDay('2027-02-28')).toBe('2027-02-28');
    expect(parseDay('2027-02-30')).toBeNull();
    expect(parseDay('tomorrow')).toBeNull();
    expect(parseDay(null)).toBeNull();
  });
});
