// The reverse side of relations to the agenda, on the types of the features that come before it
// (meetings): those never import the agenda.
import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Loaders } from '../loaders/loaders';
import { Meeting } from '../meetings/models/meeting.model';
import { AgendaItem } from './models/agenda-item.model';
import { AgendaLoaders } from './agenda.loaders';

@Resolver(() => Meeting)
export class MeetingAgendaResolver {
  @ResolveField(() => [AgendaItem], { description: 'In order.' })
  agenda(@Root() meeting: Meeting, @Context('loaders') loaders: Loaders) {
    return loaders.of(AgendaLoaders).agendaByMeetingId.load(meeting.id);
  }

  @ResolveField(() => AgendaItem, { nullable: true })
  currentAgendaItem(@Root() meeting: Meeting, @Context('loaders') loaders: Loaders) {
    return meeting.currentAgendaItemId ? loaders.of(AgendaLoaders).agendaItemById.load(meeting.currentAgendaItemId) : null;
  }
}
