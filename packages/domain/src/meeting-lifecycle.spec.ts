import { attendanceIsFinal, reopenableUntil, startNeedsConfirmation } from './meeting-lifecycle';

const at = (iso: string) => new Date(iso);
const ended = (o: { startsAt: string; startedAt: string | null; endedAt: string | null }) => ({
  status: 'ENDED',
  startsAt: at(o.startsAt),
  startedAt: o.startedAt ? at(o.startedAt) : null,
  endedAt: o.endedAt ? at(o.endedAt) : null,
});

describe('startNeedsConfirmation', () => {
  it('asks when the session would open more than 2 hours before the scheduled start, not within them nor after', () => {
    const startsAt = at('2026-12-16T17:00:00Z');
    expect(startNeedsConfirmation(startsAt, at('2026-12-03T07:00:00Z'))).toBe(true);
    expect(startNeedsConfirmation(startsAt, at('2026-12-16T14:59:59Z'))).toBe(true);
    expect(startNeedsConfirmation(startsAt, at('2026-12-16T15:00:00Z'))).toBe(false);
    expect(startNeedsConfirmation(startsAt, at('2026-12-16T18:00:00Z'))).toBe(false);
  });
});

describe('reopenableUntil', () => {
  it('is 24 hours after the end of an ended meeting, and nothing otherwise', () => {
    expect(
      reopenableUntil(ended({ startsAt: '2026-12-01T17:00:00Z', startedAt: '2026-12-01T17:00:00Z', endedAt: '2026-12-01T19:00:00Z' })),
    ).toEqual(at('2026-12-02T19:00:00Z'));
    expect(reopenableUntil({ status: 'LIVE', startsAt: at('2026-12-01T17:00:00Z'), endedAt: null })).toBeNull();
  });
});

describe('attendanceIsFinal', () => {
  it('is final for a meeting ended after its scheduled start, after 15 minutes live', () => {
    expect(
      attendanceIsFinal(ended({ startsAt: '2026-12-01T17:00:00Z', startedAt: '2026-12-01T16:55:00Z', endedAt: '2026-12-01T17:10:00Z' })),
    ).toBe(true);
  });
  it('is not final for a meeting ended before its scheduled start', () => {
    expect(
      attendanceIsFinal(ended({ startsAt: '2026-12-16T17:00:00Z', startedAt: '2026-12-03T07:00:00Z', endedAt: '2026-12-03T09:00:00Z' })),
    ).toBe(false);
  });
  it('is not final for a meeting live for less than 15 minutes', () => {
    expect(
      attendanceIsFinal(ended({ startsAt: '2026-12-01T17:00:00Z', startedAt: '2026-12-01T17:00:00Z', endedAt: '2026-12-01T17:14:59Z' })),
    ).toBe(false);
  });
  it('is not final while the meeting is live again (reopened)', () => {
    expect(
      attendanceIsFinal({ status: 'LIVE', startsAt: at('2026-12-01T17:00:00Z'), startedAt: at('2026-12-01T17:00:00Z'), endedAt: null }),
    ).toBe(false);
  });
  it('keeps counting meetings ended without a recorded opening or closing time', () => {
    expect(attendanceIsFinal(ended({ startsAt: '2026-03-10T17:00:00Z', startedAt: null, endedAt: null }))).toBe(true);
  });
});
