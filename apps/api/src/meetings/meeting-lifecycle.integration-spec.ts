import { EventEmitter2 } from '@nestjs/event-emitter';
import { codeOf, GqlResult, startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aMeeting, aMembership, aRoleMatrix, aSignedInDeputy, aTerm, daysFromToday, RoleName } from '../../test/factories';

/**
 * Nothing irreversible by two misclicks (issue 12): "open" then "close" on a meeting 13 days away
 * had recorded an absence for every member in the mandate's attendance record, with no undo.
 * The rule (packages/domain meeting-lifecycle.ts, README "Domain"): opening more than 2 hours
 * early must be confirmed; an ended meeting may be reopened for 24 hours by its coordinators;
 * attendance is final only when the meeting really took place.
 */
const START = `mutation($i: StartMeetingInput!) { startMeeting(input: $i) { id status startedAt } }`;
const END = `mutation($i: MeetingIdInput!) { endMeeting(input: $i) { id status endedAt attendanceFinal reopenableUntil minutesVersions { version body } } }`;
const REOPEN = `mutation($i: MeetingIdInput!) { reopenMeeting(input: $i) { id status endedAt attendanceFinal reopenableUntil } }`;
const RECORD = `query($termId: ID!, $groupId: ID) { attendanceRecord(termId: $termId, groupId: $groupId) { deputyId meetings present absent } }`;

const HOUR = 3600_000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();
const reasonOf = (r: GqlResult) => r.errors?.[0]?.extensions?.reason;

