import { Injectable } from '@nestjs/common';
import { ErrorReason } from '@tribune/domain';
import { AuditService } from '../audit/audit.service';
import { DomainEvent, DomainEventBus } from '../common/domain-events';
import { AuthUser } from '../auth/auth-user';
import { badInput, conflict, notFound } from '../common/app-error';
import { isoDay } from '../common/scalars';
import { MeetingAccess } from '../meetings/meeting-access.service';
import { MeetingsService } from '../meetings/meetings.service';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { AssignActionInput, RecordDecisionInput, SetActionStatusInput, UpdateMinutesInput } from './dto/decision.inputs';

@Injectable()
export class DecisionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly access: MeetingAccess,
    private readonly meetings: MeetingsService,
    private readonly events: DomainEventBus,
  ) {}

  /**
   * Writes the decision in the caller's transaction (which holds the meeting's lock and checked
   * the rights); a field report on that item becomes ADDRESSED. Also used by votes (a decision
   * from a vote's result in one step).
   */
  static async createInTx(tx: Tx, actor: AuthUser, meeting: { id: string; title: string }, input: RecordDecisionInput) {
    const item = await tx.agendaItem.findUniqueOrThrow({ where: { id: input.agendaItemId } });
    const decision = await tx.decision.create({
      data: {
        meetingId: meeting.id,
        agendaItemId: item.id,
        text: input.text.trim(),
        votesFor: input.votesFor ?? null,
        votesAgainst: input.votesAgainst ?? null,
        votesAbstain: input.votesAbstain ?? null,
        recordedById: actor.id,
      },
    });
    if (item.fieldReportId) {
      const report = await tx.fieldReport.findUniqueOrThrow({ where: { id: item.fieldReportId } });
      if (report.status === 'ON_AGENDA') {
        await tx.fieldReport.update({ where: { id: report.id }, data: { status: 'ADDRESSED', decisionId: decision.id } });
        await tx.fieldReportEvent.create({
          data: { reportId: report.id, fromStatus: 'ON_AGENDA', toStatus: 'ADDRESSED', byUserId: actor.id },
        });
      }
    }
    return decision;
  }

  /** A decision on an agenda item, during or after the meeting; a report on that item becomes ADDRESSED. */
  async record(actor: AuthUser, input: RecordDecisionInput) {
    const { decision, meeting } = await this.prisma.$transaction(async (tx) => {
      const found = await tx.agendaItem.findUnique({ where: { id: input.agendaItemId }, select: { meetingId: true } });
      if (!found) throw notFound('Agenda item', input.agendaItemId);
      const meeting = await this.access.lock(tx, found.meetingId);
      await this.access.requireCoordination(tx, actor, meeting.groupId);
      if (meeting.status !== 'LIVE' && meeting.status !== 'ENDED')
        throw conflict(`This meeting is ${meeting.status.toLowerCase()}; decisions are recorded during or after it.`, {
          reason: meeting.status === 'CANCELLED' ? ErrorReason.MEETING_ALREADY_ENDED : ErrorReason.MEETING_NOT_STARTED,
          params: { meetingStatus: meeting.status },
        });
      const votes = (input.votesFor ?? 0) + (input.votesAgainst ?? 0) + (input.votesAbstain ?? 0);
      const members = await tx.groupMembership.count({ where: { openGroupId: meeting.groupId } });
      if (votes > members)
        throw badInput(`${votes} votes counted but the group has ${members} members.`, 'votesFor', {
          reason: ErrorReason.VOTES_EXCEED_MEMBERS,
          params: { votes, members },
        });
      const decision = await DecisionsService.createInTx(tx, actor, meeting, input);
      await this.audit.record(tx, actor, {
        action: 'decision.record',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { decisionId: decision.id, agendaItemId: input.agendaItemId },
      });
      return { decision, meeting };
    });
    this.meetings.publish([meeting], 'updated');
    this.events.publish(DomainEvent.DecisionRecorded, { decisionId: decision.id, meetingId: meeting.id });
    return decision;
  }

  async assignAction(actor: AuthUser, input: AssignActionInput) {
    const { action, meeting } = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.access.lock(tx, input.meetingId);
      await this.access.requireCoordination(tx, actor, meeting.groupId);
      if (meeting.status === 'CANCELLED')
        throw conflict('This meeting was cancelled.', {
          reason: ErrorReason.MEETING_ALREADY_ENDED,
          params: { meetingStatus: meeting.status },
        });
      if (input.assigneeId != null && !(await this.access.isMember(tx, input.assigneeId, meeting.groupId)))
        throw badInput('The assignee must be a current member of the group.', 'assigneeId', { reason: ErrorReason.ASSIGNEE_NOT_MEMBER });
      if (input.decisionId != null && !(await tx.decision.findFirst({ where: { id: input.decisionId, meetingId: meeting.id } })))
        throw badInput("This decision is not one of this meeting's.", 'decisionId', {
          reason: ErrorReason.ENTRY_NOT_IN_LIST,
          params: { field: 'decisionId' },
        });
      if (input.dueOn && input.dueOn < new Date(isoDay(meeting.startsAt)))
        throw badInput('The due date is before the meeting.', 'dueOn', { reason: ErrorReason.DUE_BEFORE_MEETING });
      const action = await tx.actionItem.create({
        data: {
          meetingId: meeting.id,
          title: input.title.trim(),
          assigneeId: input.assigneeId ?? null,
          dueOn: input.dueOn ?? null,
          decisionId: input.decisionId ?? null,
          status: input.status,
        },
      });
      await this.audit.record(tx, actor, {
        action: 'action.assign',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { actionItemId: action.id, assigneeId: action.assigneeId },
      });
      return { action, meeting };
    });
    this.meetings.publish([meeting], 'updated');
    if (action.assigneeId) this.events.publish(DomainEvent.ActionAssigned, { actionItemId: action.id });
    return action;
  }

  /** The group's coordination, or the assignee, moves an action along. */
  setActionStatus(actor: AuthUser, input: SetActionStatusInput) {
    return this.prisma.$transaction(async (tx) => {
      const action = await tx.actionItem.findUnique({
        where: { id: input.actionItemId },
        include: { meeting: { select: { groupId: true } } },
      });
      if (!action) throw notFound('Action item', input.actionItemId);
      if (!actor.deputyId || actor.deputyId !== action.assigneeId) await this.access.requireCoordination(tx, actor, action.meeting.groupId);
      const { meeting: _m, ...updated } = await tx.actionItem.update({
        where: { id: action.id },
        data: { status: input.status },
        include: { meeting: { select: { groupId: true } } },
      });
      await this.audit.record(tx, actor, {
        action: 'action.setStatus',
        entityType: 'ActionItem',
        entityId: action.id,
        data: { from: action.status, to: input.status },
      });
      return updated;
    });
  }

  /** Editable while the meeting is scheduled or live; once ended, each change is a new version. */
  async updateMinutes(actor: AuthUser, input: UpdateMinutesInput) {
    const meeting = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.access.lock(tx, input.meetingId);
      await this.access.requireRunner(tx, actor, meeting.groupId);
      if (meeting.status === 'CANCELLED')
        throw conflict('This meeting was cancelled; it has no minutes.', {
          reason: ErrorReason.MEETING_ALREADY_ENDED,
          params: { meetingStatus: meeting.status },
        });
      const body = input.body.trim();
      let version: number | null = null;
      if (meeting.status === 'ENDED') {
        const last = await tx.minutesVersion.findFirst({ where: { meetingId: meeting.id }, orderBy: { version: 'desc' } });
        if (last?.body === body) return meeting;
        version = (last?.version ?? 0) + 1;
        await tx.minutesVersion.create({ data: { meetingId: meeting.id, version, body, createdById: actor.id } });
      }
      const updated = await tx.meeting.update({ where: { id: meeting.id }, data: { minutes: body } });
      await this.audit.record(tx, actor, {
        action: 'meeting.minutes',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { version, length: body.length },
      });
      return updated;
    });
    this.meetings.publish([meeting], 'updated');
    return meeting;
  }
}
