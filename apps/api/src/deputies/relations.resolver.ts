// The reverse side of relations to deputies, on the types of the features that come before them
// (accounts, mandates, working groups): those never import deputies.
import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Loaders } from '../loaders/loaders';
import { Mandate } from '../mandates/models/mandate.model';
import { User } from '../users/models/user.model';
import { GroupMember } from '../working-groups/models/working-group.model';
import { Deputy } from './models/deputy.model';
import { DeputiesLoaders } from './deputies.loaders';

@Resolver(() => User)
export class UserDeputyResolver {
  @ResolveField(() => Deputy, { nullable: true, description: 'The deputy profile linked to this account, if any.' })
  deputy(@Root() user: User, @Context('loaders') loaders: Loaders) {
    return loaders.of(DeputiesLoaders).deputyByUserId.load(user.id);
  }
}

@Resolver(() => Mandate)
export class MandateDeputyResolver {
  @ResolveField(() => Deputy)
  deputy(@Root() mandate: Mandate, @Context('loaders') loaders: Loaders) {
    return loaders.of(DeputiesLoaders).deputyById.load(mandate.deputyId);
  }
}

@Resolver(() => GroupMember)
export class GroupMemberDeputyResolver {
  @ResolveField(() => Deputy)
  deputy(@Root() member: GroupMember, @Context('loaders') loaders: Loaders) {
    return loaders.of(DeputiesLoaders).deputyById.load(member.deputyId);
  }
}
