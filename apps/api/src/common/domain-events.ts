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
} as const;

export interface MeetingUpdatedEvent {
  groupId: string;
  meetingId: string;
  /** What happened, for clients that show a notice. */
  change: 'scheduled' | 'rescheduled' | 'cancelled' | 'started' | 'ended' | 'updated' | 'current-item';
}

export interface AgendaUpdatedEvent {
  groupId: string;
  meetingId: string;
  /** The current agenda item during a live meeting, if any. */
  currentAgendaItemId: string | null;
}

/** A vote was opened on an agenda item of a live meeting. */
export interface VoteOpenedEvent {
  groupId: string;
  meetingId: string;
  voteId: string;
  agendaItemId: string;
  question: string;
  options: string[];
  secrecy: 'NAMED' | 'SECRET';
  allowChange: boolean;
  eligible: number;
}

/** How many have voted, never how. */
export interface VoteProgressEvent {
  groupId: string;
  meetingId: string;
  voteId: string;
  cast: number;
  eligible: number;
}

/** The result, published at the close. */
export interface VoteClosedEvent {
  groupId: string;
  meetingId: string;
  voteId: string;
  options: string[];
  counts: number[];
  cast: number;
  eligible: number;
  quorumReached: boolean;
  decisionId: string | null;
}

/** The list of speakers of a live meeting changed (the whole state, with the server's clock). */
export interface SpeakersUpdatedEvent {
  groupId: string;
  meetingId: string;
  state: import('@tribune/domain').SpeakersState;
}
