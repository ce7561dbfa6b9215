import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aGroup, aMeeting, aMembership, aTerm, signedIn } from '../../test/factories';

const RECORD = `query($termId: ID!, $groupId: ID) { attendanceRecord(termId: $termId, groupId: $groupId) { deputyId fullName meetings present excused absent rate byGroup { groupName meetings present excused absent } } }`;

describe('attendance record over the term', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
  });
  afterAll(() => t.close());

  async function setup() {
    const term = await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const g1 = await aGroup(t.prisma, term.id, { name: 'Logement' });
    const g2 = await aGroup(t.prisma, term.id, { name: 'Santé, "accès"' });
    const ana = await aDeputy(t.prisma, { fullName: 'Ana' });
    const ben = await aDeputy(t.prisma, { fullName: '=Ben', gender: 'MAN' });
    for (const d of [ana, ben]) await aMembership(t.prisma, g1.id, d.id);
    await aMembership(t.prisma, g2.id, ana.id);
    const m1 = await aMeeting(t.prisma, g1.id, { status: 'ENDED', startsAt: '2026-03-10T17:00:00Z' });
    const m2 = await aMeeting(t.prisma, g1.id, { status: 'ENDED', startsAt: '2026-03-17T17:00:00Z' });
    const m3 = await aMeeting(t.prisma, g2.id, { status: 'ENDED', startsAt: '2026-03-18T17:00:00Z' });
    await aMeeting(t.prisma, g1.id, { status: 'SCHEDULED', startsAt: '2026-04-10T17:00:00Z' });
    await t.prisma.attendance.createMany({
      data: [
        { meetingId: m1.id, deputyId: ana.id, present: true, joinedAt: new Date('2026-03-10T17:01:00Z') },
        // Excused: said no before the meeting.
        { meetingId: m2.id, deputyId: ana.id, response: 'NO', note: 'Rendez-vous médical', respondedAt: new Date('2026-03-16T09:00:00Z') },
        // Said no after the meeting had started: absent, not excused.
        { meetingId: m1.id, deputyId: ben.id, response: 'NO', respondedAt: new Date('2026-03-10T18:00:00Z') },
        { meetingId: m2.id, deputyId: ben.id, present: true, joinedAt: new Date('2026-03-17T17:00:00Z') },
        { meetingId: m3.id, deputyId: ana.id, present: true, joinedAt: new Date('2026-03-18T17:00:00Z') },
      ],
    });
    return { term, g1, ana, ben };
  }

  it('counts present, excused (excuse entered before the meeting) and absent per deputy, overall and by group', async () => {
    const { term, g1, ana, ben } = await setup();
    const rows = (await t.gql(RECORD, { termId: term.id }, admin)).data!.attendanceRecord;
    expect(rows).toEqual([
      {
        deputyId: ben.id,
        fullName: '=Ben',
        meetings: 2,
        present: 1,
        excused: 0,
        absent: 1,
        rate: 0.5,
        byGroup: [{ groupName: 'Logement', meetings: 2, present: 1, excused: 0, absent: 1 }],
      },
      {
        deputyId: ana.id,
        fullName: 'Ana',
        meetings: 3,
        present: 2,
        excused: 1,
        absent: 0,
        rate: 2 / 3,
        byGroup: [
          { groupName: 'Logement', meetings: 2, present: 1, excused: 1, absent: 0 },
          { groupName: 'Santé, "accès"', meetings: 1, present: 1, excused: 0, absent: 0 },
        ],
      },
    ]);
    const one = (await t.gql(RECORD, { termId: term.id, groupId: g1.id }, admin)).data!.attendanceRecord;
    expect(one.find((r: { deputyId: string }) => r.deputyId === ana.id)).toMatchObject({ meetings: 2, present: 1, excused: 1 });
  });

  it('is for administrators only (GraphQL and the CSV route), and the CSV is safe to open in a spreadsheet', async () => {
    const { term } = await setup();
    for (const role of ['COORDINATOR', 'DEPUTY'] as const) {
      const { token } = await signedIn(t, role);
      expect(codeOf(await t.gql(RECORD, { termId: term.id }, token))).toBe('FORBIDDEN');
      expect((await fetch(`${t.url}/attendance-record/${term.id}.csv`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(
        403,
      );
    }
    expect((await fetch(`${t.url}/attendance-record/${term.id}.csv`)).status).toBe(401);
    expect(codeOf(await t.gql(RECORD, { termId: 'nope' }, admin))).toBe('NOT_FOUND');
    const res = await fetch(`${t.url}/attendance-record/${term.id}.csv`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // UTF-8 with a byte order mark, `;` and decimal commas: what a French Excel opens in columns, accents intact.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Identifiant;Député·e;Groupe;Réunions;Présent·e;Excusé·e;Absent·e;Taux de présence');
    expect(lines.some((l) => l.includes(`;"'=Ben";(tous les groupes);2;1;0;1;0,500`))).toBe(true);
    expect(lines.some((l) => l.includes(`;Ana;"Santé, ""accès""";1;1;0;0;1,000`))).toBe(true);
    expect(lines).toHaveLength(1 + 2 + 3);
    expect((await fetch(`${t.url}/attendance-record/nope.csv`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(404);
  });

  it('leaves the rate of a deputy without meetings empty in the CSV (not 0,000)', async () => {
    const { term } = await setup();
    const idle = await aDeputy(t.prisma, { fullName: 'Chloé' });
    await aMembership(t.prisma, (await aGroup(t.prisma, term.id, { name: 'Sans réunion' })).id, idle.id);
    const res = await fetch(`${t.url}/attendance-record/${term.id}.csv`, { headers: { authorization: `Bearer ${admin}` } });
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toContain(`${idle.id};Chloé;(tous les groupes);0;0;0;0;`);
  });

  it("heads the CSV in the reader's language (lang=fr, en or ar; French otherwise)", async () => {
    const { term } = await setup();
    const firstLines = async (query: string) => {
      const res = await fetch(`${t.url}/attendance-record/${term.id}.csv${query}`, { headers: { authorization: `Bearer ${admin}` } });
      return (await res.text())
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(0, 2);
    };
    const [en, enTotal] = await firstLines('?lang=en');
    expect(en).toBe('Identifier;Deputy;Group;Meetings;Present;Excused;Absent;Attendance rate');
    expect(enTotal).toContain(';(all groups);');
    const [ar, arTotal] = await firstLines('?lang=ar');
    expect(ar).toBe('المعرّف;النائب/النائبة;المجموعة;الاجتماعات;حاضر/ة;معتذر/ة;غائب/ة;نسبة الحضور');
    expect(arTotal).toContain(';(كل المجموعات);');
    expect((await firstLines('?lang=xx'))[0]).toBe((await firstLines(''))[0]);
    expect((await firstLines(''))[0]).toMatch(/^Identifiant;Député·e;/);
  });

  it("counts a meeting on its own clock's day: a member from the 1st counts for a Paris meeting at 00:30 on the 1st", async () => {
    const term = await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const group = await aGroup(t.prisma, term.id);
    const member = await aDeputy(t.prisma, { fullName: 'Dina' });
    const leaver = await aDeputy(t.prisma, { fullName: 'Elias' });
    await t.prisma.groupMembership.create({
      data: { groupId: group.id, deputyId: member.id, role: 'MEMBER', startsOn: new Date('2026-06-01'), openGroupId: group.id },
    });
    // Left on 31 May: not a member on the meeting's (Paris) day, although it is still 31 May in UTC.
    await t.prisma.groupMembership.create({
      data: { groupId: group.id, deputyId: leaver.id, role: 'MEMBER', startsOn: new Date('2026-01-05'), endsOn: new Date('2026-05-31') },
    });
    await aMeeting(t.prisma, group.id, { status: 'ENDED', startsAt: '2026-05-31T22:30:00Z' });
    const rows = (await t.gql(RECORD, { termId: term.id }, admin)).data!.attendanceRecord;
    expect(rows.find((r: { deputyId: string }) => r.deputyId === member.id)).toMatchObject({ meetings: 1, absent: 1 });
    expect(rows.find((r: { deputyId: string }) => r.deputyId === leaver.id)).toMatchObject({ meetings: 0 });
  });
});
