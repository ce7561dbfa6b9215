import ical, {
  escape as escapeText,
  foldLines,
  ICalAlarmType,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { Prisma } from '../generated/prisma/client';

export type MeetingForCalendar = Prisma.MeetingGetPayload<{
  include: { group: { select: { name: true } }; agenda: { select: { title: true; position: true } } };
}>;

/** What a calendar file reads with a meeting: its group's name and its agenda in order. */
export const MEETING_FOR_CALENDAR = {
  group: { select: { name: true } },
  agenda: { select: { title: true, position: true }, orderBy: { position: 'asc' as const } },
} satisfies Prisma.MeetingInclude;

/** A meeting's UID stays the same across updates (feed and invitations alike); SEQUENCE tells calendars it changed. */
export const meetingUid = (id: string) => `meeting-${id}@tribune`;

/** The words a calendar file adds around a meeting, in the reader's language (fr, en, ar; anything else: fr). */
const CALENDAR_WORDS = {
  fr: { summary: (group: string, title: string) => `${group} : ${title}`, agenda: 'Ordre du jour :', cancelled: 'Annulée :' },
  en: { summary: (group: string, title: string) => `${group}: ${title}`, agenda: 'Agenda:', cancelled: 'Cancelled:' },
  ar: { summary: (group: string, title: string) => `${group}: ${title}`, agenda: 'جدول الأعمال:', cancelled: 'أُلغي الاجتماع:' },
} as const;
type CalendarLocale = keyof typeof CALENDAR_WORDS;
const wordsFor = (locale: string) => CALENDAR_WORDS[(locale in CALENDAR_WORDS ? locale : 'fr') as CalendarLocale];

/** A calendar file and when what it shows last changed (the newest update of its meetings). */
export interface CalendarFile {
  body: string;
  lastModified: Date | null;
}

export interface RenderOptions {
  /** The reader's language. */
  locale: string;
  /** PUBLISH for feeds and downloads; REQUEST or CANCEL for an invitation sent by mail. */
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** Minutes before each meeting's start at which the reader's calendar reminds them (VALARM). */
  alarmMinutes?: readonly number[];
  /** An invitation's organizer and attendee (iTIP asks for both). */
  organizer?: { name: string; email: string };
  attendee?: { name: string; email: string };
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

/** A stand-in without characters TEXT escaping touches, remembered with the URI it stands for. */
function placeholderFor(uris: Map<string, string>, uri: string | null): string | null {
  if (!uri) return null;
  const placeholder = `tribune-uri-${uris.size}`;
  uris.set(placeholder, uri);
  return placeholder;
}

const METHODS = { PUBLISH: ICalCalendarMethod.PUBLISH, REQUEST: ICalCalendarMethod.REQUEST, CANCEL: ICalCalendarMethod.CANCEL };

/**
 * iCalendar in UTC times (so no VTIMEZONE is needed and Google, Outlook and Apple agree). Every
 * text reaches its line escaped as RFC 5545 TEXT (ical-generator does it for the event's
 * properties, not for the calendar's NAME / X-WR-CALNAME: a line break in a title or a display
 * name wrote lines of its own, so that name is escaped here); URLs are written as URIs; the file
 * ends with CRLF, as every content line must.
 */
export function renderCalendar(name: string, meetings: MeetingForCalendar[], options: RenderOptions): CalendarFile {
  const words = wordsFor(options.locale);
  const method = options.method ?? 'PUBLISH';
  const calendar = ical({
    name: escapeText(name, false),
    prodId: { company: 'Tribune', product: 'Tribune', language: options.locale.toUpperCase() },
    method: METHODS[method],
    ttl: method === 'PUBLISH' ? 3600 : null,
  });
  const uris = new Map<string, string>();
  for (const m of meetings) {
    const agenda = m.agenda.length ? `\n\n${words.agenda}\n${m.agenda.map((a) => `${a.position}. ${a.title}`).join('\n')}` : '';
    const cancelled = m.status === 'CANCELLED';
    const summary = words.summary(m.group.name, m.title);
    calendar.createEvent({
      id: meetingUid(m.id),
      sequence: m.sequence,
      start: m.startsAt,
      end: m.endsAt,
      stamp: m.updatedAt,
      lastModified: m.updatedAt,
      created: m.createdAt,
      summary,
      description:
        `${m.description}${cancelled && m.cancelReason ? `\n\n${words.cancelled} ${m.cancelReason}` : ''}${agenda}`.trim() || null,
      location: m.place ?? null,
      // ical-generator would escape the URI as TEXT: a placeholder, replaced below by the URI as is.
      url: placeholderFor(uris, uriValue(m.onlineUrl)),
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: options.organizer ?? null,
      attendees: options.attendee
        ? [{ ...options.attendee, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: false }]
        : [],
      alarms: cancelled
        ? []
        : (options.alarmMinutes ?? []).map((minutes) => ({
            type: ICalAlarmType.display,
            triggerBefore: minutes * 60,
            description: summary,
          })),
    });
  }
  let body = calendar.toString();
  for (const [placeholder, uri] of uris)
    body = body.replace(`URL;VALUE=URI:${placeholder}\r\n`, `${foldLines(`URL;VALUE=URI:${uri}`)}\r\n`);
  if (!body.endsWith('\r\n')) body += '\r\n';
  const lastModified = meetings.reduce<Date | null>((latest, m) => (!latest || m.updatedAt > latest ? m.updatedAt : latest), null);
  return { body, lastModified };
}
