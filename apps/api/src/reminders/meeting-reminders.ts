import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { REMINDER_DELAY_CHOICES } from '@tribune/domain';
import { Prisma } from '../generated/prisma/client';
import { Clock } from '../common/clock';
import { DomainEvent, MeetingUpdatedEvent, OnDomainEvent } from '../common/domain-events';
import { Job, JobQueue } from '../jobs/job-queue';
import { NotificationsService } from '../notifications/notifications.service';
import { PrismaService } from '../prisma/prisma.service';
import { meetingRef } from '../notifications/notification-triggers';

/** One reminder: this meeting, as planned to start at `startsAt`, `minutesBefore` it. */
export interface MeetingReminderJob {
  meetingId: string;
  /** ISO instant: a job for another start than the meeting's current one is stale and does nothing. */
  startsAt: string;
  minutesBefore: number;
}

export const MEETING_REMINDER_QUEUE = 'meeting-reminder';
/** Every hour: upcoming meetings whose reminders are missing get them (a crash between a commit and its event, meetings from before). */
export const MEETING_REMINDER_SWEEP_QUEUE = 'meeting-reminder-sweep';

const MINUTE = 60_000;
/** The longest delay one may choose: meetings further away get their reminders from a later sweep or event. */
const HORIZON_MS = Math.max(...REMINDER_DELAY_CHOICES) * MINUTE;

/**
 * Reminders before meetings (issue 14). A meeting scheduled (or moved) gets one durable job per
 * delay a person may choose (REMINDER_DELAY_CHOICES, a week to 15 minutes before) that is still
 * ahead; when a job comes due it reminds those of the meeting's people who chose that delay (the
 * default is a day and an hour before), reading their choice then. So:
 *
 * - moved: the jobs for the old start are cancelled and new ones queued; a stale job that still
 *   runs (its start is not the meeting's) does nothing;
 * - cancelled, started or ended: the queued jobs are cancelled; one that still runs does nothing;
 * - due while the API was down: it runs when the API is back, unless the meeting started by then;
 *   a person whose shorter delay is also due by then gets that one only (not two at once);
 * - run twice, on one instance or two: the notice's dedupe key
 *   (`reminder:<meetingId>:<startsAt>:<minutes>`) stores and mails it once per person.
 *
 * Who: the group's members with an account and its coordinators, but those who answered that
 * they will not come.
 */
@Injectable()
export class MeetingReminders implements OnModuleDestroy {
  private readonly logger = new Logger('MeetingReminders');
  private readonly running = new Set<Promise<unknown>>();
  /** Meetings changed together (a series' occurrences) are scheduled in one go, on the next turn. */
  private pending = new Map<string, MeetingUpdatedEvent['change']>();

