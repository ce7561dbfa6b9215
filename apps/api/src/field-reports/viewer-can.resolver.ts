import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { FieldReportViewerCan } from '../access/viewer-can.model';
import { ViewerCanResolver } from '../access/viewer-can.resolver';
import { Loaders } from '../loaders/loaders';
import { FieldReport } from './models/field-report.model';

/** `viewerCan` on a field report: the access policy's answers, added by the feature that owns it. */
@Resolver(() => FieldReport)
export class FieldReportViewerCanResolver extends ViewerCanResolver {
  @ResolveField(() => FieldReportViewerCan)
  viewerCan(
    @Root() report: FieldReport,
    @CurrentUser() viewer: AuthUser,
    @Context('loaders') loaders: Loaders,
  ): Promise<FieldReportViewerCan> {
    return this.answers(loaders, viewer, 'fieldReport', ['route', 'coordinate'] as const, {
      groupId: report.routedGroupId,
      authorDeputyId: report.authorId,
    });
  }
}
