import ical, { VEvent } from 'node-ical';
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
  const soon = (days: number, hour = 17) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + days, hour));

  it('GET /calendar/<token>.ics gives the member\'s meetings, parsed back field by field; SEQUENCE and STATUS follow changes, UID stays', async () => {
    const group = await aGroup(t.prisma, termId, { name: 'Logement' });
    const me = await aSignedInDeputy(t);
    await aMembership(t.prisma, group.id, me.deputy.id);
    const strangers = await aGroup(t.prisma, termId);
    await aMeeting(t.prisma, strangers.id, { title: 'Not mine', startsAt: soon(3).toISOString() });
    const start = soon(7);
    const occ = (
      await t.gql(SCHEDULE, { i: { groupId: group.id, title: 'Réunion', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7200_000).toISOString(), place: 'Salle 2', onlineUrl: 'https://visio.example/logement', recurrence: 'FREQ=WEEKLY;COUNT=2' } }, admin)
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
    await t.gql(RESCHEDULE, { i: { meetingId: occ[0].id, startsAt: moved.toISOString(), endsAt: new Date(moved.getTime() + 3600_000).toISOString() } }, admin);
    await t.gql(CANCEL, { i: { meetingId: occ[1].id, reason: 'Jour férié' } }, admin);
    const after = events(await (await get(path)).text());
    const movedEvent = after.find((e) => e.uid === `meeting-${occ[0].id}@tribune`)!;
    expect(movedEvent.start.toISOString()).toBe(moved.toISOString());
    expect(Number(movedEvent.sequence)).toBe(1);
    const cancelled = after.find((e) => e.uid === `meeting-${occ[1].id}@tribune`)!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(Number(cancelled.sequence)).toBe(1);
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
});
