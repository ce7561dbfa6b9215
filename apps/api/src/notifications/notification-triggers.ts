import { Injectable, Logger } from '@nestjs/common';
import type { FieldReportStatusPayload, MeetingRef } from '@tribune/domain';
import { Prisma } from '../generated/prisma/client';
import {
  ActionAssignedEvent,
  DecisionRecordedEvent,
  DomainEvent,
  FieldReportMovedEvent,
  MandateChangedEvent,
  MeetingUpdatedEvent,
  MessagePostedEvent,
  OnDomainEvent,
  SpeakersUpdatedEvent,
  TimePollOpenedEvent,
  VoteClosedEvent,
  VoteOpenedEvent,
} from '../common/domain-events';
import { isoDay } from '../common/scalars';
import { PrismaService } from '../prisma/prisma.service';
import { NotificationsService } from './notifications.service';

type MeetingRow = Prisma.MeetingGetPayload<{ include: { group: { select: { name: true } } } }>;

/** A meeting as a notice names it (frozen in the payload); reminders use it too. */
export const meetingRef = (m: MeetingRow): MeetingRef => ({
  meetingId: m.id,
  groupId: m.groupId,
  groupName: m.group.name,
  title: m.title,
  startsAt: m.startsAt.toISOString(),
  endsAt: m.endsAt.toISOString(),
});

/**
 * Who is told what, from the domain events features publish after their commits (issue 14). Each
 * notice has a dedupe key naming the event, so an event heard twice (or replayed) tells nobody twice.
 */
@Injectable()
export class NotificationTriggers {
  private readonly logger = new Logger('NotificationTriggers');
  private readonly running = new Set<Promise<unknown>>();
  /** Meeting changes published together (a series' occurrences) are told once, about the first. */
  private meetingBatch: MeetingUpdatedEvent[] = [];

