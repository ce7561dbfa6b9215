import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { MEETING_FOR_CALENDAR, MeetingForCalendar, renderCalendar } from './calendar-render';

/** An iCalendar invitation, as a mail carries it (text/calendar; method=...). */
export interface MeetingInvitation {
  method: 'REQUEST' | 'CANCEL';
  ics: string;
}

export interface InvitationRecipient {
  email: string;
  displayName: string;
  /** fr, en or ar: the words the file adds (agenda, cancellation). */
  locale: string;
}

/** "Tribune <no-reply@example.org>" as a name and an address. */
export function mailbox(from: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1] || match[2], email: match[2] } : { name: 'Tribune', email: from.trim() };
}

/**
 * One meeting as an invitation to one person (RFC 5546): METHOD:REQUEST with the meeting's UID
 * (the same as in the calendar feed) and its SEQUENCE, which the meeting bumps on every change, so
 * a calendar that took the first invitation moves the event on the next one; METHOD:CANCEL once
 * the meeting is cancelled. The organizer is MAIL_FROM; replies are not asked for (RSVP=FALSE):
 * answers go through Tribune.
 */
export function meetingInvitation(meeting: MeetingForCalendar, recipient: InvitationRecipient, organizer: string): MeetingInvitation {
  const method = meeting.status === 'CANCELLED' ? 'CANCEL' : 'REQUEST';
  const { body } = renderCalendar(meeting.title, [meeting], {
    locale: recipient.locale,
    method,
    organizer: mailbox(organizer),
    attendee: { name: recipient.displayName, email: recipient.email },
  });
  return { method, ics: body };
}

/** Builds invitations for the mails of meeting notices (notifications attach them). */
@Injectable()
export class MeetingInvitations {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The meeting as it is now (read in `tx` when given), as an invitation to `recipient`. */
  async forMeeting(meetingId: string, recipient: InvitationRecipient, tx?: Tx): Promise<MeetingInvitation> {
    const meeting = await (tx ?? this.prisma).meeting.findUniqueOrThrow({ where: { id: meetingId }, include: MEETING_FOR_CALENDAR });
    return meetingInvitation(meeting, recipient, this.config.mailFrom);
  }
}
