import { Args, Context, ID, Info, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Role } from '@tribune/domain';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { selects } from '../common/selection';
import { Loaders } from '../loaders/loaders';
import { UnreadLoaders } from '../unread/unread.loaders';
import { Mandate } from '../mandates/models/mandate.model';
import { GroupMember } from '../working-groups/models/working-group.model';
import { CreateDeputyInput, UpdateDeputyInput } from './dto/deputy.inputs';
import { Deputy, Gender } from './models/deputy.model';
import { mayReadDeclaredGender } from './declared-gender';
import { territoryLabel } from '../territories/territories';
import { DeputiesService, MAX_DEPUTIES } from './deputies.service';
import { listOf } from '../security/graphql-limits';
import { MandatesLoaders } from '../mandates/mandates.loaders';
import { WorkingGroupsLoaders } from '../working-groups/working-groups.loaders';

@Resolver(() => Deputy)
export class DeputiesResolver {
  constructor(private readonly deputiesService: DeputiesService) {}

  @Query(() => [Deputy], {
    description:
      "Every deputy's profile (readable by everyone signed in; declared gender only to the person and administrators), at most 200.",
    complexity: listOf(MAX_DEPUTIES),
  })
  deputies() {
    return this.deputiesService.list();
  }

  @Query(() => Deputy, { nullable: true, description: "One deputy's profile." })
  deputy(@Args('id', { type: () => ID }) id: string) {
    return this.deputiesService.byId(id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Deputy, { description: "Creates a deputy's profile, and their login if account is given." })
  createDeputy(@CurrentUser() actor: AuthUser, @Args('input') input: CreateDeputyInput) {
    return this.deputiesService.create(actor, input);
  }

  @Mutation(() => Deputy, { description: 'Administrators edit any profile; deputies their own (not the attestation).' })
  updateDeputy(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateDeputyInput) {
    return this.deputiesService.update(actor, input);
  }

  @ResolveField(() => Gender, {
    nullable: true,
    description:
      'Declared gender, for parity and speaking-time statistics: read by the deputy themself and administrators; null for anyone else.',
  })
  gender(@Root() deputy: Deputy, @Context('req') req: { user?: AuthUser }) {
    return mayReadDeclaredGender(req.user, deputy.id) ? deputy.gender : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The territory\'s name: "Paris (75)", "Île-de-France", "Hors de France" (French official names).',
  })
  territoryLabel(@Root() deputy: Deputy) {
    return territoryLabel(deputy.territory);
  }

  @ResolveField(() => Mandate, { nullable: true, description: 'The seat they hold now, if any.' })
  currentMandate(@Root() deputy: Deputy, @Context('loaders') loaders: Loaders) {
    return loaders.of(MandatesLoaders).openMandateByDeputyId.load(deputy.id);
  }

  @ResolveField(() => [GroupMember], { description: 'Their current working-group memberships.' })
  memberships(
    @Root() deputy: Deputy,
    @Context() context: { req: { user?: AuthUser }; loaders: Loaders },
    @Info() info: GraphQLResolveInfo,
  ) {
    // Asked for `group { unreadCount }`: the counts come in the memberships' statement.
    const actor = context.req.user;
    const loader =
      actor && selects(info, ['group', 'unreadCount'])
        ? context.loaders.of(UnreadLoaders).openMembershipsWithUnreadByDeputyId(actor)
        : context.loaders.of(WorkingGroupsLoaders).openMembershipsByDeputyId;
    return loader.load(deputy.id);
  }
}
