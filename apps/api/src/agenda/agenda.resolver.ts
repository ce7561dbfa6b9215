import { Args, Context, Mutation, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Role } from '@tribune/domain';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { Loaders } from '../loaders/loaders';
import { Meeting } from '../meetings/models/meeting.model';
import { AgendaService } from './agenda.service';
import { AddAgendaItemInput, RemoveAgendaItemInput, ReorderAgendaInput, UpdateAgendaItemInput } from './dto/agenda.inputs';
import { AgendaItem } from './models/agenda-item.model';
import { MeetingsLoaders } from '../meetings/meetings.loaders';

@Resolver(() => AgendaItem)
export class AgendaResolver {
  constructor(private readonly agenda: AgendaService) {}

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => AgendaItem, { description: 'Appends an item to the agenda.' })
  addAgendaItem(@CurrentUser() actor: AuthUser, @Args('input') input: AddAgendaItemInput) {
    return this.agenda.add(actor, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => AgendaItem, {
    description: "Coordination: changes an agenda item's title, description or planned duration while its meeting is not over. Audited.",
  })
  updateAgendaItem(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateAgendaItemInput) {
    return this.agenda.update(actor, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => [AgendaItem], { description: 'Removes an item; the agenda that remains, renumbered.' })
  removeAgendaItem(@CurrentUser() actor: AuthUser, @Args('input') input: RemoveAgendaItemInput) {
    return this.agenda.remove(actor, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => [AgendaItem], { description: 'Gives the whole agenda in its new order; positions become 1..n.' })
  reorderAgenda(@CurrentUser() actor: AuthUser, @Args('input') input: ReorderAgendaInput) {
    return this.agenda.reorder(actor, input);
  }

  @ResolveField(() => Meeting)
  meeting(@Root() item: AgendaItem, @Context('loaders') loaders: Loaders) {
    return loaders.of(MeetingsLoaders).meetingById.load(item.meetingId);
  }
}
