import { Args, Context, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { Loaders } from '../loaders/loaders';
import { User } from '../users/models/user.model';
import { MessagesArgs } from './dto/messages.args';
import { Message } from './models/message.model';
import { MessagesService } from './messages.service';
import { HISTORY_PAGE_SIZE } from '@tribune/domain';
import { listOf } from '../security/graphql-limits';
import { UsersLoaders } from '../users/users.loaders';

@Resolver(() => Message)
export class MessageResolver {
  constructor(private readonly service: MessagesService) {}

  @Query(() => [Message], {
    complexity: listOf(HISTORY_PAGE_SIZE),
    description: "A working group's discussion after a sequence number, in order (members, its coordinators and administrators).",
  })
  async messages(@CurrentUser() actor: AuthUser, @Args() args: MessagesArgs): Promise<Message[]> {
    const page = await this.service.history(actor, args.groupId, args.afterSeq, args.limit);
    return page.messages.map((m) => ({ ...m, deleted: m.deletedAt !== null }));
  }

  @ResolveField(() => User)
  author(@Root() message: Message, @Context('loaders') loaders: Loaders) {
    return loaders.of(UsersLoaders).userById.load(message.authorId);
  }
}
