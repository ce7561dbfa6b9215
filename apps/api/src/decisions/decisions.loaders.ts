import { Loaders, many, one } from '../loaders/loaders';

/** Decisions' own loaders (decisions, action items, minutes), in the request's container: `loaders.of(DecisionsLoaders)`. */
export class DecisionsLoaders {
  constructor(private readonly loaders: Loaders) {}

  readonly decisionById = one(
    (ids) => this.loaders.prisma.decision.findMany({ where: { id: { in: [...ids] } } }),
    (d) => d.id,
  );
  readonly decisionsByMeetingId = many(
    (ids) => this.loaders.prisma.decision.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: { createdAt: 'asc' } }),
    (d) => d.meetingId,
  );
  readonly decisionsByAgendaItemId = many(
    (ids) => this.loaders.prisma.decision.findMany({ where: { agendaItemId: { in: [...ids] } }, orderBy: { createdAt: 'asc' } }),
    (d) => d.agendaItemId!,
  );
  readonly actionItemsByMeetingId = many(
    (ids) => this.loaders.prisma.actionItem.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: { createdAt: 'asc' } }),
    (a) => a.meetingId,
  );
  readonly actionItemsByDecisionId = many(
    (ids) => this.loaders.prisma.actionItem.findMany({ where: { decisionId: { in: [...ids] } }, orderBy: { createdAt: 'asc' } }),
    (a) => a.decisionId!,
  );
  readonly minutesVersionsByMeetingId = many(
    (ids) => this.loaders.prisma.minutesVersion.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: { version: 'asc' } }),
    (v) => v.meetingId,
  );
  /** The field reports a decision answered. */
  readonly fieldReportsByDecisionId = many(
    (ids) => this.loaders.prisma.fieldReport.findMany({ where: { decisionId: { in: [...ids] } } }),
    (r) => r.decisionId!,
  );
}
