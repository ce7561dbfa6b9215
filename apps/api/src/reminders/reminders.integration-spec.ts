import { instantOfWallClock } from '@tribune/domain';
import { startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aGroup, aMeeting, aMembership, aTerm, aUser, tokenFor } from '../../test/factories';
import { HOUR, MINUTE, TestClock } from '../../test/test-clock';
import { JobQueue } from '../jobs/job-queue';
import { NotificationsService } from '../notifications/notifications.service';
import { ACTION_ITEM_NOTICES_QUEUE, TIME_POLL_CLOSING_QUEUE } from './due-notices';
import { MEETING_REMINDER_QUEUE, MEETING_REMINDER_SWEEP_QUEUE, MeetingReminderJob, MeetingReminders } from './meeting-reminders';

const DAY = 24 * HOUR;

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id startsAt } } }`;
const RESCHEDULE = `mutation($input: RescheduleMeetingInput!) { rescheduleMeeting(input: $input) { meeting { id startsAt } } }`;
const CANCEL = `mutation($input: CancelMeetingInput!) { cancelMeeting(input: $input) { meeting { id status } } }`;
const RESPOND = `mutation($input: RespondToMeetingInput!) { respondToMeeting(input: $input) { response } }`;

/**
 * Reminders and date-driven notices (issue 14), on real PostgreSQL with two API instances sharing
 * one database and one test clock: time is moved, never slept; due jobs are run by both instances
 * at once (`runDue`, what their workers do when they poll).
 */
describe('reminders', () => {
  const clock = new TestClock();
  let first: TestApp;
  let second: TestApp;
  let coordinatorToken: string;
  let world: Awaited<ReturnType<typeof aWorld>>;

  async function aWorld(t: TestApp) {
    const term = await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const coordinator = await aUser(t.prisma, { role: 'COORDINATOR' });
    const group = await aGroup(t.prisma, term.id, { coordinatorIds: [coordinator.id] });
    const member = async (o: { reminderMinutes?: number[]; timeZone?: string } = {}) => {
      const deputy = await aDeputy(t.prisma, { withAccount: true });
      await aMembership(t.prisma, group.id, deputy.id);
      if (o.reminderMinutes || o.timeZone)
        await t.app
          .get(NotificationsService)
          .updatePreferences(deputy.userId!, { reminderMinutes: o.reminderMinutes, timeZone: o.timeZone });
      return { deputy, user: deputy.user! };
    };
    // Defaults (a day and an hour before); an hour only; two days before; none at all.
    const usual = await member();
    const hourOnly = await member({ reminderMinutes: [60] });
    const twoDays = await member({ reminderMinutes: [2880] });
    const none = await member({ reminderMinutes: [] });
    const outsider = await aDeputy(t.prisma, { withAccount: true });
    return { term, group, coordinator, usual, hourOnly, twoDays, none, outsider };
  }

  beforeAll(async () => {
    first = await startTestApp({ clock });
    second = await startTestApp({ clock, sameDatabaseAs: first });
    world = await aWorld(first);
    coordinatorToken = await tokenFor(first, world.coordinator);
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const jobs = (t: TestApp) => t.app.get(JobQueue);
  const remindersOf = (t: TestApp) => t.app.get(MeetingReminders);

  /** What both instances' workers would do once their poll comes: run every job due by the clock. */
  async function runDueOnBothInstances(): Promise<void> {
    await Promise.all([jobs(first).runDue(), jobs(second).runDue()]);
  }

  /** A meeting scheduled by its coordinator through the API, `inMs` from the clock's now; its reminders are queued when this resolves. */
  async function aScheduledMeeting(inMs: number, through: TestApp = first) {
    const startsAt = new Date(clock.now().getTime() + inMs);
    startsAt.setUTCSeconds(0, 0);
    const r = await through.gql<{ scheduleMeeting: { meeting: { id: string } } }>(
      SCHEDULE,
      {
        input: {
          groupId: world.group.id,
          title: 'Logement à Calais',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
        },
      },
      coordinatorToken,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    await remindersOf(through).settled();
    return { id: r.data.scheduleMeeting.meeting.id, startsAt };
  }

  /** The reminders stored for a person about a meeting, as `minutesBefore@startsAt`. */
  async function remindersFor(user: { id: string }, meetingId: string): Promise<string[]> {
    const rows = await first.prisma.notification.findMany({
      where: { userId: user.id, kind: 'MEETING_REMINDER' },
      orderBy: { createdAt: 'asc' },
    });
    return rows
      .map((row) => row.payload as { meetingId: string; minutesBefore: number; startsAt: string })
      .filter((p) => p.meetingId === meetingId)
      .map((p) => `${p.minutesBefore}@${p.startsAt}`);
  }

  const at = (startsAt: Date, minutes: number) => new Date(startsAt.getTime() - minutes * MINUTE);

  describe('before a meeting', () => {
    it('reminds each person once at each delay they chose, with two instances running the jobs, and nobody outside the meeting', async () => {
      const { id, startsAt } = await aScheduledMeeting(3 * DAY + 5 * HOUR);
      const iso = startsAt.toISOString();

      clock.set(at(startsAt, 2880));
      await runDueOnBothInstances();
      expect(await remindersFor(world.twoDays.user, id)).toEqual([`2880@${iso}`]);
      expect(await remindersFor(world.usual.user, id)).toEqual([]);

      clock.set(at(startsAt, 1440));
      await runDueOnBothInstances();
      await runDueOnBothInstances();
      expect(await remindersFor(world.usual.user, id)).toEqual([`1440@${iso}`]);
      expect(await remindersFor(world.coordinator, id)).toEqual([`1440@${iso}`]);
      expect(await remindersFor(world.hourOnly.user, id)).toEqual([]);

      clock.set(at(startsAt, 60));
      await runDueOnBothInstances();
      expect(await remindersFor(world.usual.user, id)).toEqual([`1440@${iso}`, `60@${iso}`]);
      expect(await remindersFor(world.hourOnly.user, id)).toEqual([`60@${iso}`]);
      expect(await remindersFor(world.twoDays.user, id)).toEqual([`2880@${iso}`]);
      expect(await remindersFor(world.none.user, id)).toEqual([]);
      expect(await remindersFor(world.outsider.user!, id)).toEqual([]);
    });

    it('does not remind a member who answered that they will not come', async () => {
      const { id, startsAt } = await aScheduledMeeting(2 * DAY);
      const r = await first.gql(RESPOND, { input: { meetingId: id, response: 'NO' } }, await tokenFor(first, world.hourOnly.user));
      expect(r.errors).toBeUndefined();
      clock.set(at(startsAt, 60));
      await runDueOnBothInstances();
      expect(await remindersFor(world.hourOnly.user, id)).toEqual([]);
      expect(await remindersFor(world.usual.user, id)).toEqual([`60@${startsAt.toISOString()}`]);
    });

    it('moves the reminders of a rescheduled meeting: none at the old times, all at the new ones', async () => {
      const { id, startsAt } = await aScheduledMeeting(2 * DAY);
      const movedTo = new Date(startsAt.getTime() + DAY);
      const r = await first.gql(
        RESCHEDULE,
        { input: { meetingId: id, startsAt: movedTo.toISOString(), endsAt: new Date(movedTo.getTime() + HOUR).toISOString() } },
        coordinatorToken,
      );
      expect(r.errors).toBeUndefined();
      await remindersOf(first).settled();

      const queued = await jobs(first).queued<MeetingReminderJob>(MEETING_REMINDER_QUEUE, { meetingId: id });
      expect(new Set(queued.map((job) => job.data.startsAt))).toEqual(new Set([movedTo.toISOString()]));

      clock.set(at(startsAt, 60));
      await runDueOnBothInstances();
      expect(await remindersFor(world.usual.user, id)).toEqual([]);

      clock.set(at(movedTo, 1440));
      await runDueOnBothInstances();
      clock.set(at(movedTo, 60));
      await runDueOnBothInstances();
      expect(await remindersFor(world.usual.user, id)).toEqual([`1440@${movedTo.toISOString()}`, `60@${movedTo.toISOString()}`]);
    });

    it('drops the reminders of a cancelled meeting', async () => {
      const { id, startsAt } = await aScheduledMeeting(2 * DAY);
      const r = await first.gql(CANCEL, { input: { meetingId: id, reason: 'Salle indisponible' } }, coordinatorToken);
      expect(r.errors).toBeUndefined();
      await remindersOf(first).settled();
      expect(await jobs(first).queued(MEETING_REMINDER_QUEUE, { meetingId: id })).toEqual([]);
      clock.set(at(startsAt, 15));
      await runDueOnBothInstances();
      expect(await remindersFor(world.usual.user, id)).toEqual([]);
      expect(await remindersFor(world.coordinator, id)).toEqual([]);
    });

    it('sends a reminder due while the API was down when it comes back, the shortest one due only, unless the meeting started', async () => {
      // Scheduled on an instance that then stops; nothing runs while the clock passes the reminders.
      const stopping = await startTestApp({ clock, sameDatabaseAs: first });
      const soon = await aScheduledMeeting(2 * DAY, stopping);
      const sooner = await aScheduledMeeting(2 * DAY - 2 * HOUR, stopping);
      await stopping.close();
      clock.set(at(soon.startsAt, 30));

      const restarted = await startTestApp({ clock, sameDatabaseAs: first });
      try {
        await jobs(restarted).runDue();
      } finally {
        await restarted.close();
      }
      // A day and an hour before both passed: the hour's reminder only, at once.
      expect(await remindersFor(world.usual.user, soon.id)).toEqual([`60@${soon.startsAt.toISOString()}`]);
      expect(await remindersFor(world.hourOnly.user, soon.id)).toEqual([`60@${soon.startsAt.toISOString()}`]);
      // The other one started while the API was down: no reminder any more.
      expect(await remindersFor(world.usual.user, sooner.id)).toEqual([]);
    });

    it('sends nothing twice when a reminder job runs twice, even on two instances at the same moment', async () => {
      const { id, startsAt } = await aScheduledMeeting(2 * DAY);
      clock.set(at(startsAt, 1440));
      const job = {
        id: 'replayed',
        queue: MEETING_REMINDER_QUEUE,
        retryCount: 0,
        data: { meetingId: id, startsAt: startsAt.toISOString(), minutesBefore: 1440 },
      };
      await Promise.all([remindersOf(first).remind(job), remindersOf(second).remind(job)]);
      await remindersOf(first).remind(job);
      await runDueOnBothInstances();
      expect(await remindersFor(world.usual.user, id)).toEqual([`1440@${startsAt.toISOString()}`]);
      const mails = await first.prisma.outgoingMail.count({
        where: { userId: world.usual.user.id, idempotencyKey: { contains: `reminder:${id}:` } },
      });
      expect(mails).toBe(1);
    });

    it('gives reminders to a meeting written without its event (before this feature, or a crash after the commit) at the hourly sweep', async () => {
      const startsAt = new Date(clock.now().getTime() + 30 * HOUR);
      startsAt.setUTCSeconds(0, 0);
      const meeting = await aMeeting(first.prisma, world.group.id, { startsAt: startsAt.toISOString() });
      expect(await jobs(first).queued(MEETING_REMINDER_QUEUE, { meetingId: meeting.id })).toEqual([]);
      await jobs(first).send(MEETING_REMINDER_SWEEP_QUEUE, {});
      await jobs(second).send(MEETING_REMINDER_SWEEP_QUEUE, {});
      await runDueOnBothInstances();
      clock.set(at(startsAt, 1440));
      await runDueOnBothInstances();
      expect(await remindersFor(world.usual.user, meeting.id)).toEqual([`1440@${startsAt.toISOString()}`]);
    });
  });

  describe('action items and time polls', () => {
    /** `hh:00` on `day` (YYYY-MM-DD) in `timeZone`. */
    const localTime = (day: string, hour: number, timeZone: string) =>
      new Date(instantOfWallClock(Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`), timeZone));
    const dayAfter = (instant: Date, days: number) => new Date(instant.getTime() + days * DAY).toISOString().slice(0, 10);
    const kindsFor = async (user: { id: string }, kind: 'ACTION_DUE' | 'ACTION_OVERDUE' | 'TIME_POLL_CLOSING') =>
      (await first.prisma.notification.findMany({ where: { userId: user.id, kind } })).map((n) => n.dedupeKey);

    async function sweep(queue: string) {
      await jobs(first).send(queue, {});
      await jobs(second).send(queue, {});
      await runDueOnBothInstances();
    }

    it('tells the assignee an action item is due tomorrow, then overdue, from 8:00 their time, once each, while it is open', async () => {
      const tokyo = (await aDeputy(first.prisma, { withAccount: true })) as Awaited<ReturnType<typeof aDeputy>>;
      await first.app.get(NotificationsService).updatePreferences(tokyo.userId!, { timeZone: 'Asia/Tokyo' });
      const meeting = await aMeeting(first.prisma, world.group.id, { startsAt: clock.now().toISOString() });
      const dueOn = dayAfter(clock.now(), 4);
      const item = await first.prisma.actionItem.create({
        data: { meetingId: meeting.id, assigneeId: tokyo.id, title: 'Écrire à la préfecture', dueOn: new Date(`${dueOn}T00:00:00Z`) },
      });
      const done = await first.prisma.actionItem.create({
        data: { meetingId: meeting.id, assigneeId: tokyo.id, title: 'Déjà fait', dueOn: new Date(`${dueOn}T00:00:00Z`), status: 'DONE' },
      });
      const dayBefore = dayAfter(new Date(`${dueOn}T00:00:00Z`), -1);

      clock.set(localTime(dayBefore, 7, 'Asia/Tokyo'));
      await sweep(ACTION_ITEM_NOTICES_QUEUE);
      expect(await kindsFor(tokyo.user!, 'ACTION_DUE')).toEqual([]);

      clock.set(localTime(dayBefore, 8, 'Asia/Tokyo'));
      await sweep(ACTION_ITEM_NOTICES_QUEUE);
      clock.advance(HOUR);
      await sweep(ACTION_ITEM_NOTICES_QUEUE);
      expect(await kindsFor(tokyo.user!, 'ACTION_DUE')).toEqual([`action-due:${item.id}:${dueOn}`]);

      clock.set(localTime(dueOn, 12, 'Asia/Tokyo'));
      await sweep(ACTION_ITEM_NOTICES_QUEUE);
      expect(await kindsFor(tokyo.user!, 'ACTION_OVERDUE')).toEqual([]);

      clock.set(localTime(dayAfter(new Date(`${dueOn}T00:00:00Z`), 1), 8, 'Asia/Tokyo'));
      await sweep(ACTION_ITEM_NOTICES_QUEUE);
      await sweep(ACTION_ITEM_NOTICES_QUEUE);
      expect(await kindsFor(tokyo.user!, 'ACTION_OVERDUE')).toEqual([`action-overdue:${item.id}:${dueOn}`]);
      expect((await kindsFor(tokyo.user!, 'ACTION_DUE')).concat(await kindsFor(tokyo.user!, 'ACTION_OVERDUE'))).not.toContainEqual(
        expect.stringContaining(done.id),
      );
    });

    it('tells the members who have not answered that a time poll closes a day before its first proposed time, once', async () => {
      const firstSlot = new Date(clock.now().getTime() + 3 * DAY);
      firstSlot.setUTCSeconds(0, 0);
      const poll = await first.prisma.timePoll.create({
        data: {
          groupId: world.group.id,
          title: 'Prochaine réunion',
          slots: {
            create: [
              { startsAt: firstSlot, endsAt: new Date(firstSlot.getTime() + HOUR) },
              { startsAt: new Date(firstSlot.getTime() + DAY), endsAt: new Date(firstSlot.getTime() + DAY + HOUR) },
            ],
          },
        },
        include: { slots: true },
      });
      await first.prisma.timePollAnswer.create({ data: { slotId: poll.slots[1].id, deputyId: world.hourOnly.deputy.id, answer: 'YES' } });
      const key = `time-poll-closing:${poll.id}:${firstSlot.toISOString()}`;

      clock.set(new Date(firstSlot.getTime() - DAY - 10 * MINUTE));
      await sweep(TIME_POLL_CLOSING_QUEUE);
      expect(await kindsFor(world.usual.user, 'TIME_POLL_CLOSING')).toEqual([]);

      clock.set(new Date(firstSlot.getTime() - DAY + 5 * MINUTE));
      await sweep(TIME_POLL_CLOSING_QUEUE);
      clock.advance(10 * MINUTE);
      await sweep(TIME_POLL_CLOSING_QUEUE);
      expect(await kindsFor(world.usual.user, 'TIME_POLL_CLOSING')).toEqual([key]);
      expect(await kindsFor(world.hourOnly.user, 'TIME_POLL_CLOSING')).toEqual([]);
      expect(await kindsFor(world.outsider.user!, 'TIME_POLL_CLOSING')).toEqual([]);
    });
  });
});
