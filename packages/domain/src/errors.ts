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
  ACCOUNT_CHANGED: 'ACCOUNT_CHANGED',
  AGENDA_CHANGED: 'AGENDA_CHANGED',
  AGENDA_FULL: 'AGENDA_FULL',
  AGENDA_ITEM_HAS_DECISION: 'AGENDA_ITEM_HAS_DECISION',
  ALREADY_COORDINATOR: 'ALREADY_COORDINATOR',
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  ALREADY_MEMBER: 'ALREADY_MEMBER',
  ALREADY_VOTED: 'ALREADY_VOTED',
  /** The text is not open for amendments, or its deadline has passed (params: textStatus). */
  AMENDMENTS_CLOSED: 'AMENDMENTS_CLOSED',
  /** The amendment's status does not allow this step (params: amendmentStatus). */
  AMENDMENT_STATUS_FORBIDS: 'AMENDMENT_STATUS_FORBIDS',
  ASSIGNEE_NOT_MEMBER: 'ASSIGNEE_NOT_MEMBER',
  ATTESTATION_BY_ADMINISTRATOR: 'ATTESTATION_BY_ADMINISTRATOR',
  CANNOT_DEMOTE_ONESELF: 'CANNOT_DEMOTE_ONESELF',
  CANNOT_DISABLE_ONESELF: 'CANNOT_DISABLE_ONESELF',
  /** Only the chair of the meeting's group (its coordinators, its lead, an administrator) may do this. */
  CHAIR_ONLY: 'CHAIR_ONLY',
  CHANGED_MEANWHILE: 'CHANGED_MEANWHILE',
  /** Only the group's coordinators (or, to coordinate, an administrator) may do this. */
  /** A merge must give a wording for every paragraph where the amendment collides (params: paragraphId). */
  COLLISION_UNRESOLVED: 'COLLISION_UNRESOLVED',
  COORDINATORS_ONLY: 'COORDINATORS_ONLY',
  DATE_IN_FUTURE: 'DATE_IN_FUTURE',
  /** A DateTime input that is not RFC 3339 or names a day or time that does not exist (2027-02-30). */
  DATE_TIME_INVALID: 'DATE_TIME_INVALID',
  /** A DateTime input without an offset or Z (its instant would depend on the server's zone). */
  DATE_TIME_NEEDS_OFFSET: 'DATE_TIME_NEEDS_OFFSET',
  DECISION_ALREADY_RECORDED: 'DECISION_ALREADY_RECORDED',
  DEPUTY_HAS_ACCOUNT: 'DEPUTY_HAS_ACCOUNT',
  DEPUTY_HOLDS_ANOTHER_SEAT: 'DEPUTY_HOLDS_ANOTHER_SEAT',
  DEPUTY_HOLDS_SEAT_IN_OTHER_TERM: 'DEPUTY_HOLDS_SEAT_IN_OTHER_TERM',
  /** A group's discussion is read and written by its members and coordinators only. */
  DISCUSSION_MEMBERS_ONLY: 'DISCUSSION_MEMBERS_ONLY',
  DUE_BEFORE_MEETING: 'DUE_BEFORE_MEETING',
  DUPLICATE_ENTRY: 'DUPLICATE_ENTRY',
  DURATION_TOO_LONG: 'DURATION_TOO_LONG',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  EMPTY_TEXT: 'EMPTY_TEXT',
  ENDS_BEFORE_START: 'ENDS_BEFORE_START',
  ENTRY_NOT_IN_LIST: 'ENTRY_NOT_IN_LIST',
  /** Only the group's members may do this (amend a text, co-sign an amendment). */
  GROUP_MEMBERS_ONLY: 'GROUP_MEMBERS_ONLY',
  GROUP_NAME_TAKEN: 'GROUP_NAME_TAKEN',
  GROUP_OF_OTHER_TERM: 'GROUP_OF_OTHER_TERM',
  /** A text input with a control character other than line breaks and tabs (or half of a surrogate pair): `params.field` names it. */
  INVALID_CHARACTER: 'INVALID_CHARACTER',
  /** Input that breaks a plain field rule (class-validator, types): `params.field` names it. */
  INVALID_INPUT: 'INVALID_INPUT',
  INVALID_RECURRENCE: 'INVALID_RECURRENCE',
  /** The languages offered are fr, en and ar. */
  LANGUAGE_NOT_OFFERED: 'LANGUAGE_NOT_OFFERED',
  LAST_ADMINISTRATOR: 'LAST_ADMINISTRATOR',
  MANDATE_ALREADY_ENDED: 'MANDATE_ALREADY_ENDED',
  MEETING_ALREADY_ENDED: 'MEETING_ALREADY_ENDED',
  /** startMeeting more than 2 hours before the scheduled start, without confirmEarly (params: startsAt, timeZone). */
  MEETING_NOT_DUE: 'MEETING_NOT_DUE',
  /** reopenMeeting on a meeting that is not ended. */
  MEETING_NOT_ENDED: 'MEETING_NOT_ENDED',
  MEETING_NOT_LIVE: 'MEETING_NOT_LIVE',
  MEETING_NOT_SCHEDULED: 'MEETING_NOT_SCHEDULED',
  MEETING_NOT_STARTED: 'MEETING_NOT_STARTED',
  /** reopenMeeting after the reopening window (params: reopenableUntil). */
  MEETING_REOPEN_EXPIRED: 'MEETING_REOPEN_EXPIRED',
  MESSAGE_DELETED: 'MESSAGE_DELETED',
  MINIMUM_WOMEN_ABOVE_SEATS: 'MINIMUM_WOMEN_ABOVE_SEATS',
  MINIMUM_WOMEN_BELOW_PARITY: 'MINIMUM_WOMEN_BELOW_PARITY',
  NOBODY_PRESENT: 'NOBODY_PRESENT',
  NOBODY_SPEAKING: 'NOBODY_SPEAKING',
  NOBODY_WAITING: 'NOBODY_WAITING',
  /** This kind of notification concerns one's mandate and cannot be turned off in the app and by email (MANDATORY_KINDS). */
  NOTIFICATION_MANDATORY: 'NOTIFICATION_MANDATORY',
  NOT_A_COORDINATOR: 'NOT_A_COORDINATOR',
  /** The object belongs to a working group the person is not part of (the access policy's read rule). */
  NOT_A_READER: 'NOT_A_READER',
  NOT_ELIGIBLE_TO_VOTE: 'NOT_ELIGIBLE_TO_VOTE',
  NO_CURRENT_TERM: 'NO_CURRENT_TERM',
  OWN_PROFILE_ONLY: 'OWN_PROFILE_ONLY',
  PAGE_SIZE_OUT_OF_RANGE: 'PAGE_SIZE_OUT_OF_RANGE',
  /** An amendment names a paragraph that is not in the version it is written on (params: paragraphId). */
  PARAGRAPH_NOT_IN_VERSION: 'PARAGRAPH_NOT_IN_VERSION',
  PARITY_UNREACHABLE: 'PARITY_UNREACHABLE',
  POLL_CLOSED: 'POLL_CLOSED',
  PROXY_CHAIN: 'PROXY_CHAIN',
  PROXY_GIVEN: 'PROXY_GIVEN',
  PROXY_GRANTOR_TWICE: 'PROXY_GRANTOR_TWICE',
  PROXY_HOLDER_ABSENT: 'PROXY_HOLDER_ABSENT',
  PROXY_HOLDER_TWICE: 'PROXY_HOLDER_TWICE',
  PROXY_NOT_HELD: 'PROXY_NOT_HELD',
  PROXY_NOT_MEMBERS: 'PROXY_NOT_MEMBERS',
  PROXY_TO_ONESELF: 'PROXY_TO_ONESELF',
  QUERY_TOO_EXPENSIVE: 'QUERY_TOO_EXPENSIVE',
  RECEIPT_MISMATCH: 'RECEIPT_MISMATCH',
  RECEIPT_REQUIRED: 'RECEIPT_REQUIRED',
  RECURRENCE_EMPTY: 'RECURRENCE_EMPTY',
  RECURRENCE_TOO_LONG: 'RECURRENCE_TOO_LONG',
  /** Reminder delays are chosen among REMINDER_DELAY_CHOICES, at most MAX_REMINDER_DELAYS of them. */
  REMINDER_DELAY_NOT_OFFERED: 'REMINDER_DELAY_NOT_OFFERED',
  REPORT_NOT_ROUTED: 'REPORT_NOT_ROUTED',
  REPORT_ON_AGENDA: 'REPORT_ON_AGENDA',
  REPORT_ROUTED_ELSEWHERE: 'REPORT_ROUTED_ELSEWHERE',
  REPORT_STATUS_FORBIDS: 'REPORT_STATUS_FORBIDS',
  /** A password-reset link that is unknown, already used, replaced by a newer one or expired: ask for a new one. */
  RESET_LINK_INVALID: 'RESET_LINK_INVALID',
  SAME_PASSWORD: 'SAME_PASSWORD',
  SCHEDULING_CONFLICT: 'SCHEDULING_CONFLICT',
  SEAT_HELD_UNTIL: 'SEAT_HELD_UNTIL',
  SEAT_NOT_IN_TERM: 'SEAT_NOT_IN_TERM',
  SEAT_TAKEN: 'SEAT_TAKEN',
  SPEAKER_ALREADY_WAITING: 'SPEAKER_ALREADY_WAITING',
  SPEAKER_LIST_CHANGED: 'SPEAKER_LIST_CHANGED',
  SPEAKER_NOT_WAITING: 'SPEAKER_NOT_WAITING',
  SPEAKER_ORDER_NEEDS_REASON: 'SPEAKER_ORDER_NEEDS_REASON',
  SUCCESSOR_SAME_DEPUTY: 'SUCCESSOR_SAME_DEPUTY',
  TEMPORARY_PASSWORD: 'TEMPORARY_PASSWORD',
  TERM_OUT_OF_RANGE: 'TERM_OUT_OF_RANGE',
  TERM_OVERLAP: 'TERM_OVERLAP',
  /** A territory is a code from the official list (query territories), never free text such as an address (DESIGN.md, privacy). */
  TERRITORY_NOT_LISTED: 'TERRITORY_NOT_LISTED',
  /** Only a text's authors edit it while it is a draft. */
  TEXT_AUTHORS_ONLY: 'TEXT_AUTHORS_ONLY',
  /** An adopted, rejected or withdrawn text is frozen: nobody changes it. */
  TEXT_FROZEN: 'TEXT_FROZEN',
  /** The text's status does not allow this step (params: textStatus). */
  TEXT_STATUS_FORBIDS: 'TEXT_STATUS_FORBIDS',
  TEXT_TOO_LONG: 'TEXT_TOO_LONG',
  TOO_MANY_EVENTS: 'TOO_MANY_EVENTS',
  TOO_MANY_PENDING: 'TOO_MANY_PENDING',
  UNKNOWN_TIME_ZONE: 'UNKNOWN_TIME_ZONE',
  VOTES_EXCEED_MEMBERS: 'VOTES_EXCEED_MEMBERS',
  VOTE_ALREADY_OPEN: 'VOTE_ALREADY_OPEN',
  VOTE_CLOSED: 'VOTE_CLOSED',
  VOTE_NOT_CLOSED: 'VOTE_NOT_CLOSED',
  WRONG_CURRENT_PASSWORD: 'WRONG_CURRENT_PASSWORD',
} as const;
export type ErrorReason = (typeof ErrorReason)[keyof typeof ErrorReason];

/**
 * Values a translated reason may interpolate. Dates travel as ISO strings the client formats in
 * the reader's language, named by what they are: `...On` a calendar day (YYYY-MM-DD), `...At` an
 * instant (shown on `params.timeZone`'s clock when given); `meetingStatus` / `reportStatus` are
 * status codes the client translates; `field` names the input field.
 */
export type ErrorParams = Record<string, string | number>;
