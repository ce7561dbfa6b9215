import { Injectable } from '@nestjs/common';
import { wallClockMs } from '@tribune/domain';
import { Clock } from '../common/clock';
import { JobQueue } from '../jobs/job-queue';
import { NotificationsService } from '../notifications/notifications.service';
import { PrismaService } from '../prisma/prisma.service';
import { meetingRef } from '../notifications/notification-triggers';

export const ACTION_ITEM_NOTICES_QUEUE = 'action-item-notices';
export const TIME_POLL_CLOSING_QUEUE = 'time-poll-closing';

const DAY_MS = 86_400_000;
/** Notices about a day arrive from this hour of the person's own morning. */
export const MORNING_HOUR = 8;
/** An action item overdue for longer than this when first seen gets no notice (an old backlog, a long stop). */
const OVERDUE_LOOKBACK_DAYS = 7;
/** A time poll is "closing soon" this long before its first proposed time, after which it cannot choose it. */
export const TIME_POLL_CLOSING_MS = DAY_MS;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** The person's calendar day and hour at `now` in their zone. */
function localDayAndHour(now: Date, timeZone: string): { day: string; hour: number } {
  const wall = new Date(wallClockMs(now.getTime(), timeZone));
  return { day: isoDay(wall), hour: wall.getUTCHours() };
}
const addDays = (day: string, days: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));

/**
 * Notices that depend on the date rather than on an event (issue 14), from recurring sweeps of the
 * durable queue; each notice's dedupe key names the item and the date it is about, so a sweep that
 * runs twice (or on two instances) tells nobody twice, and a changed due date is told again.
 *
 * - Action items (every hour): the assignee hears "due tomorrow" on the day before the due date,
 *   and "overdue" the day after it, each from 8:00 in their own time zone, while the item is open.
 * - Time polls (every 10 minutes): a poll still open a day before its first proposed time (after
 *   which that time can no longer be chosen) tells the group's members who have not answered yet.
 */
@Injectable()
export class DueNotices {
  constructor(
    private readonly prisma: PrismaService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    jobs: JobQueue,
  ) {
    jobs.declare(ACTION_ITEM_NOTICES_QUEUE, { cron: '3 * * * *', retryLimit: 1 });
    jobs.work(ACTION_ITEM_NOTICES_QUEUE, () => this.actionItems());
    jobs.declare(TIME_POLL_CLOSING_QUEUE, { cron: '0-59/10 * * * *', retryLimit: 1 });
    jobs.work(TIME_POLL_CLOSING_QUEUE, () => this.timePollsClosing());
  }

  /** Due-tomorrow and overdue notices for open action items whose assignee has an account. */
  async actionItems(): Promise<void> {
    const now = this.clock.now();
    const today = isoDay(now);
    const items = await this.prisma.actionItem.findMany({
      where: {
        status: { in: ['OPEN', 'IN_PROGRESS'] },
        // Every zone's today is within a day of UTC's.
        dueOn: { gte: new Date(`${addDays(today, -OVERDUE_LOOKBACK_DAYS)}T00:00:00Z`), lte: new Date(`${addDays(today, 2)}T00:00:00Z`) },
        assignee: { userId: { not: null } },
      },
      include: { assignee: { select: { userId: true } }, meeting: { include: { group: { select: { name: true } } } } },
    });
    if (!items.length) return;
    const userIds = [...new Set(items.map((item) => item.assignee!.userId!))];
    const zones = new Map(await Promise.all(userIds.map(async (id) => [id, await this.notifications.timeZoneOf(id)] as const)));
    for (const item of items) {
      const userId = item.assignee!.userId!;
      const dueOn = isoDay(item.dueOn!);
      const local = localDayAndHour(now, zones.get(userId)!);
      if (local.hour < MORNING_HOUR) continue;
      const payload = { actionItemId: item.id, title: item.title, dueOn, meeting: meetingRef(item.meeting) };
      if (local.day === addDays(dueOn, -1)) {
        await this.notifications.notify({
          kind: 'ACTION_DUE',
          recipientIds: [userId],
          payload,
          dedupeKey: `action-due:${item.id}:${dueOn}`,
        });
      } else if (local.day > dueOn) {
        await this.notifications.notify({
          kind: 'ACTION_OVERDUE',
          recipientIds: [userId],
          payload,
          dedupeKey: `action-overdue:${item.id}:${dueOn}`,
        });
      }
    }
  }

  /** "Closing soon" for open polls whose first proposed time is within a day, to the members who have not answered. */
  async timePollsClosing(): Promise<void> {
    const now = this.clock.now();
    const polls = await this.prisma.timePoll.findMany({
      where: { status: 'OPEN', slots: { some: { startsAt: { gt: now, lte: new Date(now.getTime() + TIME_POLL_CLOSING_MS) } } } },
      include: {
        group: { select: { name: true } },
        slots: { orderBy: { startsAt: 'asc' }, select: { startsAt: true, answers: { select: { deputyId: true } } } },
      },
    });
    for (const poll of polls) {
      // Open polls with a proposed time already past are not closing soon: they stay open for the later times.
      const closesAt = poll.slots[0].startsAt;
      if (closesAt <= now) continue;
      const answered = new Set(poll.slots.flatMap((slot) => slot.answers.map((a) => a.deputyId)));
      const members = await this.prisma.groupMembership.findMany({
        where: { openGroupId: poll.groupId, deputy: { userId: { not: null } } },
        select: { deputyId: true, deputy: { select: { userId: true } } },
      });
      const recipientIds = members.filter((m) => !answered.has(m.deputyId)).map((m) => m.deputy.userId!);
      if (!recipientIds.length) continue;
      await this.notifications.notify({
        kind: 'TIME_POLL_CLOSING',
        recipientIds,
        payload: {
          pollId: poll.id,
          groupId: poll.groupId,
          groupName: poll.group.name,
          title: poll.title,
          closesAt: closesAt.toISOString(),
        },
        dedupeKey: `time-poll-closing:${poll.id}:${closesAt.toISOString()}`,
      });
    }
  }
}
