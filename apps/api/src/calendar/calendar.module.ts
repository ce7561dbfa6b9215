import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { MeetingInvitations } from './meeting-invitation';

@Module({
  controllers: [CalendarController],
  providers: [CalendarService, CalendarResolver, MeetingInvitations],
  exports: [MeetingInvitations],
})
export class CalendarModule {}
