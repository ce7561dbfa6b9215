import { Injectable } from '@nestjs/common';
import { ErrorReason } from '@tribune/domain';
import { FieldReport as FieldReportRow, Prisma } from '../generated/prisma/client';
import { AccessPolicy } from '../access/access-policy';
import { allowedSql, Subject } from '../access/rules';
import { AgendaService, requireOpenAgenda } from '../agenda/agenda.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { badInput, conflict, forbidden, notFound } from '../common/app-error';
import { DomainEvent, DomainEventBus } from '../common/domain-events';
import { today } from '../common/scalars';
import { MeetingAccess } from '../meetings/meeting-access.service';
import { PrismaService, Tx } from '../prisma/prisma.service';
import {
  CloseFieldReportInput,
  FieldReportFilter,
  PlaceReportOnAgendaInput,
  RouteFieldReportInput,
  SubmitFieldReportInput,
} from './dto/field-report.inputs';
import { FieldReportStatus, FieldReportSummary } from './models/field-report.model';
import { territoryLabel } from '../territories/territories';

type Status = `${FieldReportStatus}`;

/** What the access policy looks at on a report: the group it is routed to and its author. */
export const subjectOf = (report: { routedGroupId: string | null; authorId: string }): Subject => ({
  groupId: report.routedGroupId,
  authorDeputyId: report.authorId,
});

