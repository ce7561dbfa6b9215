import { Module } from '@nestjs/common';
import { TermsModule } from '../terms/terms.module';
import { GroupMemberResolver, WorkingGroupsResolver } from './working-groups.resolver';
import { WorkingGroupsService } from './working-groups.service';

@Module({ imports: [TermsModule], providers: [WorkingGroupsService, WorkingGroupsResolver, GroupMemberResolver], exports: [WorkingGroupsService] })
export class WorkingGroupsModule {}
