/** Stable error codes shared by GraphQL (`extensions.code`) and socket acknowledgements. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Which rule refused, beside the code (`extensions.reason` in GraphQL, `error.reason` in socket
 * acks). Clients translate these; they never show or parse the server's sentence. Details a
 * translation needs travel in `extensions.params` / `error.params` (plain strings and numbers).
 * One list, kept in alphabetical order; every entry has a translation in each of the web's
 * languages (a web test checks it).
 */
export const ErrorReason = {
  /** A DateTime input that is not RFC 3339 or names a day or time that does not exist (2027-02-30). */
  DATE_TIME_INVALID: 'DATE_TIME_INVALID',
  /** A DateTime input without an offset or Z (its instant would depend on the server's zone). */
  DATE_TIME_NEEDS_OFFSET: 'DATE_TIME_NEEDS_OFFSET',
  /** A text input with a control character other than line breaks and tabs (or half of a surrogate pair): `params.field` names it. */
  INVALID_CHARACTER: 'INVALID_CHARACTER',
  /** Generic: a refusal whose code says enough (kept for the few places with nothing more to say). */
  INVALID_INPUT: 'INVALID_INPUT',
  MEETING_ALREADY_ENDED: 'MEETING_ALREADY_ENDED',
  PARITY_UNREACHABLE: 'PARITY_UNREACHABLE',
  SEAT_TAKEN: 'SEAT_TAKEN',
  TEMPORARY_PASSWORD: 'TEMPORARY_PASSWORD',
} as const;
export type ErrorReason = (typeof ErrorReason)[keyof typeof ErrorReason];

/** Values a translated reason may interpolate. */
export type ErrorParams = Record<string, string | number>;
