/**
 * The countdown every participant sees is kept by the server. A client never trusts its own
 * clock: when a state arrives it notes how far the server's clock is from its own (`offset`),
 * and reads "now on the server" as its clock plus that offset. A phone whose clock is minutes
 * wrong, or that reconnects in the middle of a speech, shows the same remaining time as the chair.
 */

/** Server clock minus this device's clock, in ms, from a state stamped `serverTime` and received at `receivedAt`. */
export function clockOffset(serverTime: string, receivedAt: number): number {
  const server = Date.parse(serverTime);
  return Number.isFinite(server) ? server - receivedAt : 0;
}

/** Whole seconds left until `endsAt` on the server's clock (negative once the time is up). */
export function remainingSeconds(endsAt: string, offsetMs: number, deviceNow: number): number {
  const left = Date.parse(endsAt) - (deviceNow + offsetMs);
  // Ceil while time remains: "0:01" until the last second has gone, then "0:00" exactly at the end.
  return left >= 0 ? Math.ceil(left / 1000) : 0 - Math.floor(-left / 1000);
}

/** "2:05", "0:09", "-0:12" (over time). */
export function formatCountdown(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const s = Math.abs(seconds);
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * What is said aloud to screen-reader users while someone speaks: not every second, only when
 * the remaining time crosses one of these marks (seconds left).
 */
export const ANNOUNCED_MARKS = [60, 30, 10, 0] as const;

/** The mark just crossed going from `before` to `now` seconds left (the lowest, when a jump crossed several), or null. */
export function crossedMark(before: number | null, now: number): number | null {
  if (before === null) return null;
  const crossed = ANNOUNCED_MARKS.filter((mark) => before > mark && now <= mark);
  return crossed.length ? Math.min(...crossed) : null;
}
