import { hasForbiddenCharacter } from './characters';
import { ErrorCode, ErrorParams, ErrorReason } from './errors';
import type { NotificationNotice } from './notifications';

/**
 * The live protocol over Socket.IO, shared by the API gateway and the web client
 * (`Server<ClientToServerEvents, ServerToClientEvents>` / `Socket<ServerToClientEvents, ClientToServerEvents>`).
 * Event names are binding (DESIGN.md). Every acknowledgement is `{ ok: true, ... }` or
 * `{ ok: false, error: { code, message } }` with the same codes as GraphQL.
 *
 * Connecting: `io(url, { auth: { token }, transports: ['websocket', 'polling'] })`. A missing,
 * expired or revoked token is refused with `connect_error` (`err.data.code === 'UNAUTHENTICATED'`)
 * and the connection is closed.
 *
 * No loss, no duplicate: the client generates `clientId` (a UUID) once per message and resends
 * the same one until acknowledged; the server stores it once. Every message carries `seq`, gapless
 * per channel: a client keeps the highest `seq` it holds, orders by `seq`, and on (re)connect sends
 * it as `afterSeq` in `channel:join`; when the ack says `hasMore`, it pages on with `channel:history`.
 */

export const MESSAGE_MAX_LENGTH = 4000;
/** Messages returned by one `channel:join` ack or one `channel:history` page at most. */
export const HISTORY_PAGE_SIZE = 200;
/** The server forwards at most one `typing` per user and channel in this interval. */
export const TYPING_THROTTLE_MS = 2000;

export const LiveEvent = {
  ChannelJoin: 'channel:join',
  ChannelLeave: 'channel:leave',
  ChannelHistory: 'channel:history',
  MessageSend: 'message:send',
  MessageEdit: 'message:edit',
  MessageDelete: 'message:delete',
  Typing: 'typing',
  MessageNew: 'message:new',
  MessageUpdated: 'message:updated',
  PresenceUpdate: 'presence:update',
  MeetingUpdated: 'meeting:updated',
  AgendaUpdated: 'agenda:updated',
  VoteOpened: 'vote:opened',
  VoteProgress: 'vote:progress',
  VoteClosed: 'vote:closed',
  SpeakersUpdated: 'speakers:updated',
  TextUpdated: 'text:updated',
  NotificationNew: 'notification:new',
} as const;

export interface LiveError {
  code: ErrorCode;
  /** Which rule refused (translated by the client); absent where the code says enough. */
  reason?: ErrorReason;
  params?: ErrorParams;
  /** For logs and developers; clients show `reason` (or `code`) in the person's language. */
  message: string;
  /** With RATE_LIMITED: when the client may send again. */
  retryAfterMs?: number;
  field?: string;
}

export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: LiveError };
export type AckFn<T extends object = object> = (response: Ack<T>) => void;

export interface LiveAuthor {
  id: string;
  displayName: string;
}

/** A message as the channel shows it. A deleted message keeps its `seq`, with an empty body. */
export interface LiveMessage {
  id: string;
  groupId: string;
  meetingId: string | null;
  seq: number;
  clientId: string;
  body: string;
  author: LiveAuthor;
  replyToId: string | null;
  /** ISO-8601 instants. */
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  deleted: boolean;
  /** Set when a coordinator or an administrator deleted someone else's message. */
  deletedByModerator: boolean;
}

export interface PresenceEntry {
  userId: string;
  displayName: string;
  deputyId: string | null;
  /** The live meeting the person follows in this channel, if any. */
  meetingId: string | null;
}

export interface PresenceUpdate {
  groupId: string;
  /** Everyone connected to the channel now, one entry per person, across every API instance. */
  present: PresenceEntry[];
}

export interface TypingNotice {
  groupId: string;
  user: LiveAuthor;
}

export interface MeetingUpdatedNotice {
  groupId: string;
  meetingId: string;
  change: 'scheduled' | 'rescheduled' | 'cancelled' | 'started' | 'ended' | 'reopened' | 'updated' | 'current-item';
}

export interface AgendaUpdatedNotice {
  groupId: string;
  meetingId: string;
  currentAgendaItemId: string | null;
}

/** A text of the group changed: its status, a version, an amendment (proposed, co-signed, voted, merged). Clients refetch it. */
export interface TextUpdatedNotice {
  groupId: string;
  textId: string;
  change: 'created' | 'version' | 'status' | 'amendment' | 'procedure' | 'merged' | 'collision';
  amendmentId: string | null;
}

export interface VoteOpenedNotice {
  groupId: string;
  meetingId: string;
  voteId: string;
  agendaItemId: string;
  question: string;
  options: string[];
  secrecy: 'NAMED' | 'SECRET';
  allowChange: boolean;
  /** Votes that may be cast (eligible voters and the proxies they carry). */
  eligible: number;
}

export interface VoteProgressNotice {
  groupId: string;
  meetingId: string;
  voteId: string;
  cast: number;
  eligible: number;
}

export interface VoteClosedNotice {
  groupId: string;
  meetingId: string;
  voteId: string;
  options: string[];
  /** Votes per option, in the order of `options`. */
  counts: number[];
  cast: number;
  eligible: number;
  quorumReached: boolean;
  decisionId: string | null;
}

/** No declared gender: the alternation is computed on the server, and a gender is never shown beside a name to the channel. */
export interface SpeakerEntry {
  requestId: string;
  deputyId: string;
  fullName: string;
  pointOfOrder: boolean;
  /** Has not spoken yet on this agenda item. */
  firstTime: boolean;
  requestedAt: string;
}

