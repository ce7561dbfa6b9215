import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { instantsOfLocalSpan, parseWallClock, rfc3339OfWallClock } from '@tribune/domain';
import { parseDateTime } from '../common/scalars';
import { expandRecurrence, parseRecurrence, plannedSpan, toWallClock } from './recurrence';

/** The first meeting as the web (and an integrator following RFC 3339) sends it: local times with the offset the rule reads them with. */
function firstMeeting(start: string, end: string, zone: string) {
  const [startsAt, endsAt] = [start, end].map((t) => parseDateTime(rfc3339OfWallClock(parseWallClock(t)!, zone)));
  const single = plannedSpan(startsAt, endsAt, zone);
  // The same instants as the web computes for a single meeting (instantsOfLocalSpan).
  const web = instantsOfLocalSpan(parseWallClock(start)!, parseWallClock(end)!, zone);
  expect([single.startsAt.getTime(), single.endsAt.getTime()]).toEqual([web.startsAt, web.endsAt]);
  return { sent: { startsAt, endsAt }, single };
}

interface Case {
  zone: string;
  start: string;
  end: string;
  rrule: string | null;
}

function ours(c: Case): string[][] {
  const { sent, single } = firstMeeting(c.start, c.end, c.zone);
  const all = c.rrule ? expandRecurrence(parseRecurrence(c.rrule), sent, c.zone) : [single];
  return all.map((o) => [o.startsAt.toISOString(), o.endsAt.toISOString()]);
}

const local = (zone: string, instant: string) => toWallClock(new Date(instant), zone).toISOString().slice(0, 16);

