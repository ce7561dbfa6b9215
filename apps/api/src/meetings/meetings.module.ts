import { Module } from '@nestjs/common';
import { WorkingGroupsModule } from '../working-groups/working-groups.module';
import { MeetingAccess } from './meeting-access.service';
import { AttendanceEntryResolver, MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [WorkingGroupsModule],
  providers: [MeetingAccess, MeetingsService, MeetingsResolver, AttendanceEntryResolver],
  exports: [MeetingAccess, MeetingsService],
})
export class MeetingsModule {}
