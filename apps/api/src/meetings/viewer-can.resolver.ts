import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { MeetingViewerCan } from '../access/viewer-can.model';
import { ViewerCanResolver } from '../access/viewer-can.resolver';
import { Loaders } from '../loaders/loaders';
import { Meeting } from './models/meeting.model';

/** `viewerCan` on a meeting: the access policy's answers, added by the feature that owns it. */
@Resolver(() => Meeting)
export class MeetingViewerCanResolver extends ViewerCanResolver {
  @ResolveField(() => MeetingViewerCan)
  async viewerCan(
    @Root() meeting: Meeting,
    @CurrentUser() viewer: AuthUser,
    @Context('loaders') loaders: Loaders,
  ): Promise<MeetingViewerCan> {
    const subject = { groupId: meeting.groupId };
    const [own, discussion] = await Promise.all([
      this.answers(loaders, viewer, 'meeting', ['coordinate', 'run', 'moderate', 'attend'] as const, subject),
      this.answers(loaders, viewer, 'discussion', ['read'] as const, subject),
    ]);
    return { ...own, discuss: discussion.read };
  }
}