describe('opening, closing and reopening a meeting', () => {
  let t: TestApp;
  let termId: string;
  let events: Array<{ name: string; payload: unknown }>;
  // The notices these changes cause (notification.created) are the notifications feature's, tested there.
  const record = (name: string | string[], payload: unknown) => {
    if (String(name) !== 'notification.created') events.push({ name: String(name), payload });
  };

  beforeAll(async () => {
    t = await startTestApp();
    termId = (await aTerm(t.prisma, { startsOn: daysFromToday(-300), endsOn: daysFromToday(400) })).id;
    t.app.get(EventEmitter2).onAny(record);
  });
  afterAll(async () => {
    t.app.get(EventEmitter2).offAny(record);
    await t.close();
  });
  beforeEach(() => {
    events = [];
  });

  const ok = (r: GqlResult) => {
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  /** A group with a coordinator, and two members; `absent` never joins. */
  async function aSitting(o: { startsAt: string }) {
    const m = await aRoleMatrix(t, termId);
    const absent = await aDeputy(t.prisma);
    await aMembership(t.prisma, m.group.id, absent.id);
    const meeting = await aMeeting(t.prisma, m.group.id, { startsAt: o.startsAt });
    return { ...m, absent, meeting };
  }
  const absencesOf = async (groupId: string, deputyId: string) =>
    ok(await t.gql(RECORD, { termId, groupId }, (await aRoleMatrix(t, termId)).tokens.admin)).attendanceRecord.find(
      (r: { deputyId: string }) => r.deputyId === deputyId,
    );

  describe('startMeeting', () => {
    it('refuses to open a meeting more than 2 hours before its scheduled start without confirmEarly, saying when it is due', async () => {
      const s = await aSitting({ startsAt: inHours(13 * 24) });
      const refused = await t.gql(START, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator);
      expect(codeOf(refused)).toBe('CONFLICT');
      expect(reasonOf(refused)).toBe('MEETING_NOT_DUE');
      expect(refused.errors![0].extensions).toMatchObject({
        params: { startsAt: s.meeting.startsAt.toISOString(), timeZone: 'Europe/Paris' },
      });
      // Refused means untouched: still scheduled, nothing audited, nothing broadcast.
      expect(await t.prisma.meeting.findUniqueOrThrow({ where: { id: s.meeting.id } })).toMatchObject({
        status: 'SCHEDULED',
        startedAt: null,
      });
      expect(await t.prisma.auditLog.count({ where: { entityId: s.meeting.id } })).toBe(0);
      expect(events).toEqual([]);
      expect(codeOf(await t.gql(START, { i: { meetingId: s.meeting.id, confirmEarly: false } }, s.tokens.coordinator))).toBe('CONFLICT');
    });

    it('opens it early when confirmEarly is true, and the audit row says it was early', async () => {
      const s = await aSitting({ startsAt: inHours(13 * 24) });
      expect(ok(await t.gql(START, { i: { meetingId: s.meeting.id, confirmEarly: true } }, s.tokens.coordinator)).startMeeting.status).toBe(
        'LIVE',
      );
      expect((await t.prisma.auditLog.findFirstOrThrow({ where: { entityId: s.meeting.id, action: 'meeting.start' } })).data).toEqual({
        early: true,
      });
    });

    it('opens without confirmation within 2 hours of the start, and after it', async () => {
      for (const startsAt of [inHours(1.9), inHours(-3)]) {
        const s = await aSitting({ startsAt });
        expect(ok(await t.gql(START, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator)).startMeeting.status).toBe('LIVE');
      }
    });
  });

  describe('reopenMeeting', () => {
    it('puts a meeting ended by mistake back to live, audited, and publishes meeting.updated "reopened"', async () => {
      const s = await aSitting({ startsAt: inHours(-0.5) });
      ok(await t.gql(START, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator));
      const ended = ok(await t.gql(END, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator)).endMeeting;
      expect(Date.parse(ended.reopenableUntil) - Date.parse(ended.endedAt)).toBe(24 * HOUR);
      events = [];
      const reopened = ok(await t.gql(REOPEN, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator)).reopenMeeting;
      expect(reopened).toEqual({ id: s.meeting.id, status: 'LIVE', endedAt: null, attendanceFinal: false, reopenableUntil: null });
      expect(events).toEqual([{ name: 'meeting.updated', payload: { groupId: s.group.id, meetingId: s.meeting.id, change: 'reopened' } }]);
      const audit = await t.prisma.auditLog.findFirstOrThrow({ where: { entityId: s.meeting.id, action: 'meeting.reopen' } });
      expect(audit.data).toEqual({ endedAt: ended.endedAt, attendanceWasFinal: false });
    });

    it('closes again after a reopening, keeping the first minutes version and adding one only if they changed', async () => {
      const s = await aSitting({ startsAt: inHours(-1) });
      await t.prisma.meeting.update({ where: { id: s.meeting.id }, data: { minutes: 'Ouverture.' } });
      ok(await t.gql(START, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator));
      ok(await t.gql(END, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator));
      ok(await t.gql(REOPEN, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator));
      expect(ok(await t.gql(END, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator)).endMeeting.minutesVersions).toEqual([
        { version: 1, body: 'Ouverture.' },
      ]);
      ok(await t.gql(REOPEN, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator));
      await t.prisma.meeting.update({ where: { id: s.meeting.id }, data: { minutes: 'Ouverture. Clôture.' } });
      const versions = ok(await t.gql(END, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator)).endMeeting.minutesVersions;
      expect(versions.map((v: { version: number }) => v.version).sort()).toEqual([1, 2]);
    });

    it('refuses a meeting that is not ended, and one ended more than 24 hours ago', async () => {
      const s = await aSitting({ startsAt: inHours(-30) });
      for (const status of ['SCHEDULED', 'LIVE', 'CANCELLED'] as const) {
        await t.prisma.meeting.update({ where: { id: s.meeting.id }, data: { status } });
        const r = await t.gql(REOPEN, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator);
        expect([status, codeOf(r), reasonOf(r)]).toEqual([status, 'CONFLICT', 'MEETING_NOT_ENDED']);
      }
      const endedAt = new Date(Date.now() - 25 * HOUR);
      await t.prisma.meeting.update({
        where: { id: s.meeting.id },
        data: { status: 'ENDED', startedAt: new Date(Date.now() - 26 * HOUR), endedAt },
      });
      const late = await t.gql(REOPEN, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator);
      expect([codeOf(late), reasonOf(late)]).toEqual(['CONFLICT', 'MEETING_REOPEN_EXPIRED']);
      expect(late.errors![0].extensions).toMatchObject({
        params: { reopenableUntil: new Date(endedAt.getTime() + 24 * HOUR).toISOString() },
      });
      expect((await t.prisma.meeting.findUniqueOrThrow({ where: { id: s.meeting.id } })).status).toBe('ENDED');
      expect(await t.prisma.auditLog.count({ where: { entityId: s.meeting.id, action: 'meeting.reopen' } })).toBe(0);
    });

    it("may be done by the group's coordinators and administrators, not its lead, members or other coordinators", async () => {
      const s = await aSitting({ startsAt: inHours(-1) });
      const lead = await aSignedInDeputy(t);
      await aMembership(t.prisma, s.group.id, lead.deputy.id, 'LEAD');
      const tokens = { ...s.tokens, lead: lead.token };
      const codes: Partial<Record<RoleName | 'lead', unknown>> = {};
      for (const role of ['admin', 'coordinator', 'otherCoordinator', 'member', 'nonMember', 'lead'] as const) {
        await t.prisma.meeting.update({
          where: { id: s.meeting.id },
          data: { status: 'ENDED', startedAt: new Date(Date.now() - HOUR), endedAt: new Date() },
        });
        codes[role] = codeOf(await t.gql(REOPEN, { i: { meetingId: s.meeting.id } }, tokens[role]));
      }
      expect(codes).toEqual({
        admin: 'OK',
        coordinator: 'OK',
        otherCoordinator: 'FORBIDDEN',
        member: 'FORBIDDEN',
        nonMember: 'FORBIDDEN',
        lead: 'FORBIDDEN',
      });
    });
  });

  describe('attendance is final only when the meeting really took place', () => {
    it('records no absence for a meeting 13 days away that was opened and closed (the reported case)', async () => {
      const s = await aSitting({ startsAt: inHours(13 * 24) });
      ok(await t.gql(START, { i: { meetingId: s.meeting.id, confirmEarly: true } }, s.tokens.coordinator));
      expect(ok(await t.gql(END, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator)).endMeeting.attendanceFinal).toBe(false);
      expect(await absencesOf(s.group.id, s.absent.id)).toMatchObject({ meetings: 0, absent: 0 });
    });

    it('records no absence for a meeting ended before its scheduled start, however long it was live', async () => {
      const s = await aSitting({ startsAt: inHours(1) });
      await t.prisma.meeting.update({ where: { id: s.meeting.id }, data: { status: 'LIVE', startedAt: new Date(Date.now() - 2 * HOUR) } });
      expect(ok(await t.gql(END, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator)).endMeeting.attendanceFinal).toBe(false);
      expect(await absencesOf(s.group.id, s.absent.id)).toMatchObject({ meetings: 0, absent: 0 });
    });

    it('records no absence for a meeting live for less than 15 minutes', async () => {
      const s = await aSitting({ startsAt: inHours(-0.2) });
      await t.prisma.meeting.update({
        where: { id: s.meeting.id },
        data: { status: 'LIVE', startedAt: new Date(Date.now() - 14 * 60_000) },
      });
      expect(ok(await t.gql(END, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator)).endMeeting.attendanceFinal).toBe(false);
      expect(await absencesOf(s.group.id, s.absent.id)).toMatchObject({ meetings: 0, absent: 0 });
    });

    it('records present and absent members of a meeting ended after its start, live for at least 15 minutes', async () => {
      const s = await aSitting({ startsAt: inHours(-0.5) });
      await t.prisma.meeting.update({
        where: { id: s.meeting.id },
        data: { status: 'LIVE', startedAt: new Date(Date.now() - 15 * 60_000) },
      });
      await t.prisma.attendance.create({
        data: { meetingId: s.meeting.id, deputyId: s.member.deputy.id, present: true, joinedAt: new Date() },
      });
      expect(ok(await t.gql(END, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator)).endMeeting.attendanceFinal).toBe(true);
      expect(await absencesOf(s.group.id, s.absent.id)).toMatchObject({ meetings: 1, absent: 1 });
      expect(await absencesOf(s.group.id, s.member.deputy.id)).toMatchObject({ meetings: 1, present: 1 });
    });

    it('takes the absences written at the end out of the record when the meeting is reopened', async () => {
      const s = await aSitting({ startsAt: inHours(-1) });
      await t.prisma.meeting.update({ where: { id: s.meeting.id }, data: { status: 'LIVE', startedAt: new Date(Date.now() - HOUR) } });
      ok(await t.gql(END, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator));
      expect(await absencesOf(s.group.id, s.absent.id)).toMatchObject({ meetings: 1, absent: 1 });
      ok(await t.gql(REOPEN, { i: { meetingId: s.meeting.id } }, s.tokens.coordinator));
      expect(await absencesOf(s.group.id, s.absent.id)).toMatchObject({ meetings: 0, absent: 0 });
      expect(
        (await t.prisma.auditLog.findFirstOrThrow({ where: { entityId: s.meeting.id, action: 'meeting.reopen' } })).data,
      ).toMatchObject({ attendanceWasFinal: true });
    });
  });
});
