import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { MessageViewerCan } from '../access/viewer-can.model';
import { ViewerCanResolver } from '../access/viewer-can.resolver';
import { Loaders } from '../loaders/loaders';
import { Message } from './models/message.model';

/** `viewerCan` on a message: the access policy's answers, added by the feature that owns messages. */
@Resolver(() => Message)
export class MessageViewerCanResolver extends ViewerCanResolver {
  @ResolveField(() => MessageViewerCan)
  async viewerCan(
    @Root() message: Message,
    @CurrentUser() viewer: AuthUser,
    @Context('loaders') loaders: Loaders,
  ): Promise<MessageViewerCan> {
    const can = await this.answers(loaders, viewer, 'message', ['edit', 'delete', 'moderate'] as const, {
      groupId: message.groupId,
      authorUserId: message.authorId,
    });
    const live = message.deletedAt === null;
    return { edit: can.edit && live, delete: can.delete && live, moderate: can.moderate };
  }
}
