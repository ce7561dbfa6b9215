import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { NOTIFICATION_KINDS, NotificationKind } from '@tribune/domain';
import { NotificationKindEnum } from '../models/notification.model';

@InputType()
export class NotificationChannelInput {
  @Field(() => NotificationKindEnum, { description: 'The kind to change.' }) @IsIn(NOTIFICATION_KINDS) kind: NotificationKind;
  @Field({ description: 'Show it in the app.' }) @IsBoolean() inApp: boolean;
  @Field({ description: 'Send it by email.' }) @IsBoolean() email: boolean;
}

/** Only what is given changes. */
@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationChannelInput], { nullable: true, description: 'Kinds whose channels change.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationChannelInput)
  channels?: NotificationChannelInput[];

  @Field(() => [Int], { nullable: true, description: 'Minutes before a meeting, among reminderChoices; [] for no reminder.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  reminderMinutes?: number[];

  @Field({ nullable: true, description: 'An IANA time zone (Europe/Paris).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}

@InputType()
export class MarkNotificationReadInput {
  @Field(() => ID, { description: 'One of the signed-in person’s notifications.' }) @IsString() @MaxLength(100) id: string;
}