export interface CurrentSpeech {
  speechId: string;
  deputyId: string;
  fullName: string;
  pointOfOrder: boolean;
  /** ISO-8601, the server's clock. */
  startedAt: string;
  allottedSeconds: number;
  /** startedAt + allottedSeconds. */
  endsAt: string;
}

/**
 * The list of speakers of a meeting's current agenda item. A client computes the remaining time
 * as `endsAt - (its clock + (serverTime - its clock when received))`, so a reconnecting phone
 * shows the right countdown whatever its own clock says.
 */
export interface SpeakersState {
  groupId: string;
  meetingId: string;
  agendaItemId: string | null;
  speakingTimeSeconds: number;
  alternating: boolean;
  /** The rule in force, for everyone to see. */
  rule: string;
  current: CurrentSpeech | null;
  /** In the order the floor will be given. */
  queue: SpeakerEntry[];
  /** ISO-8601: when the server produced this state. */
  serverTime: string;
}

export interface ChannelJoinRequest {
  groupId: string;
  /** The highest `seq` the client holds (0 or absent: from the start). */
  afterSeq?: number;
  /** Joining a live meeting of the group records the attendance. */
  meetingId?: string;
}

export interface ChannelJoinReply {
  messages: LiveMessage[];
  /** More messages follow the last one returned: page on with `channel:history`. */
  hasMore: boolean;
  /** The channel's last `seq` when the reply was read. */
  lastSeq: number;
  presence: PresenceEntry[];
  /** The meeting whose attendance was recorded (it must be live), or null. */
  attendingMeetingId: string | null;
}

export interface ChannelHistoryRequest {
  groupId: string;
  afterSeq: number;
  limit?: number;
}

export interface ChannelHistoryReply {
  messages: LiveMessage[];
  hasMore: boolean;
}

export interface MessageSendRequest {
  groupId: string;
  /** Generated once per message by the client; resending it never stores a second message. */
  clientId: string;
  body: string;
  meetingId?: string;
  replyTo?: string;
}

export interface MessageSendReply {
  message: LiveMessage;
  /** True when this clientId was already stored: the original message is returned. */
  duplicate: boolean;
}

export interface MessageEditRequest {
  messageId: string;
  body: string;
}

export interface MessageDeleteRequest {
  messageId: string;
}

/** What each client event carries. */
export interface LiveRequests {
  'channel:join': ChannelJoinRequest;
  'channel:leave': { groupId: string };
  'channel:history': ChannelHistoryRequest;
  'message:send': MessageSendRequest;
  'message:edit': MessageEditRequest;
  'message:delete': MessageDeleteRequest;
}

/** What each acknowledgement carries besides `ok: true`. */
export interface LiveReplies {
  'channel:join': ChannelJoinReply;
  'channel:leave': Record<string, never>;
  'channel:history': ChannelHistoryReply;
  'message:send': MessageSendReply;
  'message:edit': { message: LiveMessage };
  'message:delete': { message: LiveMessage };
}

export interface ClientToServerEvents {
  'channel:join': (request: ChannelJoinRequest, ack: AckFn<ChannelJoinReply>) => void;
  'channel:leave': (request: { groupId: string }, ack?: AckFn<LiveReplies['channel:leave']>) => void;
  'channel:history': (request: ChannelHistoryRequest, ack: AckFn<ChannelHistoryReply>) => void;
  'message:send': (request: MessageSendRequest, ack: AckFn<MessageSendReply>) => void;
  'message:edit': (request: MessageEditRequest, ack: AckFn<LiveReplies['message:edit']>) => void;
  'message:delete': (request: MessageDeleteRequest, ack: AckFn<LiveReplies['message:delete']>) => void;
  /** Fire and forget; the server forwards at most one per TYPING_THROTTLE_MS. */
  typing: (request: { groupId: string }) => void;
}

export interface ServerToClientEvents {
  'message:new': (message: LiveMessage) => void;
  /** An edit or a deletion: replace the message with the same `seq`. */
  'message:updated': (message: LiveMessage) => void;
  'presence:update': (update: PresenceUpdate) => void;
  typing: (notice: TypingNotice) => void;
  'meeting:updated': (notice: MeetingUpdatedNotice) => void;
  'agenda:updated': (notice: AgendaUpdatedNotice) => void;
  'vote:opened': (notice: VoteOpenedNotice) => void;
  /** How many have voted, never how. */
  'vote:progress': (notice: VoteProgressNotice) => void;
  'vote:closed': (notice: VoteClosedNotice) => void;
  /** The whole list of speakers of the meeting, with the server's clock. */
  'speakers:updated': (notice: SpeakersState) => void;
  /** A text of the group changed (a version, an amendment, its status). */
  'text:updated': (notice: TextUpdatedNotice) => void;
  /** A notification for this person only (their own room, on every instance). */
  'notification:new': (notice: NotificationNotice) => void;
}

/** Data the handshake error carries (`connect_error` → `err.data`). */
export interface LiveConnectErrorData {
  code: ErrorCode;
  message: string;
}

/**
 * Why a message body is refused, or null when it is fine. Length counts characters (code
 * points), so an Arabic, Tigrinya or emoji text has the same limit as a Latin one. The body is
 * stored exactly as written (no trimming, no normalisation).
 */
export function messageBodyProblem(body: unknown): string | null {
  if (typeof body !== 'string') return 'The message must be text.';
  if (body.trim().length === 0) return 'The message is empty.';
  const length = [...body].length;
  if (length > MESSAGE_MAX_LENGTH) return `The message is too long (${length} characters; at most ${MESSAGE_MAX_LENGTH}).`;
  if (hasForbiddenCharacter(body))
    return 'The message contains a character that is not allowed (a control character, or half of a surrogate pair).';
  return null;
}
