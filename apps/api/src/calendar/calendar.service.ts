import { Injectable, NotFoundException } from '@nestjs/common';
import ical, { escape as escapeText, foldLines, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { Role } from '@tribune/domain';
import { Prisma } from '../generated/prisma/client';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../access/access-policy';
import { AuthUser } from '../auth/auth-user';
import { PrismaService } from '../prisma/prisma.service';
import { newCalendarToken } from '../users/users.service';

type MeetingWithGroup = Prisma.MeetingGetPayload<{
  include: { group: { select: { name: true } }; agenda: { select: { title: true; position: true } } };
}>;

/** How far back the feed goes; calendars keep what they already have. */
const FEED_HISTORY_DAYS = 180;
/** Bounds of a long feed: every coming meeting up to the first, then the most recent past ones. */
const FEED_MAX_COMING = 1000;
const FEED_MAX_PAST = 300;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
/** Meeting ids are UUIDs; anything else in the address is not a meeting (and never reaches SQL). */
const MEETING_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

/** A feed and when what it shows last changed (the newest update of its meetings). */
export interface CalendarFile {
  body: string;
  lastModified: Date | null;
}

/**
 * A URL as an iCalendar URI value: written as is (a URI is not TEXT: backslash escapes would
 * become part of the address, so a link with `,` or `;` broke), normalised by WHATWG URL and
 * refused unless http(s). Input validation already keeps control characters and spaces out.
 */
function uriValue(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export const feedPath = (token: string) => `/calendar/${token}.ics`;

/** A meeting's UID stays the same across updates; SEQUENCE tells calendars it changed. */
export const meetingUid = (id: string) => `meeting-${id}@tribune`;

/** A stand-in without characters TEXT escaping touches, remembered with the URI it stands for. */
function placeholderFor(uris: Map<string, string>, uri: string | null): string | null {
  if (!uri) return null;
  const placeholder = `tribune-uri-${uris.size}`;
  uris.set(placeholder, uri);
  return placeholder;
}

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

  /**
   * Every text reaches its line escaped as RFC 5545 TEXT (ical-generator does it for the event's
   * properties, not for the calendar's NAME / X-WR-CALNAME: a line break in a title or a display
   * name wrote lines of its own, so that name is escaped here); URLs are written as URIs; the file
   * ends with CRLF, as every content line must.
   */
  private render(name: string, meetings: MeetingWithGroup[]): CalendarFile {
    const calendar = ical({
      name: escapeText(name, false),
      prodId: { company: 'Tribune', product: 'Tribune', language: 'FR' },
      method: ICalCalendarMethod.PUBLISH,
      ttl: 3600,
    });
    const uris = new Map<string, string>();
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
        description:
          `${m.description}${m.status === 'CANCELLED' && m.cancelReason ? `\n\nAnnulée : ${m.cancelReason}` : ''}${agenda}`.trim() || null,
        location: m.place ?? null,
        // ical-generator would escape the URI as TEXT: a placeholder, replaced below by the URI as is.
        url: placeholderFor(uris, uriValue(m.onlineUrl)),
        status: m.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    let body = calendar.toString();
    for (const [placeholder, uri] of uris)
      body = body.replace(`URL;VALUE=URI:${placeholder}\r\n`, `${foldLines(`URL;VALUE=URI:${uri}`)}\r\n`);
    if (!body.endsWith('\r\n')) body += '\r\n';
    const lastModified = meetings.reduce<Date | null>((latest, m) => (!latest || m.updatedAt > latest ? m.updatedAt : latest), null);
    return { body, lastModified };
  }

  async feed(token: string) {
    const user = await this.userForToken(token);
    const groupIds = await this.groupIdsOf(user);
    // A long feed keeps what matters: the coming meetings (nearest first) and the latest past ones,
    // never the oldest at the expense of the newest.
    const include = {
      group: { select: { name: true } },
      agenda: { select: { title: true, position: true }, orderBy: { position: 'asc' as const } },
    };
    const now = new Date();
    const [coming, past] = await Promise.all([
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
    ]);
    return this.render(`Tribune — ${user.displayName}`, [...past.reverse(), ...coming]);
  }

  async oneMeeting(token: string, meetingId: string) {
    const user = await this.userForToken(token);
    if (!MEETING_ID_PATTERN.test(meetingId)) throw new NotFoundException('No such meeting in your calendar.');
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
