import { Injectable } from '@nestjs/common';
import { ErrorReason } from '@tribune/domain';
import { Prisma } from '../generated/prisma/client';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { badInput, conflict, notFound } from '../common/app-error';
import { DomainEvent, DomainEventBus } from '../common/domain-events';
import { MeetingAccess } from '../meetings/meeting-access.service';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { AddAgendaItemInput, RemoveAgendaItemInput, ReorderAgendaInput, UpdateAgendaItemInput } from './dto/agenda.inputs';

type MeetingRow = Prisma.MeetingGetPayload<object>;

/** Only scheduled or live meetings have an agenda that can still change. */
export function requireOpenAgenda(meeting: MeetingRow) {
  if (meeting.status === 'ENDED' || meeting.status === 'CANCELLED')
    throw conflict(`This meeting is ${meeting.status.toLowerCase()}; its agenda can no longer change.`, {
      reason: ErrorReason.MEETING_ALREADY_ENDED,
      params: { meetingStatus: meeting.status },
    });
}

/**
 * Agenda edits lock the meeting row first, so concurrent edits run one after the other and
 * positions stay 1..n, dense and unique (the unique index (meetingId, position) is the last guard).
 */
@Injectable()
export class AgendaService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly access: MeetingAccess,
    private readonly events: DomainEventBus,
  ) {}

  publish(meeting: { id: string; groupId: string; currentAgendaItemId: string | null }) {
    this.events.publish(DomainEvent.AgendaUpdated, {
      groupId: meeting.groupId,
      meetingId: meeting.id,
      currentAgendaItemId: meeting.currentAgendaItemId,
    });
  }

  /** Appends an item; the caller holds the meeting's lock and has checked the rights. */
  async appendInTx(
    tx: Tx,
    meetingId: string,
    data: { title: string; description?: string; durationMinutes?: number | null; fieldReportId?: string },
  ) {
    const count = await tx.agendaItem.count({ where: { meetingId } });
    if (count >= 100)
      throw badInput('An agenda has at most 100 items.', 'meetingId', { reason: ErrorReason.AGENDA_FULL, params: { max: 100 } });
    return tx.agendaItem.create({
      data: {
        meetingId,
        position: count + 1,
        title: data.title.trim(),
        description: data.description?.trim() ?? '',
        durationMinutes: data.durationMinutes ?? null,
        fieldReportId: data.fieldReportId,
      },
    });
  }

  /** Rewrites positions to 1..n in the given order, in two statements whatever n. */
  private async renumber(tx: Tx, meetingId: string, orderedIds: string[]) {
    await tx.$executeRaw`UPDATE "AgendaItem" SET position = -position WHERE "meetingId" = ${meetingId}`;
    if (orderedIds.length) {
      await tx.$executeRaw`UPDATE "AgendaItem" a SET position = v.pos FROM unnest(${orderedIds}::text[]) WITH ORDINALITY AS v(id, pos) WHERE a.id = v.id AND a."meetingId" = ${meetingId}`;
    }
  }

  async add(actor: AuthUser, input: AddAgendaItemInput) {
    const { item, meeting } = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.access.lock(tx, input.meetingId);
      await this.access.requireCoordination(tx, actor, meeting.groupId);
      requireOpenAgenda(meeting);
      const item = await this.appendInTx(tx, meeting.id, input);
      await this.audit.record(tx, actor, {
        action: 'agenda.add',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { agendaItemId: item.id, title: item.title },
      });
      return { item, meeting };
    });
    this.publish(meeting);
    return item;
  }

  private async lockItem(tx: Tx, actor: AuthUser, agendaItemId: string) {
    const found = await tx.agendaItem.findUnique({ where: { id: agendaItemId }, select: { meetingId: true } });
    if (!found) throw notFound('Agenda item', agendaItemId);
    const meeting = await this.access.lock(tx, found.meetingId);
    await this.access.requireCoordination(tx, actor, meeting.groupId);
    requireOpenAgenda(meeting);
    const item = await tx.agendaItem.findUnique({ where: { id: agendaItemId } });
    if (!item) throw notFound('Agenda item', agendaItemId);
    return { item, meeting };
  }

  async update(actor: AuthUser, input: UpdateAgendaItemInput) {
    const { item, meeting } = await this.prisma.$transaction(async (tx) => {
      const { item, meeting } = await this.lockItem(tx, actor, input.agendaItemId);
      const updated = await tx.agendaItem.update({
        where: { id: item.id },
        data: {
          ...(input.title !== undefined && input.title !== null ? { title: input.title.trim() } : {}),
          ...(input.description !== undefined && input.description !== null ? { description: input.description.trim() } : {}),
          ...(input.durationMinutes !== undefined ? { durationMinutes: input.durationMinutes ?? null } : {}),
        },
      });
      await this.audit.record(tx, actor, {
        action: 'agenda.update',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { agendaItemId: item.id },
      });
      return { item: updated, meeting };
    });
    this.publish(meeting);
    return item;
  }

  async remove(actor: AuthUser, input: RemoveAgendaItemInput) {
    const meeting = await this.prisma.$transaction(async (tx) => {
      const { item, meeting } = await this.lockItem(tx, actor, input.agendaItemId);
      if (await tx.decision.count({ where: { agendaItemId: item.id } }))
        throw conflict('A decision was recorded on this item; it stays on the agenda.', { reason: ErrorReason.AGENDA_ITEM_HAS_DECISION });
      await tx.agendaItem.delete({ where: { id: item.id } });
      const rest = await tx.agendaItem.findMany({ where: { meetingId: meeting.id }, orderBy: { position: 'asc' }, select: { id: true } });
      await this.renumber(
        tx,
        meeting.id,
        rest.map((r) => r.id),
      );
      const updated =
        meeting.currentAgendaItemId === item.id
          ? await tx.meeting.update({ where: { id: meeting.id }, data: { currentAgendaItemId: null } })
          : meeting;
      if (item.fieldReportId) {
        // The report goes back to its group's queue.
        await tx.fieldReport.update({ where: { id: item.fieldReportId }, data: { status: 'TRIAGED' } });
        await tx.fieldReportEvent.create({
          data: { reportId: item.fieldReportId, fromStatus: 'ON_AGENDA', toStatus: 'TRIAGED', byUserId: actor.id },
        });
      }
      await this.audit.record(tx, actor, {
        action: 'agenda.remove',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { agendaItemId: item.id, title: item.title },
      });
      return updated;
    });
    this.publish(meeting);
    return this.prisma.agendaItem.findMany({ where: { meetingId: meeting.id }, orderBy: { position: 'asc' } });
  }

  async reorder(actor: AuthUser, input: ReorderAgendaInput) {
    const { items, meeting } = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.access.lock(tx, input.meetingId);
      await this.access.requireCoordination(tx, actor, meeting.groupId);
      requireOpenAgenda(meeting);
      const current = await tx.agendaItem.findMany({ where: { meetingId: meeting.id }, select: { id: true } });
      const ids = new Set(current.map((c) => c.id));
      if (new Set(input.itemIds).size !== input.itemIds.length)
        throw badInput('An agenda item appears twice in the new order.', 'itemIds', {
          reason: ErrorReason.DUPLICATE_ENTRY,
          params: { field: 'itemIds' },
        });
      const stranger = input.itemIds.find((id) => !ids.has(id));
      if (stranger !== undefined)
        throw badInput(`Agenda item ${stranger} is not on this meeting's agenda.`, 'itemIds', {
          reason: ErrorReason.ENTRY_NOT_IN_LIST,
          params: { field: 'itemIds' },
        });
      if (input.itemIds.length !== ids.size)
        throw conflict('The agenda has changed since you loaded it (an item was added); reload it and reorder again.', {
          reason: ErrorReason.AGENDA_CHANGED,
        });
      await this.renumber(tx, meeting.id, input.itemIds);
      await this.audit.record(tx, actor, {
        action: 'agenda.reorder',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { itemIds: input.itemIds },
      });
      return { items: await tx.agendaItem.findMany({ where: { meetingId: meeting.id }, orderBy: { position: 'asc' } }), meeting };
    });
    this.publish(meeting);
    return items;
  }
}
