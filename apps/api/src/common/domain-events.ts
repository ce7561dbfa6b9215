import type { AgendaUpdatedNotice, MeetingUpdatedNotice, SpeakersState, VoteClosedNotice, VoteOpenedNotice, VoteProgressNotice } from '@tribune/domain';

/**
 * Domain events: features publish them (EventEmitter2 from @nestjs/event-emitter) after their
 * transaction commits; the live module listens and broadcasts. Features never import the live
 * gateway, so imports run one way (DESIGN.md).
 */
export const DomainEvent = {
  MeetingUpdated: 'meeting.updated',
  AgendaUpdated: 'agenda.updated',
  VoteOpened: 'vote.opened',
  VoteProgress: 'vote.progress',
  VoteClosed: 'vote.closed',
  SpeakersUpdated: 'speakers.updated',
  /** A deputy's membership of a group ended: their open sockets stop hearing the group at once. */
  MembershipEnded: 'membership.ended',
  /** Every token issued to an account stopped being valid (tokenVersion bumped, account disabled): its open sockets close. */
  SessionsRevoked: 'user.sessionsRevoked',
} as const;

// A domain event carries what the live channel broadcasts: one shape, defined in the shared
// live protocol (packages/domain), so server events and client notices cannot drift apart.
export type MeetingUpdatedEvent = MeetingUpdatedNotice;
export type AgendaUpdatedEvent = AgendaUpdatedNotice;
/** A vote was opened on an agenda item of a live meeting. */
export type VoteOpenedEvent = VoteOpenedNotice;
/** How many have voted, never how. */
export type VoteProgressEvent = VoteProgressNotice;
/** The result, published at the close. */
export type VoteClosedEvent = VoteClosedNotice;

/** The list of speakers of a live meeting changed (the whole state, with the server's clock). */
export interface SpeakersUpdatedEvent {
  groupId: string;
  meetingId: string;
  state: SpeakersState;
}

export interface MembershipEndedEvent {
  groupId: string;
  deputyId: string;
  /** The deputy's account, if they have one (no account, no socket). */
  userId: string | null;
}

/** Publish after the commit that bumped tokenVersion or set disabledAt. */
export interface SessionsRevokedEvent {
  userId: string;
}
