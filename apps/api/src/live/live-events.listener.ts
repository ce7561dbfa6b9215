import { Injectable, Logger } from '@nestjs/common';
import {
  AgendaUpdatedEvent,
  DomainEvent,
  MeetingUpdatedEvent,
  MembershipEndedEvent,
  NotificationCreatedEvent,
  OnDomainEvent,
  SessionsRevokedEvent,
  SpeakersUpdatedEvent,
  TextUpdatedEvent,
  VoteClosedEvent,
  VoteOpenedEvent,
  VoteProgressEvent,
} from '../common/domain-events';
import { LiveGateway } from './live.gateway';
import { userRoom } from './live-socket';

/**
 * Features publish domain events after their commit; this is where they reach the channel's
 * sockets (on every instance, through the adapter). Features never import the live module.
 */
@Injectable()
export class LiveEventsListener {
  private readonly logger = new Logger('LiveEventsListener');

  constructor(private readonly gateway: LiveGateway) {}

  @OnDomainEvent(DomainEvent.MeetingUpdated)
  meetingUpdated(event: MeetingUpdatedEvent): void {
    this.gateway
      .toGroup(event.groupId)
      .emit('meeting:updated', { groupId: event.groupId, meetingId: event.meetingId, change: event.change });
  }

  @OnDomainEvent(DomainEvent.AgendaUpdated)
  agendaUpdated(event: AgendaUpdatedEvent): void {
    this.gateway
      .toGroup(event.groupId)
      .emit('agenda:updated', { groupId: event.groupId, meetingId: event.meetingId, currentAgendaItemId: event.currentAgendaItemId });
  }

  @OnDomainEvent(DomainEvent.TextUpdated)
  textUpdated(event: TextUpdatedEvent): void {
    this.gateway.toGroup(event.groupId).emit('text:updated', { ...event });
  }

  @OnDomainEvent(DomainEvent.VoteOpened)
  voteOpened(event: VoteOpenedEvent): void {
    this.gateway.toGroup(event.groupId).emit('vote:opened', { ...event });
  }

  /** How many have voted, never how. */
  @OnDomainEvent(DomainEvent.VoteProgress)
  voteProgress(event: VoteProgressEvent): void {
    this.gateway.toGroup(event.groupId).emit('vote:progress', {
      groupId: event.groupId,
      meetingId: event.meetingId,
      voteId: event.voteId,
      cast: event.cast,
      eligible: event.eligible,
    });
  }

  @OnDomainEvent(DomainEvent.VoteClosed)
  voteClosed(event: VoteClosedEvent): void {
    this.gateway.toGroup(event.groupId).emit('vote:closed', { ...event });
  }

  @OnDomainEvent(DomainEvent.SpeakersUpdated)
  speakersUpdated(event: SpeakersUpdatedEvent): void {
    this.gateway.toGroup(event.groupId).emit('speakers:updated', event.state);
  }

  /** Access lost acts on open sockets at once: they stop hearing the group. */
  @OnDomainEvent(DomainEvent.MembershipEnded)
  async membershipEnded(event: MembershipEndedEvent): Promise<void> {
    if (!event.userId) return;
    await this.gateway
      .membershipEnded(event.userId, event.deputyId, event.groupId)
      .catch((e: unknown) => this.logger.error(`membership ended, sockets not updated: ${String(e)}`));
  }

  @OnDomainEvent(DomainEvent.SessionsRevoked)
  sessionsRevoked(event: SessionsRevokedEvent): void {
    this.gateway.disconnectUser(event.userId);
  }

  /** To that person's sockets only, on every instance (their own room). */
  @OnDomainEvent(DomainEvent.NotificationCreated)
  notificationCreated(event: NotificationCreatedEvent): void {
    this.gateway.server.to(userRoom(event.userId)).emit('notification:new', event.notice);
  }
}
