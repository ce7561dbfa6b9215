import { startTestApp, TestApp } from '../../test/test-app';
import { aGroup, aTerm, signedIn } from '../../test/factories';

const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id startsAt endsAt } occurrences { startsAt endsAt } } }`;
const LIST = `query($f: MeetingFilter) { meetings(filter: $f) { id } }`;

describe('DateTime inputs', () => {
  let t: TestApp;
  let admin: string;
  let groupId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
    const term = await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2027-12-31' });
    groupId = (await aGroup(t.prisma, term.id)).id;
  });
  afterAll(() => t.close());

  const schedule = (startsAt: string, endsAt: string, o: Record<string, unknown> = {}) =>
    t.gql(SCHEDULE, { i: { groupId, title: 'Réunion', startsAt, endsAt, timeZone: 'Europe/Paris', ...o } }, admin);

  it('takes RFC 3339 instants with an offset or Z and answers in UTC', async () => {
    const r = await schedule('2027-01-05T18:00:00+01:00', '2027-01-05T19:30:00.5Z');
    expect(r.errors).toBeUndefined();
    expect(r.data!.scheduleMeeting.meeting).toMatchObject({ startsAt: '2027-01-05T17:00:00.000Z', endsAt: '2027-01-05T19:30:00.500Z' });
  });

  it.each([
    ['2027-01-05T18:00:00', 'DATE_TIME_NEEDS_OFFSET'],
    ['2027-01-05T18:00', 'DATE_TIME_NEEDS_OFFSET'],
    ['2027-01-05', 'DATE_TIME_NEEDS_OFFSET'],
    ['2027-02-30T10:00:00Z', 'DATE_TIME_INVALID'],
    ['2027-02-29T10:00:00Z', 'DATE_TIME_INVALID'],
    ['2027-01-05T24:00:00Z', 'DATE_TIME_INVALID'],
    ['2027-01-05T18:00:00+25:00', 'DATE_TIME_INVALID'],
    ['Tue, 05 Jan 2027 18:00:00 GMT', 'DATE_TIME_INVALID'],
    ['1799366400000', 'DATE_TIME_INVALID'],
  ])('refuses %p in a variable with BAD_USER_INPUT (%s), storing nothing', async (value, reason) => {
    const before = await t.prisma.meeting.count();
    const r = await schedule(value, '2027-03-05T19:00:00Z');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(await t.prisma.meeting.count()).toBe(before);
  });

  it('refuses a date-time without offset written in the query, and in filters', async () => {
    const literal = await t.gql(`{ meetings(filter: { from: "2027-01-05T18:00:00" }) { id } }`, {}, admin);
    expect(literal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_TIME_NEEDS_OFFSET' });
    const variable = await t.gql(LIST, { f: { to: '2027-13-01T00:00:00Z' } }, admin);
    expect(variable.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_TIME_INVALID' });
    const fine = await t.gql(LIST, { f: { from: '2027-01-05T18:00:00-03:00' } }, admin);
    expect(fine.errors).toBeUndefined();
  });

  describe("on the meeting's clock across a change of time", () => {
    it('keeps a series whose first meeting falls in the March gap at its written local time (02:30, first one at 03:30)', async () => {
      const r = await schedule('2027-03-28T02:30:00+01:00', '2027-03-28T04:00:00+02:00', { recurrence: 'FREQ=WEEKLY;COUNT=2' });
      expect(r.errors).toBeUndefined();
      expect(r.data!.scheduleMeeting.occurrences).toEqual([
        { startsAt: '2027-03-28T01:30:00.000Z', endsAt: '2027-03-28T02:00:00.000Z' },
        { startsAt: '2027-04-04T00:30:00.000Z', endsAt: '2027-04-04T02:00:00.000Z' },
      ]);
    });

    it('keeps the planned duration of a meeting whose start the gap pushes past its end (02:30-03:15 is 03:30-04:15)', async () => {
      const r = await schedule('2027-03-28T02:30:00+01:00', '2027-03-28T03:15:00+02:00');
      expect(r.data!.scheduleMeeting.meeting).toMatchObject({ startsAt: '2027-03-28T01:30:00.000Z', endsAt: '2027-03-28T02:15:00.000Z' });
    });

    it('stops a series at an UNTIL time, not at the end of its day', async () => {
      const r = await schedule('2027-03-07T18:00:00+01:00', '2027-03-07T19:00:00+01:00', {
        recurrence: 'FREQ=WEEKLY;UNTIL=20270321T165959Z',
      });
      expect(r.data!.scheduleMeeting.occurrences.map((o: { startsAt: string }) => o.startsAt)).toEqual([
        '2027-03-07T17:00:00.000Z',
        '2027-03-14T17:00:00.000Z',
      ]);
    });
  });
});
