import { Args, Context, ID, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Role } from '@tribune/domain';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { Loaders } from '../loaders/loaders';
import { Term } from '../terms/models/term.model';
import { User } from '../users/models/user.model';
import { AddGroupCoordinatorInput, AddGroupMemberInput, CreateWorkingGroupInput, RemoveGroupMemberInput } from './dto/working-group.inputs';
import { GroupMember, WorkingGroup } from './models/working-group.model';
import { WorkingGroupsService } from './working-groups.service';
import { listOf } from '../security/graphql-limits';
import { TermsLoaders } from '../terms/terms.loaders';
import { WorkingGroupsLoaders } from './working-groups.loaders';

@Resolver(() => WorkingGroup)
export class WorkingGroupsResolver {
  constructor(private readonly groups: WorkingGroupsService) {}

  @Query(() => [WorkingGroup], {
    description: 'The working groups of a term (the current one when none is given), at most 50.',
    complexity: listOf(50),
  })
  workingGroups(@Args('termId', { type: () => ID, nullable: true }) termId?: string) {
    return this.groups.list(termId);
  }

  @Query(() => WorkingGroup, {
    nullable: true,
    description: 'One working group (readable by everyone signed in; its discussion only by its members and coordinators).',
  })
  workingGroup(@Args('id', { type: () => ID }) id: string) {
    return this.groups.byId(id);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => WorkingGroup, {
    description: 'Administrators and coordinators: creates a working group in a term (the current one when none is given). Audited.',
  })
  createWorkingGroup(@CurrentUser() actor: AuthUser, @Args('input') input: CreateWorkingGroupInput) {
    return this.groups.create(actor, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => GroupMember, {
    description:
      'Coordination: adds a deputy to the group with a role (lead, rapporteur, member); ask scheduleConflicts on the answer for clashes. Audited.',
  })
  addGroupMember(@CurrentUser() actor: AuthUser, @Args('input') input: AddGroupMemberInput) {
    return this.groups.addMember(actor, input);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => GroupMember, { description: "Ends a membership; the dates stay in the group's history." })
  removeGroupMember(@CurrentUser() actor: AuthUser, @Args('input') input: RemoveGroupMemberInput) {
    return this.groups.removeMember(actor, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => WorkingGroup, {
    description: 'Administrators: makes an account with the coordinator role a coordinator of this group. Audited.',
  })
  addGroupCoordinator(@CurrentUser() actor: AuthUser, @Args('input') input: AddGroupCoordinatorInput) {
    return this.groups.addCoordinator(actor, input);
  }

  @ResolveField(() => [GroupMember], { description: 'Current members, leads first.' })
  members(@Root() group: WorkingGroup, @Context('loaders') loaders: Loaders) {
    return loaders.of(WorkingGroupsLoaders).openMembershipsByGroupId.load(group.id);
  }

  @ResolveField(() => [GroupMember], { description: 'Every membership, past ones included.' })
  membershipHistory(@Root() group: WorkingGroup, @Context('loaders') loaders: Loaders) {
    return loaders.of(WorkingGroupsLoaders).membershipsByGroupId.load(group.id);
  }

  @ResolveField(() => [User])
  async coordinators(@Root() group: WorkingGroup, @Context('loaders') loaders: Loaders) {
    return (await loaders.of(WorkingGroupsLoaders).coordinatorsByGroupId.load(group.id)).map((c) => c.user);
  }

  @ResolveField(() => Term)
  term(@Root() group: WorkingGroup, @Context('loaders') loaders: Loaders) {
    return loaders.of(TermsLoaders).termById.load(group.termId);
  }
}

@Resolver(() => GroupMember)
export class GroupMemberResolver {
  @ResolveField(() => WorkingGroup)
  group(@Root() member: GroupMember, @Context('loaders') loaders: Loaders) {
    return loaders.of(WorkingGroupsLoaders).groupById.load(member.groupId);
  }
}
