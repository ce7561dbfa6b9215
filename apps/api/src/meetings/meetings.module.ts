import { Module } from '@nestjs/common';
import { WorkingGroupsModule } from '../working-groups/working-groups.module';
import { MeetingAccess } from './meeting-access.service';
import { AttendanceEntryResolver, MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { GroupMemberConflictsResolver } from './relations.resolver';
import { MeetingViewerCanResolver } from './viewer-can.resolver';
@Module({
  imports: [WorkingGroupsModule],
  providers: [
    MeetingAccess,
    MeetingsService,
    MeetingsResolver,
    AttendanceEntryResolver,
    GroupMemberConflictsResolver,
    MeetingViewerCanResolver,
  ],
  exports: [MeetingAccess, MeetingsService],
})
export class MeetingsModule {}
