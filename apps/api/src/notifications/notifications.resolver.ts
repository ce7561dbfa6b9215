import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { REMINDER_DELAY_CHOICES } from '@tribune/domain';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { DEFAULT_LIST_SIZE } from '../security/graphql-limits';
import { MarkNotificationReadInput, UpdateNotificationPreferencesInput } from './dto/notification-preferences.input';
import { MarkAllNotificationsReadPayload, Notification, NotificationPage, NotificationPreferences } from './models/notification.model';
import { NotificationsService, PreferencesOf } from './notifications.service';

const withChoices = (p: PreferencesOf): NotificationPreferences => ({ ...p, reminderChoices: [...REMINDER_DELAY_CHOICES] });

/** A person reads and marks only their own notifications: every field here answers for the signed-in account. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationPage, {
    description: "The signed-in person's notifications, newest first, page by page.",
    complexity: ({ args, childComplexity }) => 1 + Math.ceil((childComplexity * Math.max(1, Number(args.first) || 20)) / DEFAULT_LIST_SIZE),
  })
  notifications(
    @CurrentUser() viewer: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'Page size, at most 100.' }) first = 20,
    @Args('after', { type: () => String, nullable: true, description: 'endCursor of the previous page.' }) after?: string,
  ) {
    return this.service.page(viewer, first, after);
  }

  @Query(() => Int, { description: "How many of the signed-in person's notifications are unread (the bell)." })
  unreadNotificationCount(@CurrentUser() viewer: AuthUser) {
    return this.service.unreadCount(viewer.id);
  }

  @Query(() => NotificationPreferences, {
    description: "The signed-in person's notification channels per kind, reminder delays and time zone.",
  })
  async notificationPreferences(@CurrentUser() viewer: AuthUser) {
    return withChoices(await this.service.preferences(viewer.id));
  }

  @Mutation(() => Notification, { description: "Marks one of the signed-in person's notifications read (NOT_FOUND for anyone else's)." })
  markNotificationRead(@CurrentUser() viewer: AuthUser, @Args('input') input: MarkNotificationReadInput) {
    return this.service.markRead(viewer, input.id);
  }

  @Mutation(() => MarkAllNotificationsReadPayload, { description: 'Marks every unread notification of the signed-in person read.' })
  async markAllNotificationsRead(@CurrentUser() viewer: AuthUser) {
    const marked = await this.service.markAllRead(viewer.id);
    return { marked, unreadCount: await this.service.unreadCount(viewer.id) };
  }

  @Mutation(() => NotificationPreferences, {
    description: "Changes the signed-in person's channels per kind, reminder delays or time zone (only what the input names).",
  })
  async updateNotificationPreferences(@CurrentUser() viewer: AuthUser, @Args('input') input: UpdateNotificationPreferencesInput) {
    return withChoices(await this.service.updatePreferences(viewer.id, input));
  }
}
