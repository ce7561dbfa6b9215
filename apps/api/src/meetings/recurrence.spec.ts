import {
  expandRecurrence,
  fromWallClock,
  isKnownTimeZone,
  MAX_OCCURRENCES,
  parseRecurrence,
  RecurrenceError,
  shiftWallClock,
  toWallClock,
} from './recurrence';

const paris = (iso: string) => fromWallClock(new Date(`${iso}Z`), 'Europe/Paris');
const wall = (d: Date, tz = 'Europe/Paris') => toWallClock(d, tz).toISOString().slice(0, 16);

describe('recurrence', () => {
  describe('expandRecurrence', () => {
    it('keeps 18:00 Paris time every Tuesday across the March and October changes', () => {
      const first = { startsAt: paris('2027-03-16T18:00:00'), endsAt: paris('2027-03-16T20:00:00') };
      const march = expandRecurrence(parseRecurrence('FREQ=WEEKLY;COUNT=3'), first, 'Europe/Paris');
      expect(march.map((o) => o.startsAt.toISOString())).toEqual([
        '2027-03-16T17:00:00.000Z',
        '2027-03-23T17:00:00.000Z',
        '2027-03-30T16:00:00.000Z',
      ]);
      expect(march.map((o) => wall(o.endsAt))).toEqual(['2027-03-16T20:00', '2027-03-23T20:00', '2027-03-30T20:00']);
      const octFirst = { startsAt: paris('2026-10-20T18:00:00'), endsAt: paris('2026-10-20T20:00:00') };
      const october = expandRecurrence(parseRecurrence('FREQ=WEEKLY;COUNT=2'), octFirst, 'Europe/Paris');
      expect(october.map((o) => o.startsAt.toISOString())).toEqual(['2026-10-20T16:00:00.000Z', '2026-10-27T17:00:00.000Z']);
    });

    it('expands every two weeks until a local day, inclusive', () => {
      const first = { startsAt: paris('2026-01-06T18:00:00'), endsAt: paris('2026-01-06T19:30:00') };
      const all = expandRecurrence(parseRecurrence('FREQ=WEEKLY;INTERVAL=2;UNTIL=20260203'), first, 'Europe/Paris');
      expect(all.map((o) => wall(o.startsAt))).toEqual(['2026-01-06T18:00', '2026-01-20T18:00', '2026-02-03T18:00']);
    });

    it('expands monthly on the second Tuesday', () => {
      const first = { startsAt: paris('2026-01-13T10:00:00'), endsAt: paris('2026-01-13T12:00:00') };
      const all = expandRecurrence(parseRecurrence('FREQ=MONTHLY;BYDAY=2TU;COUNT=4'), first, 'Europe/Paris');
      expect(all.map((o) => wall(o.startsAt))).toEqual(['2026-01-13T10:00', '2026-02-10T10:00', '2026-03-10T10:00', '2026-04-14T10:00']);
    });

    it(`refuses more than ${MAX_OCCURRENCES} occurrences`, () => {
      const first = { startsAt: paris('2026-01-05T10:00:00'), endsAt: paris('2026-01-05T11:00:00') };
      expect(() => expandRecurrence(parseRecurrence('FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=20280101'), first, 'Europe/Paris')).toThrow(
        RecurrenceError,
      );
      expect(() => parseRecurrence(`FREQ=WEEKLY;COUNT=${MAX_OCCURRENCES + 1}`)).toThrow(RecurrenceError);
    });
  });

  describe('parseRecurrence', () => {
    it.each([
      ['', 'empty'],
      ['FREQ=DAILY;COUNT=3', 'daily'],
      ['FREQ=WEEKLY', 'no end'],
      ['FREQ=WEEKLY;COUNT=3;UNTIL=20260101', 'both ends'],
      ['FREQ=WEEKLY;COUNT=3;BYHOUR=9', 'BYHOUR'],
      ['FREQ=WEEKLY;COUNT=x', 'bad count'],
      ['FREQ=WEEKLY;UNTIL=20261345', 'bad date'],
      ['FREQ=MONTHLY;BYDAY=9TU;COUNT=2', 'bad nth'],
      ['FREQ=WEEKLY;COUNT=2;COUNT=3', 'twice'],
    ])('refuses %p (%s)', (rule) => {
      expect(() => parseRecurrence(rule)).toThrow(RecurrenceError);
    });

    it('normalises the rule it stores', () => {
      expect(parseRecurrence('RRULE:freq=weekly;interval=2;count=5').rule).toBe('FREQ=WEEKLY;INTERVAL=2;COUNT=5');
    });
  });

  it('knows IANA zones and shifts by wall-clock time', () => {
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    // One week after 18:00 on the Tuesday before the March change is still 18:00.
    expect(wall(shiftWallClock(paris('2027-03-23T18:00:00'), 'Europe/Paris', 7 * 86400_000))).toBe('2027-03-30T18:00');
  });
});
