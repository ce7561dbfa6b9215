/**
 * The time the API acts on. Inject `Clock` wherever a rule depends on "now" (a reminder is due, a
 * meeting already started, a token expired) instead of calling `new Date()`: tests give the app a
 * clock they move forward (apps/api/test/test-clock.ts) and never sleep.
 *
 * The durable job queue (jobs/) reads the same clock: a job's `startAfter` is an instant on it.
 */
export abstract class Clock {
  /** The current instant. */
  abstract now(): Date;
}

/** The real time (the default everywhere but in tests). */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
