import { Global, Injectable, Module } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import type {
  AgendaUpdatedNotice,
  MeetingUpdatedNotice,
  NotificationNotice,
  SpeakersState,
  TextUpdatedNotice,
  VoteClosedNotice,
  VoteOpenedNotice,
  VoteProgressNotice,
} from '@tribune/domain';

/**
 * Domain events: features publish them through `DomainEventBus` after their transaction commits;
 * the live module listens (`@OnDomainEvent`) and broadcasts. Features never import the live
 * gateway, so imports run one way (DESIGN.md). `DomainEvents` below is the one map from an
 * event's name to its shape: publishing or listening with the wrong shape fails typecheck.
 * EventEmitter2 (@nestjs/event-emitter) carries them underneath, under the same names.
 */
export const DomainEvent = {
  MeetingUpdated: 'meeting.updated',
  AgendaUpdated: 'agenda.updated',
  VoteOpened: 'vote.opened',
  VoteProgress: 'vote.progress',
  VoteClosed: 'vote.closed',
  SpeakersUpdated: 'speakers.updated',
  /** A text of a group changed (texts/): its group's sockets hear `text:updated`. */
  TextUpdated: 'text.updated',
  /** A deputy's membership of a group ended: their open sockets stop hearing the group at once. */
  MembershipEnded: 'membership.ended',
  /** Every token issued to an account stopped being valid (tokenVersion bumped, account disabled): its open sockets close. */
  SessionsRevoked: 'user.sessionsRevoked',
  /** A notification was stored for one person: their open sockets hear `notification:new` (notifications/). */
  NotificationCreated: 'notification.created',
  /** A field report changed status (routed, placed on an agenda, closed): its author is told. */
  FieldReportMoved: 'fieldReport.moved',
  /** A decision was recorded (by hand or from a vote): a field report it addresses tells its author. */
  DecisionRecorded: 'decision.recorded',
  /** An action item was given to a deputy. */
  ActionAssigned: 'action.assigned',
  /** A time poll was opened in a group: its members are asked for their availability. */
  TimePollOpened: 'timePoll.opened',
  /** A seat was assigned to a deputy, or their mandate ended. */
  MandateChanged: 'mandate.changed',
  /** A message was stored in a group's discussion: those it names (@Name) are told. */
  MessagePosted: 'message.posted',
} as const;

// A domain event carries what the live channel broadcasts: one shape, defined in the shared
// live protocol (packages/domain), so server events and client notices cannot drift apart.
/** A meeting changed; a reschedule says where it was before (notifications tell the old and the new time). */
export type MeetingUpdatedEvent = MeetingUpdatedNotice & { previousStartsAt?: string; previousEndsAt?: string };
export type AgendaUpdatedEvent = AgendaUpdatedNotice;
/** A vote was opened on an agenda item of a live meeting. */
export type VoteOpenedEvent = VoteOpenedNotice;
/** How many have voted, never how. */
export type VoteProgressEvent = VoteProgressNotice;
/** The result, published at the close. */
export type VoteClosedEvent = VoteClosedNotice;

/** A text changed: status, version, amendment. */
export type TextUpdatedEvent = TextUpdatedNotice;

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

/** One stored notification, rendered for its recipient; only their sockets hear it. */
export interface NotificationCreatedEvent {
  userId: string;
  notice: NotificationNotice;
}

export interface FieldReportMovedEvent {
  reportId: string;
}
export interface DecisionRecordedEvent {
  decisionId: string;
  meetingId: string;
}
export interface ActionAssignedEvent {
  actionItemId: string;
}
export interface TimePollOpenedEvent {
  pollId: string;
}
export interface MessagePostedEvent {
  groupId: string;
  seq: number;
  authorId: string;
  body: string;
  meetingId: string | null;
}
export interface MandateChangedEvent {
  mandateId: string;
  change: 'ASSIGNED' | 'ENDED';
}

/** The one event map: each domain event's name and what it carries. */
export interface DomainEvents {
  [DomainEvent.MeetingUpdated]: MeetingUpdatedEvent;
  [DomainEvent.AgendaUpdated]: AgendaUpdatedEvent;
  [DomainEvent.VoteOpened]: VoteOpenedEvent;
  [DomainEvent.VoteProgress]: VoteProgressEvent;
  [DomainEvent.VoteClosed]: VoteClosedEvent;
  [DomainEvent.SpeakersUpdated]: SpeakersUpdatedEvent;
  [DomainEvent.TextUpdated]: TextUpdatedEvent;
  [DomainEvent.MembershipEnded]: MembershipEndedEvent;
  [DomainEvent.SessionsRevoked]: SessionsRevokedEvent;
  [DomainEvent.NotificationCreated]: NotificationCreatedEvent;
  [DomainEvent.FieldReportMoved]: FieldReportMovedEvent;
  [DomainEvent.DecisionRecorded]: DecisionRecordedEvent;
  [DomainEvent.ActionAssigned]: ActionAssignedEvent;
  [DomainEvent.TimePollOpened]: TimePollOpenedEvent;
  [DomainEvent.MandateChanged]: MandateChangedEvent;
  [DomainEvent.MessagePosted]: MessagePostedEvent;
}
export type DomainEventName = keyof DomainEvents;

/** Publishes domain events, typed by `DomainEvents`. */
@Injectable()
export class DomainEventBus {
  constructor(private readonly emitter: EventEmitter2) {}

  /** Fire and forget: listeners run, their failures do not reach the publisher. */
  publish<E extends DomainEventName>(name: E, event: DomainEvents[E]): void {
    this.emitter.emit(name, event);
  }

  /** Resolves once every listener has finished (for an effect that must be done before the answer, e.g. sockets leaving a group). */
  async publishAndWait<E extends DomainEventName>(name: E, event: DomainEvents[E]): Promise<void> {
    await this.emitter.emitAsync(name, event);
  }
}

/**
 * `@OnEvent` with the event's type checked: the decorated method must accept what `name` carries.
 * Options pass through to @nestjs/event-emitter.
 */
export function OnDomainEvent<E extends DomainEventName>(name: E, options?: Parameters<typeof OnEvent>[1]) {
  return <L extends (event: DomainEvents[E]) => unknown>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<L>,
  ): void => {
    OnEvent(name, options)(target, key, descriptor);
  };
}

/** Global, like EventEmitterModule.forRoot(): every feature can inject the bus. */
@Global()
@Module({ providers: [DomainEventBus], exports: [DomainEventBus] })
export class DomainEventsModule {}
