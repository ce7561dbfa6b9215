import ICAL from 'ical.js';
import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { aGroup, aMeeting, aTerm, aUser, signedIn } from '../../test/factories';
import { MeetingInvitations } from '../calendar/meeting-invitation';
import { meetingUid } from '../calendar/calendar-render';
import { JobQueue } from '../jobs/job-queue';
import { MINUTE, TestClock } from '../../test/test-clock';
import { MAIL_QUEUE, MailDelivery, backoffSeconds } from './mail-delivery';
import { MailService, QueueMailInput } from './mail.service';
import { SmtpSink } from './testing/smtp-sink';

const SENT_MAILS = `query($first: Int, $after: String) { sentMails(first: $first, after: $after) {
  mails { id to subject locale status text calendarMethod attempts } hasMore endCursor } }`;

let keys = 0;
const aMail = (o: Partial<QueueMailInput> = {}): QueueMailInput => ({
  to: 'amina@tribune.example',
  locale: 'fr',
  subject: 'Réunion déplacée',
  lines: ['La réunion « Logement » est déplacée au mardi 12 janvier à 18 h.', 'Le lieu ne change pas.'],
  actionUrl: 'https://tribune.example/meetings/1',
  actionLabel: 'Voir la réunion',
  unsubscribeUrl: 'https://tribune.example/unsubscribe/abc',
  idempotencyKey: `mail-spec-${++keys}`,
  ...o,
});

const plus = (seconds: number, from = new Date()) => new Date(from.getTime() + seconds * 1000);
const SECOND = MINUTE / 60;

