import { Module } from '@nestjs/common';
import { NotificationMailer } from './notification-mailer';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/**
 * What people are told (issue 14): `NotificationsService.notify` for any feature or job, the
 * person's list, unread count and preferences over GraphQL; `notification:new` reaches their
 * sockets through the live module's listener of `notification.created`.
 */
@Module({
  providers: [NotificationsService, NotificationsResolver, NotificationMailer],
  exports: [NotificationsService],
})
export class NotificationsModule {}
