import { Inject, Injectable } from '@nestjs/common';
import { MANDATORY_KINDS, NotificationKind, NotificationPayloads } from '@tribune/domain';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MeetingInvitations } from '../calendar/meeting-invitation';
import { MailService } from '../mail/mail.service';
import { NoticeLocale, noticeLocale, RenderedNotice } from './render';
import { unsubscribeToken } from './unsubscribe-token';

/** One notice to email to one person. */
export interface NoticeMail<K extends NotificationKind = NotificationKind> {
  recipient: { id: string; email: string; displayName: string; locale: string };
  kind: K;
  payload: NotificationPayloads[K];
  notice: RenderedNotice;
  /** The same notice and channel twice gives one mail (the outbox's unique key). */
  idempotencyKey: string;
}

const OPEN: Record<NoticeLocale, string> = { fr: 'Ouvrir dans Tribune', en: 'Open in Tribune', ar: 'افتح في Tribune' };
/** Kinds whose mail carries the meeting as an invitation, so it lands in (and moves with) the phone's calendar. */
const INVITATION_KINDS: readonly NotificationKind[] = ['MEETING_SCHEDULED', 'MEETING_RESCHEDULED', 'MEETING_CANCELLED'];

/**
 * The email channel of notifications: the rendered notice goes to the mail outbox (mail/) with the
 * link into the app, a one-click unsubscribe for the kinds one may turn off, and for meeting
 * changes the meeting as an iCalendar invitation (REQUEST, or CANCEL once cancelled).
 */
@Injectable()
export class NotificationMailer {
  constructor(
    private readonly mail: MailService,
    private readonly invitations: MeetingInvitations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Queues the mail; false when this notice was mailed to this person already. */
  async send({ recipient, kind, payload, notice, idempotencyKey }: NoticeMail): Promise<boolean> {
    const locale = noticeLocale(recipient.locale);
    const meetingId = INVITATION_KINDS.includes(kind) ? (payload as { meetingId: string }).meetingId : null;
    const calendar = meetingId ? await this.invitations.forMeeting(meetingId, { ...recipient, locale }) : null;
    const queued = await this.mail.queue({
      userId: recipient.id,
      to: recipient.email,
      locale,
      subject: notice.title,
      lines: notice.lines,
      actionUrl: `${this.config.publicUrl}${notice.path}`,
      actionLabel: OPEN[locale],
      unsubscribeUrl: MANDATORY_KINDS.includes(kind)
        ? null
        : `${this.config.publicUrl}/unsubscribe/${unsubscribeToken(this.config.jwtSecret, recipient.id, kind)}`,
      calendar,
      idempotencyKey,
    });
    return queued.created;
  }
}
