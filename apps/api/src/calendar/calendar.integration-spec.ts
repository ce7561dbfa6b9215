import ical, { VEvent } from 'node-ical';
import ICAL from 'ical.js';
import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { aGroup, aMeeting, aMembership, aSignedInDeputy, aTerm, signedIn } from '../../test/factories';

const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { occurrences { id } } }`;
const RESCHEDULE = `mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { meeting { id } } }`;
const CANCEL = `mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { meeting { id } } }`;
const FEED = `{ calendarFeed { path token } }`;
const REGENERATE = `mutation { regenerateCalendarToken { path token } }`;

describe('calendar', () => {
  let t: TestApp;
  let admin: string;
  let termId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
    const year = new Date().getUTCFullYear();
    termId = (await aTerm(t.prisma, { startsOn: `${year - 1}-01-01`, endsOn: `${year + 1}-12-31` })).id;
  });
  afterAll(() => t.close());

  const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
  const get = (path: string) => fetch(`${t.url}${path}`);
  const soon = (days: number, hour = 17) =>
    new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + days, hour));

  it("GET /calendar/<token>.ics gives the member's meetings, parsed back field by field; SEQUENCE and STATUS follow changes, UID stays", async () => {
    const group = await aGroup(t.prisma, termId, { name: 'Logement' });
    const me = await aSignedInDeputy(t);
    await aMembership(t.prisma, group.id, me.deputy.id);
    const strangers = await aGroup(t.prisma, termId);
    await aMeeting(t.prisma, strangers.id, { title: 'Not mine', startsAt: soon(3).toISOString() });
    const start = soon(7);
    const occ = (
      await t.gql(
        SCHEDULE,
        {
          i: {
            groupId: group.id,
            title: 'Réunion',
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 7200_000).toISOString(),
            place: 'Salle 2',
            onlineUrl: 'https://visio.example/logement',
            recurrence: 'FREQ=WEEKLY;COUNT=2',
          },
        },
        admin,
      )
    ).data!.scheduleMeeting.occurrences;
    const { path } = (await t.gql(FEED, {}, me.token)).data!.calendarFeed;
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]+\.ics$/);

    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await res.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('PRODID:');
    const before = events(text);
    expect(before).toHaveLength(2);
    const first = before.find((e) => e.uid === `meeting-${occ[0].id}@tribune`)!;
    expect(first.start.toISOString()).toBe(start.toISOString());
    expect(first.end!.toISOString()).toBe(new Date(start.getTime() + 7200_000).toISOString());
    expect(first.summary).toBe('Logement : Réunion');
    expect(first.location).toBe('Salle 2');
    expect(first.url).toMatchObject({ val: 'https://visio.example/logement' });
    expect(first.status).toBe('CONFIRMED');
    expect(Number(first.sequence)).toBe(0);
    expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z/);

    const moved = new Date(start.getTime() + 3600_000);
    await t.gql(
      RESCHEDULE,
      { i: { meetingId: occ[0].id, startsAt: moved.toISOString(), endsAt: new Date(moved.getTime() + 3600_000).toISOString() } },
      admin,
    );
    await t.gql(CANCEL, { i: { meetingId: occ[1].id, reason: 'Jour férié' } }, admin);
    const after = events(await (await get(path)).text());
    const movedEvent = after.find((e) => e.uid === `meeting-${occ[0].id}@tribune`)!;
    expect(movedEvent.start.toISOString()).toBe(moved.toISOString());
    expect(Number(movedEvent.sequence)).toBe(1);
    const cancelled = after.find((e) => e.uid === `meeting-${occ[1].id}@tribune`)!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(Number(cancelled.sequence)).toBe(1);
  });

  it("reminds the person as they chose (VALARM per reminder delay, none for a cancelled meeting), in the account's language", async () => {
    const group = await aGroup(t.prisma, termId, { name: 'Santé' });
    const me = await aSignedInDeputy(t);
    await aMembership(t.prisma, group.id, me.deputy.id);
    const meeting = await aMeeting(t.prisma, group.id, { title: 'Point santé', startsAt: soon(4).toISOString() });
    const cancelled = await aMeeting(t.prisma, group.id, { title: 'Annulée', startsAt: soon(5).toISOString(), status: 'CANCELLED' });
    await t.prisma.agendaItem.create({ data: { meetingId: meeting.id, position: 1, title: 'Accès aux soins' } });
    const { path } = (await t.gql(FEED, {}, me.token)).data!.calendarFeed;
    const alarmsOf = async (id: string) => {
      const cal = new ICAL.Component(ICAL.parse(await (await get(path)).text()));
      const event = cal.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === `meeting-${id}@tribune`)!;
      return {
        event,
        triggers: event.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
      };
    };
    // No choice made: the defaults, a day and an hour before.
    expect((await alarmsOf(meeting.id)).triggers.sort()).toEqual(['-PT1H', '-P1D'].sort());
    expect((await alarmsOf(cancelled.id)).triggers).toEqual([]);
    await t.prisma.notificationSettings.create({ data: { userId: me.user.id, reminderMinutes: [30] } });
    expect((await alarmsOf(meeting.id)).triggers).toEqual(['-PT30M']);
    await t.prisma.notificationSettings.update({ where: { userId: me.user.id }, data: { reminderMinutes: [] } });
    expect((await alarmsOf(meeting.id)).triggers).toEqual([]);

    await t.prisma.user.update({ where: { id: me.user.id }, data: { locale: 'en' } });
    const { event } = await alarmsOf(meeting.id);
    expect(event.getFirstPropertyValue('summary')).toBe('Santé: Point santé');
    expect(event.getFirstPropertyValue('description')).toBe('Agenda:\n1. Accès aux soins');
  });

  it('gives one meeting as a .ics download to whoever may see it', async () => {
    const group = await aGroup(t.prisma, termId);
    const me = await aSignedInDeputy(t);
    const outsider = await aSignedInDeputy(t);
    await aMembership(t.prisma, group.id, me.deputy.id);
    const meeting = await aMeeting(t.prisma, group.id, { title: 'Plénière', startsAt: soon(10).toISOString() });
    const token = (await t.gql(FEED, {}, me.token)).data!.calendarFeed.token;
    const res = await get(`/calendar/${token}/${meeting.id}.ics`);
    expect(res.status).toBe(200);
    const [event] = events(await res.text());
    expect(event).toMatchObject({ uid: `meeting-${meeting.id}@tribune`, summary: expect.stringContaining('Plénière') });
    const outsiderToken = (await t.gql(FEED, {}, outsider.token)).data!.calendarFeed.token;
    expect((await get(`/calendar/${outsiderToken}/${meeting.id}.ics`)).status).toBe(404);
  });

  it('regenerating the token retires the old address, with an audit row; unknown tokens get 404', async () => {
    const me = await aSignedInDeputy(t);
    const old = (await t.gql(FEED, {}, me.token)).data!.calendarFeed;
    expect((await get(old.path)).status).toBe(200);
    const fresh = await t.gql(REGENERATE, {}, me.token);
    expect(fresh.data!.regenerateCalendarToken.token).not.toBe(old.token);
    expect((await get(old.path)).status).toBe(404);
    expect((await get(fresh.data!.regenerateCalendarToken.path)).status).toBe(200);
    expect((await get('/calendar/not-a-real-token-at-all.ics')).status).toBe(404);
    expect((await get('/calendar/x.txt')).status).toBe(404);
    expect(await t.prisma.auditLog.count({ where: { action: 'user.regenerateCalendarToken', actorId: me.user.id } })).toBe(1);
    expect(codeOf(await t.gql(REGENERATE, {}))).toBe('UNAUTHENTICATED');
  });

  describe('what reaches an iCalendar line (read back by ical.js, an independent parser)', () => {
    // NAME (RFC 7986) and X-WR-CALNAME are TEXT; ical.js leaves properties it does not know unescaped.
    beforeAll(() => {
      const properties = ICAL.design.icalendar.property as Record<string, { defaultType: string }>;
      properties.name = { defaultType: 'text' };
      properties['x-wr-calname'] = { defaultType: 'text' };
    });
    const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
    const lines = (text: string) => text.split('\r\n');

    it('escapes a title, a group name and a display name with line breaks: they stay text, never lines of their own', async () => {
      const evil = 'Réunion\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged';
      const group = await aGroup(t.prisma, termId, { name: 'Logement;\nX-FORGED:1' });
      const me = await aSignedInDeputy(t, { fullName: 'Ana' });
      await t.prisma.user.update({ where: { id: me.user.id }, data: { displayName: 'Ana\r\nEND:VCALENDAR' } });
      await aMembership(t.prisma, group.id, me.deputy.id);
      const meeting = await aMeeting(t.prisma, group.id, { title: evil, startsAt: soon(5).toISOString() });
      const { token, path } = (await t.gql(FEED, {}, me.token)).data!.calendarFeed;

      const one = await (await get(`/calendar/${token}/${meeting.id}.ics`)).text();
      const cal = parse(one);
      expect(cal.getAllSubcomponents('vevent')).toHaveLength(1);
      expect(cal.getFirstPropertyValue('name')).toBe('Réunion\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged');
      expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Réunion\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged');
      expect(lines(one).filter((l) => l === 'END:VEVENT')).toHaveLength(1);

      const feed = await (await get(path)).text();
      const all = parse(feed);
      expect(all.getFirstPropertyValue('x-wr-calname')).toBe('Tribune — Ana\nEND:VCALENDAR');
      const [event] = all.getAllSubcomponents('vevent');
      expect(event.getFirstPropertyValue('uid')).toBe(`meeting-${meeting.id}@tribune`);
      expect(event.getFirstPropertyValue('summary')).toBe('Logement;\nX-FORGED:1 : Réunion\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged');
      expect(lines(feed).filter((l) => /^(END:VCALENDAR|X-FORGED|UID:forged)/.test(l))).toEqual(['END:VCALENDAR']);
    });

    it('writes a link with "," and ";" as a URI that reads back unchanged, folds long lines and ends with CRLF', async () => {
      const group = await aGroup(t.prisma, termId);
      const me = await aSignedInDeputy(t);
      await aMembership(t.prisma, group.id, me.deputy.id);
      const link = 'https://visio.example/salle;type=web?ids=1,2,3&nom=réunion-du-groupe-logement-et-santé-des-personnes-exilées';
      const meeting = await aMeeting(t.prisma, group.id, { startsAt: soon(6).toISOString() });
      await t.prisma.meeting.update({ where: { id: meeting.id }, data: { onlineUrl: link } });
      const { path } = (await t.gql(FEED, {}, me.token)).data!.calendarFeed;
      const text = await (await get(path)).text();
      const [event] = parse(text).getAllSubcomponents('vevent');
      expect(event.getFirstPropertyValue('url')).toBe(new URL(link).href);
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const l of lines(text)) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    });

    it('sends Last-Modified (the newest change of its meetings) and answers If-Modified-Since alone with the feed, If-None-Match with 304', async () => {
      const group = await aGroup(t.prisma, termId);
      const me = await aSignedInDeputy(t);
      await aMembership(t.prisma, group.id, me.deputy.id);
      await aMeeting(t.prisma, group.id, { startsAt: soon(8).toISOString() });
      const latest = await aMeeting(t.prisma, group.id, { startsAt: soon(9).toISOString() });
      const { path } = (await t.gql(FEED, {}, me.token)).data!.calendarFeed;
      const res = await get(path);
      expect(new Date(res.headers.get('last-modified')!).getTime()).toBe(Math.floor(latest.updatedAt.getTime() / 1000) * 1000);
      // (fetch adds Cache-Control: no-cache to conditional requests unless one is given.)
      const since = await fetch(`${t.url}${path}`, {
        headers: { 'if-modified-since': new Date(Date.now() + 60_000).toUTCString(), 'cache-control': 'max-age=0' },
      });
      expect(since.status).toBe(200);
      const etag = res.headers.get('etag');
      expect(etag).toBeTruthy();
      expect((await fetch(`${t.url}${path}`, { headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' } })).status).toBe(304);
    });

    it("keeps a coordinator's coming meetings and latest past ones when the feed is long", async () => {
      const coordinator = await signedIn(t, 'COORDINATOR');
      const groups = await Promise.all([0, 1, 2].map(() => aGroup(t.prisma, termId, { coordinatorIds: [coordinator.user.id] })));
      const hour = 3600_000;
      const now = Date.now();
      // 900 past meetings in the last 150 days, and 600 coming ones.
      const rows = [
        ...Array.from({ length: 900 }, (_, i) => ({ startsAt: new Date(now - (i + 1) * 4 * hour) })),
        ...Array.from({ length: 600 }, (_, i) => ({ startsAt: new Date(now + (i + 1) * 6 * hour) })),
      ].map((r, i) => ({
        groupId: groups[i % 3].id,
        title: `M${i}`,
        startsAt: r.startsAt,
        endsAt: new Date(r.startsAt.getTime() + hour / 2),
        timeZone: 'Europe/Paris',
      }));
      await t.prisma.meeting.createMany({ data: rows });
      const { path } = (await t.gql(FEED, {}, coordinator.token)).data!.calendarFeed;
      const starts = parse(await (await get(path)).text())
        .getAllSubcomponents('vevent')
        .map((e) => (e.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime());
      const coming = starts.filter((s) => s > now);
      expect(coming).toHaveLength(600);
      expect(Math.max(...starts)).toBe(now + 600 * 6 * hour - ((now + 600 * 6 * hour) % 1000));
      const past = starts.filter((s) => s < now);
      expect(past.length).toBeGreaterThan(0);
      expect(past.length).toBeLessThan(900);
      // The past ones kept are the most recent.
      expect(Math.max(...past)).toBe(now - 4 * hour - ((now - 4 * hour) % 1000));
    });
  });

  it.each([
    ['NUL', '%00'],
    ['NUL.ics', '%00.ics'],
    ['broken UTF-8', '%E0%A4%A.ics'],
    ['broken escape', '%ZZ.ics'],
    ['5,000 characters', `${'a'.repeat(5000)}.ics`],
    ['a path', '..%2F..%2Fetc%2Fpasswd.ics'],
    ['an emoji', '%F0%9F%98%80.ics'],
    ['a header', '%0D%0ASet-Cookie:x.ics'],
  ])('answers GET /calendar/<%s> with 400 or 404, never a 500 or a stack', async (_, odd) => {
    const res = await get(`/calendar/${odd}`);
    const body = await res.text();
    expect({ status: [400, 404].includes(res.status) ? 'refused' : res.status, body: body.slice(0, 300) }).toMatchObject({
      status: 'refused',
    });
    expect(body).not.toMatch(/\bat \w+.*\(.*:\d+:\d+\)/);
    const me = await aSignedInDeputy(t);
    const { token } = (await t.gql(FEED, {}, me.token)).data!.calendarFeed;
    const one = await get(`/calendar/${token}/${odd}`);
    expect([400, 404]).toContain(one.status);
  });
});
