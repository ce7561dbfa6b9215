import { Injectable, Logger } from '@nestjs/common';
import {
  ChannelChoice,
  DEFAULT_CHANNELS,
  DEFAULT_REMINDER_DELAYS,
  ErrorReason,
  MANDATORY_KINDS,
  MAX_REMINDER_DELAYS,
  NOTIFICATION_KINDS,
  NotificationKind,
  NotificationNotice,
  NotificationPayloads,
  REMINDER_DELAY_CHOICES,
} from '@tribune/domain';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { DomainEvent, DomainEventBus } from '../common/domain-events';
import { badInput, notFound } from '../common/app-error';
import { isKnownTimeZone } from '../meetings/recurrence';
import { NotificationMailer } from './notification-mailer';
import { renderNotification, RenderedNotice } from './render';

export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** What `notify` is given: one event, told to several people. */
export interface NotifyInput<K extends NotificationKind = NotificationKind> {
  kind: K;
  /** Accounts (User ids) to tell; duplicates, unknown and disabled accounts are skipped. */
  recipientIds: readonly string[];
  payload: NotificationPayloads[K];
  /**
   * Names the event, the same for every recipient: `meeting-rescheduled:<meetingId>:<sequence>`,
   * `reminder:<meetingId>:<startsAt>:<minutes>`. A second notify with the same key stores nothing
   * and sends nothing to whoever already has it.
   */
  dedupeKey: string;
}

/** A person's settings for every kind (the defaults where they chose nothing). */
export interface PreferencesOf {
  channels: Array<{ kind: NotificationKind } & ChannelChoice & { mandatory: boolean }>;
  reminderMinutes: number[];
  timeZone: string;
}

export interface PreferencesChange {
  channels?: Array<{ kind: NotificationKind } & ChannelChoice>;
  reminderMinutes?: number[];
  timeZone?: string;
}

interface Recipient {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  timeZone: string;
  inApp: boolean;
  wantsEmail: boolean;
}

/** Newest first: the cursor is the last row's (createdAt, id), so pages never skip or repeat rows written meanwhile. */
const encodeCursor = (row: { createdAt: Date; id: string }) =>
  Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const createdAt = new Date(at);
    if (typeof id !== 'string' || Number.isNaN(createdAt.getTime())) throw new Error('bad cursor');
    return { createdAt, id };
  } catch {
    throw badInput('This cursor is not one the notifications list gave.', 'after', { reason: ErrorReason.INVALID_INPUT });
  }
}

