/**
 * Domain events: features publish them (EventEmitter2 from @nestjs/event-emitter) after their
 * transaction commits; the live module listens and broadcasts. Features never import the live
 * gateway, so imports run one way (DESIGN.md).
 */
export const DomainEvent = {
  MeetingUpdated: 'meeting.updated',
  AgendaUpdated: 'agenda.updated',
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
