import { Args, Context, ID, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Role } from '@tribune/domain';
import { AgendaItem } from '../agenda/models/agenda-item.model';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { Deputy } from '../deputies/models/deputy.model';
import { Loaders } from '../loaders/loaders';
import { User } from '../users/models/user.model';
import { WorkingGroup } from '../working-groups/models/working-group.model';
import {
  CloseFieldReportInput,
  FieldReportFilter,
  PlaceReportOnAgendaInput,
  RouteFieldReportInput,
  SubmitFieldReportInput,
} from './dto/field-report.inputs';
import { FieldReportsService } from './field-reports.service';
import { FieldReport, FieldReportEvent, FieldReportSummary } from './models/field-report.model';
import { listOf } from '../security/graphql-limits';
import { territoryLabel } from '../territories/territories';
import { DeputiesLoaders } from '../deputies/deputies.loaders';
import { FieldReportsLoaders } from './field-reports.loaders';
import { UsersLoaders } from '../users/users.loaders';
import { WorkingGroupsLoaders } from '../working-groups/working-groups.loaders';

@Resolver(() => FieldReport)
export class FieldReportsResolver {
  constructor(private readonly reports: FieldReportsService) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'The territory\'s name: "Pas-de-Calais (62)", "Île-de-France", "Hors de France".',
  })
  territoryLabel(@Root() report: FieldReport) {
    return territoryLabel(report.territory);
  }

  @Query(() => [FieldReport], {
    complexity: listOf(100),
    description: 'Deputies: their own reports and those routed to their groups. Newest first.',
  })
  fieldReports(
    @CurrentUser() actor: AuthUser,
    @Args('filter', { type: () => FieldReportFilter, nullable: true }) filter?: FieldReportFilter,
  ) {
    return this.reports.list(actor, filter ?? Object.assign(new FieldReportFilter(), { limit: 50, offset: 0 }));
  }

  @Query(() => FieldReport, {
    nullable: true,
    description: 'One field report, to its author, coordinators and administrators, and the members of the group it was routed to.',
  })
  fieldReport(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.reports.byId(actor, id);
  }

  @Roles(Role.ADMIN)
  @Query(() => FieldReportSummary, {
    description: 'Reports of a term (default: the current one) by status, theme and territory, and how many reached a decision.',
  })
  fieldReportSummary(@Args('termId', { type: () => ID, nullable: true }) termId?: string) {
    return this.reports.summary(termId);
  }

  @Mutation(() => FieldReport, { description: 'A deputy reports what they heard in their territory.' })
  submitFieldReport(@CurrentUser() actor: AuthUser, @Args('input') input: SubmitFieldReportInput) {
    return this.reports.submit(actor, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => FieldReport, { description: 'Sends a report to a working group (it becomes TRIAGED).' })
  routeFieldReport(@CurrentUser() actor: AuthUser, @Args('input') input: RouteFieldReportInput) {
    return this.reports.route(actor, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => FieldReport, { description: 'Adds an agenda item for the report to a meeting of its group (it becomes ON_AGENDA).' })
  placeReportOnAgenda(@CurrentUser() actor: AuthUser, @Args('input') input: PlaceReportOnAgendaInput) {
    return this.reports.placeOnAgenda(actor, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => FieldReport, { description: 'Closes a report without a decision, with the reason.' })
  closeFieldReport(@CurrentUser() actor: AuthUser, @Args('input') input: CloseFieldReportInput) {
    return this.reports.close(actor, input);
  }

  @ResolveField(() => Deputy)
  author(@Root() report: FieldReport, @Context('loaders') loaders: Loaders) {
    return loaders.of(DeputiesLoaders).deputyById.load(report.authorId);
  }

  @ResolveField(() => WorkingGroup, { nullable: true })
  routedGroup(@Root() report: FieldReport, @Context('loaders') loaders: Loaders) {
    return report.routedGroupId ? loaders.of(WorkingGroupsLoaders).groupById.load(report.routedGroupId) : null;
  }

  @ResolveField(() => AgendaItem, { nullable: true })
  agendaItem(@Root() report: FieldReport, @Context('loaders') loaders: Loaders) {
    return loaders.of(FieldReportsLoaders).agendaItemByFieldReportId.load(report.id);
  }

  @ResolveField(() => [FieldReportEvent], { description: 'Who moved the report, and when, oldest first.' })
  history(@Root() report: FieldReport, @Context('loaders') loaders: Loaders) {
    return loaders.of(FieldReportsLoaders).fieldReportEventsByReportId.load(report.id);
  }
}

@Resolver(() => FieldReportEvent)
export class FieldReportEventResolver {
  @ResolveField(() => User)
  by(@Root() event: FieldReportEvent, @Context('loaders') loaders: Loaders) {
    return loaders.of(UsersLoaders).userById.load(event.byUserId);
  }
}