/**
 * What people are told (issue 14). `notify` stores a notice once per recipient and dedupe key,
 * tells their open sockets (`notification:new` through the live module) and queues the email for
 * those who want it; the rest reads and marks them, and keeps each person's preferences.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('NotificationsService');

  constructor(
    private readonly prisma: PrismaService,
    private readonly events: DomainEventBus,
    private readonly mailer: NotificationMailer,
  ) {}

  /**
   * Tells each recipient once: stores the notice for those who keep this kind in the app (insert
   * ... on conflict do nothing), publishes `notification.created` for each new row, and queues the
   * email for those who want it (mail's own idempotency key per notice and channel). Returns the
   * accounts that got something new.
   */
  async notify<K extends NotificationKind>(input: NotifyInput<K>): Promise<{ told: string[] }> {
    const recipients = await this.recipients(input.kind, [...new Set(input.recipientIds)]);
    if (recipients.length === 0) return { told: [] };
    const inApp = recipients.filter((r) => r.inApp);
    const stored = inApp.length
      ? await this.prisma.$queryRaw<Array<{ id: string; userId: string; createdAt: Date }>>(Prisma.sql`
          INSERT INTO "Notification" (id, "userId", kind, payload, "dedupeKey")
          SELECT gen_random_uuid()::text, u, ${input.kind}::"NotificationKind", ${JSON.stringify(input.payload)}::jsonb, ${input.dedupeKey}
          FROM unnest(${inApp.map((r) => r.id)}::text[]) AS u
          ON CONFLICT ("userId", "dedupeKey") DO NOTHING
          RETURNING id, "userId", "createdAt"`)
      : [];
    const fresh = new Map(stored.map((row) => [row.userId, row]));
    await this.announce(input, recipients, fresh);
    // Those who keep it in the app were mailed with their new row; the others whenever asked,
    // the outbox refusing a second mail with the same key.
    const told = new Set(fresh.keys());
    for (const r of recipients.filter((t) => t.wantsEmail && (fresh.has(t.id) || !t.inApp))) {
      const notice = renderNotification(input.kind, input.payload, r);
      const mailed = await this.mailer
        .send({
          recipient: r,
          kind: input.kind,
          payload: input.payload,
          notice,
          idempotencyKey: `notification:${r.id}:${input.dedupeKey}:email`,
        })
        .catch((e: unknown) => {
          this.logger.error(`mail for ${input.dedupeKey} not queued: ${String(e)}`);
          return false;
        });
      if (mailed) told.add(r.id);
    }
    return { told: recipients.map((r) => r.id).filter((id) => told.has(id)) };
  }

  /** Publishes `notification.created` for each new row, with the recipient's new unread count. */
  private async announce(input: NotifyInput, recipients: Recipient[], fresh: Map<string, { id: string; createdAt: Date }>): Promise<void> {
    if (fresh.size === 0) return;
    const counts = await this.prisma.notification.groupBy({
      by: ['userId'],
      where: { userId: { in: [...fresh.keys()] }, readAt: null },
      _count: { _all: true },
    });
    const unread = new Map(counts.map((c) => [c.userId, c._count._all]));
    for (const r of recipients) {
      const row = fresh.get(r.id);
      if (!row) continue;
      const notice: NotificationNotice = {
        id: row.id,
        kind: input.kind,
        ...renderNotification(input.kind, input.payload, r),
        createdAt: row.createdAt.toISOString(),
        unreadCount: unread.get(r.id) ?? 1,
      };
      this.events.publish(DomainEvent.NotificationCreated, { userId: r.id, notice });
    }
  }

  /** The accounts to tell, with their language, clock and choice for this kind; one statement. */
  private async recipients(kind: NotificationKind, ids: string[]): Promise<Recipient[]> {
    if (ids.length === 0) return [];
    const rows = await this.prisma.user.findMany({
      where: { id: { in: ids }, disabledAt: null },
      select: {
        id: true,
        email: true,
        displayName: true,
        locale: true,
        notificationSettings: { select: { timeZone: true } },
        notificationPreferences: { where: { kind }, select: { inApp: true, email: true } },
      },
    });
    return rows
      .map((u) => {
        const choice = channelChoice(kind, u.notificationPreferences[0]);
        return {
          id: u.id,
          email: u.email,
          displayName: u.displayName,
          locale: u.locale,
          timeZone: u.notificationSettings?.timeZone ?? DEFAULT_TIME_ZONE,
          inApp: choice.inApp,
          wantsEmail: choice.email,
        };
      })
      .filter((r) => r.inApp || r.wantsEmail);
  }

  /** The person's notices, newest first, a page at a time, rendered in their language and on their clock. */
  async page(viewer: { id: string; locale?: string }, first: number, after?: string) {
    if (!Number.isInteger(first) || first < 1 || first > 100)
      throw badInput('first is between 1 and 100.', 'first', { reason: ErrorReason.PAGE_SIZE_OUT_OF_RANGE, params: { min: 1, max: 100 } });
    const cursor = after ? decodeCursor(after) : null;
    const where: Prisma.NotificationWhereInput = { userId: viewer.id };
    const [rows, totalCount, timeZone] = await Promise.all([
      this.prisma.notification.findMany({
        where: cursor
          ? { AND: [where, { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }] }
          : where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: first + 1,
      }),
      this.prisma.notification.count({ where }),
      this.timeZoneOf(viewer.id),
    ]);
    const page = rows.slice(0, first);
    return {
      nodes: page.map((row) => this.view(row, { locale: viewer.locale, timeZone })),
      hasMore: rows.length > first,
      totalCount,
      endCursor: page.length ? encodeCursor(page[page.length - 1]) : null,
    };
  }

  unreadCount(userId: string): Promise<number> {
    return this.prisma.notification.count({ where: { userId, readAt: null } });
  }

  /** Marks one of the person's notices read (NOT_FOUND for another's: nobody learns it exists). */
  async markRead(viewer: { id: string; locale?: string }, id: string) {
    const row = await this.prisma.notification.findFirst({ where: { id, userId: viewer.id } });
    if (!row) throw notFound('Notification', id);
    const read = row.readAt ? row : await this.prisma.notification.update({ where: { id }, data: { readAt: new Date() } });
    return this.view(read, { locale: viewer.locale, timeZone: await this.timeZoneOf(viewer.id) });
  }

  /** Marks every unread notice of the person read; returns how many it marked. */
  async markAllRead(userId: string): Promise<number> {
    const { count } = await this.prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
    return count;
  }

  private view(
    row: { id: string; kind: NotificationKind; payload: Prisma.JsonValue; createdAt: Date; readAt: Date | null },
    options: { locale?: string; timeZone: string },
  ) {
    const rendered: RenderedNotice = renderNotification(row.kind, row.payload as never, {
      locale: options.locale,
      timeZone: options.timeZone,
    });
    return { id: row.id, kind: row.kind, ...rendered, createdAt: row.createdAt, readAt: row.readAt };
  }

  async timeZoneOf(userId: string): Promise<string> {
    const settings = await this.prisma.notificationSettings.findUnique({ where: { userId }, select: { timeZone: true } });
    return settings?.timeZone ?? DEFAULT_TIME_ZONE;
  }

  /** Every kind with the person's choice (or the default), their reminder delays and time zone. */
  async preferences(userId: string): Promise<PreferencesOf> {
    const [rows, settings] = await Promise.all([
      this.prisma.notificationPreference.findMany({ where: { userId } }),
      this.prisma.notificationSettings.findUnique({ where: { userId } }),
    ]);
    const chosen = new Map(rows.map((r) => [r.kind, r]));
    return {
      channels: NOTIFICATION_KINDS.map((kind) => ({
        kind,
        ...channelChoice(kind, chosen.get(kind)),
        mandatory: MANDATORY_KINDS.includes(kind),
      })),
      reminderMinutes: settings ? [...settings.reminderMinutes] : [...DEFAULT_REMINDER_DELAYS],
      timeZone: settings?.timeZone ?? DEFAULT_TIME_ZONE,
    };
  }

  /** Changes the person's choices (only what the change names), in one transaction. */
  async updatePreferences(userId: string, change: PreferencesChange): Promise<PreferencesOf> {
    for (const c of change.channels ?? []) {
      if (MANDATORY_KINDS.includes(c.kind) && (!c.inApp || !c.email))
        throw badInput(`${c.kind} cannot be turned off.`, 'channels', {
          reason: ErrorReason.NOTIFICATION_MANDATORY,
          params: { kind: c.kind },
        });
    }
    const minutes = change.reminderMinutes;
    if (minutes) {
      const offered = minutes.every((m) => (REMINDER_DELAY_CHOICES as readonly number[]).includes(m));
      if (!offered || new Set(minutes).size !== minutes.length || minutes.length > MAX_REMINDER_DELAYS)
        throw badInput('Reminder delays are chosen among the offered ones.', 'reminderMinutes', {
          reason: ErrorReason.REMINDER_DELAY_NOT_OFFERED,
          params: { max: MAX_REMINDER_DELAYS },
        });
    }
    if (change.timeZone !== undefined && !isKnownTimeZone(change.timeZone))
      throw badInput('Unknown time zone.', 'timeZone', { reason: ErrorReason.UNKNOWN_TIME_ZONE });
    const sorted = minutes ? [...minutes].sort((a, b) => b - a) : undefined;
    await this.prisma.$transaction(async (tx) => {
      for (const c of change.channels ?? []) {
        await tx.notificationPreference.upsert({
          where: { userId_kind: { userId, kind: c.kind } },
          create: { userId, kind: c.kind, inApp: c.inApp, email: c.email },
          update: { inApp: c.inApp, email: c.email },
        });
      }
      if (sorted || change.timeZone !== undefined) {
        await tx.notificationSettings.upsert({
          where: { userId },
          create: { userId, reminderMinutes: sorted ?? [...DEFAULT_REMINDER_DELAYS], timeZone: change.timeZone ?? DEFAULT_TIME_ZONE },
          update: {
            ...(sorted ? { reminderMinutes: sorted } : {}),
            ...(change.timeZone !== undefined ? { timeZone: change.timeZone } : {}),
          },
        });
      }
    });
    return this.preferences(userId);
  }

  /**
   * Each person's reminder delays (minutes before a meeting; the default where they chose none).
   * For the reminder jobs: one statement for any number of people.
   */
  async reminderDelays(userIds: readonly string[]): Promise<Map<string, number[]>> {
    const rows = await this.prisma.notificationSettings.findMany({ where: { userId: { in: [...userIds] } } });
    const chosen = new Map(rows.map((r) => [r.userId, r.reminderMinutes]));
    return new Map(userIds.map((id) => [id, [...(chosen.get(id) ?? DEFAULT_REMINDER_DELAYS)]]));
  }
}

/** The person's choice for a kind, or the default; a mandatory kind is always on. */
export function channelChoice(kind: NotificationKind, chosen: ChannelChoice | undefined): ChannelChoice {
  if (MANDATORY_KINDS.includes(kind)) return { inApp: true, email: true };
  return chosen ? { inApp: chosen.inApp, email: chosen.email } : DEFAULT_CHANNELS[kind];
}
