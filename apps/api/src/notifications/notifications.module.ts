import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { MailModule } from '../mail/mail.module';
import { NotificationMailer } from './notification-mailer';
import { NotificationTriggers } from './notification-triggers';
import { UnsubscribeController } from './unsubscribe.controller';
import { NotificationsResolver } from './notifications.resolver';
import { NeedsMeResolver } from './needs-me.resolver';
import { NotificationsService } from './notifications.service';

/**
 * What people are told (issue 14): `NotificationsService.notify` for any feature or job, the
 * person's list, unread count and preferences over GraphQL; `notification:new` reaches their
 * sockets through the live module's listener of `notification.created`.
 */
@Module({
  imports: [MailModule, CalendarModule],
  controllers: [UnsubscribeController],
  providers: [NotificationsService, NotificationsResolver, NeedsMeResolver, NotificationMailer, NotificationTriggers],
  exports: [NotificationsService],
})
export class NotificationsModule {}
