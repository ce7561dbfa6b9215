import { Injectable, NotFoundException } from '@nestjs/common';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { Role } from '@tribune/domain';
import { Prisma } from '../generated/prisma/client';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../access/access-policy';
import { AuthUser } from '../auth/auth-user';
import { PrismaService } from '../prisma/prisma.service';
import { newCalendarToken } from '../users/users.service';

type MeetingWithGroup = Prisma.MeetingGetPayload<{ include: { group: { select: { name: true } }; agenda: { select: { title: true; position: true } } } }>;

/** How far back the feed goes; calendars keep what they already have. */
const FEED_HISTORY_DAYS = 180;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export const feedPath = (token: string) => `/calendar/${token}.ics`;

/** A meeting's UID stays the same across updates; SEQUENCE tells calendars it changed. */
export const meetingUid = (id: string) => `meeting-${id}@tribune`;

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
    const user = TOKEN_PATTERN.test(token) ? await this.prisma.user.findUnique({ where: { calendarToken: token }, include: { deputy: { select: { id: true } } } }) : null;
    if (!user || user.disabledAt) throw new NotFoundException('No calendar at this address (the link may have been regenerated).');
    return user;
  }

  /** The groups whose meetings are in a user's calendar: those they sit in, and those they coordinate. */
  private async groupIdsOf(user: { id: string; deputy: { id: string } | null }) {
    const [memberships, coordinated] = await Promise.all([
      user.deputy ? this.prisma.groupMembership.findMany({ where: { deputyId: user.deputy.id, openGroupId: { not: null } }, select: { groupId: true } }) : [],
      this.prisma.groupCoordinator.findMany({ where: { userId: user.id }, select: { groupId: true } }),
    ]);
    return [...new Set([...memberships, ...coordinated].map((g) => g.groupId))];
  }

  private render(name: string, meetings: MeetingWithGroup[]) {
    const calendar = ical({ name, prodId: { company: 'Tribune', product: 'Tribune', language: 'FR' }, method: ICalCalendarMethod.PUBLISH, ttl: 3600 });
    for (const m of meetings) {
      const agenda = m.agenda.length ? `\n\nOrdre du jour :\n${m.agenda.map((a) => `${a.position}. ${a.title}`).join('\n')}` : '';
      calendar.createEvent({
        id: meetingUid(m.id),
        sequence: m.sequence,
        start: m.startsAt,
        end: m.endsAt,
        stamp: m.updatedAt,
        lastModified: m.updatedAt,
        created: m.createdAt,
        summary: `${m.group.name} : ${m.title}`,
        description: `${m.description}${m.status === 'CANCELLED' && m.cancelReason ? `\n\nAnnulée : ${m.cancelReason}` : ''}${agenda}`.trim() || null,
        location: m.place ?? null,
        url: m.onlineUrl ?? null,
        status: m.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    return calendar.toString();
  }

  async feed(token: string) {
    const user = await this.userForToken(token);
    const groupIds = await this.groupIdsOf(user);
    const meetings = await this.prisma.meeting.findMany({
      where: { groupId: { in: groupIds }, startsAt: { gte: new Date(Date.now() - FEED_HISTORY_DAYS * 86400_000) } },
      include: { group: { select: { name: true } }, agenda: { select: { title: true, position: true }, orderBy: { position: 'asc' } } },
      orderBy: { startsAt: 'asc' },
      take: 1000,
    });
    return this.render(`Tribune — ${user.displayName}`, meetings);
  }

  async oneMeeting(token: string, meetingId: string) {
    const user = await this.userForToken(token);
    const meeting = await this.prisma.meeting.findUnique({
      where: { id: meetingId },
      include: { group: { select: { name: true } }, agenda: { select: { title: true, position: true }, orderBy: { position: 'asc' } } },
    });
    const viewer = { id: user.id, role: user.role as Role, deputyId: user.deputy?.id ?? null };
    const visible = meeting && (await this.policy.can(this.prisma, viewer, 'meeting', 'read', { groupId: meeting.groupId }));
    if (!meeting || !visible) throw new NotFoundException('No such meeting in your calendar.');
    return this.render(meeting.title, [meeting]);
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
