import { Injectable } from '@nestjs/common';
import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { FieldReport } from '../field-reports/models/field-report.model';
import { Loaders } from '../loaders/loaders';
import { Meeting } from '../meetings/models/meeting.model';
import { TimePoll } from '../time-polls/models/time-poll.model';
import { Vote } from '../votes/models/vote.model';
import { WorkingGroup } from '../working-groups/models/working-group.model';
import { AccessPolicy } from './access-policy';
import { ActionOf, Kind, Subject } from './rules';
import { FieldReportViewerCan, MeetingViewerCan, TimePollViewerCan, VoteViewerCan, WorkingGroupViewerCan } from './viewer-can.model';

/**
 * `viewerCan` on the objects the web acts on: the access policy's answers for the signed-in
 * person, so the web never re-derives a rule. One statement per request for the person's facts
 * (shared with the field checks); a vote's group comes through the batched meeting loader. A
 * feature that comes later adds its own (live: Message.viewerCan) on this base.
 */
@Injectable()
export abstract class ViewerCanResolver {
  constructor(protected readonly policy: AccessPolicy) {}

  protected async answers<K extends Kind, A extends ActionOf<K>>(loaders: Loaders, viewer: AuthUser, kind: K, actions: readonly A[], subject: Subject) {
    const values = await Promise.all(actions.map((a) => this.policy.canInRequest(loaders, viewer, kind, a, subject)));
    return Object.fromEntries(actions.map((a, i) => [a, values[i]])) as Record<A, boolean>;
  }
}

@Resolver(() => WorkingGroup)
export class WorkingGroupViewerCanResolver extends ViewerCanResolver {
  @ResolveField(() => WorkingGroupViewerCan)
  async viewerCan(@Root() group: WorkingGroup, @CurrentUser() viewer: AuthUser, @Context('loaders') loaders: Loaders): Promise<WorkingGroupViewerCan> {
    const subject = { groupId: group.id };
    const [own, discussion] = await Promise.all([
      this.answers(loaders, viewer, 'group', ['coordinate', 'run', 'moderate'] as const, subject),
      this.answers(loaders, viewer, 'discussion', ['read'] as const, subject),
    ]);
    return { ...own, discuss: discussion.read };
  }
}

@Resolver(() => Meeting)
export class MeetingViewerCanResolver extends ViewerCanResolver {
  @ResolveField(() => MeetingViewerCan)
  async viewerCan(@Root() meeting: Meeting, @CurrentUser() viewer: AuthUser, @Context('loaders') loaders: Loaders): Promise<MeetingViewerCan> {
    const subject = { groupId: meeting.groupId };
    const [own, discussion] = await Promise.all([
      this.answers(loaders, viewer, 'meeting', ['coordinate', 'run', 'moderate', 'attend'] as const, subject),
      this.answers(loaders, viewer, 'discussion', ['read'] as const, subject),
    ]);
    return { ...own, discuss: discussion.read };
  }
}

@Resolver(() => FieldReport)
export class FieldReportViewerCanResolver extends ViewerCanResolver {
  @ResolveField(() => FieldReportViewerCan)
  viewerCan(@Root() report: FieldReport, @CurrentUser() viewer: AuthUser, @Context('loaders') loaders: Loaders): Promise<FieldReportViewerCan> {
    return this.answers(loaders, viewer, 'fieldReport', ['route', 'coordinate'] as const, { groupId: report.routedGroupId, authorDeputyId: report.authorId });
  }
}

@Resolver(() => Vote)
export class VoteViewerCanResolver extends ViewerCanResolver {
  @ResolveField(() => VoteViewerCan)
  async viewerCan(@Root() vote: Vote, @CurrentUser() viewer: AuthUser, @Context('loaders') loaders: Loaders): Promise<VoteViewerCan> {
    const groupId = await this.policy.meetingGroup(loaders, vote.meetingId);
    const { run } = await this.answers(loaders, viewer, 'meeting', ['run'] as const, { groupId });
    // Casting is the vote's own list: those eligible when it opened (members present, or all members).
    return { run, vote: !!viewer.deputyId && vote.status === 'OPEN' && vote.eligibleIds.includes(viewer.deputyId) };
  }
}

@Resolver(() => TimePoll)
export class TimePollViewerCanResolver extends ViewerCanResolver {
  @ResolveField(() => TimePollViewerCan)
  async viewerCan(@Root() poll: TimePoll, @CurrentUser() viewer: AuthUser, @Context('loaders') loaders: Loaders): Promise<TimePollViewerCan> {
    const can = await this.answers(loaders, viewer, 'meeting', ['coordinate', 'attend'] as const, { groupId: poll.groupId });
    return { coordinate: can.coordinate, answer: can.attend && poll.status === 'OPEN' };
  }
}

export const VIEWER_CAN_RESOLVERS = [
  WorkingGroupViewerCanResolver,
  MeetingViewerCanResolver,
  FieldReportViewerCanResolver,
  VoteViewerCanResolver,
  TimePollViewerCanResolver,
];
