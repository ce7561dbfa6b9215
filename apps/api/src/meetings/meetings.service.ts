import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { attendanceIsFinal, ErrorReason, REOPEN_WINDOW_MS, reopenableUntil, startNeedsConfirmation } from '@tribune/domain';
import { Meeting, Prisma } from '../generated/prisma/client';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { AppError, badInput, conflict, forbidden } from '../common/app-error';
import { DomainEvent, DomainEventBus, MeetingUpdatedEvent } from '../common/domain-events';
import { isoDay } from '../common/scalars';
import { Warning } from '../common/warning.model';
import { Loaders } from '../loaders/loaders';
import { GROUP_COLUMNS, WorkingGroupsLoaders } from '../working-groups/working-groups.loaders';
import { PrismaService, Tx } from '../prisma/prisma.service';
import {
  CancelMeetingInput,
  MeetingFilter,
  RescheduleMeetingInput,
  RespondToMeetingInput,
  ScheduleMeetingInput,
} from './dto/meeting.inputs';
import { vouchRead } from '../access/access-policy';
import { allowedSql } from '../access/rules';
import { MeetingAccess } from './meeting-access.service';
import { MeetingScope, MeetingWhen } from './models/meeting.model';
import {
  expandRecurrence,
  fromWallClockSpan,
  intendedWallClock,
  isKnownTimeZone,
  localDay,
  Occurrence,
  parseRecurrence,
  plannedSpan,
  RecurrenceError,
  toWallClock,
} from './recurrence';

type MeetingRow = Prisma.MeetingGetPayload<object>;

export interface ConflictRow {
  deputyId: string;
  deputyName: string;
  startsAt: Date;
  meeting: MeetingRow;
}

const MAX_DURATION_MS = 12 * 3600_000;

/** "Tue 10 Mar 2026, 18:00 (Europe/Paris)", for messages a person reads. */
export function localLabel(instant: Date, timeZone: string) {
  return `${new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant)} (${timeZone})`;
}

function checkTimes(startsAt: Date, endsAt: Date) {
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()))
    throw badInput('startsAt and endsAt must be ISO-8601 instants.', 'startsAt', {
      reason: ErrorReason.INVALID_INPUT,
      params: { field: 'startsAt' },
    });
  if (endsAt <= startsAt)
    throw badInput('A meeting must end after it starts.', 'endsAt', { reason: ErrorReason.ENDS_BEFORE_START, params: { field: 'endsAt' } });
  if (endsAt.getTime() - startsAt.getTime() > MAX_DURATION_MS)
    throw badInput('A meeting lasts at most 12 hours.', 'endsAt', {
      reason: ErrorReason.DURATION_TOO_LONG,
      params: { maxHours: MAX_DURATION_MS / 3600_000 },
    });
}

function checkInTerm(occurrences: Occurrence[], timeZone: string, term: { startsOn: Date; endsOn: Date; name: string }) {
  for (const o of occurrences) {
    const day = localDay(o.startsAt, timeZone);
    if (day < term.startsOn || day > term.endsOn) {
      throw badInput(
        `Meetings must fall within the term "${term.name}" (${isoDay(term.startsOn)} to ${isoDay(term.endsOn)}); ${localLabel(o.startsAt, timeZone)} does not.`,
        'startsAt',
        {
          reason: ErrorReason.TERM_OUT_OF_RANGE,
          params: { term: term.name, startsOn: isoDay(term.startsOn), endsOn: isoDay(term.endsOn) },
        },
      );
    }
  }
}

