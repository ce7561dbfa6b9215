import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter, type TransportOptions } from 'nodemailer';
import { MailStatus, OutgoingMail } from '../generated/prisma/client';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Clock } from '../common/clock';
import { JobQueue } from '../jobs/job-queue';
import { PrismaService, Tx } from '../prisma/prisma.service';

/** Tries before a mail is given up (FAILED, kept with its last error for administrators). */
export const MAX_MAIL_ATTEMPTS = 8;

/** Seconds to wait after the nth failed try: 1 min, 5 min, 15 min, 1 h, 3 h, 6 h, 12 h (about 22 h in all). */
const BACKOFF_SECONDS = [60, 300, 900, 3600, 3 * 3600, 6 * 3600, 12 * 3600];
export const backoffSeconds = (attempt: number) => BACKOFF_SECONDS[Math.min(Math.max(attempt, 1), BACKOFF_SECONDS.length) - 1];

/**
 * How long a sender holds a mail it took: another instance (or a later sweep) takes it again only
 * after that, should the first one have died mid-send. Longer than the SMTP timeouts put together.
 */
const LEASE_SECONDS = 5 * 60;
/** Mails tried by one deliverDue. */
const SWEEP_BATCH = 50;

/** An SMTP answer that will not change on retry: the recipient's mailbox does not exist or is refused. */
const isPermanent = (error: unknown) => {
  const code = (error as { responseCode?: number }).responseCode;
  return code !== undefined && code >= 550 && code <= 553;
};

const plus = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000);

export type DeliveryOutcome = 'sent' | 'retry' | 'failed' | 'skipped';

/** The domain of MAIL_FROM, for Message-IDs. */
function domainOf(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return match ? match[1] : 'tribune.localhost';
}

/** The queue of mail sends: one job per try of one mail (data: its id). */
export const MAIL_QUEUE = 'mail.send';

/**
 * Sends the outbox over SMTP (nodemailer, SMTP_URL), one durable job per try (jobs/, pg-boss):
 * queued with the mail (in the same transaction when there is one), it survives a restart and is
 * taken by one instance. Each try first takes the mail in one conditional UPDATE (only a PENDING mail
 * that is due by the Clock, and it pushes nextAttemptAt a lease ahead): two instances, or a job run
 * twice, never send the same mail twice at once. A failure schedules the next try with backoff (a
 * job due at nextAttemptAt); a mail is marked SENT only once the SMTP server accepted it. The one
 * window left is a crash between that acceptance and the UPDATE: the mail is sent again after the
 * lease, with the same Message-ID (`<mail id@domain>`), which receiving servers and mail clients
 * use to drop duplicates.
 */
@Injectable()
export class MailDelivery implements OnModuleDestroy {
  private transport?: Transporter;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {
    // pg-boss retries a try that crashed (the process died mid-send): after the lease, it sends.
    jobs.declare(MAIL_QUEUE, { retryLimit: 3, retryDelaySeconds: LEASE_SECONDS, expireInSeconds: LEASE_SECONDS });
    jobs.work<{ mailId: string }>(MAIL_QUEUE, (job) => this.tryOnce(job.data.mailId));
  }

  /** Without SMTP_URL, mails are not sent: they are kept in the database for administrators to read. */
  get keepsMail(): boolean {
    return !this.config.smtpUrl;
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  /** Queues the first try of a mail just written (in `tx` when given: the job exists if the mail does). */
  async schedule(mailId: string, tx?: Tx): Promise<void> {
    if (this.keepsMail) return;
    await this.jobs.send(MAIL_QUEUE, { mailId }, { tx, key: mailId });
  }

  /** The job: one try, then, while the mail is still to send, the next try at its nextAttemptAt. */
  private async tryOnce(mailId: string): Promise<void> {
    await this.deliver(mailId, this.clock.now());
    const mail = await this.prisma.outgoingMail.findUnique({ where: { id: mailId }, select: { status: true, nextAttemptAt: true } });
    if (mail?.status !== MailStatus.PENDING) return;
    const at = mail.nextAttemptAt;
    await this.jobs.send(MAIL_QUEUE, { mailId }, { startAfter: at, key: `${mailId}@${at.toISOString()}` });
  }

  /** Sends every mail due at `now` (a batch), whatever became of its jobs; returns how many it tried. */
  async deliverDue(now: Date = this.clock.now()): Promise<number> {
    if (this.keepsMail) return 0;
    const due = await this.prisma.outgoingMail.findMany({
      where: { status: MailStatus.PENDING, nextAttemptAt: { lte: now } },
      orderBy: { nextAttemptAt: 'asc' },
      select: { id: true },
      take: SWEEP_BATCH,
    });
    for (const { id } of due) await this.deliver(id, now);
    return due.length;
  }

  /** One try at one mail, if it is still pending and due at `now`. */
  async deliver(id: string, now: Date = this.clock.now()): Promise<DeliveryOutcome> {
    if (this.keepsMail) return 'skipped';
    const { count } = await this.prisma.outgoingMail.updateMany({
      where: { id, status: MailStatus.PENDING, nextAttemptAt: { lte: now } },
      data: { attempts: { increment: 1 }, nextAttemptAt: plus(now, LEASE_SECONDS) },
    });
    if (count === 0) return 'skipped';
    const mail = await this.prisma.outgoingMail.findUniqueOrThrow({ where: { id } });
    try {
      await this.smtp().sendMail(this.message(mail));
    } catch (error) {
      const failed = isPermanent(error) || mail.attempts >= MAX_MAIL_ATTEMPTS;
      await this.prisma.outgoingMail.updateMany({
        where: { id, status: MailStatus.PENDING, attempts: mail.attempts },
        data: failed
          ? { status: MailStatus.FAILED, lastError: String(error).slice(0, 1000) }
          : { nextAttemptAt: plus(now, backoffSeconds(mail.attempts)), lastError: String(error).slice(0, 1000) },
      });
      return failed ? 'failed' : 'retry';
    }
    await this.prisma.outgoingMail.updateMany({
      where: { id, status: MailStatus.PENDING, attempts: mail.attempts },
      data: { status: MailStatus.SENT, sentAt: now, lastError: null, ...(mail.secret ? { text: '', html: '' } : {}) },
    });
    return 'sent';
  }

  private smtp(): Transporter {
    this.transport ??= nodemailer.createTransport({
      url: this.config.smtpUrl,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    } as TransportOptions);
    return this.transport;
  }

  /** The mail as nodemailer sends it: HTML with its plain-text alternative, the invitation as text/calendar. */
  private message(mail: OutgoingMail) {
    const headers: Record<string, string> = { 'Auto-Submitted': 'auto-generated' };
    if (mail.unsubscribeUrl) {
      headers['List-Unsubscribe'] = `<${mail.unsubscribeUrl}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    return {
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.id}@${domainOf(this.config.mailFrom)}>`,
      date: mail.createdAt,
      headers,
      ...(mail.calendarIcs && mail.calendarMethod
        ? { icalEvent: { method: mail.calendarMethod, filename: 'invitation.ics', content: mail.calendarIcs } }
        : {}),
    };
  }
}
