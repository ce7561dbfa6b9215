import { Injectable } from '@nestjs/common';
import { ALTERNATING_RULE, orderSpeakers, PLAIN_RULE, Role, SpeakerGender, ErrorReason } from '@tribune/domain';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { badInput, conflict, forbidden, notFound } from '../common/app-error';
import { DomainEvent, DomainEventBus } from '../common/domain-events';
import { Gender } from '../deputies/models/deputy.model';
import { MeetingAccess } from '../meetings/meeting-access.service';
import { PrismaService, Tx } from '../prisma/prisma.service';
import {
  AgendaItemIdInput,
  GiveFloorInput,
  ReorderSpeakersInput,
  RequestFloorInput,
  SetSpeakingRulesInput,
  SpeakingStatsInput,
} from './dto/speakers.inputs';
import { SpeakersState, SpeakingStats } from './models/speakers.model';

export const DEFAULT_SPEAKING_TIME = 180;
type MeetingRef = { id: string; groupId: string };

/**
 * The list of speakers of each agenda item of a live meeting. The server keeps the time: a
 * speech has its start (server clock) and allotted seconds, and every state carries the
 * server's time, so a client that reconnects shows the right remaining time. Every speech is
 * recorded (who, item, start, duration). One speaker at a time per meeting (unique open slot),
 * one waiting request per member and item (unique open slot).
 */