@Injectable()
export class MeetingsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly access: MeetingAccess,
    private readonly events: DomainEventBus,
  ) {}

  /** After the transaction has committed: the live module broadcasts these. */
  publish(
    meetings: Array<{ id: string; groupId: string }>,
    change: MeetingUpdatedEvent['change'],
    before: Array<{ id: string; startsAt: Date; endsAt: Date }> = [],
  ) {
    for (const m of meetings) {
      const was = before.find((b) => b.id === m.id);
      const previous = was ? { previousStartsAt: was.startsAt.toISOString(), previousEndsAt: was.endsAt.toISOString() } : {};
      this.events.publish(DomainEvent.MeetingUpdated, { groupId: m.groupId, meetingId: m.id, change, ...previous });
    }
  }

  /**
   * Members of the group who are already in another (scheduled or live) meeting overlapping one
   * of the occurrences. One query, whatever the number of occurrences.
   */
  async findConflicts(tx: Tx, groupId: string, occurrences: Occurrence[], excludeIds: string[]): Promise<ConflictRow[]> {
    const members = await tx.groupMembership.findMany({
      where: { openGroupId: groupId },
      include: { deputy: { select: { fullName: true } } },
    });
    if (!members.length || !occurrences.length) return [];
    const deputyIds = members.map((m) => m.deputyId);
    const names = new Map(members.map((m) => [m.deputyId, m.deputy.fullName]));
    const others = await tx.meeting.findMany({
      where: {
        id: { notIn: excludeIds },
        status: { in: ['SCHEDULED', 'LIVE'] },
        OR: occurrences.map((o) => ({ startsAt: { lt: o.endsAt }, endsAt: { gt: o.startsAt } })),
        group: { memberships: { some: { openGroupId: { not: null }, deputyId: { in: deputyIds } } } },
      },
      include: {
        group: {
          select: { memberships: { where: { openGroupId: { not: null }, deputyId: { in: deputyIds } }, select: { deputyId: true } } },
        },
      },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    });
    const conflicts: ConflictRow[] = [];
    for (const o of occurrences) {
      for (const { group, ...other } of others) {
        if (!(other.startsAt < o.endsAt && other.endsAt > o.startsAt)) continue;
        for (const { deputyId } of group.memberships)
          conflicts.push({ deputyId, deputyName: names.get(deputyId)!, startsAt: o.startsAt, meeting: other });
      }
    }
    return conflicts;
  }

  private conflictWarnings(conflicts: ConflictRow[]): Warning[] {
    return conflicts.map((c) => ({
      code: ErrorReason.SCHEDULING_CONFLICT,
      params: { deputy: c.deputyName, meeting: c.meeting.title, startsAt: c.meeting.startsAt.toISOString(), timeZone: c.meeting.timeZone },
      message: `${c.deputyName} is already in "${c.meeting.title}" (${localLabel(c.meeting.startsAt, c.meeting.timeZone)}) at the time of the meeting of ${localLabel(c.startsAt, c.meeting.timeZone)}.`,
    }));
  }

  private refuse(conflicts: ConflictRow[]): AppError {
    const first = conflicts[0];
    return conflict(
      `${conflicts.length} conflict(s): ${first.deputyName} is already in "${first.meeting.title}" (${localLabel(first.meeting.startsAt, first.meeting.timeZone)}). Nothing was scheduled.`,
      {
        reason: ErrorReason.SCHEDULING_CONFLICT,
        params: {
          deputy: first.deputyName,
          meeting: first.meeting.title,
          startsAt: first.meeting.startsAt.toISOString(),
          timeZone: first.meeting.timeZone,
          conflicts: conflicts.length,
        },
      },
    );
  }

  async schedule(actor: AuthUser, input: ScheduleMeetingInput) {
    const result = await this.prisma.$transaction((tx) => this.scheduleInTx(tx, actor, input));
    this.publish(result.occurrences, 'scheduled');
    return result;
  }

  /** The whole of `schedule` inside the caller's transaction (the caller publishes after commit). */
  async scheduleInTx(tx: Tx, actor: AuthUser, input: ScheduleMeetingInput) {
    const group = await this.access.requireCoordination(tx, actor, input.groupId);
    // Times written on the meeting's clock keep their local duration across a gap (plannedSpan).
    const first = isKnownTimeZone(input.timeZone)
      ? plannedSpan(input.startsAt, input.endsAt, input.timeZone)
      : { startsAt: input.startsAt, endsAt: input.endsAt };
    checkTimes(first.startsAt, first.endsAt);
    if (!isKnownTimeZone(input.timeZone))
      throw badInput(`"${input.timeZone}" is not a known IANA time zone (e.g. Europe/Paris).`, 'timeZone', {
        reason: ErrorReason.UNKNOWN_TIME_ZONE,
        params: { timeZone: input.timeZone },
      });
    let occurrences: Occurrence[] = [first];
    let rule: string | null = null;
    if (input.recurrence !== undefined && input.recurrence !== null) {
      try {
        const parsed = parseRecurrence(input.recurrence);
        if (parsed.untilDay && parsed.untilDay > group.term.endsOn) {
          throw new RecurrenceError(`The recurrence runs past the end of the term (${isoDay(group.term.endsOn)}).`, {
            reason: ErrorReason.TERM_OUT_OF_RANGE,
            params: { term: group.term.name, startsOn: isoDay(group.term.startsOn), endsOn: isoDay(group.term.endsOn) },
          });
        }
        occurrences = expandRecurrence(parsed, { startsAt: input.startsAt, endsAt: input.endsAt }, input.timeZone);
        rule = parsed.rule;
      } catch (e) {
        if (e instanceof RecurrenceError)
          throw badInput(e.message, 'recurrence', { reason: e.because.reason ?? ErrorReason.INVALID_RECURRENCE, params: e.because.params });
        throw e;
      }
    }
    checkInTerm(occurrences, input.timeZone, group.term);
    const conflicts = await this.findConflicts(tx, group.id, occurrences, []);
    if (conflicts.length && input.refuseOnConflict) throw this.refuse(conflicts);
    const series = rule ? await tx.meetingSeries.create({ data: { groupId: group.id, rrule: rule, timeZone: input.timeZone } }) : null;
    const meetings = await tx.meeting.createManyAndReturn({
      data: occurrences.map((o) => ({
        id: randomUUID(),
        groupId: group.id,
        title: input.title.trim(),
        description: input.description.trim(),
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        timeZone: input.timeZone,
        place: input.place?.trim() || null,
        onlineUrl: input.onlineUrl ?? null,
        seriesId: series?.id ?? null,
        createdById: actor.id,
      })),
    });
    meetings.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    await this.audit.record(tx, actor, {
      action: 'meeting.schedule',
      entityType: 'Meeting',
      entityId: meetings[0].id,
      data: {
        groupId: group.id,
        title: input.title.trim(),
        occurrences: meetings.length,
        seriesId: series?.id ?? null,
        rrule: rule,
        conflicts: conflicts.length,
      },
    });
    return { meeting: meetings[0], occurrences: meetings, conflicts, warnings: this.conflictWarnings(conflicts) };
  }

  /** The meeting and, for THIS_AND_FOLLOWING in a series, its later scheduled occurrences. */
  private async targets(tx: Tx, meeting: MeetingRow, scope: MeetingScope) {
    if (scope === MeetingScope.THIS || !meeting.seriesId) return [meeting];
    return tx.meeting.findMany({
      where: { seriesId: meeting.seriesId, startsAt: { gte: meeting.startsAt }, status: 'SCHEDULED' },
      orderBy: { startsAt: 'asc' },
    });
  }

  private requireScheduled(meeting: MeetingRow, doing: string) {
    if (meeting.status !== 'SCHEDULED')
      throw conflict(`This meeting is ${meeting.status.toLowerCase()}; only a scheduled meeting can be ${doing}.`, {
        reason: ErrorReason.MEETING_NOT_SCHEDULED,
        params: { meetingStatus: meeting.status },
      });
  }

  async reschedule(actor: AuthUser, input: RescheduleMeetingInput) {
    const result = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.access.lock(tx, input.meetingId);
      const group = await this.access.requireCoordination(tx, actor, meeting.groupId);
      this.requireScheduled(meeting, 'rescheduled');
      const planned = plannedSpan(input.startsAt, input.endsAt, meeting.timeZone);
      checkTimes(planned.startsAt, planned.endsAt);
      const tz = meeting.timeZone;
      const targets = await this.targets(tx, meeting, input.scope);
      // Later occurrences move by the same local-clock shift, so they keep following the zone's clock.
      // (local times as written: see intendedWallClock; each moved occurrence by the one DST rule).
      const newStart = intendedWallClock(input.startsAt, tz);
      const shift = newStart.getTime() - toWallClock(meeting.startsAt, tz).getTime();
      const wallDuration = intendedWallClock(input.endsAt, tz).getTime() - newStart.getTime();
      const moves = targets.map((m) => {
        if (m.id === meeting.id) return { meeting: m, ...planned };
        const wall = new Date(toWallClock(m.startsAt, tz).getTime() + shift);
        return { meeting: m, ...fromWallClockSpan(wall, new Date(wall.getTime() + wallDuration), tz) };
      });
      checkInTerm(moves, tz, group.term);
      const conflicts = await this.findConflicts(
        tx,
        group.id,
        moves,
        targets.map((m) => m.id),
      );
      if (conflicts.length && input.refuseOnConflict) throw this.refuse(conflicts);
      const updated: MeetingRow[] = [];
      for (const move of moves) {
        updated.push(
          await tx.meeting.update({
            where: { id: move.meeting.id },
            data: {
              startsAt: move.startsAt,
              endsAt: move.endsAt,
              sequence: { increment: 1 },
              ...(input.place !== undefined ? { place: input.place?.trim() || null } : {}),
              ...(input.onlineUrl !== undefined ? { onlineUrl: input.onlineUrl || null } : {}),
            },
          }),
        );
      }
      await this.audit.record(tx, actor, {
        action: 'meeting.reschedule',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: {
          from: meeting.startsAt.toISOString(),
          to: input.startsAt.toISOString(),
          scope: input.scope,
          moved: updated.length,
          conflicts: conflicts.length,
        },
      });
      return { meeting: updated[0], occurrences: updated, before: targets, conflicts, warnings: this.conflictWarnings(conflicts) };
    });
    this.publish(result.occurrences, 'rescheduled', result.before);
    return result;
  }

  async cancel(actor: AuthUser, input: CancelMeetingInput) {
    const result = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.access.lock(tx, input.meetingId);
      await this.access.requireCoordination(tx, actor, meeting.groupId);
      this.requireScheduled(meeting, 'cancelled');
      const targets = await this.targets(tx, meeting, input.scope);
      const ids = targets.map((m) => m.id);
      await tx.meeting.updateMany({
        where: { id: { in: ids } },
        data: { status: 'CANCELLED', cancelReason: input.reason.trim(), sequence: { increment: 1 } },
      });
      const cancelled = await tx.meeting.findMany({ where: { id: { in: ids } }, orderBy: { startsAt: 'asc' } });
      await this.audit.record(tx, actor, {
        action: 'meeting.cancel',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { reason: input.reason.trim(), scope: input.scope, cancelled: ids.length },
      });
      return { meeting: cancelled[0], occurrences: cancelled, conflicts: [], warnings: [] };
    });
    this.publish(result.occurrences, 'cancelled');
    return result;
  }

  /**
   * Plain SQL: the home page asks for this list on every visit, and Prisma 6 compiled the
   * relation filter (the caller's groups) at ~1.5 ms of CPU per call; this costs ~0.2 ms.
   */
  async list(actor: AuthUser, filter: MeetingFilter, loaders?: Loaders) {
    const now = new Date();
    const memberOf = (deputyId: string) =>
      Prisma.sql`EXISTS (SELECT 1 FROM "GroupMembership" gm WHERE gm."groupId" = m."groupId" AND gm."openGroupId" IS NOT NULL AND gm."deputyId" = ${deputyId})`;
    const and: Prisma.Sql[] = [Prisma.sql`TRUE`];
    // Only the meetings the viewer may read (the access policy's rule, as SQL).
    and.push(allowedSql(actor, 'meeting', 'read', { group: Prisma.sql`m."groupId"` }));
    if (filter.groupId) and.push(Prisma.sql`m."groupId" = ${filter.groupId}`);
    if (filter.deputyId) and.push(memberOf(filter.deputyId));
    if (filter.from) and.push(Prisma.sql`m."endsAt" > ${filter.from}`);
    if (filter.to) and.push(Prisma.sql`m."startsAt" < ${filter.to}`);
    if (filter.status) and.push(Prisma.sql`m.status::text = ${filter.status}`);
    if (filter.when === MeetingWhen.UPCOMING) and.push(Prisma.sql`m."endsAt" > ${now} AND m.status <> 'ENDED'`);
    if (filter.when === MeetingWhen.PAST) and.push(Prisma.sql`(m."endsAt" <= ${now} OR m.status = 'ENDED')`);
    const order = filter.when === MeetingWhen.PAST ? Prisma.sql`m."startsAt" DESC, m.id DESC` : Prisma.sql`m."startsAt" ASC, m.id ASC`;
    // Each meeting's group comes in the same statement, for the request's loaders (groupById).
    const rows = await this.prisma.readRaw<Array<Record<string, unknown>>>(Prisma.sql`
      SELECT m.*, ${GROUP_COLUMNS.select('g', 'g.')} FROM "Meeting" m
      JOIN "WorkingGroup" g ON g."id" = m."groupId"
      WHERE ${Prisma.join(and, ' AND ')}
      ORDER BY ${order}
      LIMIT ${filter.limit ?? 50} OFFSET ${filter.offset ?? 0}`);
    const meetings = rows.map((row) => {
      const group = GROUP_COLUMNS.pick(row, 'g.');
      loaders?.of(WorkingGroupsLoaders).groupById.prime(group.id, group);
      return Object.fromEntries(Object.entries(row).filter(([key]) => !key.startsWith('g.'))) as unknown as Meeting;
    });
    // Read through the policy's predicate for this viewer: the field check need not ask again.
    if (loaders) vouchRead(loaders, meetings);
    return meetings;
  }

  async byId(actor: AuthUser, id: string) {
    const meeting = await this.access.meeting(this.prisma, id);
    await this.access.requireRead(this.prisma, actor, meeting.groupId);
    return meeting;
  }

  async respond(actor: AuthUser, input: RespondToMeetingInput) {
    const result = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.access.meeting(tx, input.meetingId);
      if (!actor.deputyId || !(await this.access.isMember(tx, actor.deputyId, meeting.groupId))) {
        throw forbidden('Only the members of this working group answer its meetings.');
      }
      if (meeting.status === 'ENDED' || meeting.status === 'CANCELLED')
        throw conflict(`This meeting is ${meeting.status.toLowerCase()}; it no longer takes answers.`, {
          reason: ErrorReason.MEETING_ALREADY_ENDED,
          params: { meetingStatus: meeting.status },
        });
      const data = { response: input.response, note: input.note?.trim() || null, respondedAt: new Date() };
      const attendance = await tx.attendance.upsert({
        where: { meetingId_deputyId: { meetingId: meeting.id, deputyId: actor.deputyId } },
        create: { meetingId: meeting.id, deputyId: actor.deputyId, ...data },
        update: data,
      });
      return { attendance, meeting };
    });
    this.publish([result.meeting], 'updated');
    return result.attendance;
  }

  async start(actor: AuthUser, meetingId: string, confirmEarly = false) {
    const meeting = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.access.lock(tx, meetingId);
      await this.access.requireRunner(tx, actor, meeting.groupId);
      if (meeting.status !== 'SCHEDULED')
        throw conflict(`This meeting is ${meeting.status.toLowerCase()}; only a scheduled meeting can start.`, {
          reason: ErrorReason.MEETING_NOT_SCHEDULED,
          params: { meetingStatus: meeting.status },
        });
      // Opening days ahead by mistake is how a whole group got marked absent: it must be meant.
      if (!confirmEarly && startNeedsConfirmation(meeting.startsAt, new Date())) {
        throw conflict(
          `This meeting is scheduled for ${localLabel(meeting.startsAt, meeting.timeZone)}; confirm (confirmEarly) to open it this early.`,
          {
            reason: ErrorReason.MEETING_NOT_DUE,
            params: { startsAt: meeting.startsAt.toISOString(), timeZone: meeting.timeZone },
          },
        );
      }
      const started = await tx.meeting.update({ where: { id: meeting.id }, data: { status: 'LIVE', startedAt: new Date() } });
      await this.audit.record(tx, actor, {
        action: 'meeting.start',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { early: startNeedsConfirmation(meeting.startsAt, new Date()) },
      });
      return started;
    });
    this.publish([meeting], 'started');
    return meeting;
  }

  /** The chair moves the live session to an agenda item, or to the next one; past the last, none. */
  async setCurrentAgendaItem(actor: AuthUser, input: { meetingId: string; agendaItemId?: string }) {
    const meeting = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.access.lock(tx, input.meetingId);
      await this.access.requireRunner(tx, actor, meeting.groupId);
      if (meeting.status !== 'LIVE')
        throw conflict(`This meeting is ${meeting.status.toLowerCase()}; the agenda moves only during the live session.`, {
          reason: ErrorReason.MEETING_NOT_LIVE,
          params: { meetingStatus: meeting.status },
        });
      const agenda = await tx.agendaItem.findMany({ where: { meetingId: meeting.id }, orderBy: { position: 'asc' }, select: { id: true } });
      let next: string | null;
      if (input.agendaItemId !== undefined) {
        if (!agenda.some((i) => i.id === input.agendaItemId))
          throw badInput("This agenda item is not on this meeting's agenda.", 'agendaItemId', {
            reason: ErrorReason.ENTRY_NOT_IN_LIST,
            params: { field: 'agendaItemId' },
          });
        next = input.agendaItemId;
      } else {
        const at = agenda.findIndex((i) => i.id === meeting.currentAgendaItemId);
        next = agenda[at + 1]?.id ?? null;
      }
      const moved = await tx.meeting.update({ where: { id: meeting.id }, data: { currentAgendaItemId: next } });
      await this.audit.record(tx, actor, {
        action: 'meeting.setCurrentAgendaItem',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { agendaItemId: next },
      });
      return moved;
    });
    this.publish([meeting], 'current-item');
    this.events.publish(DomainEvent.AgendaUpdated, {
      groupId: meeting.groupId,
      meetingId: meeting.id,
      currentAgendaItemId: meeting.currentAgendaItemId,
    });
    return meeting;
  }

  async end(actor: AuthUser, meetingId: string) {
    const meeting = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.access.lock(tx, meetingId);
      await this.access.requireRunner(tx, actor, meeting.groupId);
      if (meeting.status !== 'LIVE')
        throw conflict(`This meeting is ${meeting.status.toLowerCase()}; only a live meeting can end.`, {
          reason: ErrorReason.MEETING_NOT_LIVE,
          params: { meetingStatus: meeting.status },
        });
      const ended = await tx.meeting.update({
        where: { id: meeting.id },
        data: { status: 'ENDED', endedAt: new Date(), currentAgendaItemId: null, sequence: { increment: 1 } },
      });
      // The minutes as they stood at the close are version 1; later edits add versions. Closed
      // again after a reopening, the minutes get a new version if they changed meanwhile.
      const last = await tx.minutesVersion.findFirst({ where: { meetingId: meeting.id }, orderBy: { version: 'desc' } });
      if (last?.body !== meeting.minutes)
        await tx.minutesVersion.create({
          data: { meetingId: meeting.id, version: (last?.version ?? 0) + 1, body: meeting.minutes, createdById: actor.id },
        });
      await this.audit.record(tx, actor, {
        action: 'meeting.end',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { attendanceFinal: attendanceIsFinal(ended) },
      });
      return ended;
    });
    this.publish([meeting], 'ended');
    return meeting;
  }

  /**
   * A meeting ended by mistake goes back to live, within REOPEN_WINDOW_MS of its end, by its
   * coordinators (or administrators): its attendance stops being final (see attendanceIsFinal
   * in packages/domain), so the absences its end had put in the record are gone.
   */
  async reopen(actor: AuthUser, meetingId: string) {
    const meeting = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.access.lock(tx, meetingId);
      await this.access.requireCoordination(tx, actor, meeting.groupId);
      const until = reopenableUntil(meeting);
      if (!until)
        throw conflict(`This meeting is ${meeting.status.toLowerCase()}; only an ended meeting can be reopened.`, {
          reason: ErrorReason.MEETING_NOT_ENDED,
        });
      if (until.getTime() < Date.now()) {
        throw conflict(`This meeting ended more than ${REOPEN_WINDOW_MS / 3600_000} hours ago; it can no longer be reopened.`, {
          reason: ErrorReason.MEETING_REOPEN_EXPIRED,
          params: { reopenableUntil: until.toISOString() },
        });
      }
      const reopened = await tx.meeting.update({
        where: { id: meeting.id },
        data: { status: 'LIVE', endedAt: null, sequence: { increment: 1 } },
      });
      await this.audit.record(tx, actor, {
        action: 'meeting.reopen',
        entityType: 'Meeting',
        entityId: meeting.id,
        data: { endedAt: meeting.endedAt!.toISOString(), attendanceWasFinal: attendanceIsFinal(meeting) },
      });
      return reopened;
    });
    this.publish([meeting], 'reopened');
    return meeting;
  }
}
