import { Injectable, NotFoundException } from '@nestjs/common';
import { DEFAULT_REMINDER_DELAYS, Role } from '@tribune/domain';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../access/access-policy';
import { AuthUser } from '../auth/auth-user';
import { PrismaService } from '../prisma/prisma.service';
import { newCalendarToken } from '../users/users.service';
import { MEETING_FOR_CALENDAR, renderCalendar } from './calendar-render';

/** How far back the feed goes; calendars keep what they already have. */
const FEED_HISTORY_DAYS = 180;
/** Bounds of a long feed: every coming meeting up to the first, then the most recent past ones. */
const FEED_MAX_COMING = 1000;
const FEED_MAX_PAST = 300;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
/** Meeting ids are UUIDs; anything else in the address is not a meeting (and never reaches SQL). */
const MEETING_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

export const feedPath = (token: string) => `/calendar/${token}.ics`;

/**
 * iCalendar feeds of a user's meetings, in UTC times (so no VTIMEZONE is needed and Google,
 * Outlook and Apple agree); the URL's token is the secret.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
  ) {}

  private async userForToken(token: string) {
    const user = TOKEN_PATTERN.test(token)
      ? await this.prisma.user.findUnique({ where: { calendarToken: token }, include: { deputy: { select: { id: true } } } })
      : null;
    if (!user || user.disabledAt) throw new NotFoundException('No calendar at this address (the link may have been regenerated).');
    return user;
  }

  /** The groups whose meetings are in a user's calendar: those they sit in, and those they coordinate. */
  private async groupIdsOf(user: { id: string; deputy: { id: string } | null }) {
    const [memberships, coordinated] = await Promise.all([
      user.deputy
        ? this.prisma.groupMembership.findMany({
            where: { deputyId: user.deputy.id, openGroupId: { not: null } },
            select: { groupId: true },
          })
        : [],
      this.prisma.groupCoordinator.findMany({ where: { userId: user.id }, select: { groupId: true } }),
    ]);
    return [...new Set([...memberships, ...coordinated].map((g) => g.groupId))];
  }

  async feed(token: string) {
    const user = await this.userForToken(token);
    const groupIds = await this.groupIdsOf(user);
    // A long feed keeps what matters: the coming meetings (nearest first) and the latest past ones,
    // never the oldest at the expense of the newest.
    const include = MEETING_FOR_CALENDAR;
    const now = new Date();
    const [coming, past, settings] = await Promise.all([
      this.prisma.meeting.findMany({
        where: { groupId: { in: groupIds }, endsAt: { gt: now } },
        include,
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
        take: FEED_MAX_COMING,
      }),
      this.prisma.meeting.findMany({
        where: {
          groupId: { in: groupIds },
          endsAt: { lte: now },
          startsAt: { gte: new Date(now.getTime() - FEED_HISTORY_DAYS * 86400_000) },
        },
        include,
        orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
        take: FEED_MAX_PAST,
      }),
      this.prisma.notificationSettings.findUnique({ where: { userId: user.id }, select: { reminderMinutes: true } }),
    ]);
    // The person's calendar reminds them when Tribune would (their reminder delays; none chosen, no alarm).
    return renderCalendar(`Tribune — ${user.displayName}`, [...past.reverse(), ...coming], {
      locale: user.locale,
      alarmMinutes: settings?.reminderMinutes ?? DEFAULT_REMINDER_DELAYS,
    });
  }

  async oneMeeting(token: string, meetingId: string) {
    const user = await this.userForToken(token);
    if (!MEETING_ID_PATTERN.test(meetingId)) throw new NotFoundException('No such meeting in your calendar.');
    const meeting = await this.prisma.meeting.findUnique({
      where: { id: meetingId },
      include: MEETING_FOR_CALENDAR,
    });
    const viewer = { id: user.id, role: user.role as Role, deputyId: user.deputy?.id ?? null };
    const visible = meeting && (await this.policy.can(this.prisma, viewer, 'meeting', 'read', { groupId: meeting.groupId }));
    if (!meeting || !visible) throw new NotFoundException('No such meeting in your calendar.');
    return renderCalendar(meeting.title, [meeting], { locale: user.locale });
  }

  async path(actor: AuthUser) {
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
    return { path: feedPath(user.calendarToken), token: user.calendarToken };
  }

  /** A new secret: the old address stops working at once. */
  regenerate(actor: AuthUser) {
    return this.prisma.$transaction(async (tx) => {
      const user = await tx.user.update({ where: { id: actor.id }, data: { calendarToken: newCalendarToken() } });
      await this.audit.record(tx, actor, { action: 'user.regenerateCalendarToken', entityType: 'User', entityId: actor.id });
      return { path: feedPath(user.calendarToken), token: user.calendarToken };
    });
  }
}
