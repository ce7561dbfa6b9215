/**
 * Notifications (issue 14): what a person is told, one kind per reason. The API stores one row per
 * recipient and dedupe key, renders it in the recipient's language (apps/api/src/notifications/render.ts)
 * and, following their preferences, emails it. The kinds, their payloads and the preference
 * defaults are here because the web shows the same list on "Mon compte".
 */
export const NOTIFICATION_KINDS = [
  'MEETING_SCHEDULED',
  'MEETING_RESCHEDULED',
  'MEETING_CANCELLED',
  'MEETING_REMINDER',
  'MEETING_STARTED',
  'VOTE_OPENED',
  'TIME_POLL_OPENED',
  'TIME_POLL_CLOSING',
  'SPEAKER_NEXT',
  'ACTION_ASSIGNED',
  'ACTION_DUE',
  'ACTION_OVERDUE',
  'FIELD_REPORT_STATUS',
  'MENTIONED',
  'MINUTES_PUBLISHED',
  'MANDATE_CHANGED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The channels a notification may take; push arrives with the phone app. */
export const NOTIFICATION_CHANNELS = ['inApp', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export interface ChannelChoice {
  inApp: boolean;
  email: boolean;
}

/**
 * What a person gets when they never changed anything: everything in the app; by email what
 * changes their diary or needs them soon (not the live-session notices, which are only useful
 * while the app is open, nor mentions, which would flood a mailbox).
 */
export const DEFAULT_CHANNELS: Record<NotificationKind, ChannelChoice> = {
  MEETING_SCHEDULED: { inApp: true, email: true },
  MEETING_RESCHEDULED: { inApp: true, email: true },
  MEETING_CANCELLED: { inApp: true, email: true },
  MEETING_REMINDER: { inApp: true, email: true },
  MEETING_STARTED: { inApp: true, email: false },
  VOTE_OPENED: { inApp: true, email: false },
  TIME_POLL_OPENED: { inApp: true, email: true },
  TIME_POLL_CLOSING: { inApp: true, email: true },
  SPEAKER_NEXT: { inApp: true, email: false },
  ACTION_ASSIGNED: { inApp: true, email: true },
  ACTION_DUE: { inApp: true, email: true },
  ACTION_OVERDUE: { inApp: true, email: true },
  FIELD_REPORT_STATUS: { inApp: true, email: true },
  MENTIONED: { inApp: true, email: false },
  MINUTES_PUBLISHED: { inApp: true, email: true },
  MANDATE_CHANGED: { inApp: true, email: true },
};

/** Kinds one may not turn off (a change to one's own mandate is always said, in the app and by email). */
export const MANDATORY_KINDS: readonly NotificationKind[] = ['MANDATE_CHANGED'];

/** Minutes before a meeting a person may be reminded at; the default is a day and an hour before. */
export const REMINDER_DELAY_CHOICES = [10080, 2880, 1440, 180, 120, 60, 30, 15] as const;
export const DEFAULT_REMINDER_DELAYS: readonly number[] = [1440, 60];
/** At most this many reminders per meeting. */
export const MAX_REMINDER_DELAYS = 3;

/** How a meeting is named in a notice: frozen when the notice is written, so it reads the same later. */
export interface MeetingRef {
  meetingId: string;
  groupId: string;
  groupName: string;
  title: string;
  /** ISO instants. */
  startsAt: string;
  endsAt: string;
}

export interface FieldReportStatusPayload {
  reportId: string;
  reportTitle: string;
  status: 'TRIAGED' | 'ON_AGENDA' | 'ADDRESSED' | 'CLOSED';
  /** Routed: to which group. */
  groupName?: string;
  /** On the agenda or addressed: which meeting. */
  meeting?: MeetingRef;
  /** Addressed: the decision's text. */
  decisionText?: string;
  /** Closed: the explanation written for the author. */
  note?: string;
}

/** What each kind carries (JSON in the database; ids and the texts shown, as they were then). */
export interface NotificationPayloads {
  MEETING_SCHEDULED: MeetingRef;
  MEETING_RESCHEDULED: MeetingRef & { previousStartsAt: string; previousEndsAt: string };
  MEETING_CANCELLED: MeetingRef & { reason: string | null };
  MEETING_REMINDER: MeetingRef & { minutesBefore: number };
  MEETING_STARTED: MeetingRef;
  VOTE_OPENED: MeetingRef & { voteId: string; question: string; asProxyFor?: string | null };
  TIME_POLL_OPENED: { pollId: string; groupId: string; groupName: string; title: string };
  TIME_POLL_CLOSING: { pollId: string; groupId: string; groupName: string; title: string; closesAt: string };
  SPEAKER_NEXT: MeetingRef & { agendaItemTitle: string };
  ACTION_ASSIGNED: { actionItemId: string; title: string; dueOn: string | null; meeting: MeetingRef };
  ACTION_DUE: { actionItemId: string; title: string; dueOn: string; meeting: MeetingRef };
  ACTION_OVERDUE: { actionItemId: string; title: string; dueOn: string; meeting: MeetingRef };
  FIELD_REPORT_STATUS: FieldReportStatusPayload;
  MENTIONED: { groupId: string; groupName: string; messageSeq: number; authorName: string; excerpt: string; meetingId?: string | null };
  MINUTES_PUBLISHED: MeetingRef & { version: number };
  MANDATE_CHANGED: {
    termName: string;
    seatNumber: number;
    change: 'ASSIGNED' | 'ENDED';
    startsOn: string;
    endsOn?: string | null;
    endReason?: string | null;
  };
}

export type NotificationPayload<K extends NotificationKind = NotificationKind> = NotificationPayloads[K];

/** The socket's `notification:new`: the notice rendered in the recipient's language, and their new unread count. */
export interface NotificationNotice {
  id: string;
  kind: NotificationKind;
  title: string;
  lines: string[];
  /** Path in the web app the notice leads to (`/meetings/<id>`...). */
  path: string;
  createdAt: string;
  unreadCount: number;
}