describe('local times that do not exist or exist twice (RFC 5545: forward by the gap, first occurrence)', () => {
  it('moves a Paris 02:30 on the March night forward to 03:30, not back to 01:30', () => {
    expect(ours({ zone: 'Europe/Paris', start: '2027-03-28T02:30', end: '2027-03-28T04:00', rrule: null })).toEqual([
      ['2027-03-28T01:30:00.000Z', '2027-03-28T02:00:00.000Z'],
    ]);
  });

  it('reads an ambiguous time as its first occurrence, in Paris as in New York', () => {
    expect(ours({ zone: 'Europe/Paris', start: '2026-10-25T02:30', end: '2026-10-25T03:30', rrule: null })[0][0]).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(ours({ zone: 'America/New_York', start: '2026-11-01T01:30', end: '2026-11-01T03:00', rrule: null })[0][0]).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    expect(ours({ zone: 'Australia/Lord_Howe', start: '2027-04-04T01:45', end: '2027-04-04T03:00', rrule: null })[0][0]).toBe(
      '2027-04-03T14:45:00.000Z',
    );
  });

  it('never ends a meeting before it starts (01:45-02:15, and 02:30-03:15 across the Paris gap)', () => {
    expect(ours({ zone: 'Europe/Paris', start: '2027-03-28T01:45', end: '2027-03-28T02:15', rrule: null })).toEqual([
      ['2027-03-28T00:45:00.000Z', '2027-03-28T01:15:00.000Z'],
    ]);
    expect(ours({ zone: 'Europe/Paris', start: '2027-03-28T02:30', end: '2027-03-28T03:15', rrule: null })).toEqual([
      ['2027-03-28T01:30:00.000Z', '2027-03-28T02:15:00.000Z'],
    ]);
  });

  it('keeps a series started in the gap at its planned local time on the other days', () => {
    const all = ours({ zone: 'Europe/Paris', start: '2027-03-28T02:30', end: '2027-03-28T04:00', rrule: 'FREQ=WEEKLY;COUNT=3' });
    expect(all.map(([s, e]) => [local('Europe/Paris', s), local('Europe/Paris', e)])).toEqual([
      ['2027-03-28T03:30', '2027-03-28T04:00'],
      ['2027-04-04T02:30', '2027-04-04T04:00'],
      ['2027-04-11T02:30', '2027-04-11T04:00'],
    ]);
  });

  it('applies the rule to the occurrence of a series that falls in a 30-minute gap (Lord Howe) and a 02:45 one (Chatham)', () => {
    const lh = ours({ zone: 'Australia/Lord_Howe', start: '2026-09-27T02:15', end: '2026-09-27T03:00', rrule: 'FREQ=WEEKLY;COUNT=2' });
    expect(local('Australia/Lord_Howe', lh[1][0])).toBe('2026-10-04T02:45');
    const ch = ours({ zone: 'Pacific/Chatham', start: '2026-09-20T03:00', end: '2026-09-20T04:00', rrule: 'FREQ=WEEKLY;COUNT=2' });
    expect(local('Pacific/Chatham', ch[1][0])).toBe('2026-09-27T04:00');
  });

  it('keeps a first meeting given in the second occurrence of a repeated hour where it was asked; the rule places the others', () => {
    const first = { startsAt: parseDateTime('2026-10-25T02:30:00+01:00'), endsAt: parseDateTime('2026-10-25T03:30:00+01:00') };
    const all = expandRecurrence(parseRecurrence('FREQ=WEEKLY;COUNT=2'), first, 'Europe/Paris');
    expect(all.map((o) => o.startsAt.toISOString())).toEqual(['2026-10-25T01:30:00.000Z', '2026-11-01T01:30:00.000Z']);
  });

  describe('UNTIL', () => {
    const weekly = (until: string) =>
      ours({ zone: 'Europe/Paris', start: '2027-03-07T18:00', end: '2027-03-07T19:00', rrule: `FREQ=WEEKLY;UNTIL=${until}` }).length;
    it('honours a UTC time, not only its date', () => {
      expect(weekly('20270321T170000Z')).toBe(3);
      expect(weekly('20270321T165959Z')).toBe(2);
    });
    it("reads a time without Z on the meeting's clock, and a date as the whole local day", () => {
      expect(weekly('20270321T180000')).toBe(3);
      expect(weekly('20270321T175959')).toBe(2);
      expect(weekly('20270321')).toBe(3);
    });
  });

  /**
   * The same expansion by an independent implementation: python-dateutil's rrule and zoneinfo
   * (dst-oracle.py, which writes the RFC 5545 rule out itself), over every quarter hour of the
   * nights the clocks change, in zones with 1-hour, 30-minute and 02:45 changes and none.
   */
  describe('agrees with python-dateutil and zoneinfo', () => {
    const python = '/usr/bin/python3';
    const available = spawnSync(python, ['-c', 'import dateutil, zoneinfo'], { stdio: 'ignore' }).status === 0;
    const CHANGES: Record<string, string[]> = {
      'Europe/Paris': ['2027-03-28', '2026-10-25'],
      'America/New_York': ['2027-03-14', '2026-11-01'],
      'Asia/Kabul': ['2027-03-28'],
      'Australia/Lord_Howe': ['2026-10-04', '2027-04-04'],
      'Pacific/Chatham': ['2026-09-27', '2027-04-04'],
    };
    const dayBefore = (day: string, days: number) =>
      new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
    const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const cases: Case[] = [];
    for (const [zone, days] of Object.entries(CHANGES)) {
      for (const day of days) {
        for (let m = 0; m < 5 * 60; m += 15) {
          for (const duration of [15, 30, 45, 90]) {
            const at = (d: string, minutes: number) => `${d}T${hhmm(minutes)}`;
            const span = (d: string) => ({ start: at(d, m), end: minuteAfter(d, m + duration) });
            cases.push({ zone, ...span(day), rrule: null });
            cases.push({ zone, ...span(dayBefore(day, 7)), rrule: 'FREQ=WEEKLY;COUNT=3' });
            cases.push({
              zone,
              ...span(dayBefore(day, 14)),
              rrule: `FREQ=WEEKLY;UNTIL=${day.replaceAll('-', '')}T${hhmm(m).replace(':', '')}00`,
            });
            cases.push({ zone, ...span(day), rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=3' });
            cases.push({
              zone,
              ...span(dayBefore(day, 28)),
              rrule: `FREQ=MONTHLY;BYDAY=${['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${day}T12:00:00Z`).getUTCDay()]};BYSETPOS=${Math.ceil(Number(day.slice(8)) / 7)};COUNT=3`,
            });
          }
        }
      }
    }

    (available ? it : it.skip)(`in ${Object.keys(CHANGES).join(', ')} (${cases.length} meetings and series)`, () => {
      const theirs = JSON.parse(
        execFileSync(python, [join(__dirname, 'dst-oracle.py')], { input: JSON.stringify(cases), maxBuffer: 64 * 1024 * 1024 }).toString(),
      ) as string[][][];
      const disagreements = cases
        .map((c, i) => ({ c, ours: ours(c), theirs: theirs[i] }))
        .filter((d) => JSON.stringify(d.ours) !== JSON.stringify(d.theirs));
      expect(disagreements.slice(0, 3)).toEqual([]);
    });
    if (!available) it.todo('install python3-dateutil (Debian) for /usr/bin/python3 to compare with an independent implementation');
  });
});

/** `day` plus a number of minutes past its midnight, as a local time (may run into the next day). */
function minuteAfter(day: string, minutes: number) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
}
