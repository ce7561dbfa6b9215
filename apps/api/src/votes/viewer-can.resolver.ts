import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { VoteViewerCan } from '../access/viewer-can.model';
import { ViewerCanResolver } from '../access/viewer-can.resolver';
import { Loaders } from '../loaders/loaders';
import { Vote } from './models/vote.model';
import { mayCast } from './votes.service';

/** `viewerCan` on a vote: the access policy's answers, added by the feature that owns it. */
@Resolver(() => Vote)
export class VoteViewerCanResolver extends ViewerCanResolver {
  @ResolveField(() => VoteViewerCan)
  async viewerCan(@Root() vote: Vote, @CurrentUser() viewer: AuthUser, @Context('loaders') loaders: Loaders): Promise<VoteViewerCan> {
    // The vote's group comes through the batched meeting loader.
    const groupId = await this.policy.meetingGroup(loaders, vote.meetingId);
    const { run } = await this.answers(loaders, viewer, 'meeting', ['run'] as const, { groupId });
    // Casting is the vote's own list: those eligible when it opened.
    return { run, vote: mayCast(vote, viewer) };
  }
}
