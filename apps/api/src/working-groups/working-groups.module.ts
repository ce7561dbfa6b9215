import { Module } from '@nestjs/common';
import { TermsModule } from '../terms/terms.module';
import { GroupMemberResolver, WorkingGroupsResolver } from './working-groups.resolver';
import { WorkingGroupsService } from './working-groups.service';
import { WorkingGroupViewerCanResolver } from './viewer-can.resolver';
@Module({
  imports: [TermsModule],
  providers: [WorkingGroupsService, WorkingGroupsResolver, GroupMemberResolver, WorkingGroupViewerCanResolver],
  exports: [WorkingGroupsService],
})
export class WorkingGroupsModule {}
