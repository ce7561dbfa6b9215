import { randomUUID } from 'node:crypto';
import type { MeetingRef } from '@tribune/domain';
import { aGroup, aMeeting, aTerm, aUser, tokenFor } from '../../test/factories';
import { ClientSocket, connectLive, nextEvent } from '../../test/live-client';
import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { NotificationsService } from './notifications.service';

const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

const meeting = (title = 'Logement : point mensuel'): MeetingRef => ({
  meetingId: randomUUID(),
  groupId: randomUUID(),
  groupName: 'Logement',
  title,
  startsAt: '2027-01-05T17:00:00.000Z',
  endsAt: '2027-01-05T18:00:00.000Z',
});

const PAGE = `query($first: Int, $after: String) {
  notifications(first: $first, after: $after) { nodes { id kind title lines path readAt } hasMore totalCount endCursor }
  unreadNotificationCount
}`;

/**
 * notify: stored once per recipient and key, heard on the recipient's sockets only (on every
 * instance, through the Redis adapter), read and marked by its recipient only.
 */
describe('notifications', () => {
  let a: TestApp;
  let b: TestApp;
  let service: NotificationsService;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    const shared = { redisUrl: REDIS_URL, redisKeyPrefix: `tribune-test-${randomUUID()}` };
    a = await startTestApp({ config: shared });
    b = await startTestApp({ config: { ...shared, countQueries: false }, sameDatabaseAs: a });
    service = a.app.get(NotificationsService);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await b?.close();
    await a?.close();
  });

  const person = async (locale = 'fr') => {
    const user = await aUser(a.prisma);
    await a.prisma.user.update({ where: { id: user.id }, data: { locale } });
    return { user: { ...user, locale }, token: await tokenFor(a, user) };
  };
  const live = async (app: TestApp, token: string) => {
    const s = await connectLive(app.url, token);
    sockets.push(s);
    return s;
  };

  describe('notify', () => {
    it('stores a notice once however often the same event is told', async () => {
      const { user } = await person();
      const input = {
        kind: 'MEETING_SCHEDULED' as const,
        recipientIds: [user.id, user.id],
        payload: meeting(),
        dedupeKey: `k-${randomUUID()}`,
      };
      expect((await service.notify(input)).told).toEqual([user.id]);
      expect((await service.notify(input)).told).toEqual([]);
      await Promise.all([service.notify(input), service.notify(input)]);
      expect(await a.prisma.notification.count({ where: { userId: user.id } })).toBe(1);
    });

    it('skips disabled accounts and those who turned the kind off in the app and by email', async () => {
      const disabled = await person();
      await a.prisma.user.update({ where: { id: disabled.user.id }, data: { disabledAt: new Date() } });
      const off = await person();
      await service.updatePreferences(off.user.id, { channels: [{ kind: 'MEETING_STARTED', inApp: false, email: false }] });
      const on = await person();
      const r = await service.notify({
        kind: 'MEETING_STARTED',
        recipientIds: [disabled.user.id, off.user.id, on.user.id],
        payload: meeting(),
        dedupeKey: `k-${randomUUID()}`,
      });
      expect(r.told).toEqual([on.user.id]);
      expect(await a.prisma.notification.count({ where: { userId: { in: [disabled.user.id, off.user.id] } } })).toBe(0);
    });

    it("reaches the recipient's sockets only, on another instance too, in the recipient's language", async () => {
      const ar = await person('ar');
      const other = await person('en');
      const [mine, theirs] = [await live(b, ar.token), await live(b, other.token)];
      const heardByOther = nextEvent(theirs, 'notification:new');
      const heard = nextEvent(mine, 'notification:new');
      await service.notify({
        kind: 'MEETING_SCHEDULED',
        recipientIds: [ar.user.id],
        payload: meeting('Santé'),
        dedupeKey: `k-${randomUUID()}`,
      });
      const notice = await heard;
      expect(notice).toMatchObject({ kind: 'MEETING_SCHEDULED', title: 'اجتماع جديد: Santé', unreadCount: 1 });
      expect(notice.path).toMatch(/^\/meetings\//);
      // The other person's first notice is the one meant for them, sent after: they never heard the first.
      await service.notify({
        kind: 'MEETING_SCHEDULED',
        recipientIds: [other.user.id],
        payload: meeting('Travail'),
        dedupeKey: `k-${randomUUID()}`,
      });
      expect(await heardByOther).toMatchObject({ title: 'New meeting: Travail' });
    });
  });

  describe('by email', () => {
    it('mails those who want it once, in their language, with the meeting as an invitation and a working unsubscribe', async () => {
      const { user } = await person('en');
      const group = await aGroup(a.prisma, (await aTerm(a.prisma)).id);
      const m = await aMeeting(a.prisma, group.id, { title: 'Santé' });
      const payload = { ...meeting('Santé'), meetingId: m.id, groupId: group.id };
      const input = { kind: 'MEETING_SCHEDULED' as const, recipientIds: [user.id], payload, dedupeKey: `meeting-scheduled:${m.id}` };
      await service.notify(input);
      await service.notify(input);
      const mails = await a.prisma.outgoingMail.findMany({ where: { userId: user.id } });
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ subject: 'New meeting: Santé', locale: 'en', calendarMethod: 'REQUEST' });
      expect(mails[0].text).toContain(`/meetings/${m.id}`);
      const unsubscribe = new URL(mails[0].unsubscribeUrl!);
      expect((await fetch(`${a.url}${unsubscribe.pathname}`)).status).toBe(200);
      expect((await service.preferences(user.id)).channels.find((c) => c.kind === 'MEETING_SCHEDULED')).toMatchObject({ email: true });
      const post = await fetch(`${a.url}${unsubscribe.pathname}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' });
      expect(post.status).toBe(200);
      expect((await service.preferences(user.id)).channels.find((c) => c.kind === 'MEETING_SCHEDULED')).toMatchObject({
        inApp: true,
        email: false,
      });
      await service.notify({ ...input, dedupeKey: `again-${randomUUID()}` });
      expect(await a.prisma.outgoingMail.count({ where: { userId: user.id } })).toBe(1);
      expect((await fetch(`${a.url}/unsubscribe/forged.${unsubscribe.pathname.split('.').pop()}`, { method: 'POST' })).status).toBe(404);
    });

    it('mails a person who keeps a kind out of the app, still once', async () => {
      const { user } = await person();
      await service.updatePreferences(user.id, { channels: [{ kind: 'ACTION_DUE', inApp: false, email: true }] });
      const payload = { actionItemId: randomUUID(), title: 'Relancer', dueOn: '2027-01-06', meeting: meeting() };
      const input = { kind: 'ACTION_DUE' as const, recipientIds: [user.id], payload, dedupeKey: `due-${randomUUID()}` };
      expect((await service.notify(input)).told).toEqual([user.id]);
      expect((await service.notify(input)).told).toEqual([]);
      expect(await a.prisma.notification.count({ where: { userId: user.id } })).toBe(0);
      expect(await a.prisma.outgoingMail.count({ where: { userId: user.id } })).toBe(1);
    });
  });

  describe('over GraphQL', () => {
    it('lists my notices newest first, page by page, with the unread count', async () => {
      const { user, token } = await person('en');
      for (let i = 1; i <= 3; i++)
        await service.notify({ kind: 'MEETING_SCHEDULED', recipientIds: [user.id], payload: meeting(`M${i}`), dedupeKey: `p-${i}` });
      const first = await a.gql(PAGE, { first: 2 }, token);
      expect(first.data?.notifications).toMatchObject({ totalCount: 3, hasMore: true });
      expect(first.data?.notifications.nodes.map((n: { title: string }) => n.title)).toEqual(['New meeting: M3', 'New meeting: M2']);
      expect(first.data?.unreadNotificationCount).toBe(3);
      const second = await a.gql(PAGE, { first: 2, after: first.data?.notifications.endCursor }, token);
      expect(second.data?.notifications).toMatchObject({ hasMore: false, nodes: [{ title: 'New meeting: M1' }] });
    });

    it("marks one read, then all; another's notice is not found", async () => {
      const me = await person();
      const other = await person();
      for (const u of [me.user, other.user])
        for (const key of ['x', 'y'])
          await service.notify({ kind: 'MINUTES_PUBLISHED', recipientIds: [u.id], payload: { ...meeting(), version: 1 }, dedupeKey: key });
      const [mine, theirs] = await Promise.all(
        [me.user, other.user].map((u) => a.prisma.notification.findFirstOrThrow({ where: { userId: u.id, dedupeKey: 'x' } })),
      );
      const MARK = `mutation($id: ID!) { markNotificationRead(input: { id: $id }) { id readAt } }`;
      expect(codeOf(await a.gql(MARK, { id: theirs.id }, me.token))).toBe('NOT_FOUND');
      const marked = await a.gql(MARK, { id: mine.id }, me.token);
      expect(marked.data?.markNotificationRead.readAt).toEqual(expect.any(String));
      expect((await a.gql(PAGE, {}, me.token)).data?.unreadNotificationCount).toBe(1);
      const all = await a.gql(`mutation { markAllNotificationsRead { marked unreadCount } }`, {}, me.token);
      expect(all.data?.markAllNotificationsRead).toEqual({ marked: 1, unreadCount: 0 });
      expect((await a.gql(PAGE, {}, other.token)).data?.unreadNotificationCount).toBe(2);
    });

    it('keeps preferences per kind and channel, reminder delays among the choices, and refuses the rest', async () => {
      const { user, token } = await person();
      const PREFS = `query { notificationPreferences { channels { kind inApp email mandatory } reminderMinutes reminderChoices timeZone } }`;
      const before = (await a.gql(PREFS, {}, token)).data?.notificationPreferences;
      expect(before.reminderMinutes).toEqual([1440, 60]);
      expect(before.channels.find((c: { kind: string }) => c.kind === 'MEETING_RESCHEDULED')).toMatchObject({ inApp: true, email: true });
      const UPDATE = `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { channels { kind inApp email } reminderMinutes timeZone } }`;
      const after = await a.gql(
        UPDATE,
        {
          input: {
            channels: [{ kind: 'MEETING_RESCHEDULED', inApp: true, email: false }],
            reminderMinutes: [60, 2880],
            timeZone: 'America/Montreal',
          },
        },
        token,
      );
      expect(after.data?.updateNotificationPreferences).toMatchObject({ reminderMinutes: [2880, 60], timeZone: 'America/Montreal' });
      expect((await service.reminderDelays([user.id])).get(user.id)).toEqual([2880, 60]);
      const refused = async (input: object) => (await a.gql(UPDATE, { input }, token)).errors?.[0].extensions?.reason;
      expect(await refused({ reminderMinutes: [61] })).toBe('REMINDER_DELAY_NOT_OFFERED');
      expect(await refused({ channels: [{ kind: 'MANDATE_CHANGED', inApp: false, email: true }] })).toBe('NOTIFICATION_MANDATORY');
      expect(await refused({ timeZone: 'Mars/Olympus' })).toBe('UNKNOWN_TIME_ZONE');
    });
  });
});
