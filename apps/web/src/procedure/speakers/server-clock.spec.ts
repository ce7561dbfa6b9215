import { describe, expect, it } from 'vitest';
import { clockOffset, crossedMark, formatCountdown, remainingSeconds } from './server-clock';

const SERVER = Date.parse('2026-11-27T17:20:00.000Z');

describe('clockOffset and remainingSeconds', () => {
  it('give the same remaining time on devices whose clocks disagree', () => {
    const endsAt = new Date(SERVER + 150_000).toISOString();
    for (const skew of [-600_000, -1_500, 0, 42_000, 3_600_000]) {
      const receivedAt = SERVER + skew;
      const offset = clockOffset(new Date(SERVER).toISOString(), receivedAt);
      expect(remainingSeconds(endsAt, offset, receivedAt)).toBe(150);
      expect(remainingSeconds(endsAt, offset, receivedAt + 20_000)).toBe(130);
    }
  });

  it('shows a started second until it has fully gone, then counts over time', () => {
    const endsAt = new Date(SERVER + 10_000).toISOString();
    expect(remainingSeconds(endsAt, 0, SERVER + 9_001)).toBe(1);
    expect(remainingSeconds(endsAt, 0, SERVER + 10_000)).toBe(0);
    expect(remainingSeconds(endsAt, 0, SERVER + 10_999)).toBe(0);
    expect(remainingSeconds(endsAt, 0, SERVER + 12_000)).toBe(-2);
  });

  it('takes an unreadable server time as no offset', () => {
    expect(clockOffset('not a date', SERVER)).toBe(0);
  });
});

describe('formatCountdown', () => {
  it('writes minutes and two-digit seconds, with a sign over time', () => {
    expect(formatCountdown(185)).toBe('3:05');
    expect(formatCountdown(9)).toBe('0:09');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-12)).toBe('-0:12');
  });
});

describe('crossedMark', () => {
  it('announces a mark once, when the time crosses it', () => {
    expect(crossedMark(null, 60)).toBeNull();
    expect(crossedMark(61, 60)).toBe(60);
    expect(crossedMark(60, 59)).toBeNull();
    expect(crossedMark(31, 30)).toBe(30);
    expect(crossedMark(1, 0)).toBe(0);
    expect(crossedMark(0, -1)).toBeNull();
  });

  it('says only the latest mark when a sleeping phone jumped over several', () => {
    expect(crossedMark(59, -1)).toBe(0);
    expect(crossedMark(45, 20)).toBe(30);
  });
});
