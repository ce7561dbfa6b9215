import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { browserWorld } from './support/harness';
import { api, login } from './support/api';

const ADMIN = 'admin@tribune.example';
const CHAIR = 'coordination.sociale@tribune.example';
// The page is in French, so is the file it downloads (?lang=fr).
const CSV_HEADER = 'Identifiant;Député·e;Groupe;Réunions;Présent·e;Excusé·e;Absent·e;Taux de présence';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Intl writes "45 %" with a narrow no-break space: compare as plain spaces. */
const plain = (s: string | null) => (s ?? '').replace(/\s/g, ' ').trim();
const percent = (share: number) => plain(new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(share));

interface Attendance {
  deputyId: string;
  fullName: string;
  meetings: number;
  present: number;
  excused: number;
  absent: number;
  rate: number;
}

describe('web: the term’s records — attendance with its CSV, and speaking-time parity (real API, PostgreSQL, Chromium)', () => {
  const world = browserWorld({ servers: 'own' });
  const { loggedIn, checkScreen } = world;
  let adminToken = '';
  let termId = '';
  let sitting = { id: '', title: '', groupName: '' };
  let speakers: string[] = [];

  beforeAll(async () => {
    const url = world.apiUrl;

    // A sitting of a group the coordinator runs: three members (women and men) speak, then it ends.
    adminToken = await login(url, ADMIN);
    const { currentTerm, users, workingGroups } = await api<{
      currentTerm: { id: string };
      users: Array<{ email: string; deputy: { id: string } | null }>;
      workingGroups: Array<{
        id: string;
        name: string;
        coordinators: Array<{ email: string }>;
        members: Array<{ deputy: { id: string; fullName: string; gender: string } }>;
      }>;
    }>(
      url,
      '{ currentTerm { id } users { email deputy { id } } workingGroups { id name coordinators { email } members { deputy { id fullName gender } } } }',
      {},
      adminToken,
    );
    termId = currentTerm.id;
    const group = workingGroups.find(
      (g) => g.coordinators.some((c) => c.email === CHAIR) && ['WOMAN', 'MAN'].every((x) => g.members.some((m) => m.deputy.gender === x)),
    )!;
    expect(group).toBeDefined();
    const woman = group.members.filter((m) => m.deputy.gender === 'WOMAN');
    const man = group.members.filter((m) => m.deputy.gender === 'MAN');
    const people = [woman[0], man[0], woman[1] ?? man[1]]
      .filter(Boolean)
      .map((m) => ({ ...m.deputy, email: users.find((u) => u.deputy?.id === m.deputy.id)!.email }));

    const chair = await login(url, CHAIR);
    const { meetings } = await api<{ meetings: Array<{ id: string; title: string; agenda: Array<{ id: string }> }> }>(
      url,
      'query($g: ID!) { meetings(filter: { groupId: $g, when: UPCOMING, limit: 1 }) { id title agenda { id } } }',
      { g: group.id },
      chair,
    );
    const meeting = meetings[0];
    sitting = { id: meeting.id, title: meeting.title, groupName: group.name };
    let itemId = meeting.agenda[0]?.id;
    if (!itemId) {
      itemId = (
        await api<{ addAgendaItem: { id: string } }>(
          url,
          'mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }',
          { i: { meetingId: meeting.id, title: 'Tour de table' } },
          chair,
        )
      ).addAgendaItem.id;
    }
    // An upcoming meeting, opened ahead of its time: that has to be confirmed (confirmEarly).
    await api(
      url,
      'mutation($i: StartMeetingInput!) { startMeeting(input: $i) { id } }',
      { i: { meetingId: meeting.id, confirmEarly: true } },
      chair,
    );
    for (const [i, p] of people.entries()) {
      const token = await login(url, p.email);
      await api(
        url,
        'mutation($i: RequestFloorInput!) { requestFloor(input: $i) { meetingId } }',
        { i: { agendaItemId: itemId, pointOfOrder: false } },
        token,
      );
      await api(url, 'mutation($i: GiveFloorInput!) { giveFloor(input: $i) { meetingId } }', { i: { agendaItemId: itemId } }, chair);
      await sleep(i === 0 ? 2200 : 1200); // speeches of a second or two: durations are whole seconds
      await api(url, 'mutation($i: AgendaItemIdInput!) { endFloor(input: $i) { meetingId } }', { i: { agendaItemId: itemId } }, chair);
    }
    speakers = people.map((p) => p.fullName);
    await api(url, 'mutation($i: MeetingIdInput!) { endMeeting(input: $i) { id } }', { i: { meetingId: meeting.id } }, chair);
  }, 240000);

  it('an administrator reads the attendance record, sorts and filters it, and downloads it as CSV', async () => {
    const { attendanceRecord } = await api<{ attendanceRecord: Attendance[] }>(
      world.apiUrl,
      'query($t: ID!) { attendanceRecord(termId: $t) { deputyId fullName meetings present excused absent rate } }',
      { t: termId },
      adminToken,
    );
    // The demo's past meetings have attendance, with some excused absences.
    expect(attendanceRecord.some((r) => r.present > 0)).toBe(true);
    expect(attendanceRecord.some((r) => r.excused > 0)).toBe(true);

    const page = await loggedIn(ADMIN);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Registres' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registre des présences' }).waitFor();
    expect(page.url()).toMatch(/\/records\/attendance$/);
    const table = page.getByRole('table', { name: /^Présences par député·e/ });
    await table.waitFor();
    expect(await table.getByTestId('attendance-row').count()).toBe(attendanceRecord.length);

    // One deputy's line, as the API counts it.
    const someone = attendanceRecord.find((r) => r.excused > 0)!;
    const line = table.getByRole('row', { name: new RegExp(someone.fullName) });
    expect((await line.getByRole('cell').allTextContents()).map(plain)).toEqual(
      [someone.meetings, someone.present, someone.excused, someone.absent].map(String).concat(percent(someone.rate)),
    );

    // Sorted by attendance rate, lowest first, then highest first.
    const rateHeader = table.getByRole('columnheader', { name: /Taux de présence/ });
    await rateHeader.getByRole('button').click();
    expect(await rateHeader.getAttribute('aria-sort')).toBe('ascending');
    const lowest = [...attendanceRecord].sort((a, b) => a.rate - b.rate || a.fullName.localeCompare(b.fullName, 'fr'))[0];
    expect(await table.getByTestId('attendance-row').first().getByRole('rowheader').textContent()).toBe(lowest.fullName);
    await rateHeader.getByRole('button').press('Enter');
    expect(await rateHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await table.getByRole('columnheader', { name: /Député·e/ }).getAttribute('aria-sort')).toBeNull();
    await checkScreen(page, 'records-attendance');

    // One group: only its members, and the sitting just held counts.
    await page.getByRole('combobox', { name: 'Groupe de travail' }).selectOption({ label: sitting.groupName });
    await page.getByRole('table', { name: new RegExp(`· ${sitting.groupName}`) }).waitFor();
    const { attendanceRecord: ofGroup } = await api<{ attendanceRecord: Attendance[]; workingGroups: Array<{ id: string; name: string }> }>(
      world.apiUrl,
      'query($t: ID!, $g: ID) { attendanceRecord(termId: $t, groupId: $g) { deputyId fullName meetings present excused absent rate } }',
      {
        t: termId,
        g: (
          await api<{ workingGroups: Array<{ id: string; name: string }> }>(world.apiUrl, '{ workingGroups { id name } }', {}, adminToken)
        ).workingGroups.find((g) => g.name === sitting.groupName)!.id,
      },
      adminToken,
    );
    expect((await page.getByTestId('attendance-row').getByRole('rowheader').allTextContents()).sort()).toEqual(
      ofGroup.map((r) => r.fullName).sort(),
    );

    // The CSV, fetched with the session's token (the address holds no token).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^presences-mandature-\d{4}-\d{4}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    // UTF-8 with a byte order mark, for a French Excel (see AttendanceRecordService.csv).
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER);
    const rate = someone.meetings ? someone.rate.toFixed(3).replace('.', ',') : '';
    expect(lines).toContain(
      `${someone.deputyId};${someone.fullName};(tous les groupes);${someone.meetings};${someone.present};${someone.excused};${someone.absent};${rate}`,
    );
    await page.getByTestId('download-status').filter({ hasText: download.suggestedFilename() }).waitFor();
    // Without the token, the same address is refused.
    expect((await page.request.get(`${world.webUrl}/attendance-record/${termId}.csv`)).status()).toBe(401);
  });

  it('an administrator reads who actually spoke: the women’s share over the term, by person, and for one meeting', async () => {
    const { speakingStats } = await api<{
      speakingStats: { speeches: number; byGender: Array<{ gender: string; share: number }>; byPerson: Array<{ fullName: string }> };
    }>(
      world.apiUrl,
      'query($i: SpeakingStatsInput!) { speakingStats(input: $i) { speeches byGender { gender share } byPerson { fullName } } }',
      { i: { termId } },
      adminToken,
    );
    expect(speakingStats.speeches).toBe(3);

    const page = await loggedIn(ADMIN);
    await page.goto(`${world.webUrl}/records/attendance`);
    await page.getByRole('navigation', { name: 'Registres' }).getByRole('link', { name: 'Temps de parole' }).click();
    await page.getByRole('heading', { level: 1, name: 'Temps de parole et parité' }).waitFor();
    const womenShare = speakingStats.byGender.find((g) => g.gender === 'WOMAN')!.share;
    await page.getByTestId('women-share').waitFor();
    expect(plain(await page.getByTestId('women-share').textContent())).toBe(
      `Part des femmes dans le temps de parole : ${percent(womenShare)}`,
    );
    expect(plain(await page.getByTestId('speaking-total').textContent())).toMatch(/^3 interventions, \d+ s au total\.$/);
    expect(plain(await page.getByTestId('gender-share-WOMAN').textContent())).toMatch(
      new RegExp(`^Femmes : ${percent(womenShare)} du temps`),
    );
    const table = page.getByRole('table', { name: 'Temps de parole par personne, du plus long au plus court.' });
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(speakingStats.byPerson.map((p) => p.fullName));
    expect([...(await table.getByRole('rowheader').allTextContents())].sort()).toEqual([...speakers].sort());
    await checkScreen(page, 'records-speaking');

    // The sitting alone.
    await page.getByRole('combobox', { name: 'Périmètre' }).selectOption({ label: 'Une réunion' });
    await page.getByRole('combobox', { name: 'Groupe de travail' }).selectOption({ label: sitting.groupName });
    const meeting = page.getByRole('combobox', { name: 'Réunion' });
    await meeting.waitFor();
    const option = meeting.getByRole('option', { name: new RegExp(`^${sitting.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `) });
    await meeting.selectOption({ label: (await option.first().textContent())! });
    await page.getByTestId('speaking-total').filter({ hasText: '3 interventions' }).waitFor();
    await checkScreen(page, 'records-speaking-meeting');

    // A group without any speech says so.
    const { workingGroups } = await api<{ workingGroups: Array<{ name: string }> }>(
      world.apiUrl,
      '{ workingGroups { name } }',
      {},
      adminToken,
    );
    const quiet = workingGroups.find((g) => g.name !== sitting.groupName)!;
    await page.getByRole('combobox', { name: 'Périmètre' }).selectOption({ label: 'Un groupe' });
    await page.getByRole('combobox', { name: 'Groupe de travail' }).selectOption({ label: quiet.name });
    await page.getByTestId('speaking-empty').filter({ hasText: 'Aucune intervention terminée dans ce périmètre.' }).waitFor();
  });
});
