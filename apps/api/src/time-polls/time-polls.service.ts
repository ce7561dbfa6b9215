import { Injectable } from '@nestjs/common';
import { ErrorReason } from '@tribune/domain';
import { AuditService } from '../audit/audit.service';
import { DomainEvent, DomainEventBus } from '../common/domain-events';
import { AuthUser } from '../auth/auth-user';
import { badInput, conflict, forbidden, notFound } from '../common/app-error';
import { MeetingAccess } from '../meetings/meeting-access.service';
import { MeetingsService } from '../meetings/meetings.service';
import { isKnownTimeZone } from '../meetings/recurrence';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { AnswerTimePollInput, CreateTimePollInput, ScheduleFromTimePollInput } from './dto/time-poll.inputs';

interface Tallied {
  id: string;
  startsAt: Date;
  yes: number;
  ifNeedBe: number;
}

/** Most yes, then most yes-or-if-need-be, then the earliest. */
export function bestSlot<T extends Tallied>(slots: T[]): T | undefined {
  return [...slots].sort(
    (a, b) => b.yes - a.yes || b.yes + b.ifNeedBe - (a.yes + a.ifNeedBe) || a.startsAt.getTime() - b.startsAt.getTime(),
  )[0];
}

/** Finding a meeting time: a coordinator proposes slots, members answer, the best becomes a meeting. */
/** Time polls per page: each brings its slots and every member's answer to each. */
export const TIME_POLLS_PAGE = 10;
export const MAX_TIME_POLLS_PAGE = 50;

