import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NOTIFICATION_KINDS, NotificationKind } from '@tribune/domain';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKind]: K };
registerEnumType(NotificationKindEnum, { name: 'NotificationKind', description: 'Why a person is told something (issue 14).' });

@ObjectType({ description: 'A notice for the signed-in person, written in their language, times on their clock.' })
export class Notification {
  @Field(() => ID) id: string;
  @Field(() => NotificationKindEnum, { description: 'Why the person is told (the preferences are per kind).' }) kind: NotificationKind;
  @Field({ description: 'One line saying what happened.' }) title: string;
  @Field(() => [String], { description: 'The details: group, times (before and after), reason, decision...' }) lines: string[];
  @Field({ description: 'Path of the web app the notice leads to (/meetings/<id>/live...).' }) path: string;
  @Field({ description: 'When it was told.' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the person marked it read; null while unread.' }) readAt: Date | null;
}

@ObjectType({ description: "One page of the signed-in person's notifications, newest first." })
export class NotificationPage {
  @Field(() => [Notification], { description: 'This page, newest first.' }) nodes: Notification[];
  @Field({ description: 'Whether older notifications follow: ask again with after: endCursor.' }) hasMore: boolean;
  @Field(() => Int, { description: 'How many notifications the person has, over all pages.' }) totalCount: number;
  @Field(() => String, { nullable: true, description: "The cursor of this page's last notification." }) endCursor: string | null;
}

@ObjectType({ description: 'Whether one kind of notification is shown in the app and sent by email.' })
export class NotificationChannelPreference {
  @Field(() => NotificationKindEnum, { description: 'The kind these channels are for.' }) kind: NotificationKind;
  @Field({ description: 'Shown in the app (the bell).' }) inApp: boolean;
  @Field({ description: 'Sent by email.' }) email: boolean;
  @Field({ description: 'It concerns the mandate and cannot be turned off.' }) mandatory: boolean;
}

@ObjectType({ description: "The signed-in person's notification settings (the defaults where they chose nothing)." })
export class NotificationPreferences {
  @Field(() => [NotificationChannelPreference], { description: 'Every kind, with its channels.' })
  channels: NotificationChannelPreference[];
  @Field(() => [Int], { description: 'Reminders before a meeting, in minutes (default a day and an hour); empty: none.' })
  reminderMinutes: number[];
  @Field(() => [Int], { description: 'The delays one may choose (REMINDER_DELAY_CHOICES), longest first.' }) reminderChoices: number[];
  @Field({ description: 'The IANA time zone notices and mails write times in.' }) timeZone: string;
}

@ObjectType({ description: 'How many notifications markAllNotificationsRead marked, and the unread count after.' })
export class MarkAllNotificationsReadPayload {
  @Field(() => Int, { description: 'How many were unread and are now read.' }) marked: number;
  @Field(() => Int, { description: 'Unread notifications left (0 unless some arrived meanwhile).' }) unreadCount: number;
}