@Injectable()
export class SpeakersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly access: MeetingAccess,
    private readonly events: DomainEventBus,
  ) {}

  /** Locks the item's meeting; `authorize` runs before the live check, so that a caller without access learns nothing of the meeting's state. */
  private async lockItem(tx: Tx, agendaItemId: string, authorize: (meeting: MeetingRef) => Promise<void>) {
    const found = await tx.agendaItem.findUnique({ where: { id: agendaItemId }, select: { meetingId: true } });
    if (!found) throw notFound('Agenda item', agendaItemId);
    const meeting = await this.access.lock(tx, found.meetingId);
    await authorize(meeting);
    if (meeting.status !== 'LIVE')
      throw conflict(`This meeting is ${meeting.status.toLowerCase()}; the list of speakers runs during a live meeting.`, {
        reason: ErrorReason.MEETING_NOT_LIVE,
        params: { meetingStatus: meeting.status },
      });
    return meeting;
  }

  private async requireMember(tx: Tx, deputyId: string, groupId: string) {
    if (!(await this.access.isMember(tx, deputyId, groupId))) throw forbidden('Only members of the group ask for the floor.');
  }

  private async rules(tx: Tx, meetingId: string) {
    const p = await tx.meetingProcedure.findUnique({ where: { meetingId } });
    return { speakingTimeSeconds: p?.speakingTimeSeconds ?? DEFAULT_SPEAKING_TIME, alternating: p?.alternating ?? false };
  }

  /** The waiting requests of an item, in the order the floor will be given. */
  private async ordered(tx: Tx, meetingId: string, agendaItemId: string, alternating: boolean) {
    const [waiting, spoken] = await Promise.all([
      tx.speakerRequest.findMany({
        where: { agendaItemId, status: 'WAITING' },
        include: { deputy: { select: { fullName: true, gender: true } } },
      }),
      tx.speech.findMany({ where: { agendaItemId }, orderBy: { startedAt: 'asc' }, include: { deputy: { select: { gender: true } } } }),
    ]);
    const spokeIds = new Set(spoken.map((s) => s.deputyId));
    const queue = waiting.map((r) => ({
      id: r.id,
      request: r,
      gender: r.deputy.gender as SpeakerGender,
      pointOfOrder: r.kind === 'POINT_OF_ORDER',
      firstTime: !spokeIds.has(r.deputyId),
      position: r.position,
      requestedAt: r.requestedAt.getTime(),
    }));
    const last = spoken.filter((s) => !s.pointOfOrder).at(-1)?.deputy.gender ?? null;
    return orderSpeakers(queue, alternating, last as SpeakerGender | null);
  }

  async state(db: Tx, meeting: MeetingRef, agendaItemId: string): Promise<SpeakersState> {
    const rules = await this.rules(db, meeting.id);
    const [queue, current] = await Promise.all([
      this.ordered(db, meeting.id, agendaItemId, rules.alternating),
      db.speech.findFirst({ where: { openMeetingId: meeting.id }, include: { deputy: { select: { fullName: true } } } }),
    ]);
    return {
      groupId: meeting.groupId,
      meetingId: meeting.id,
      agendaItemId,
      ...rules,
      rule: rules.alternating ? ALTERNATING_RULE : PLAIN_RULE,
      current: current
        ? {
            speechId: current.id,
            deputyId: current.deputyId,
            fullName: current.deputy.fullName,
            pointOfOrder: current.pointOfOrder,
            startedAt: current.startedAt,
            allottedSeconds: current.allottedSeconds,
            endsAt: new Date(current.startedAt.getTime() + current.allottedSeconds * 1000),
          }
        : null,
      queue: queue.map((q) => ({
        requestId: q.id,
        deputyId: q.request.deputyId,
        fullName: q.request.deputy.fullName,
        gender: q.gender as Gender,
        pointOfOrder: q.pointOfOrder,
        firstTime: q.firstTime,
        requestedAt: q.request.requestedAt,
      })),
      serverTime: new Date(),
    };
  }

  /** After the commit: the whole state to the channel. */
  private async publish(meeting: MeetingRef, agendaItemId: string) {
    const state = await this.state(this.prisma, meeting, agendaItemId);
    this.events.publish(DomainEvent.SpeakersUpdated, {
      groupId: meeting.groupId,
      meetingId: meeting.id,
      state: {
        ...state,
        current: state.current
          ? { ...state.current, startedAt: state.current.startedAt.toISOString(), endsAt: state.current.endsAt.toISOString() }
          : null,
        // Broadcast to the whole channel: no declared gender beside a name (mayReadDeclaredGender).
        queue: state.queue.map(({ gender: _gender, ...q }) => ({ ...q, requestedAt: q.requestedAt.toISOString() })),
        serverTime: state.serverTime.toISOString(),
      },
    });
    return state;
  }

  async forItem(actor: AuthUser, agendaItemId: string) {
    const item = await this.prisma.agendaItem.findUnique({
      where: { id: agendaItemId },
      include: { meeting: { select: { id: true, groupId: true } } },
    });
    if (!item) throw notFound('Agenda item', agendaItemId);
    await this.access.requireRead(this.prisma, actor, item.meeting.groupId);
    return this.state(this.prisma, item.meeting, agendaItemId);
  }

  private async endCurrent(tx: Tx, meetingId: string) {
    const current = await tx.speech.findFirst({ where: { openMeetingId: meetingId } });
    if (!current) return null;
    const endedAt = new Date();
    return tx.speech.update({
      where: { id: current.id },
      data: {
        endedAt,
        durationSeconds: Math.max(0, Math.round((endedAt.getTime() - current.startedAt.getTime()) / 1000)),
        openMeetingId: null,
      },
    });
  }

  async request(actor: AuthUser, input: RequestFloorInput) {
    if (!actor.deputyId) throw forbidden('Only members of the group ask for the floor.');
    const deputyId = actor.deputyId;
    const meeting = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.lockItem(tx, input.agendaItemId, (m) => this.requireMember(tx, deputyId, m.groupId));
      const waiting = await tx.speakerRequest.findUnique({ where: { openItemId_deputyId: { openItemId: input.agendaItemId, deputyId } } });
      if (waiting) throw conflict('You have already asked for the floor on this item.', { reason: ErrorReason.SPEAKER_ALREADY_WAITING });
      await tx.speakerRequest.create({
        data: {
          meetingId: meeting.id,
          agendaItemId: input.agendaItemId,
          deputyId,
          kind: input.pointOfOrder ? 'POINT_OF_ORDER' : 'FLOOR',
          openItemId: input.agendaItemId,
        },
      });
      return meeting;
    });
    return this.publish(meeting, input.agendaItemId);
  }

  async withdraw(actor: AuthUser, input: AgendaItemIdInput) {
    if (!actor.deputyId) throw forbidden('Only members of the group ask for the floor.');
    const deputyId = actor.deputyId;
    const meeting = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.lockItem(tx, input.agendaItemId, (m) => this.requireMember(tx, deputyId, m.groupId));
      const r = await tx.speakerRequest.updateMany({
        where: { openItemId: input.agendaItemId, deputyId },
        data: { status: 'WITHDRAWN', openItemId: null },
      });
      if (!r.count) throw conflict('You have not asked for the floor on this item.', { reason: ErrorReason.SPEAKER_NOT_WAITING });
      return meeting;
    });
    return this.publish(meeting, input.agendaItemId);
  }

  async give(actor: AuthUser, input: GiveFloorInput) {
    const meeting = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.lockItem(tx, input.agendaItemId, (m) => this.access.requireRunner(tx, actor, m.groupId));
      const rules = await this.rules(tx, meeting.id);
      const order = await this.ordered(tx, meeting.id, input.agendaItemId, rules.alternating);
      if (!order.length) throw conflict('Nobody is waiting for the floor on this item.', { reason: ErrorReason.NOBODY_WAITING });
      const target = input.requestId ? order.find((q) => q.id === input.requestId) : order[0];
      if (!target)
        throw badInput('This request is not waiting on this item.', 'requestId', {
          reason: ErrorReason.ENTRY_NOT_IN_LIST,
          params: { field: 'requestId' },
        });
      const against = rules.alternating && target.id !== order[0].id;
      const reason = input.overrideReason?.trim() || null;
      if (against && !reason)
        throw badInput(
          `The alternating list gives the floor to ${order[0].request.deputy.fullName} next; give a reason to override it.`,
          'overrideReason',
          { reason: ErrorReason.SPEAKER_ORDER_NEEDS_REASON, params: { deputy: order[0].request.deputy.fullName } },
        );
      const ended = await this.endCurrent(tx, meeting.id);
      await tx.speakerRequest.update({ where: { id: target.id }, data: { status: 'GRANTED', openItemId: null } });
      const speech = await tx.speech.create({
        data: {
          meetingId: meeting.id,
          agendaItemId: input.agendaItemId,
          deputyId: target.request.deputyId,
          requestId: target.id,
          pointOfOrder: target.pointOfOrder,
          startedAt: new Date(),
          allottedSeconds: rules.speakingTimeSeconds,
          overrideReason: against ? reason : null,
          openMeetingId: meeting.id,
        },
      });
      await this.audit.record(tx, actor, {
        action: 'speakers.give',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: {
          speechId: speech.id,
          deputyId: speech.deputyId,
          agendaItemId: input.agendaItemId,
          endedSpeechId: ended?.id ?? null,
          overrideReason: speech.overrideReason,
        },
      });
      return meeting;
    });
    return this.publish(meeting, input.agendaItemId);
  }

  async end(actor: AuthUser, input: AgendaItemIdInput) {
    const meeting = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.lockItem(tx, input.agendaItemId, (m) => this.access.requireRunner(tx, actor, m.groupId));
      const ended = await this.endCurrent(tx, meeting.id);
      if (!ended) throw conflict('Nobody has the floor.', { reason: ErrorReason.NOBODY_SPEAKING });
      await this.audit.record(tx, actor, {
        action: 'speakers.end',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { speechId: ended.id, durationSeconds: ended.durationSeconds },
      });
      return meeting;
    });
    return this.publish(meeting, input.agendaItemId);
  }

  async reorder(actor: AuthUser, input: ReorderSpeakersInput) {
    const meeting = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.lockItem(tx, input.agendaItemId, (m) => this.access.requireRunner(tx, actor, m.groupId));
      const waiting = await tx.speakerRequest.findMany({
        where: { agendaItemId: input.agendaItemId, status: 'WAITING' },
        select: { id: true },
      });
      const ids = new Set(waiting.map((w) => w.id));
      if (new Set(input.requestIds).size !== input.requestIds.length)
        throw badInput('A request appears twice in the new order.', 'requestIds', {
          reason: ErrorReason.DUPLICATE_ENTRY,
          params: { field: 'requestIds' },
        });
      const stranger = input.requestIds.find((id) => !ids.has(id));
      if (stranger !== undefined)
        throw badInput(`Request ${stranger} is not waiting on this item.`, 'requestIds', {
          reason: ErrorReason.ENTRY_NOT_IN_LIST,
          params: { field: 'requestIds' },
        });
      if (input.requestIds.length !== ids.size)
        throw conflict('The list has changed since you loaded it; reload it and reorder again.', {
          reason: ErrorReason.SPEAKER_LIST_CHANGED,
        });
      for (const [i, id] of input.requestIds.entries()) await tx.speakerRequest.update({ where: { id }, data: { position: i + 1 } });
      await this.audit.record(tx, actor, {
        action: 'speakers.reorder',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { agendaItemId: input.agendaItemId, requestIds: input.requestIds },
      });
      return meeting;
    });
    return this.publish(meeting, input.agendaItemId);
  }

  async setRules(actor: AuthUser, input: SetSpeakingRulesInput) {
    const { meeting, itemId } = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.access.lock(tx, input.meetingId);
      await this.access.requireRunner(tx, actor, meeting.groupId);
      if (meeting.status === 'ENDED' || meeting.status === 'CANCELLED')
        throw conflict(`This meeting is ${meeting.status.toLowerCase()}.`, {
          reason: ErrorReason.MEETING_ALREADY_ENDED,
          params: { meetingStatus: meeting.status },
        });
      const data = {
        ...(input.speakingTimeSeconds !== undefined && input.speakingTimeSeconds !== null
          ? { speakingTimeSeconds: input.speakingTimeSeconds }
          : {}),
        ...(input.alternating !== undefined && input.alternating !== null ? { alternating: input.alternating } : {}),
      };
      await tx.meetingProcedure.upsert({ where: { meetingId: meeting.id }, create: { meetingId: meeting.id, ...data }, update: data });
      await this.audit.record(tx, actor, { action: 'speakers.rules', entityType: 'Meeting', entityId: meeting.id, data });
      const first = await tx.agendaItem.findFirst({ where: { meetingId: meeting.id }, orderBy: { position: 'asc' }, select: { id: true } });
      return { meeting, itemId: meeting.currentAgendaItemId ?? first?.id ?? null };
    });
    if (itemId) return this.publish(meeting, itemId);
    return this.rules(this.prisma, meeting.id);
  }

  /** Who actually speaks: ended speeches, by person and by declared gender. */
  async stats(actor: AuthUser, input: SpeakingStatsInput): Promise<SpeakingStats> {
    const given = [input.meetingId, input.groupId, input.termId].filter((x) => x);
    if (given.length !== 1)
      throw badInput('Give exactly one of meetingId, groupId, termId.', 'meetingId', {
        reason: ErrorReason.INVALID_INPUT,
        params: { field: 'meetingId' },
      });
    let where: object;
    if (input.meetingId) {
      const meeting = await this.access.meeting(this.prisma, input.meetingId);
      await this.access.requireRead(this.prisma, actor, meeting.groupId);
      where = { meetingId: meeting.id };
    } else if (input.groupId) {
      const group = await this.prisma.workingGroup.findUnique({ where: { id: input.groupId } });
      if (!group) throw notFound('Working group', input.groupId);
      await this.access.requireRead(this.prisma, actor, group.id);
      where = { meeting: { groupId: group.id } };
    } else {
      if (actor.role !== Role.ADMIN && actor.role !== Role.COORDINATOR)
        throw forbidden('Term-wide statistics are for administrators and coordinators.');
      if (!(await this.prisma.term.findUnique({ where: { id: input.termId } }))) throw notFound('Term', input.termId);
      where = { meeting: { group: { termId: input.termId } } };
    }
    const rows = await this.prisma.speech.groupBy({
      by: ['deputyId'],
      where: { ...where, durationSeconds: { not: null } },
      _sum: { durationSeconds: true },
      _count: { _all: true },
    });
    const deputies = await this.prisma.deputy.findMany({
      where: { id: { in: rows.map((r) => r.deputyId) } },
      select: { id: true, fullName: true, gender: true },
    });
    const byId = new Map(deputies.map((d) => [d.id, d]));
    const byPerson = rows
      .map((r) => ({
        deputyId: r.deputyId,
        fullName: byId.get(r.deputyId)!.fullName,
        gender: byId.get(r.deputyId)!.gender as Gender,
        seconds: r._sum.durationSeconds ?? 0,
        speeches: r._count._all,
      }))
      .sort((a, b) => b.seconds - a.seconds || a.fullName.localeCompare(b.fullName));
    const totalSeconds = byPerson.reduce((a, p) => a + p.seconds, 0);
    const byGender = Object.values(Gender).map((gender) => {
      const mine = byPerson.filter((p) => p.gender === gender);
      const seconds = mine.reduce((a, p) => a + p.seconds, 0);
      return { gender, seconds, speeches: mine.reduce((a, p) => a + p.speeches, 0), share: totalSeconds ? seconds / totalSeconds : 0 };
    });
    return { totalSeconds, speeches: byPerson.reduce((a, p) => a + p.speeches, 0), byPerson, byGender };
  }
}
