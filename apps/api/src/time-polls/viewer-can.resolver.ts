import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { TimePollViewerCan } from '../access/viewer-can.model';
import { ViewerCanResolver } from '../access/viewer-can.resolver';
import { Loaders } from '../loaders/loaders';
import { TimePoll } from './models/time-poll.model';

/** `viewerCan` on a time poll: the access policy's answers, added by the feature that owns it. */
@Resolver(() => TimePoll)
export class TimePollViewerCanResolver extends ViewerCanResolver {
  @ResolveField(() => TimePollViewerCan)
  async viewerCan(
    @Root() poll: TimePoll,
    @CurrentUser() viewer: AuthUser,
    @Context('loaders') loaders: Loaders,
  ): Promise<TimePollViewerCan> {
    const can = await this.answers(loaders, viewer, 'meeting', ['coordinate', 'attend'] as const, { groupId: poll.groupId });
    return { coordinate: can.coordinate, answer: can.attend && poll.status === 'OPEN' };
  }
}
