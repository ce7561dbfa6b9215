import { Args, Context, Mutation, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Role } from '@tribune/domain';
import { AgendaItem } from '../agenda/models/agenda-item.model';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { Deputy } from '../deputies/models/deputy.model';
import { FieldReport } from '../field-reports/models/field-report.model';
import { Loaders } from '../loaders/loaders';
import { Meeting } from '../meetings/models/meeting.model';
import { DecisionsService } from './decisions.service';
import { AssignActionInput, RecordDecisionInput, SetActionStatusInput, UpdateMinutesInput } from './dto/decision.inputs';
import { ActionItem, Decision } from './models/decision.model';
import { AgendaLoaders } from '../agenda/agenda.loaders';
import { DecisionsLoaders } from './decisions.loaders';
import { DeputiesLoaders } from '../deputies/deputies.loaders';

@Resolver(() => Decision)
export class DecisionsResolver {
  constructor(private readonly decisions: DecisionsService) {}

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Decision, {
    description: 'Records a decision on an agenda item (live or ended meeting); a field report on that item becomes ADDRESSED.',
  })
  recordDecision(@CurrentUser() actor: AuthUser, @Args('input') input: RecordDecisionInput) {
    return this.decisions.record(actor, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ActionItem, {
    description: 'Coordination: records an action item of a meeting, optionally assigned to a member with a due day. Audited.',
  })
  assignAction(@CurrentUser() actor: AuthUser, @Args('input') input: AssignActionInput) {
    return this.decisions.assignAction(actor, input);
  }

  @Mutation(() => ActionItem, { description: "The group's coordinators or the assignee move an action along." })
  setActionStatus(@CurrentUser() actor: AuthUser, @Args('input') input: SetActionStatusInput) {
    return this.decisions.setActionStatus(actor, input);
  }

  @Mutation(() => Meeting, { description: "Coordinators or the group's lead; after the meeting has ended each change adds a version." })
  updateMinutes(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateMinutesInput) {
    return this.decisions.updateMinutes(actor, input);
  }

  @ResolveField(() => AgendaItem, { nullable: true })
  agendaItem(@Root() decision: Decision, @Context('loaders') loaders: Loaders) {
    return decision.agendaItemId ? loaders.of(AgendaLoaders).agendaItemById.load(decision.agendaItemId) : null;
  }

  @ResolveField(() => [ActionItem])
  actionItems(@Root() decision: Decision, @Context('loaders') loaders: Loaders) {
    return loaders.of(DecisionsLoaders).actionItemsByDecisionId.load(decision.id);
  }

  @ResolveField(() => [FieldReport], { description: 'The field reports this decision addressed.' })
  fieldReports(@Root() decision: Decision, @Context('loaders') loaders: Loaders) {
    return loaders.of(DecisionsLoaders).fieldReportsByDecisionId.load(decision.id);
  }
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @ResolveField(() => Deputy, { nullable: true })
  assignee(@Root() action: ActionItem, @Context('loaders') loaders: Loaders) {
    return action.assigneeId ? loaders.of(DeputiesLoaders).deputyById.load(action.assigneeId) : null;
  }

  @ResolveField(() => Decision, { nullable: true })
  decision(@Root() action: ActionItem, @Context('loaders') loaders: Loaders) {
    return action.decisionId ? loaders.of(DecisionsLoaders).decisionById.load(action.decisionId) : null;
  }
}
