import { EventEmitter2 } from '@nestjs/event-emitter';
import { codeOf, GqlResult, startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aGroup, aMeeting, aMembership, aRoleMatrix, aTerm, daysFromToday, RoleName, signedIn } from '../../test/factories';
import { DomainEvent, MeetingUpdatedEvent } from '../common/domain-events';

const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) {
  meeting { id title startsAt endsAt timeZone status sequence place onlineUrl series { rrule timeZone } group { id } }
  occurrences { id startsAt endsAt }
  conflicts { deputyId deputyName startsAt meeting { id title } }
  warnings { code message } } }`;
const RESCHEDULE = `mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) {
  meeting { id startsAt endsAt sequence } occurrences { id startsAt endsAt sequence } conflicts { deputyId meeting { id } } warnings { code } } }`;
const CANCEL = `mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { meeting { id status cancelReason sequence } occurrences { id status } } }`;
const MEETINGS = `query($f: MeetingFilter) { meetings(filter: $f) { id title startsAt status group { id name } agenda { id } quorum { members required } attendance { response deputy { id } } } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { id title status } }`;

const matrixCodes = async (tokens: Record<RoleName, string>, run: (token: string) => Promise<GqlResult>) => {
  const out: Partial<Record<RoleName, string | undefined>> = {};
  for (const role of ['admin', 'coordinator', 'otherCoordinator', 'member', 'nonMember'] as RoleName[])
    out[role] = codeOf(await run(tokens[role]));
  return out;
};

describe('meetings', () => {
  let t: TestApp;
  let admin: string;
  let term: { id: string };
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
    term = await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2027-12-31' });
  });
  afterAll(() => t.close());

  const input = (groupId: string, o: Record<string, unknown> = {}) => ({
    groupId,
    title: 'Réunion du groupe',
    startsAt: '2026-06-02T18:00:00+02:00',
    endsAt: '2026-06-02T20:00:00+02:00',
    timeZone: 'Europe/Paris',
    ...o,
  });

  describe('scheduleMeeting', () => {
    it('stores a one-off meeting in UTC with its zone, writes an audit row and publishes meeting.updated', async () => {
      const group = await aGroup(t.prisma, term.id);
      const events: MeetingUpdatedEvent[] = [];
      const listener = (e: MeetingUpdatedEvent) => events.push(e);
      t.app.get(EventEmitter2).on(DomainEvent.MeetingUpdated, listener);
      const r = await t.gql(
        SCHEDULE,
        { i: input(group.id, { place: 'Maison des associations', onlineUrl: 'https://visio.example/g1' }) },
        admin,
      );
      t.app.get(EventEmitter2).off(DomainEvent.MeetingUpdated, listener);
      expect(r.errors).toBeUndefined();
      const m = r.data!.scheduleMeeting.meeting;
      expect(m).toMatchObject({
        startsAt: '2026-06-02T16:00:00.000Z',
        endsAt: '2026-06-02T18:00:00.000Z',
        timeZone: 'Europe/Paris',
        status: 'SCHEDULED',
        sequence: 0,
        series: null,
        group: { id: group.id },
      });
      expect(r.data!.scheduleMeeting.warnings).toEqual([]);
      expect(await t.prisma.auditLog.count({ where: { action: 'meeting.schedule', entityId: m.id } })).toBe(1);
      expect(events).toEqual([{ groupId: group.id, meetingId: m.id, change: 'scheduled' }]);
    });

    it('defaults to Europe/Paris', async () => {
      const group = await aGroup(t.prisma, term.id);
      const { timeZone: _tz, ...rest } = input(group.id);
      const r = await t.gql(SCHEDULE, { i: rest }, admin);
      expect(r.data!.scheduleMeeting.meeting.timeZone).toBe('Europe/Paris');
    });

    it('keeps 18:00 Paris time across the March change, each occurrence a real meeting of the series', async () => {
      const group = await aGroup(t.prisma, term.id);
      const r = await t.gql(
        SCHEDULE,
        {
          i: input(group.id, {
            startsAt: '2027-03-16T18:00:00+01:00',
            endsAt: '2027-03-16T20:00:00+01:00',
            recurrence: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4',
          }),
        },
        admin,
      );
      expect(r.errors).toBeUndefined();
      const occ = r.data!.scheduleMeeting.occurrences;
      // 18:00 is 17:00Z in winter (UTC+1) and 16:00Z from 28 March 2027 (UTC+2).
      expect(occ.map((o: { startsAt: string }) => o.startsAt)).toEqual([
        '2027-03-16T17:00:00.000Z',
        '2027-03-23T17:00:00.000Z',
        '2027-03-30T16:00:00.000Z',
        '2027-04-06T16:00:00.000Z',
      ]);
      expect(occ.map((o: { endsAt: string }) => o.endsAt)).toEqual([
        '2027-03-16T19:00:00.000Z',
        '2027-03-23T19:00:00.000Z',
        '2027-03-30T18:00:00.000Z',
        '2027-04-06T18:00:00.000Z',
      ]);
      expect(r.data!.scheduleMeeting.meeting.series).toEqual({ rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4', timeZone: 'Europe/Paris' });
      const rows = await t.prisma.meeting.findMany({ where: { groupId: group.id } });
      expect(rows).toHaveLength(4);
      expect(new Set(rows.map((m) => m.seriesId)).size).toBe(1);
    });

    it('keeps 18:00 Paris time across the October change', async () => {
      const group = await aGroup(t.prisma, term.id);
      const r = await t.gql(
        SCHEDULE,
        { i: input(group.id, { startsAt: '2026-10-20T16:00:00Z', endsAt: '2026-10-20T18:00:00Z', recurrence: 'FREQ=WEEKLY;COUNT=2' }) },
        admin,
      );
      expect(r.data!.scheduleMeeting.occurrences.map((o: { startsAt: string }) => o.startsAt)).toEqual([
        '2026-10-20T16:00:00.000Z',
        '2026-10-27T17:00:00.000Z',
      ]);
    });

    it('expands every two weeks until a date, and monthly on the second Tuesday', async () => {
      const group = await aGroup(t.prisma, term.id);
      const biweekly = await t.gql(
        SCHEDULE,
        {
          i: input(group.id, {
            startsAt: '2026-09-01T18:00:00+02:00',
            endsAt: '2026-09-01T19:00:00+02:00',
            recurrence: 'FREQ=WEEKLY;INTERVAL=2;UNTIL=20261013',
          }),
        },
        admin,
      );
      expect(biweekly.data!.scheduleMeeting.occurrences.map((o: { startsAt: string }) => o.startsAt.slice(0, 10))).toEqual([
        '2026-09-01',
        '2026-09-15',
        '2026-09-29',
        '2026-10-13',
      ]);
      const monthly = await t.gql(
        SCHEDULE,
        {
          i: input(group.id, {
            startsAt: '2026-11-10T10:00:00+01:00',
            endsAt: '2026-11-10T12:00:00+01:00',
            recurrence: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=3',
          }),
        },
        admin,
      );
      expect(monthly.data!.scheduleMeeting.occurrences.map((o: { startsAt: string }) => o.startsAt)).toEqual([
        '2026-11-10T09:00:00.000Z',
        '2026-12-08T09:00:00.000Z',
        '2027-01-12T09:00:00.000Z',
      ]);
    });

    it("refuses a recurrence past the term's end or beyond the occurrence limit, and writes nothing", async () => {
      const group = await aGroup(t.prisma, term.id);
      for (const recurrence of [
        'FREQ=WEEKLY;UNTIL=20280115',
        'FREQ=MONTHLY;BYDAY=1MO;COUNT=20',
        'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20271231',
      ]) {
        const r = await t.gql(
          SCHEDULE,
          { i: input(group.id, { startsAt: '2027-06-01T18:00:00+02:00', endsAt: '2027-06-01T19:00:00+02:00', recurrence }) },
          admin,
        );
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(r.errors![0].extensions!.field).toMatch(/recurrence|startsAt/);
      }
      expect(await t.prisma.meeting.count({ where: { groupId: group.id } })).toBe(0);
      expect(await t.prisma.meetingSeries.count({ where: { groupId: group.id } })).toBe(0);
    });

    it.each([
      ['an end before the start', { endsAt: '2026-06-02T17:00:00+02:00' }],
      ['an end equal to the start', { endsAt: '2026-06-02T18:00:00+02:00' }],
      ['an unknown time zone', { timeZone: 'Europe/Atlantis' }],
      ['an empty title', { title: '' }],
      ['a title of 201 characters', { title: 'x'.repeat(201) }],
      ['a description of 1 MB', { description: 'x'.repeat(1_000_000) }],
      ['a date outside the term', { startsAt: '2028-02-01T18:00:00+01:00', endsAt: '2028-02-01T19:00:00+01:00' }],
      ['a recurrence that is not an RRULE', { recurrence: 'every tuesday' }],
      ['a daily recurrence', { recurrence: 'FREQ=DAILY;COUNT=3' }],
      ['a recurrence without an end', { recurrence: 'FREQ=WEEKLY' }],
      ['an online link that is not a URL', { onlineUrl: 'javascript:alert(1)' }],
      ['a meeting of 13 hours', { endsAt: '2026-06-03T07:00:00+02:00' }],
    ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, patch) => {
      const group = await aGroup(t.prisma, term.id);
      const r = await t.gql(SCHEDULE, { i: input(group.id, patch) }, admin);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message.length).toBeGreaterThan(10);
      expect(await t.prisma.meeting.count({ where: { groupId: group.id } })).toBe(0);
    });

    it('warns when a member is already in another meeting at that time, naming who and which meeting', async () => {
      const [g1, g2] = [await aGroup(t.prisma, term.id), await aGroup(t.prisma, term.id)];
      const busy = await aDeputy(t.prisma, { fullName: 'Amina Haidari' });
      const free = await aDeputy(t.prisma);
      await aMembership(t.prisma, g1.id, busy.id);
      await aMembership(t.prisma, g2.id, busy.id);
      await aMembership(t.prisma, g2.id, free.id);
      const other = await aMeeting(t.prisma, g1.id, {
        title: 'Plénière logement',
        startsAt: '2026-07-07T16:30:00Z',
        endsAt: '2026-07-07T17:30:00Z',
      });
      await aMeeting(t.prisma, g1.id, { title: 'Cancelled one', startsAt: '2026-07-07T16:00:00Z', status: 'CANCELLED' });
      await aMeeting(t.prisma, g1.id, { title: 'Back to back', startsAt: '2026-07-07T18:00:00Z' });
      const r = await t.gql(
        SCHEDULE,
        { i: input(g2.id, { startsAt: '2026-07-07T18:00:00+02:00', endsAt: '2026-07-07T20:00:00+02:00' }) },
        admin,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.scheduleMeeting.conflicts).toEqual([
        {
          deputyId: busy.id,
          deputyName: 'Amina Haidari',
          startsAt: '2026-07-07T16:00:00.000Z',
          meeting: { id: other.id, title: 'Plénière logement' },
        },
      ]);
      expect(r.data!.scheduleMeeting.warnings).toEqual([
        expect.objectContaining({ code: 'SCHEDULING_CONFLICT', message: expect.stringContaining('Amina Haidari') }),
      ]);
    });

    it('finds conflicts on every occurrence of a series, and refuses them with refuseOnConflict', async () => {
      const [g1, g2] = [await aGroup(t.prisma, term.id), await aGroup(t.prisma, term.id)];
      const busy = await aDeputy(t.prisma);
      await aMembership(t.prisma, g1.id, busy.id);
      await aMembership(t.prisma, g2.id, busy.id);
      await aMeeting(t.prisma, g1.id, { startsAt: '2026-09-15T16:00:00Z' }); // third Tuesday of the series
      const i = input(g2.id, {
        startsAt: '2026-09-01T18:00:00+02:00',
        endsAt: '2026-09-01T19:00:00+02:00',
        recurrence: 'FREQ=WEEKLY;COUNT=4',
      });
      const warned = await t.gql(SCHEDULE, { i }, admin);
      expect(warned.data!.scheduleMeeting.conflicts.map((c: { startsAt: string }) => c.startsAt)).toEqual(['2026-09-15T16:00:00.000Z']);
      const before = await t.prisma.meeting.count();
      const refused = await t.gql(SCHEDULE, { i: { ...i, refuseOnConflict: true } }, admin);
      expect(codeOf(refused)).toBe('CONFLICT');
      expect(refused.errors![0].message).toContain('already in');
      expect(await t.prisma.meeting.count()).toBe(before);
    });

    it("is for administrators and the group's coordinators only", async () => {
      const m = await aRoleMatrix(t, term.id);
      const codes = await matrixCodes(m.tokens, (token) => t.gql(SCHEDULE, { i: input(m.group.id) }, token));
      expect(codes).toEqual({ admin: 'OK', coordinator: 'OK', otherCoordinator: 'FORBIDDEN', member: 'FORBIDDEN', nonMember: 'FORBIDDEN' });
      expect(await t.prisma.meeting.count({ where: { groupId: m.group.id } })).toBe(2);
      expect(codeOf(await t.gql(SCHEDULE, { i: input('no-such-group') }, admin))).toBe('NOT_FOUND');
    });
  });

  describe('rescheduleMeeting', () => {
    async function series(groupId: string) {
      const r = await t.gql(
        SCHEDULE,
        {
          i: input(groupId, {
            startsAt: '2027-03-09T18:00:00+01:00',
            endsAt: '2027-03-09T20:00:00+01:00',
            recurrence: 'FREQ=WEEKLY;COUNT=4',
          }),
        },
        admin,
      );
      return r.data!.scheduleMeeting.occurrences as Array<{ id: string; startsAt: string }>;
    }

    it('moves one occurrence alone and bumps its sequence', async () => {
      const group = await aGroup(t.prisma, term.id);
      const occ = await series(group.id);
      const r = await t.gql(
        RESCHEDULE,
        { i: { meetingId: occ[1].id, startsAt: '2027-03-17T18:30:00+01:00', endsAt: '2027-03-17T20:00:00+01:00' } },
        admin,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.rescheduleMeeting.occurrences).toEqual([
        { id: occ[1].id, startsAt: '2027-03-17T17:30:00.000Z', endsAt: '2027-03-17T19:00:00.000Z', sequence: 1 },
      ]);
      const others = await t.prisma.meeting.findMany({ where: { id: { in: [occ[0].id, occ[2].id] } } });
      expect(others.map((m) => m.sequence)).toEqual([0, 0]);
      expect(await t.prisma.auditLog.count({ where: { action: 'meeting.reschedule', entityId: occ[1].id } })).toBe(1);
    });

    it('moves this and the following occurrences by the same local-clock shift, across the March change', async () => {
      const group = await aGroup(t.prisma, term.id);
      const occ = await series(group.id);
      // Tuesday 18:00 -> Wednesday 19:00, from the second occurrence (16 March) on.
      const r = await t.gql(
        RESCHEDULE,
        {
          i: {
            meetingId: occ[1].id,
            startsAt: '2027-03-17T19:00:00+01:00',
            endsAt: '2027-03-17T20:30:00+01:00',
            scope: 'THIS_AND_FOLLOWING',
          },
        },
        admin,
      );
      expect(r.errors).toBeUndefined();
      const moved = r.data!.rescheduleMeeting.occurrences;
      expect(moved.map((m: { startsAt: string }) => m.startsAt)).toEqual([
        '2027-03-17T18:00:00.000Z',
        '2027-03-24T18:00:00.000Z',
        '2027-03-31T17:00:00.000Z',
      ]);
      expect(moved.map((m: { endsAt: string }) => m.endsAt)).toEqual([
        '2027-03-17T19:30:00.000Z',
        '2027-03-24T19:30:00.000Z',
        '2027-03-31T18:30:00.000Z',
      ]);
      const first = await t.prisma.meeting.findUniqueOrThrow({ where: { id: occ[0].id } });
      expect(first.startsAt.toISOString()).toBe('2027-03-09T17:00:00.000Z');
    });

    it('warns about conflicts at the new time, and refuses them with refuseOnConflict', async () => {
      const [g1, g2] = [await aGroup(t.prisma, term.id), await aGroup(t.prisma, term.id)];
      const busy = await aDeputy(t.prisma);
      await aMembership(t.prisma, g1.id, busy.id);
      await aMembership(t.prisma, g2.id, busy.id);
      const other = await aMeeting(t.prisma, g1.id, { startsAt: '2026-05-05T16:00:00Z' });
      const mine = await aMeeting(t.prisma, g2.id, { startsAt: '2026-05-06T16:00:00Z' });
      const i = { meetingId: mine.id, startsAt: '2026-05-05T16:30:00Z', endsAt: '2026-05-05T17:30:00Z' };
      const refused = await t.gql(RESCHEDULE, { i: { ...i, refuseOnConflict: true } }, admin);
      expect(codeOf(refused)).toBe('CONFLICT');
      expect((await t.prisma.meeting.findUniqueOrThrow({ where: { id: mine.id } })).startsAt.toISOString()).toBe(
        '2026-05-06T16:00:00.000Z',
      );
      const warned = await t.gql(RESCHEDULE, { i }, admin);
      expect(warned.data!.rescheduleMeeting.conflicts).toEqual([{ deputyId: busy.id, meeting: { id: other.id } }]);
      expect(warned.data!.rescheduleMeeting.warnings).toEqual([{ code: 'SCHEDULING_CONFLICT' }]);
    });

    it('does not report a meeting as conflicting with itself', async () => {
      const group = await aGroup(t.prisma, term.id);
      await aMembership(t.prisma, group.id, (await aDeputy(t.prisma)).id);
      const mine = await aMeeting(t.prisma, group.id, { startsAt: '2026-05-12T16:00:00Z' });
      const r = await t.gql(
        RESCHEDULE,
        { i: { meetingId: mine.id, startsAt: '2026-05-12T16:30:00Z', endsAt: '2026-05-12T17:30:00Z' } },
        admin,
      );
      expect(r.data!.rescheduleMeeting.conflicts).toEqual([]);
    });

    it('refuses bad times with BAD_USER_INPUT and meetings that are no longer scheduled with CONFLICT, changing nothing', async () => {
      const group = await aGroup(t.prisma, term.id);
      const m = await aMeeting(t.prisma, group.id, { startsAt: '2026-05-19T16:00:00Z' });
      expect(
        codeOf(
          await t.gql(RESCHEDULE, { i: { meetingId: m.id, startsAt: '2026-05-19T18:00:00Z', endsAt: '2026-05-19T17:00:00Z' } }, admin),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        codeOf(
          await t.gql(RESCHEDULE, { i: { meetingId: m.id, startsAt: '2029-05-19T16:00:00Z', endsAt: '2029-05-19T17:00:00Z' } }, admin),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        codeOf(
          await t.gql(RESCHEDULE, { i: { meetingId: 'nope', startsAt: '2026-05-19T16:00:00Z', endsAt: '2026-05-19T17:00:00Z' } }, admin),
        ),
      ).toBe('NOT_FOUND');
      expect(await t.prisma.meeting.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
        sequence: 0,
        startsAt: new Date('2026-05-19T16:00:00Z'),
      });
      for (const status of ['CANCELLED', 'ENDED', 'LIVE'] as const) {
        const done = await aMeeting(t.prisma, group.id, { startsAt: '2026-05-26T16:00:00Z', status });
        expect(
          codeOf(
            await t.gql(RESCHEDULE, { i: { meetingId: done.id, startsAt: '2026-05-27T16:00:00Z', endsAt: '2026-05-27T17:00:00Z' } }, admin),
          ),
        ).toBe('CONFLICT');
      }
    });

    it("is for administrators and the group's coordinators only", async () => {
      const m = await aRoleMatrix(t, term.id);
      const meeting = await aMeeting(t.prisma, m.group.id, { startsAt: '2026-04-07T16:00:00Z' });
      const codes = await matrixCodes(m.tokens, (token) =>
        t.gql(RESCHEDULE, { i: { meetingId: meeting.id, startsAt: '2026-04-08T16:00:00Z', endsAt: '2026-04-08T17:00:00Z' } }, token),
      );
      expect(codes).toEqual({ admin: 'OK', coordinator: 'OK', otherCoordinator: 'FORBIDDEN', member: 'FORBIDDEN', nonMember: 'FORBIDDEN' });
      expect((await t.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).sequence).toBe(2);
    });
  });

  describe('cancelMeeting', () => {
    it('cancels with a reason and bumps the sequence; members still see it, cancelled', async () => {
      const m = await aRoleMatrix(t, term.id);
      const meeting = await aMeeting(t.prisma, m.group.id, { startsAt: '2026-04-14T16:00:00Z' });
      const r = await t.gql(CANCEL, { i: { meetingId: meeting.id, reason: 'Grève des transports' } }, admin);
      expect(r.data!.cancelMeeting.meeting).toEqual({
        id: meeting.id,
        status: 'CANCELLED',
        cancelReason: 'Grève des transports',
        sequence: 1,
      });
      expect((await t.gql(MEETING, { id: meeting.id }, m.tokens.member)).data!.meeting.status).toBe('CANCELLED');
      expect(codeOf(await t.gql(CANCEL, { i: { meetingId: meeting.id, reason: 'Twice' } }, admin))).toBe('CONFLICT');
      expect(await t.prisma.auditLog.count({ where: { action: 'meeting.cancel', entityId: meeting.id } })).toBe(1);
    });

    it('cancels this and the following occurrences of a series', async () => {
      const group = await aGroup(t.prisma, term.id);
      const occ = (await t.gql(SCHEDULE, { i: input(group.id, { recurrence: 'FREQ=WEEKLY;COUNT=3' }) }, admin)).data!.scheduleMeeting
        .occurrences;
      const r = await t.gql(CANCEL, { i: { meetingId: occ[1].id, reason: 'Fin du cycle', scope: 'THIS_AND_FOLLOWING' } }, admin);
      expect(r.data!.cancelMeeting.occurrences.map((o: { id: string }) => o.id)).toEqual([occ[1].id, occ[2].id]);
      expect((await t.prisma.meeting.findUniqueOrThrow({ where: { id: occ[0].id } })).status).toBe('SCHEDULED');
    });

    it('refuses an empty reason and changes nothing', async () => {
      const group = await aGroup(t.prisma, term.id);
      const meeting = await aMeeting(t.prisma, group.id);
      expect(codeOf(await t.gql(CANCEL, { i: { meetingId: meeting.id, reason: '' } }, admin))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(CANCEL, { i: { meetingId: meeting.id, reason: 'x'.repeat(501) } }, admin))).toBe('BAD_USER_INPUT');
      expect((await t.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe('SCHEDULED');
    });

    it("is for administrators and the group's coordinators only", async () => {
      const m = await aRoleMatrix(t, term.id);
      const codes: Record<string, string | undefined> = {};
      for (const role of ['otherCoordinator', 'member', 'nonMember', 'coordinator', 'admin'] as RoleName[]) {
        const meeting = await aMeeting(t.prisma, m.group.id);
        codes[role] = codeOf(await t.gql(CANCEL, { i: { meetingId: meeting.id, reason: 'Test des droits' } }, m.tokens[role]));
      }
      expect(codes).toEqual({ admin: 'OK', coordinator: 'OK', otherCoordinator: 'FORBIDDEN', member: 'FORBIDDEN', nonMember: 'FORBIDDEN' });
      expect(await t.prisma.meeting.count({ where: { groupId: m.group.id, status: 'CANCELLED' } })).toBe(2);
    });
  });

  describe('meetings(filter) and meeting(id)', () => {
    const [past1, past2, next1, next2, next3] = [-400, -393, 60, 67, 74].map(daysFromToday);
    let m: Awaited<ReturnType<typeof aRoleMatrix>>;
    beforeAll(async () => {
      m = await aRoleMatrix(t, term.id);
      // Five meetings of the group (two past), one of the other group; days counted from today
      // so that "upcoming" and "past" keep their meaning whenever the suite runs.
      for (const day of [past1, past2, next1, next2, next3]) {
        await aMeeting(t.prisma, m.group.id, { title: `G ${day}`, startsAt: `${day}T17:00:00Z` });
      }
      await aMeeting(t.prisma, m.otherGroup.id, { title: 'Other', startsAt: `${daysFromToday(61)}T17:00:00Z` });
    });
    const titles = (r: GqlResult) => r.data!.meetings.map((x: { title: string }) => x.title);

    it('filters by group, upcoming soonest first and past latest first, with pagination', async () => {
      expect(titles(await t.gql(MEETINGS, { f: { groupId: m.group.id, when: 'UPCOMING' } }, admin))).toEqual([
        `G ${next1}`,
        `G ${next2}`,
        `G ${next3}`,
      ]);
      expect(titles(await t.gql(MEETINGS, { f: { groupId: m.group.id, when: 'PAST' } }, admin))).toEqual([`G ${past2}`, `G ${past1}`]);
      expect(titles(await t.gql(MEETINGS, { f: { groupId: m.group.id, when: 'UPCOMING', limit: 2, offset: 1 } }, admin))).toEqual([
        `G ${next2}`,
        `G ${next3}`,
      ]);
    });

    it('filters by member and by date range', async () => {
      expect(titles(await t.gql(MEETINGS, { f: { deputyId: m.nonMember.deputy.id } }, admin))).toEqual(['Other']);
      expect(
        titles(await t.gql(MEETINGS, { f: { from: `${daysFromToday(59)}T00:00:00Z`, to: `${daysFromToday(68)}T00:00:00Z` } }, admin)),
      ).toEqual([`G ${next1}`, 'Other', `G ${next2}`]);
    });

    it('shows deputies only the meetings of their groups', async () => {
      expect(
        titles(
          await t.gql(MEETINGS, { f: { from: `${daysFromToday(59)}T00:00:00Z`, to: `${daysFromToday(68)}T00:00:00Z` } }, m.tokens.member),
        ),
      ).toEqual([`G ${next1}`, `G ${next2}`]);
      expect(titles(await t.gql(MEETINGS, { f: { groupId: m.group.id } }, m.tokens.nonMember))).toEqual([]);
      const meeting = await aMeeting(t.prisma, m.group.id, { startsAt: '2027-05-04T16:00:00Z' });
      expect(codeOf(await t.gql(MEETING, { id: meeting.id }, m.tokens.member))).toBe('OK');
      expect(codeOf(await t.gql(MEETING, { id: meeting.id }, m.tokens.nonMember))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(MEETING, { id: 'nope' }, admin))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(MEETING, { id: meeting.id }))).toBe('UNAUTHENTICATED');
    });

    it('refuses a page larger than 100', async () => {
      expect(codeOf(await t.gql(MEETINGS, { f: { limit: 101 } }, admin))).toBe('BAD_USER_INPUT');
    });

    it('costs as many SQL queries for 20 meetings as for 2, with group, agenda, quorum and attendance', async () => {
      const [small, large] = [await aGroup(t.prisma, term.id), await aGroup(t.prisma, term.id)];
      for (const g of [small, large]) for (let i = 0; i < 3; i++) await aMembership(t.prisma, g.id, (await aDeputy(t.prisma)).id);
      for (let i = 0; i < 2; i++) await aMeeting(t.prisma, small.id, { startsAt: `2027-08-0${i + 1}T10:00:00Z` });
      for (let i = 0; i < 20; i++) await aMeeting(t.prisma, large.id, { startsAt: `2027-09-${String(i + 1).padStart(2, '0')}T10:00:00Z` });
      const count = async (groupId: string) => {
        const before = t.prisma.queryCount;
        const r = await t.gql(MEETINGS, { f: { groupId } }, admin);
        expect(r.errors).toBeUndefined();
        return { n: r.data!.meetings.length, queries: t.prisma.queryCount - before };
      };
      const a = await count(small.id);
      const b = await count(large.id);
      expect([a.n, b.n]).toEqual([2, 20]);
      expect(b.queries).toBe(a.queries);
      expect(b.queries).toBeLessThanOrEqual(10);
    });
  });
});
