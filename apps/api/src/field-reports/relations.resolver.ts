// The reverse side of relations to field reports, on the types of the features that come before
// them (the agenda): those never import field reports.
import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AgendaItem } from '../agenda/models/agenda-item.model';
import { Loaders } from '../loaders/loaders';
import { FieldReport } from './models/field-report.model';
import { FieldReportsLoaders } from './field-reports.loaders';

@Resolver(() => AgendaItem)
export class AgendaItemFieldReportResolver {
  @ResolveField(() => FieldReport, { nullable: true, description: 'The field report this item discusses.' })
  fieldReport(@Root() item: AgendaItem, @Context('loaders') loaders: Loaders) {
    return item.fieldReportId ? loaders.of(FieldReportsLoaders).fieldReportById.load(item.fieldReportId) : null;
  }
}