@Injectable()
export class TimePollsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly access: MeetingAccess,
    private readonly meetings: MeetingsService,
    private readonly events: DomainEventBus,
  ) {}

  async tally(db: Tx, pollId: string) {
    const slots = await db.timePollSlot.findMany({ where: { pollId }, include: { answers: true }, orderBy: { startsAt: 'asc' } });
    return slots.map((s) => ({
      ...s,
      yes: s.answers.filter((a) => a.answer === 'YES').length,
      ifNeedBe: s.answers.filter((a) => a.answer === 'IF_NEED_BE').length,
      no: s.answers.filter((a) => a.answer === 'NO').length,
    }));
  }

  async create(actor: AuthUser, input: CreateTimePollInput) {
    const created = await this.prisma.$transaction(async (tx) => {
      const group = await this.access.requireCoordination(tx, actor, input.groupId);
      if (!input.title.trim())
        throw badInput('The title is empty.', 'title', { reason: ErrorReason.EMPTY_TEXT, params: { field: 'title' } });
      if (!isKnownTimeZone(input.timeZone))
        throw badInput(`"${input.timeZone}" is not a known IANA time zone (e.g. Europe/Paris).`, 'timeZone', {
          reason: ErrorReason.UNKNOWN_TIME_ZONE,
          params: { timeZone: input.timeZone },
        });
      const seen = new Set<string>();
      for (const s of input.slots) {
        if (s.endsAt <= s.startsAt)
          throw badInput('A slot must end after it starts.', 'slots', {
            reason: ErrorReason.ENDS_BEFORE_START,
            params: { field: 'slots' },
          });
        if (s.endsAt.getTime() - s.startsAt.getTime() > 12 * 3600_000)
          throw badInput('A slot lasts at most 12 hours.', 'slots', { reason: ErrorReason.DURATION_TOO_LONG, params: { maxHours: 12 } });
        const key = `${s.startsAt.toISOString()}/${s.endsAt.toISOString()}`;
        if (seen.has(key))
          throw badInput('The same slot is proposed twice.', 'slots', { reason: ErrorReason.DUPLICATE_ENTRY, params: { field: 'slots' } });
        seen.add(key);
      }
      const poll = await tx.timePoll.create({
        data: {
          groupId: group.id,
          title: input.title.trim(),
          description: input.description.trim(),
          timeZone: input.timeZone,
          createdById: actor.id,
          slots: { createMany: { data: input.slots.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt })) } },
        },
      });
      await this.audit.record(tx, actor, {
        action: 'timePoll.create',
        entityType: 'WorkingGroup',
        entityId: group.id,
        data: { pollId: poll.id, slots: input.slots.length },
      });
      return poll;
    });
    this.events.publish(DomainEvent.TimePollOpened, { pollId: created.id });
    return created;
  }

  answer(actor: AuthUser, input: AnswerTimePollInput) {
    if (!actor.deputyId) throw forbidden('Only the members of the group answer its time polls.');
    const deputyId = actor.deputyId;
    return this.prisma.$transaction(async (tx) => {
      const poll = await tx.timePoll.findUnique({ where: { id: input.pollId }, include: { slots: { select: { id: true } } } });
      if (!poll) throw notFound('Time poll', input.pollId);
      if (!(await this.access.isMember(tx, deputyId, poll.groupId)))
        throw forbidden('Only the members of the group answer its time polls.');
      if (poll.status !== 'OPEN') throw conflict('This time poll is closed.', { reason: ErrorReason.POLL_CLOSED });
      const slotIds = new Set(poll.slots.map((s) => s.id));
      if (input.answers.some((a) => !slotIds.has(a.slotId)))
        throw badInput("A slot is not one of this poll's.", 'answers', {
          reason: ErrorReason.ENTRY_NOT_IN_LIST,
          params: { field: 'answers' },
        });
      if (new Set(input.answers.map((a) => a.slotId)).size !== input.answers.length)
        throw badInput('A slot is answered twice.', 'answers', { reason: ErrorReason.DUPLICATE_ENTRY, params: { field: 'answers' } });
      for (const a of input.answers) {
        await tx.timePollAnswer.upsert({
          where: { slotId_deputyId: { slotId: a.slotId, deputyId } },
          create: { slotId: a.slotId, deputyId, answer: a.answer },
          update: { answer: a.answer, answeredAt: new Date() },
        });
      }
      const { slots: _s, ...rest } = poll;
      return rest;
    });
  }

  async schedule(actor: AuthUser, input: ScheduleFromTimePollInput) {
    const result = await this.prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "TimePoll" WHERE id = ${input.pollId} FOR UPDATE`;
      if (!locked.length) throw notFound('Time poll', input.pollId);
      const poll = await tx.timePoll.findUniqueOrThrow({ where: { id: input.pollId } });
      await this.access.requireCoordination(tx, actor, poll.groupId);
      if (poll.status !== 'OPEN') throw conflict('This time poll is closed.', { reason: ErrorReason.POLL_CLOSED });
      const slots = await this.tally(tx, poll.id);
      const slot = input.slotId ? slots.find((s) => s.id === input.slotId) : bestSlot(slots);
      if (!slot)
        throw badInput("This slot is not one of this poll's.", 'slotId', {
          reason: ErrorReason.ENTRY_NOT_IN_LIST,
          params: { field: 'slotId' },
        });
      const scheduled = await this.meetings.scheduleInTx(tx, actor, {
        groupId: poll.groupId,
        title: input.title ?? poll.title,
        description: poll.description,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        timeZone: poll.timeZone,
        place: input.place,
        refuseOnConflict: input.refuseOnConflict,
      });
      const closed = await tx.timePoll.update({
        where: { id: poll.id },
        data: { status: 'CLOSED', closedAt: new Date(), meetingId: scheduled.meeting.id },
      });
      await this.audit.record(tx, actor, {
        action: 'timePoll.schedule',
        entityType: 'WorkingGroup',
        entityId: poll.groupId,
        data: { pollId: poll.id, slotId: slot.id, meetingId: scheduled.meeting.id },
      });
      return { ...scheduled, poll: closed };
    });
    this.meetings.publish(result.occurrences, 'scheduled');
    return result;
  }

  async byId(actor: AuthUser, id: string) {
    const poll = await this.prisma.timePoll.findUnique({ where: { id } });
    if (!poll) throw notFound('Time poll', id);
    await this.access.requireRead(this.prisma, actor, poll.groupId);
    return poll;
  }

  async forGroup(actor: AuthUser, groupId: string, limit = TIME_POLLS_PAGE) {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TIME_POLLS_PAGE)
      throw badInput(`limit must be between 1 and ${MAX_TIME_POLLS_PAGE}.`, 'limit', {
        reason: ErrorReason.PAGE_SIZE_OUT_OF_RANGE,
        params: { max: MAX_TIME_POLLS_PAGE },
      });
    await this.access.requireRead(this.prisma, actor, groupId);
    return this.prisma.timePoll.findMany({ where: { groupId }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: limit });
  }
}