  constructor(
    private readonly prisma: PrismaService,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {
    jobs.declare(MEETING_REMINDER_QUEUE, { retryLimit: 5, retryDelaySeconds: 30, retryBackoff: true });
    jobs.work<MeetingReminderJob>(MEETING_REMINDER_QUEUE, (job) => this.remind(job));
    jobs.declare(MEETING_REMINDER_SWEEP_QUEUE, { cron: '17 * * * *', retryLimit: 1 });
    jobs.work(MEETING_REMINDER_SWEEP_QUEUE, () => this.sweep());
  }

  /** Resolves once the reminders of every meeting change heard so far are queued (tests wait on it). */
  async settled(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  /** Closing: the reminders of changes already heard are queued first (the job queue stops after this module). */
  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  @OnDomainEvent(DomainEvent.MeetingUpdated)
  meetingUpdated(event: MeetingUpdatedEvent): void {
    if (!['scheduled', 'rescheduled', 'cancelled', 'started', 'ended', 'reopened'].includes(event.change)) return;
    if (this.pending.set(event.meetingId, event.change).size > 1) return;
    this.track(
      () =>
        new Promise<void>((resolve, reject) =>
          setImmediate(() => {
            const ids = [...this.pending.keys()];
            this.pending = new Map();
            this.schedule(ids).then(resolve, reject);
          }),
        ),
    );
  }

  /**
   * Brings the reminder jobs of these meetings in line with them: jobs for a start that is no
   * longer theirs, or for a meeting no longer scheduled, are cancelled; those missing are queued.
   * Idempotent (each job has a key naming meeting, start and delay).
   */
  async schedule(meetingIds: readonly string[]): Promise<void> {
    if (!meetingIds.length) return;
    const [meetings, queued] = await Promise.all([
      this.prisma.meeting.findMany({ where: { id: { in: [...meetingIds] } }, select: { id: true, startsAt: true, status: true } }),
      this.jobs.queued<MeetingReminderJob>(MEETING_REMINDER_QUEUE, { meetingId: meetingIds }),
    ]);
    const now = this.clock.now().getTime();
    const wanted = new Map(meetings.filter((m) => m.status === 'SCHEDULED').map((m) => [m.id, m.startsAt.toISOString()]));
    const obsolete = queued.filter((job) => wanted.get(job.data.meetingId) !== job.data.startsAt).map((job) => job.id);
    await this.jobs.cancel(MEETING_REMINDER_QUEUE, obsolete);
    const toSend = [...wanted].flatMap(([meetingId, startsAt]) =>
      REMINDER_DELAY_CHOICES.map((minutesBefore) => ({ meetingId, startsAt, minutesBefore })).filter(
        (r) => Date.parse(r.startsAt) - r.minutesBefore * MINUTE > now,
      ),
    );
    await this.jobs.sendMany(
      MEETING_REMINDER_QUEUE,
      toSend.map((data) => ({
        data,
        startAfter: new Date(Date.parse(data.startsAt) - data.minutesBefore * MINUTE),
        key: reminderKey(data),
      })),
    );
  }

  /** The hourly sweep: every scheduled meeting whose first reminder could be due within the next week and a bit. */
  async sweep(): Promise<void> {
    const now = this.clock.now().getTime();
    const meetings = await this.prisma.meeting.findMany({
      where: { status: 'SCHEDULED', startsAt: { gt: new Date(now), lte: new Date(now + HORIZON_MS + 2 * 60 * MINUTE) } },
      select: { id: true },
    });
    await this.schedule(meetings.map((m) => m.id));
  }

  /** A reminder job come due: tell those who chose this delay, unless the meeting moved, was cancelled or started. */
  async remind({ data }: Job<MeetingReminderJob>): Promise<void> {
    const meeting = await this.prisma.meeting.findUnique({ where: { id: data.meetingId }, include: { group: { select: { name: true } } } });
    const now = this.clock.now().getTime();
    if (!meeting || meeting.status !== 'SCHEDULED' || meeting.startsAt.toISOString() !== data.startsAt) return;
    if (now >= meeting.startsAt.getTime()) return;
    const audience = await this.audience(meeting.id, meeting.groupId);
    const delays = await this.notifications.reminderDelays(audience);
    const start = meeting.startsAt.getTime();
    // Each person gets, of their delays already due, the shortest: after a stop, not a day-before and an hour-before at once.
    const recipientIds = audience.filter((userId) => {
      const due = (delays.get(userId) ?? []).filter((minutes) => start - minutes * MINUTE <= now);
      return due.length > 0 && Math.min(...due) === data.minutesBefore;
    });
    if (!recipientIds.length) return;
    await this.notifications.notify({
      kind: 'MEETING_REMINDER',
      recipientIds,
      payload: { ...meetingRef(meeting), minutesBefore: data.minutesBefore },
      dedupeKey: reminderKey(data),
    });
  }

  /** The group's members with an account and its coordinators, but those who said they will not come. */
  private async audience(meetingId: string, groupId: string): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<Array<{ userId: string }>>(Prisma.sql`
      SELECT d."userId" FROM "GroupMembership" m JOIN "Deputy" d ON d.id = m."deputyId"
      WHERE m."openGroupId" = ${groupId} AND d."userId" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "Attendance" a WHERE a."meetingId" = ${meetingId} AND a."deputyId" = d.id AND a.response = 'NO')
      UNION
      SELECT c."userId" FROM "GroupCoordinator" c WHERE c."groupId" = ${groupId}
        AND NOT EXISTS (
          SELECT 1 FROM "Attendance" a JOIN "Deputy" d ON d.id = a."deputyId"
          WHERE a."meetingId" = ${meetingId} AND d."userId" = c."userId" AND a.response = 'NO')`);
    return rows.map((r) => r.userId);
  }

  private track(work: () => Promise<unknown>): void {
    const p = work()
      .catch((e: unknown) => this.logger.error(`reminders not scheduled: ${String(e)}`))
      .finally(() => this.running.delete(p));
    this.running.add(p);
  }
}

/** Names one reminder: the notice's dedupe key and the job's idempotency key. */
export const reminderKey = (r: MeetingReminderJob) => `reminder:${r.meetingId}:${r.startsAt}:${r.minutesBefore}`;
