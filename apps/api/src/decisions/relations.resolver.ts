// The reverse side of relations to decisions, on the types of the features that come before them
// (meetings, the agenda, field reports): those never import decisions.
import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AgendaItem } from '../agenda/models/agenda-item.model';
import { FieldReport } from '../field-reports/models/field-report.model';
import { Loaders } from '../loaders/loaders';
import { Meeting } from '../meetings/models/meeting.model';
import { ActionItem, Decision, MinutesVersion } from './models/decision.model';
import { DecisionsLoaders } from './decisions.loaders';

/** A meeting's decisions, actions and minutes: added to Meeting by decisions, the feature that comes after meetings. */
@Resolver(() => Meeting)
export class MeetingDecisionsResolver {
  @ResolveField(() => [Decision])
  decisions(@Root() meeting: Meeting, @Context('loaders') loaders: Loaders) {
    return loaders.of(DecisionsLoaders).decisionsByMeetingId.load(meeting.id);
  }

  @ResolveField(() => [ActionItem])
  actionItems(@Root() meeting: Meeting, @Context('loaders') loaders: Loaders) {
    return loaders.of(DecisionsLoaders).actionItemsByMeetingId.load(meeting.id);
  }

  @ResolveField(() => [MinutesVersion])
  minutesVersions(@Root() meeting: Meeting, @Context('loaders') loaders: Loaders) {
    return loaders.of(DecisionsLoaders).minutesVersionsByMeetingId.load(meeting.id);
  }
}

/** The decisions taken on an agenda item: added to AgendaItem by decisions, which comes after the agenda. */
@Resolver(() => AgendaItem)
export class AgendaItemDecisionsResolver {
  @ResolveField(() => [Decision])
  decisions(@Root() item: AgendaItem, @Context('loaders') loaders: Loaders) {
    return loaders.of(DecisionsLoaders).decisionsByAgendaItemId.load(item.id);
  }
}

/** The decision that answered a field report: added to FieldReport by decisions, which come after field reports. */
@Resolver(() => FieldReport)
export class FieldReportDecisionResolver {
  @ResolveField(() => Decision, { nullable: true })
  decision(@Root() report: FieldReport, @Context('loaders') loaders: Loaders) {
    return report.decisionId ? loaders.of(DecisionsLoaders).decisionById.load(report.decisionId) : null;
  }
}
