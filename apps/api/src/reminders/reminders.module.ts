import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { DueNotices } from './due-notices';
import { MeetingReminders } from './meeting-reminders';

/**
 * What people are told ahead of time (issue 14): reminders before meetings, action items due
 * tomorrow or overdue, time polls closing soon. All through the durable job queue, so they
 * survive restarts and run once across instances; all told through NotificationsService.notify.
 */
@Module({
  imports: [JobsModule, NotificationsModule],
  providers: [MeetingReminders, DueNotices],
  exports: [MeetingReminders],
})
export class RemindersModule {}
