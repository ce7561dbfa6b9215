import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Loaders } from '../loaders/loaders';
import { Meeting } from '../meetings/models/meeting.model';
import { AgendaItem } from './models/agenda-item.model';

/** A meeting's agenda: added to Meeting by the agenda, the feature that comes after meetings. */
@Resolver(() => Meeting)
export class MeetingAgendaResolver {
  @ResolveField(() => [AgendaItem], { description: 'In order.' })
  agenda(@Root() meeting: Meeting, @Context('loaders') loaders: Loaders) {
    return loaders.agendaByMeetingId.load(meeting.id);
  }

  @ResolveField(() => AgendaItem, { nullable: true })
  currentAgendaItem(@Root() meeting: Meeting, @Context('loaders') loaders: Loaders) {
    return meeting.currentAgendaItemId ? loaders.agendaItemById.load(meeting.currentAgendaItemId) : null;
  }
}
