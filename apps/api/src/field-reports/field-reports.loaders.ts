import { Loaders, many, one } from '../loaders/loaders';

/** Field reports' own loaders, in the request's container: `loaders.of(FieldReportsLoaders)`. */
export class FieldReportsLoaders {
  constructor(private readonly loaders: Loaders) {}

  readonly fieldReportById = one(
    (ids) => this.loaders.prisma.fieldReport.findMany({ where: { id: { in: [...ids] } } }),
    (r) => r.id,
  );
  readonly fieldReportEventsByReportId = many(
    (ids) =>
      this.loaders.prisma.fieldReportEvent.findMany({ where: { reportId: { in: [...ids] } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
    (e) => e.reportId,
  );
  /** The agenda item a report was placed on. */
  readonly agendaItemByFieldReportId = one(
    (ids) => this.loaders.prisma.agendaItem.findMany({ where: { fieldReportId: { in: [...ids] } } }),
    (a) => a.fieldReportId!,
  );
}
