import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { WorkingGroupViewerCan } from '../access/viewer-can.model';
import { ViewerCanResolver } from '../access/viewer-can.resolver';
import { Loaders } from '../loaders/loaders';
import { WorkingGroup } from './models/working-group.model';

/** `viewerCan` on a working group: the access policy's answers, added by the feature that owns it. */
@Resolver(() => WorkingGroup)
export class WorkingGroupViewerCanResolver extends ViewerCanResolver {
  @ResolveField(() => WorkingGroupViewerCan)
  async viewerCan(
    @Root() group: WorkingGroup,
    @CurrentUser() viewer: AuthUser,
    @Context('loaders') loaders: Loaders,
  ): Promise<WorkingGroupViewerCan> {
    const subject = { groupId: group.id };
    const [own, discussion] = await Promise.all([
      this.answers(loaders, viewer, 'group', ['coordinate', 'run', 'moderate'] as const, subject),
      this.answers(loaders, viewer, 'discussion', ['read'] as const, subject),
    ]);
    return { ...own, discuss: discussion.read };
  }
}