  constructor(
    private readonly prisma: PrismaService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Resolves once every notice already triggered is stored and sent on (tests wait on it instead of sleeping). */
  async settled(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  private track(work: () => Promise<unknown>): void {
    const p = work()
      .catch((e: unknown) => this.logger.error(`notification not sent: ${String(e)}`))
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }

  @OnDomainEvent(DomainEvent.MeetingUpdated)
  meetingUpdated(event: MeetingUpdatedEvent): void {
    if (!['scheduled', 'rescheduled', 'cancelled', 'started', 'ended', 'updated'].includes(event.change)) return;
    if (this.meetingBatch.push(event) > 1) return;
    // The occurrences of one change are published in one loop: take them together on the next turn.
    let release!: () => void;
    this.track(() => new Promise<void>((resolve) => (release = resolve)));
    setImmediate(() => {
      const batch = this.meetingBatch;
      this.meetingBatch = [];
      this.track(() => this.meetingChanges(batch));
      release();
    });
  }

  private async meetingChanges(batch: MeetingUpdatedEvent[]): Promise<void> {
    const meetings = await this.prisma.meeting.findMany({
      where: { id: { in: batch.map((e) => e.meetingId) } },
      include: { group: { select: { name: true } } },
    });
    const byId = new Map(meetings.map((m) => [m.id, m]));
    const told = new Set<string>();
    for (const event of batch) {
      const meeting = byId.get(event.meetingId);
      if (!meeting) continue;
      // One notice per change of a series: about its first occurrence the change touched.
      const batchKey = `${event.change}:${meeting.seriesId ?? meeting.id}`;
      const first = batch
        .filter((e) => e.change === event.change)
        .map((e) => byId.get(e.meetingId))
        .filter((m): m is MeetingRow => !!m && (m.seriesId ?? m.id) === (meeting.seriesId ?? meeting.id))
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
      if (event.change !== 'ended' && event.change !== 'updated') {
        if (told.has(batchKey) || first.id !== meeting.id) continue;
        told.add(batchKey);
      }
      await this.meetingChange(event, meeting);
    }
  }

  private async meetingChange(event: MeetingUpdatedEvent, meeting: MeetingRow): Promise<void> {
    const ref = meetingRef(meeting);
    const recipientIds = await this.groupAudience(meeting.groupId);
    switch (event.change) {
      case 'scheduled':
        return this.send({ kind: 'MEETING_SCHEDULED', recipientIds, payload: ref, dedupeKey: `meeting-scheduled:${meeting.id}` });
      case 'rescheduled':
        return this.send({
          kind: 'MEETING_RESCHEDULED',
          recipientIds,
          payload: { ...ref, previousStartsAt: event.previousStartsAt ?? ref.startsAt, previousEndsAt: event.previousEndsAt ?? ref.endsAt },
          dedupeKey: `meeting-rescheduled:${meeting.id}:${meeting.sequence}`,
        });
      case 'cancelled':
        return this.send({
          kind: 'MEETING_CANCELLED',
          recipientIds,
          payload: { ...ref, reason: meeting.cancelReason },
          dedupeKey: `meeting-cancelled:${meeting.id}`,
        });
      case 'started':
        return this.send({
          kind: 'MEETING_STARTED',
          recipientIds,
          payload: ref,
          dedupeKey: `meeting-started:${meeting.id}:${meeting.startedAt?.toISOString() ?? ''}`,
        });
      default: {
        // Ended, or changed once ended: its minutes' newest version, told once per version.
        if (meeting.status !== 'ENDED') return;
        const minutes = await this.prisma.minutesVersion.findFirst({ where: { meetingId: meeting.id }, orderBy: { version: 'desc' } });
        if (!minutes) return;
        return this.send({
          kind: 'MINUTES_PUBLISHED',
          recipientIds,
          payload: { ...ref, version: minutes.version },
          dedupeKey: `minutes:${meeting.id}:${minutes.version}`,
        });
      }
    }
  }

  /** Those who may vote: the eligible voters (frozen at opening) but those who gave their vote away; a proxy holder is told whose vote they carry. */
  @OnDomainEvent(DomainEvent.VoteOpened)
  voteOpened(event: VoteOpenedEvent): void {
    this.track(async () => {
      const vote = await this.prisma.vote.findUnique({
        where: { id: event.voteId },
        include: {
          proxies: { include: { grantor: { select: { fullName: true } } } },
          meeting: { include: { group: { select: { name: true } } } },
        },
      });
      if (!vote) return;
      const grantors = new Set(vote.proxies.map((p) => p.grantorId));
      const voters = await this.accountsOf(vote.eligibleIds.filter((id) => !grantors.has(id)));
      const base = { ...meetingRef(vote.meeting), voteId: vote.id, question: vote.question };
      const carrying = new Map(vote.proxies.map((p) => [p.holderId, p.grantor.fullName]));
      const dedupeKey = `vote-opened:${vote.id}`;
      const plain = [...voters].filter(([deputyId]) => !carrying.has(deputyId)).map(([, userId]) => userId);
      await this.send({ kind: 'VOTE_OPENED', recipientIds: plain, payload: { ...base, asProxyFor: null }, dedupeKey });
      for (const [holderId, grantorName] of carrying) {
        const userId = voters.get(holderId);
        if (userId)
          await this.send({ kind: 'VOTE_OPENED', recipientIds: [userId], payload: { ...base, asProxyFor: grantorName }, dedupeKey });
      }
    });
  }

  /** The first of the list of speakers hears that the floor is theirs next (once per request). */
  @OnDomainEvent(DomainEvent.SpeakersUpdated)
  speakersUpdated(event: SpeakersUpdatedEvent): void {
    const next = event.state.queue[0];
    if (!next || !event.state.agendaItemId) return;
    const agendaItemId = event.state.agendaItemId;
    this.track(async () => {
      const [accounts, item] = await Promise.all([
        this.accountsOf([next.deputyId]),
        this.prisma.agendaItem.findUnique({
          where: { id: agendaItemId },
          include: { meeting: { include: { group: { select: { name: true } } } } },
        }),
      ]);
      if (!item) return;
      await this.send({
        kind: 'SPEAKER_NEXT',
        recipientIds: [...accounts.values()],
        payload: { ...meetingRef(item.meeting), agendaItemTitle: item.title },
        dedupeKey: `speaker-next:${next.requestId}`,
      });
    });
  }

  @OnDomainEvent(DomainEvent.ActionAssigned)
  actionAssigned(event: ActionAssignedEvent): void {
    this.track(async () => {
      const action = await this.prisma.actionItem.findUnique({
        where: { id: event.actionItemId },
        include: { meeting: { include: { group: { select: { name: true } } } } },
      });
      if (!action?.assigneeId) return;
      const accounts = await this.accountsOf([action.assigneeId]);
      await this.send({
        kind: 'ACTION_ASSIGNED',
        recipientIds: [...accounts.values()],
        payload: {
          actionItemId: action.id,
          title: action.title,
          dueOn: action.dueOn ? isoDay(action.dueOn) : null,
          meeting: meetingRef(action.meeting),
        },
        dedupeKey: `action-assigned:${action.id}:${action.assigneeId}`,
      });
    });
  }

  @OnDomainEvent(DomainEvent.TimePollOpened)
  timePollOpened(event: TimePollOpenedEvent): void {
    this.track(async () => {
      const poll = await this.prisma.timePoll.findUnique({ where: { id: event.pollId }, include: { group: { select: { name: true } } } });
      if (!poll || poll.status !== 'OPEN') return;
      const members = await this.prisma.groupMembership.findMany({
        where: { openGroupId: poll.groupId, deputy: { userId: { not: null } } },
        select: { deputy: { select: { userId: true } } },
      });
      await this.send({
        kind: 'TIME_POLL_OPENED',
        recipientIds: members.map((m) => m.deputy.userId!),
        payload: { pollId: poll.id, groupId: poll.groupId, groupName: poll.group.name, title: poll.title },
        dedupeKey: `time-poll-opened:${poll.id}`,
      });
    });
  }

  @OnDomainEvent(DomainEvent.FieldReportMoved)
  fieldReportMoved(event: FieldReportMovedEvent): void {
    this.track(() => this.reportStatus(event.reportId));
  }

  @OnDomainEvent(DomainEvent.DecisionRecorded)
  decisionRecorded(event: DecisionRecordedEvent): void {
    this.track(() => this.reportsAddressedBy(event.decisionId));
  }

  /** A decision recorded at a vote's close addresses the report on its item too. */
  @OnDomainEvent(DomainEvent.VoteClosed)
  voteClosed(event: VoteClosedEvent): void {
    const decisionId = event.decisionId;
    if (decisionId) this.track(() => this.reportsAddressedBy(decisionId));
  }

  private async reportsAddressedBy(decisionId: string): Promise<void> {
    const reports = await this.prisma.fieldReport.findMany({ where: { decisionId }, select: { id: true } });
    for (const r of reports) await this.reportStatus(r.id);
  }

  /** The author hears the report's latest move: to which group, onto which meeting, with which decision or explanation. */
  private async reportStatus(reportId: string): Promise<void> {
    const report = await this.prisma.fieldReport.findUnique({
      where: { id: reportId },
      include: {
        author: { select: { userId: true } },
        routedGroup: { select: { name: true } },
        decision: { select: { text: true } },
        agendaItem: { include: { meeting: { include: { group: { select: { name: true } } } } } },
        events: { orderBy: [{ at: 'desc' }, { id: 'desc' }], take: 1 },
      },
    });
    const last = report?.events[0];
    if (!report || !last || !report.author.userId || last.toStatus === 'SUBMITTED') return;
    const payload: FieldReportStatusPayload = {
      reportId: report.id,
      reportTitle: report.title,
      status: last.toStatus,
      groupName: report.routedGroup?.name,
      ...(report.agendaItem && last.toStatus !== 'TRIAGED' ? { meeting: meetingRef(report.agendaItem.meeting) } : {}),
      ...(last.toStatus === 'ADDRESSED' && report.decision ? { decisionText: report.decision.text } : {}),
      ...(last.toStatus === 'CLOSED' && last.note ? { note: last.note } : {}),
    };
    await this.send({ kind: 'FIELD_REPORT_STATUS', recipientIds: [report.author.userId], payload, dedupeKey: `report-status:${last.id}` });
  }

  @OnDomainEvent(DomainEvent.MandateChanged)
  mandateChanged(event: MandateChangedEvent): void {
    this.track(async () => {
      const mandate = await this.prisma.mandate.findUnique({
        where: { id: event.mandateId },
        include: { deputy: { select: { userId: true } }, seat: { include: { term: { select: { name: true } } } } },
      });
      if (!mandate?.deputy.userId) return;
      await this.send({
        kind: 'MANDATE_CHANGED',
        recipientIds: [mandate.deputy.userId],
        payload: {
          termName: mandate.seat.term.name,
          seatNumber: mandate.seat.number,
          change: event.change,
          startsOn: isoDay(mandate.startsOn),
          endsOn: mandate.endsOn ? isoDay(mandate.endsOn) : null,
          endReason: mandate.endReason,
        },
        dedupeKey: `mandate:${mandate.id}:${event.change}`,
      });
    });
  }

  /** Those a message names with `@` followed by their name (members and coordinators of the group, not its author). */
  @OnDomainEvent(DomainEvent.MessagePosted)
  messagePosted(event: MessagePostedEvent): void {
    // Most messages name nobody: no database read on the live path for them.
    if (!event.body.includes('@')) return;
    this.track(async () => {
      const group = await this.prisma.workingGroup.findUnique({ where: { id: event.groupId }, select: { name: true } });
      const readers = await this.prisma.user.findMany({
        where: { id: { in: await this.groupAudience(event.groupId) } },
        select: { id: true, displayName: true },
      });
      const author = await this.prisma.user.findUnique({ where: { id: event.authorId }, select: { displayName: true } });
      const body = event.body.toLocaleLowerCase();
      const named = readers.filter((r) => r.id !== event.authorId && mentions(body, r.displayName.toLocaleLowerCase()));
      if (!group || !author || named.length === 0) return;
      await this.send({
        kind: 'MENTIONED',
        recipientIds: named.map((r) => r.id),
        payload: {
          groupId: event.groupId,
          groupName: group.name,
          messageSeq: event.seq,
          authorName: author.displayName,
          excerpt: event.body.length > 140 ? `${event.body.slice(0, 139)}…` : event.body,
          meetingId: event.meetingId,
        },
        dedupeKey: `mention:${event.groupId}:${event.seq}`,
      });
    });
  }

  private async send(input: Parameters<NotificationsService['notify']>[0]): Promise<void> {
    if (input.recipientIds.length) await this.notifications.notify(input);
  }

  /** A group's members (with an account) and its coordinators. */
  private async groupAudience(groupId: string): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<Array<{ userId: string }>>(Prisma.sql`
      SELECT d."userId" FROM "GroupMembership" m JOIN "Deputy" d ON d.id = m."deputyId"
      WHERE m."openGroupId" = ${groupId} AND d."userId" IS NOT NULL
      UNION SELECT c."userId" FROM "GroupCoordinator" c WHERE c."groupId" = ${groupId}`);
    return rows.map((r) => r.userId);
  }

  /** deputyId → their account, for those who have one. */
  private async accountsOf(deputyIds: string[]): Promise<Map<string, string>> {
    const rows = await this.prisma.deputy.findMany({
      where: { id: { in: deputyIds }, userId: { not: null } },
      select: { id: true, userId: true },
    });
    return new Map(rows.map((r) => [r.id, r.userId!]));
  }
}

/** `@Name` in the text, the name whole (not the start of a longer word). */
export function mentions(text: string, name: string): boolean {
  for (let at = text.indexOf(`@${name}`); at >= 0; at = text.indexOf(`@${name}`, at + 1)) {
    const next = text.charAt(at + name.length + 1);
    if (!next || !/[\p{L}\p{N}]/u.test(next)) return true;
  }
  return false;
}