describe('mail', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let mail: MailService;
  let delivery: MailDelivery;
  let jobs: JobQueue;
  const clock = new TestClock();
  /** Runs the mail jobs due by the clock (workers are off in tests). */
  const runMailJobs = () => jobs.runDue([MAIL_QUEUE]);
  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({
      clock,
      config: { smtpUrl: sink.url, publicUrl: 'https://tribune.example', mailFrom: 'Tribune <ne-pas-repondre@tribune.example>' },
    });
    mail = t.app.get(MailService);
    delivery = t.app.get(MailDelivery);
    jobs = t.app.get(JobQueue);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  /** Queues, runs the send job queue() added, and returns the mail as the SMTP server got it. */
  async function sent(input: QueueMailInput) {
    const before = sink.received.length;
    await mail.queue(input);
    await runMailJobs();
    expect(sink.received).toHaveLength(before + 1);
    return sink.received[before];
  }

  describe('MailService.queue', () => {
    it('sends one mail over SMTP: HTML for a phone with no remote image, a plain-text alternative, the preferences link and List-Unsubscribe', async () => {
      const input = aMail();
      const { parsed, raw } = await sent(input);
      expect(parsed.subject).toBe('Réunion déplacée');
      expect(parsed.from?.value).toEqual([{ name: 'Tribune', address: 'ne-pas-repondre@tribune.example' }]);
      expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : '').toBe('amina@tribune.example');
      // multipart/alternative: text first, HTML second.
      expect(raw).toMatch(/Content-Type: multipart\/alternative/i);
      expect(parsed.text).toContain('La réunion « Logement » est déplacée au mardi 12 janvier à 18 h.');
      expect(parsed.text).toContain('Voir la réunion : https://tribune.example/meetings/1');
      expect(parsed.text).toContain('https://tribune.example/account');
      expect(parsed.text).toContain('Ne plus recevoir ce type de courriel : https://tribune.example/unsubscribe/abc');
      const html = parsed.html as string;
      expect(html).toContain('<html lang="fr" dir="ltr">');
      expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(html).toContain('max-width:600px');
      expect(html).toContain('href="https://tribune.example/meetings/1"');
      expect(html).toContain('href="https://tribune.example/account"');
      expect(html).not.toMatch(/<img|url\(|src=|<link|<script/i);
      expect(raw).toMatch(/^List-Unsubscribe: <https:\/\/tribune\.example\/unsubscribe\/abc>\r$/m);
      expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
      const row = await t.prisma.outgoingMail.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } });
      expect(row).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
      expect(parsed.messageId).toBe(`<${row.id}@tribune.example>`);
    });

    it('escapes what it is given, and sends no List-Unsubscribe for a kind one cannot turn off', async () => {
      const { parsed, raw } = await sent(aMail({ lines: ['<b>Ordre</b> & "suite"'], unsubscribeUrl: null, actionUrl: null }));
      expect(parsed.html).toContain('&lt;b&gt;Ordre&lt;/b&gt; &amp; &quot;suite&quot;');
      expect(parsed.text).toContain('<b>Ordre</b> & "suite"');
      expect(raw).not.toMatch(/^List-Unsubscribe/im);
    });

    it('refuses a link that is not http(s)', async () => {
      await expect(mail.queue(aMail({ actionUrl: 'javascript:alert(1)' }))).rejects.toThrow(/http\(s\)/);
    });

    it('writes each mail in its recipient language: French, English, Arabic right to left', async () => {
      const en = await sent(aMail({ locale: 'en', subject: 'Meeting moved', lines: ['The meeting moved.'] }));
      expect(en.parsed.html).toContain('<html lang="en" dir="ltr">');
      expect(en.parsed.text).toContain('You choose what Tribune sends you by email: https://tribune.example/account');
      const ar = await sent(aMail({ locale: 'ar', subject: 'تغيير موعد الاجتماع', lines: ['تم تغيير موعد الاجتماع.'] }));
      expect(ar.parsed.subject).toBe('تغيير موعد الاجتماع');
      expect(ar.parsed.html).toContain('<html lang="ar" dir="rtl">');
      expect(ar.parsed.html).toContain('<body dir="rtl"');
      expect(ar.parsed.html).toContain('text-align:right');
      expect(ar.parsed.text).toContain('تم تغيير موعد الاجتماع.');
      expect(ar.parsed.text).toContain('أنت من يختار ما ترسله إليك تريبيون بالبريد الإلكتروني: https://tribune.example/account');
      // An unknown language reads as French.
      const other = await sent(aMail({ locale: 'de' }));
      expect(other.parsed.html).toContain('<html lang="fr" dir="ltr">');
    });

    it('queues one mail per idempotency key, however often it is asked', async () => {
      const input = aMail();
      const before = sink.received.length;
      const [a, b] = await Promise.all([mail.queue(input), mail.queue(input)]);
      const c = await mail.queue({ ...input, subject: 'Autre chose' });
      expect(a.id).toBe(b.id);
      expect(c).toEqual({ id: a.id, created: false });
      expect([a.created, b.created].sort()).toEqual([false, true]);
      await runMailJobs();
      clock.advance(60 * MINUTE);
      await runMailJobs();
      await delivery.deliverDue();
      expect(sink.received.length).toBe(before + 1);
      expect(await t.prisma.outgoingMail.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    });

    it("joins the caller's transaction: a rollback leaves no mail, a repeated key does not abort the transaction", async () => {
      const input = aMail();
      await expect(
        t.prisma.$transaction(async (tx) => {
          await mail.queue(input, tx);
          throw new Error('the change the mail was about failed');
        }),
      ).rejects.toThrow('failed');
      expect(await t.prisma.outgoingMail.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(0);
      const kept = await t.prisma.$transaction(async (tx) => {
        const first = await mail.queue(input, tx);
        const again = await mail.queue(input, tx);
        return { first, again, count: await tx.outgoingMail.count({ where: { idempotencyKey: input.idempotencyKey } }) };
      });
      expect(kept).toMatchObject({ first: { created: true }, again: { created: false }, count: 1 });
      await runMailJobs();
      expect((await t.prisma.outgoingMail.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } })).status).toBe('SENT');
    });
  });

  describe('delivery', () => {
    it('retries a failing SMTP server with backoff (jobs due on the clock), and neither loses nor doubles the mail', async () => {
      const input = aMail({ to: 'retry@tribune.example' });
      sink.refuseNext(2);
      await mail.queue(input);
      await runMailJobs();
      const row = () => t.prisma.outgoingMail.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } });
      const first = await row();
      expect(first).toMatchObject({ status: 'PENDING', attempts: 1 });
      expect(first.lastError).toMatch(/451/);
      expect(first.nextAttemptAt).toEqual(plus(backoffSeconds(1), clock.now()));

      // Not due yet: nothing is tried.
      clock.advance((backoffSeconds(1) / 2) * SECOND);
      await runMailJobs();
      expect((await row()).attempts).toBe(1);
      // Due: the second try fails too, and waits longer.
      clock.set(first.nextAttemptAt);
      await runMailJobs();
      const second = await row();
      expect(second).toMatchObject({ status: 'PENDING', attempts: 2, nextAttemptAt: plus(backoffSeconds(2), clock.now()) });
      expect(backoffSeconds(2)).toBeGreaterThan(backoffSeconds(1));
      // The third goes through.
      clock.set(second.nextAttemptAt);
      await runMailJobs();
      expect(sink.refused).toBeGreaterThanOrEqual(2);
      expect(sink.to('retry@tribune.example')).toHaveLength(1);
      expect(await row()).toMatchObject({ status: 'SENT', attempts: 3, lastError: null });

      // Sent is sent: later jobs and sweeps leave it alone.
      clock.advance(24 * 60 * MINUTE);
      await runMailJobs();
      await delivery.deliverDue();
      expect(sink.to('retry@tribune.example')).toHaveLength(1);
    });

    it('sends a mail once when two instances try it at the same moment, and its job run again sends nothing', async () => {
      const input = aMail({ to: 'twice@tribune.example' });
      sink.refuseNext(1);
      const { id } = await mail.queue(input);
      await runMailJobs();
      clock.advance(backoffSeconds(1) * SECOND);
      const outcomes = await Promise.all([delivery.deliver(id), delivery.deliver(id)]);
      expect(outcomes.sort()).toEqual(['sent', 'skipped']);
      // The retry job queued by the failed try now finds the mail sent.
      await runMailJobs();
      expect(sink.to('twice@tribune.example')).toHaveLength(1);
    });

    it('gives up after the last attempt and keeps the mail, FAILED, with its last error', async () => {
      const input = aMail({ to: 'gone@tribune.example' });
      sink.refuseNext(1000);
      const { id } = await mail.queue(input);
      await runMailJobs();
      for (let attempt = 1; attempt < 20; attempt++) {
        const { status, nextAttemptAt } = await t.prisma.outgoingMail.findUniqueOrThrow({ where: { id } });
        if (status !== 'PENDING') break;
        clock.set(nextAttemptAt);
        await runMailJobs();
      }
      sink.refuseNext(0);
      expect(await t.prisma.outgoingMail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED', attempts: 8 });
      expect(sink.to('gone@tribune.example')).toHaveLength(0);
    });

    it('blanks a secret mail (a password-reset link) once it is sent', async () => {
      const input = aMail({ secret: true, lines: ['https://tribune.example/reset-password?token=s3cret'] });
      const { parsed } = await sent(input);
      expect(parsed.text).toContain('token=s3cret');
      const row = await t.prisma.outgoingMail.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } });
      expect(row).toMatchObject({ status: 'SENT', text: '', html: '' });
    });
  });

  describe('meeting invitations', () => {
    it('attaches METHOD:REQUEST with the feed UID and the meeting SEQUENCE, then METHOD:CANCEL; a calendar parser reads both', async () => {
      const term = await aTerm(t.prisma);
      const group = await aGroup(t.prisma, term.id, { name: 'Logement' });
      const meeting = await aMeeting(t.prisma, group.id, { title: 'Réunion de janvier' });
      await t.prisma.meeting.update({ where: { id: meeting.id }, data: { sequence: 2, place: 'Salle 2' } });
      const invitations = t.app.get(MeetingInvitations);
      const recipient = { email: 'amina@tribune.example', displayName: 'Amina Haidari', locale: 'ar' };

      const request = await invitations.forMeeting(meeting.id, recipient);
      expect(request.method).toBe('REQUEST');
      const { parsed } = await sent(aMail({ calendar: request }));
      const calendarPart = parsed.attachments.find((a) => a.contentType === 'text/calendar');
      expect(calendarPart).toBeDefined();
      const vcalendar = new ICAL.Component(ICAL.parse(calendarPart!.content.toString('utf8')));
      expect(vcalendar.getFirstPropertyValue('method')).toBe('REQUEST');
      const event = new ICAL.Event(vcalendar.getFirstSubcomponent('vevent')!);
      expect(event.uid).toBe(meetingUid(meeting.id));
      expect(event.sequence).toBe(2);
      expect(event.summary).toBe('Logement: Réunion de janvier');
      expect(event.location).toBe('Salle 2');
      expect(event.startDate.toJSDate()).toEqual(meeting.startsAt);
      expect(event.organizer.toLowerCase()).toBe('mailto:ne-pas-repondre@tribune.example');
      expect(event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual(['mailto:amina@tribune.example']);

      await t.prisma.meeting.update({ where: { id: meeting.id }, data: { status: 'CANCELLED', cancelReason: 'Grève', sequence: 3 } });
      const cancel = await invitations.forMeeting(meeting.id, recipient);
      expect(cancel.method).toBe('CANCEL');
      const cancelled = (await sent(aMail({ calendar: cancel }))).parsed.attachments.find((a) => a.contentType === 'text/calendar')!;
      const cancelCal = new ICAL.Component(ICAL.parse(cancelled.content.toString('utf8')));
      expect(cancelCal.getFirstPropertyValue('method')).toBe('CANCEL');
      const cancelEvent = cancelCal.getFirstSubcomponent('vevent')!;
      expect(cancelEvent.getFirstPropertyValue('uid')).toBe(meetingUid(meeting.id));
      expect(cancelEvent.getFirstPropertyValue('sequence')).toBe(3);
      expect(cancelEvent.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(String(cancelEvent.getFirstPropertyValue('description'))).toContain('أُلغي الاجتماع: Grève');
    });
  });

  describe('without SMTP_URL', () => {
    let kept: TestApp;
    beforeAll(async () => {
      kept = await startTestApp({ config: { publicUrl: 'https://tribune.example' } });
    });
    afterAll(() => kept.close());

    it('keeps mails in the database, sends nothing, and shows them to administrators page by page', async () => {
      const before = sink.received.length;
      const keptMail = kept.app.get(MailService);
      const user = await aUser(kept.prisma);
      for (let i = 0; i < 3; i++) await keptMail.queue(aMail({ userId: user.id, subject: `Courriel ${i}` }));
      expect(await kept.app.get(JobQueue).runDue([MAIL_QUEUE])).toBe(0);
      await kept.app.get(MailDelivery).deliverDue(plus(86_400));
      expect(sink.received.length).toBe(before);
      expect(await kept.prisma.outgoingMail.count({ where: { status: 'KEPT' } })).toBe(3);

      const admin = await signedIn(kept, 'ADMIN');
      const page1 = await kept.gql(SENT_MAILS, { first: 2 }, admin.token);
      expect(page1.errors).toBeUndefined();
      expect(page1.data!.sentMails.mails.map((m: { subject: string }) => m.subject)).toEqual(['Courriel 2', 'Courriel 1']);
      expect(page1.data!.sentMails.mails[0]).toMatchObject({ status: 'KEPT', locale: 'fr', to: 'amina@tribune.example', attempts: 0 });
      expect(page1.data!.sentMails.mails[0].text).toContain('Le lieu ne change pas.');
      expect(page1.data!.sentMails.hasMore).toBe(true);
      const page2 = await kept.gql(SENT_MAILS, { first: 2, after: page1.data!.sentMails.endCursor }, admin.token);
      expect(page2.data!.sentMails).toMatchObject({ mails: [{ subject: 'Courriel 0' }], hasMore: false });
    });

    it('refuses the outbox to anyone but administrators, and a page size out of bounds', async () => {
      for (const role of ['COORDINATOR', 'DEPUTY'] as const) {
        expect(codeOf(await kept.gql(SENT_MAILS, {}, (await signedIn(kept, role)).token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await kept.gql(SENT_MAILS, {}))).toBe('UNAUTHENTICATED');
      const admin = await signedIn(kept, 'ADMIN');
      expect(codeOf(await kept.gql(SENT_MAILS, { first: 0 }, admin.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await kept.gql(SENT_MAILS, { first: 5, after: 'nope' }, admin.token))).toBe('BAD_USER_INPUT');
    });
  });
});
