/**
 * How a meeting's live session may be opened, closed and reopened, and when its attendance is
 * final (counts in the mandate's attendance record). Two misclicks must not write an absence for
 * every member into the official record (issue 12), so:
 *
 * 1. Opening a session more than EARLY_START_CONFIRM_MS before its scheduled start needs an
 *    explicit confirmation (`startMeeting(input: { confirmEarly: true })`).
 * 2. A meeting's coordinators (and administrators) may reopen it within REOPEN_WINDOW_MS after it
 *    ended; it is live again and its attendance is no longer final.
 * 3. Attendance is final only when the meeting really took place: it ended, not before its
 *    scheduled start, after being live for at least MIN_LIVE_MS_FOR_ATTENDANCE. A meeting ended
 *    before its scheduled start, or after a few minutes, records no absence (nor presence).
 *    Meetings ended without a recorded opening or closing time (imported, or ended before this
 *    rule) keep counting, as they always did.
 */
export const EARLY_START_CONFIRM_MS = 2 * 3600_000;
export const REOPEN_WINDOW_MS = 24 * 3600_000;
export const MIN_LIVE_MS_FOR_ATTENDANCE = 15 * 60_000;

export interface MeetingTimes {
  status: string;
  startsAt: Date;
  startedAt?: Date | null;
  endedAt?: Date | null;
}

/** Whether opening the session at `now` needs the early-start confirmation. */
export function startNeedsConfirmation(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() - now.getTime() > EARLY_START_CONFIRM_MS;
}

/** Until when an ended meeting may be reopened; null when it is not ended. */
export function reopenableUntil(m: MeetingTimes): Date | null {
  if (m.status !== 'ENDED' || !m.endedAt) return null;
  return new Date(m.endedAt.getTime() + REOPEN_WINDOW_MS);
}

/** Rule 3 above: the meeting's attendance counts in the attendance record. */
export function attendanceIsFinal(m: MeetingTimes): boolean {
  if (m.status !== 'ENDED') return false;
  if (!m.startedAt || !m.endedAt) return true;
  if (m.endedAt.getTime() < m.startsAt.getTime()) return false;
  return m.endedAt.getTime() - m.startedAt.getTime() >= MIN_LIVE_MS_FOR_ATTENDANCE;
}
