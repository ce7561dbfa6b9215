// The reverse side of relations to meetings, on the types of the features that come before them
// (working groups): those never import meetings.
import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Role } from '@tribune/domain';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { Loaders } from '../loaders/loaders';
import { GroupMember } from '../working-groups/models/working-group.model';
import { MeetingConflict } from './models/meeting.model';
import { MeetingsLoaders } from './meetings.loaders';

@Resolver(() => GroupMember)
export class GroupMemberConflictsResolver {
  @ResolveField(() => [MeetingConflict], {
    nullable: true,
    description:
      "The group's coming meetings that overlap a meeting of another group of this member (ask it after addGroupMember). " +
      "Null for those who may not see the member's other meetings: only coordinators, administrators and the member.",
  })
  async scheduleConflicts(@Root() member: GroupMember, @CurrentUser() actor: AuthUser, @Context('loaders') loaders: Loaders) {
    if (actor.role === Role.DEPUTY && actor.deputyId !== member.deputyId) return null;
    return loaders.of(MeetingsLoaders).scheduleConflictsByMembershipId.load(member.id);
  }
}
