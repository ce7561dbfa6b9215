import { Clock } from '../src/common/clock';

/**
 * A clock that moves only when a test moves it. It starts at the real time (or later) and never
 * goes back: PostgreSQL judges jobs by its own `now()` too, so a clock behind the real time would
 * let the database hand out jobs the clock says are not due. Several API instances of one test
 * share one TestClock (`startTestApp({ clock })`).
 */
export class TestClock extends Clock {
  private current: number;

  constructor(start: Date = new Date()) {
    super();
    if (start.getTime() < Date.now() - 1000) throw new Error('A TestClock starts at the real time or later.');
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves forward by `ms` milliseconds. */
  advance(ms: number): Date {
    if (ms < 0) throw new Error('A TestClock never goes back.');
    this.current += ms;
    return this.now();
  }

  /** Moves forward to `instant`. */
  set(instant: Date): Date {
    return this.advance(instant.getTime() - this.current);
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
