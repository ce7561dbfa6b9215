import { Inject, Injectable } from '@nestjs/common';
import { MailStatus } from '../generated/prisma/client';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Clock } from '../common/clock';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { MailDelivery } from './mail-delivery';
import { renderMail } from './mail-template';
import { mailLocale } from './mail-texts';

/** An iCalendar invitation sent with the mail (calendar/meeting-invitation.ts builds one per meeting). */
export interface MailCalendarPart {
  method: 'REQUEST' | 'CANCEL';
  ics: string;
}

/** One mail to one recipient, written by the caller in the recipient's language. */
export interface QueueMailInput {
  /** The recipient's account, when there is one. */
  userId?: string | null;
  to: string;
  /** fr, en or ar (anything else: fr): the frame's words and the writing direction. */
  locale: string;
  subject: string;
  /** Paragraphs of plain text. */
  lines: string[];
  /** The one button of the mail (an http(s) address) and its words. */
  actionUrl?: string | null;
  actionLabel?: string | null;
  /** One-click unsubscribe address, for the kinds one may turn off: the List-Unsubscribe headers and a footer link. */
  unsubscribeUrl?: string | null;
  calendar?: MailCalendarPart | null;
  /** The text holds a secret (a password-reset link): blanked once sent. */
  secret?: boolean;
  /** The same key queued twice is one mail (per notification and channel, say). */
  idempotencyKey: string;
}

export interface QueuedMail {
  id: string;
  /** False when a mail with this key was already queued: nothing was added. */
  created: boolean;
}

/** A subject is one header line. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The outbox's front door. `queue` writes the mail (in the caller's transaction when given one, so
 * the mail exists if and only if what it tells about was committed); MailDelivery sends it. With no
 * SMTP_URL the mail is kept (status KEPT) for administrators to read on "Courriels envoyés".
 */
@Injectable()
export class MailService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly delivery: MailDelivery,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Where a person chooses what they are sent ("Mon compte"): linked from every mail. */
  get preferencesUrl(): string {
    return `${this.config.publicUrl}/account`;
  }

  /**
   * Queues a mail and its first try (a durable job, due now); a second call with the same
   * idempotencyKey changes nothing (and, in a transaction, does not abort it). With `tx`, the mail
   * and its job exist if and only if the caller's transaction commits.
   */
  async queue(input: QueueMailInput, tx?: Tx): Promise<QueuedMail> {
    const db = tx ?? this.prisma;
    const now = this.clock.now();
    const locale = mailLocale(input.locale);
    const subject = oneLine(input.subject);
    const rendered = renderMail({
      locale,
      subject,
      lines: input.lines,
      actionUrl: input.actionUrl,
      actionLabel: input.actionLabel,
      unsubscribeUrl: input.unsubscribeUrl,
      preferencesUrl: this.preferencesUrl,
    });
    const { count } = await db.outgoingMail.createMany({
      data: {
        userId: input.userId ?? null,
        to: input.to.trim(),
        locale,
        subject,
        text: rendered.text,
        html: rendered.html,
        calendarMethod: input.calendar?.method ?? null,
        calendarIcs: input.calendar?.ics ?? null,
        unsubscribeUrl: input.unsubscribeUrl ?? null,
        secret: input.secret ?? false,
        idempotencyKey: input.idempotencyKey,
        status: this.delivery.keepsMail ? MailStatus.KEPT : MailStatus.PENDING,
        // Due now by the app's clock, which the send job reads too.
        nextAttemptAt: now,
        createdAt: now,
      },
      skipDuplicates: true,
    });
    const { id } = await db.outgoingMail.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
    if (count > 0) await this.delivery.schedule(id, tx);
    return { id, created: count > 0 };
  }
}