@Injectable()
export class FieldReportsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly access: MeetingAccess,
    private readonly agenda: AgendaService,
    private readonly policy: AccessPolicy,
    private readonly events: DomainEventBus,
  ) {}

  /** After the commit: the author hears of it (notifications). */
  private moved<T extends { id: string }>(report: T): T {
    this.events.publish(DomainEvent.FieldReportMoved, { reportId: report.id });
    return report;
  }

  private async load(tx: Tx, id: string) {
    const report = await tx.fieldReport.findUnique({ where: { id } });
    if (!report) throw notFound('Field report', id);
    return report;
  }

  private async move(
    tx: Tx,
    actor: AuthUser,
    report: { id: string; status: Status },
    to: Status,
    data: Prisma.FieldReportUpdateInput,
    note?: string | null,
  ) {
    const updated = await tx.fieldReport.update({ where: { id: report.id }, data: { ...data, status: to } });
    await tx.fieldReportEvent.create({
      data: { reportId: report.id, fromStatus: report.status, toStatus: to, byUserId: actor.id, note: note ?? null },
    });
    return updated;
  }

  submit(actor: AuthUser, input: SubmitFieldReportInput) {
    return this.prisma.$transaction(async (tx) => {
      if (!actor.deputyId) throw forbidden('Field reports are submitted by deputies.');
      const day = today();
      const term = await tx.term.findFirst({ where: { startsOn: { lte: day }, endsOn: { gte: day } }, select: { id: true } });
      const report = await tx.fieldReport.create({
        data: {
          authorId: actor.deputyId,
          termId: term?.id ?? null,
          territory: input.territory.trim(),
          theme: input.theme.trim(),
          title: input.title.trim(),
          body: input.body.trim(),
          anonymisedTestimony: input.anonymisedTestimony,
        },
      });
      await tx.fieldReportEvent.create({ data: { reportId: report.id, fromStatus: null, toStatus: 'SUBMITTED', byUserId: actor.id } });
      await this.audit.record(tx, actor, {
        action: 'fieldReport.submit',
        entityType: 'FieldReport',
        entityId: report.id,
        data: { theme: report.theme, territory: report.territory },
      });
      return report;
    });
  }

  async route(actor: AuthUser, input: RouteFieldReportInput) {
    const routed = await this.prisma.$transaction(async (tx) => {
      const report = await this.load(tx, input.reportId);
      const group = await this.access.requireCoordination(tx, actor, input.groupId);
      // Taking a report away from a group needs that group's coordination too (the policy's fieldReport.route).
      await this.policy.require(tx, actor, 'fieldReport', 'route', subjectOf(report));
      if (report.status !== 'SUBMITTED' && report.status !== 'TRIAGED')
        throw conflict(
          `This report is ${report.status.toLowerCase().replace('_', ' ')}; only a submitted or triaged report can be routed.`,
          { reason: ErrorReason.REPORT_STATUS_FORBIDS, params: { reportStatus: report.status } },
        );
      if (report.termId && report.termId !== group.termId)
        throw badInput(`"${group.name}" belongs to another term than the report.`, 'groupId', {
          reason: ErrorReason.GROUP_OF_OTHER_TERM,
          params: { group: group.name },
        });
      const updated = await this.move(
        tx,
        actor,
        report,
        'TRIAGED',
        { routedGroup: { connect: { id: group.id } } },
        input.note?.trim() || null,
      );
      await this.audit.record(tx, actor, {
        action: 'fieldReport.route',
        entityType: 'FieldReport',
        entityId: report.id,
        data: { groupId: group.id, from: report.routedGroupId },
      });
      return updated;
    });
    return this.moved(routed);
  }

  async placeOnAgenda(actor: AuthUser, input: PlaceReportOnAgendaInput) {
    const { report, meeting } = await this.prisma.$transaction(async (tx) => {
      const meeting = await this.access.lock(tx, input.meetingId);
      await this.access.requireCoordination(tx, actor, meeting.groupId);
      requireOpenAgenda(meeting);
      const report = await this.load(tx, input.reportId);
      if (report.status === 'SUBMITTED')
        throw badInput('Route this report to a working group before placing it on an agenda.', 'reportId', {
          reason: ErrorReason.REPORT_NOT_ROUTED,
        });
      if (report.status !== 'TRIAGED')
        throw conflict(
          `This report is ${report.status.toLowerCase().replace('_', ' ')}; only a triaged report can be placed on an agenda.`,
          { reason: ErrorReason.REPORT_STATUS_FORBIDS, params: { reportStatus: report.status } },
        );
      if (report.routedGroupId !== meeting.groupId)
        throw badInput("This report is routed to another working group than the meeting's.", 'meetingId', {
          reason: ErrorReason.REPORT_ROUTED_ELSEWHERE,
        });
      const item = await this.agenda.appendInTx(tx, meeting.id, {
        title: input.title ?? report.title,
        durationMinutes: input.durationMinutes,
        fieldReportId: report.id,
      });
      const updated = await this.move(tx, actor, report, 'ON_AGENDA', {});
      await this.audit.record(tx, actor, {
        action: 'fieldReport.placeOnAgenda',
        entityType: 'FieldReport',
        entityId: report.id,
        data: { meetingId: meeting.id, agendaItemId: item.id },
      });
      return { report: updated, meeting };
    });
    this.agenda.publish(meeting);
    return this.moved(report);
  }

  async close(actor: AuthUser, input: CloseFieldReportInput) {
    const closed = await this.prisma.$transaction(async (tx) => {
      const report = await this.load(tx, input.reportId);
      // The routed group's coordination; a report not yet routed, administrators.
      await this.policy.require(tx, actor, 'fieldReport', 'coordinate', subjectOf(report));
      if (report.status === 'ADDRESSED' || report.status === 'CLOSED')
        throw conflict(`This report is already ${report.status.toLowerCase()}.`, {
          reason: ErrorReason.REPORT_STATUS_FORBIDS,
          params: { reportStatus: report.status },
        });
      if (report.status === 'ON_AGENDA')
        throw conflict('This report is on an agenda; remove the agenda item first, or record a decision on it.', {
          reason: ErrorReason.REPORT_ON_AGENDA,
        });
      const updated = await this.move(tx, actor, report, 'CLOSED', {}, input.note.trim());
      await this.audit.record(tx, actor, {
        action: 'fieldReport.close',
        entityType: 'FieldReport',
        entityId: report.id,
        data: { note: input.note.trim() },
      });
      return updated;
    });
    return this.moved(closed);
  }

  /** The reports the viewer may read (the access policy's rule, as SQL), filtered, newest first. A null filter is no filter. */
  list(actor: AuthUser, filter: FieldReportFilter) {
    const and: Prisma.Sql[] = [
      allowedSql(actor, 'fieldReport', 'read', { group: Prisma.sql`r."routedGroupId"`, authorDeputy: Prisma.sql`r."authorId"` }),
    ];
    if (filter.status != null) and.push(Prisma.sql`r."status"::text = ${filter.status}`);
    if (filter.theme != null) and.push(Prisma.sql`lower(r."theme") = lower(${filter.theme})`);
    if (filter.territory != null) and.push(Prisma.sql`r."territory" = ${filter.territory}`);
    if (filter.groupId != null) and.push(Prisma.sql`r."routedGroupId" = ${filter.groupId}`);
    if (filter.authorId != null) and.push(Prisma.sql`r."authorId" = ${filter.authorId}`);
    if (filter.termId != null) and.push(Prisma.sql`r."termId" = ${filter.termId}`);
    return this.prisma.readRaw<FieldReportRow[]>(Prisma.sql`
      SELECT r.* FROM "FieldReport" r
      WHERE ${Prisma.join(and, ' AND ')}
      ORDER BY r."createdAt" DESC, r."id" ASC
      LIMIT ${filter.limit ?? 50} OFFSET ${filter.offset ?? 0}`);
  }

  async byId(actor: AuthUser, id: string) {
    const report = await this.load(this.prisma, id);
    await this.policy.require(this.prisma, actor, 'fieldReport', 'read', subjectOf(report));
    return report;
  }

  async summary(termId?: string): Promise<FieldReportSummary> {
    const day = today();
    const term = termId
      ? await this.prisma.term.findUnique({ where: { id: termId } })
      : ((await this.prisma.term.findFirst({ where: { startsOn: { lte: day }, endsOn: { gte: day } } })) ??
        (await this.prisma.term.findFirst({ orderBy: { startsOn: 'desc' } })));
    if (!term)
      throw termId ? notFound('Term', termId) : badInput('There is no term yet.', 'termId', { reason: ErrorReason.NO_CURRENT_TERM });
    const rows = await this.prisma.fieldReport.groupBy({
      by: ['theme', 'territory', 'status'],
      where: { termId: term.id },
      _count: { _all: true },
    });
    const tally = (keyOf: (r: (typeof rows)[number]) => string) => {
      const map = new Map<string, { key: string; total: number; decided: number }>();
      for (const r of rows) {
        const entry = map.get(keyOf(r)) ?? { key: keyOf(r), total: 0, decided: 0 };
        entry.total += r._count._all;
        if (r.status === 'ADDRESSED') entry.decided += r._count._all;
        map.set(entry.key, entry);
      }
      return [...map.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
    };
    const byStatus = Object.values(FieldReportStatus).map((status) => ({
      status,
      count: rows.filter((r) => r.status === status).reduce((n, r) => n + r._count._all, 0),
    }));
    return {
      termId: term.id,
      total: byStatus.reduce((n, s) => n + s.count, 0),
      decided: byStatus.find((s) => s.status === FieldReportStatus.ADDRESSED)!.count,
      byStatus,
      byTheme: tally((r) => r.theme),
      byTerritory: tally((r) => r.territory ?? 'none').map((c) => ({ ...c, label: territoryLabel(c.key) })),
    };
  }
}
