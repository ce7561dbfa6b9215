import { Args, Context, Int, Mutation, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { Loaders } from '../loaders/loaders';
import { WorkingGroup } from '../working-groups/models/working-group.model';
import { MarkChannelReadInput } from './dto/mark-channel-read.input';
import { UnreadLoaders } from './unread.loaders';
import { UnreadService } from './unread.service';

@Resolver(() => WorkingGroup)
export class UnreadResolver {
  constructor(private readonly unread: UnreadService) {}

  @ResolveField(() => Int, {
    description:
      "Messages of the group's discussion the signed-in person has not read (others' messages, not deleted); 0 for those who do not read it.",
  })
  unreadCount(@Root() group: WorkingGroup, @Context() context: { req: { user?: AuthUser }; loaders: Loaders }) {
    const actor = context.req.user;
    if (!actor) return 0;
    return context.loaders.of(UnreadLoaders).unreadByGroupId(actor).load(group.id);
  }

  @Mutation(() => WorkingGroup, {
    description: "Marks the group's discussion read up to `seq` (never backwards); returns the group with its new unreadCount.",
  })
  markChannelRead(@CurrentUser() actor: AuthUser, @Args('input') input: MarkChannelReadInput) {
    return this.unread.markRead(actor, input.groupId, input.seq);
  }
}
