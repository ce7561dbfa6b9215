import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { createOwnGroup, scheduleOwnMeeting } from './support/fixtures';
import { openSession } from './support/browser';
import { browserWorld } from './support/harness';
import { api, login } from './support/api';

const CHAIR = 'coordination.sociale@tribune.example';
const QUESTION = 'Le groupe demande un interprète dans chaque PASS hospitalière ?';
const DECISION = 'Le groupe demande un interprète professionnel dans chaque PASS hospitalière.';

/** "2:55" → 175, "-0:03" → -3. */
function seconds(text: string | null): number {
  const m = /^(-?)(\d+):(\d{2})$/.exec((text ?? '').trim());
  if (!m) throw new Error(`not a countdown: ${text}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** "YYYY-MM-DDTHH:mm" at 18:00, `days` from now (a datetime-local value on the Paris clock). */
function inDaysAtSix(days: number): string {
  return `${new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10)}T18:00`;
}

interface Person {
  email: string;
  name: string;
  gender: string;
}

describe('web: a whole sitting (list of speakers in alternating mode, secret vote, decision) and a time poll (real API, Chromium)', () => {
  const world = browserWorld({ servers: 'shared' });
  const { loggedIn, checkScreen } = world;
  // The run's API and web server, and a group of this spec's own that the demo coordinator runs
  // (new deputies), so its speeches, vote and time poll meet no other spec.
  let groupId = '';
  let groupName = '';
  let memberCount = 0;
  let meeting = { id: '', title: '' };
  /** Two members of one gender (x1, x2) and one of the other (y1), none of them the group's lead. */
  let x1: Person, x2: Person, y1: Person;

  const queueNames = (page: Page) => page.getByTestId('speakers-queue').getByTestId('speaker-name').allTextContents();
  const names = (...people: Person[]) => people.map((p, i) => `${i + 1}. ${p.name}`);
  async function waitForQueue(page: Page, expected: string[]) {
    await page.waitForFunction(
      (want) =>
        JSON.stringify(
          [...document.querySelectorAll('[data-testid="speakers-queue"] [data-testid="speaker-name"]')].map((n) =>
            n.textContent?.replace(' (vous)', ''),
          ),
        ) === JSON.stringify(want),
      expected,
      { timeout: 15000 },
    );
  }
  const currentSpeaker = (page: Page, who: Person) =>
    page
      .getByTestId('current-speaker')
      .filter({ hasText: `${who.name} a la parole` })
      .waitFor({ timeout: 15000 });

  beforeAll(async () => {
    // A group the coordinator runs with two non-lead members of one gender and one of the other.
    const group = await createOwnGroup(world.apiUrl, {
      name: 'Santé',
      coordinators: [CHAIR],
      members: [{ gender: 'MAN', role: 'LEAD' }, { gender: 'WOMAN' }, { gender: 'WOMAN' }, { gender: 'MAN' }, { gender: 'WOMAN' }],
    });
    const plain = group.members.filter((m) => m.role !== 'LEAD');
    const women = plain.filter((p) => p.gender === 'WOMAN');
    const men = plain.filter((p) => p.gender === 'MAN');
    [x1, x2, y1] = [women[0], women[1], men[0]];
    groupId = group.id;
    groupName = group.name;
    memberCount = group.members.length;

    const chair = await login(world.apiUrl, CHAIR);
    meeting = await scheduleOwnMeeting(world.apiUrl, chair, { groupId, title: 'Accès aux soins', agenda: ['Interprétariat à l’hôpital'] });
  }, 240000);

  it('three deputies ask for the floor, the chair runs the alternating list, a secret vote is held and its decision recorded', async () => {
    const chair = await loggedIn(CHAIR);
    const a = await loggedIn(x1.email);
    // This one's phone is 7 minutes fast.
    const b = await loggedIn(x2.email, { clockAheadMs: 7 * 60_000 });
    const c = await loggedIn(y1.email, { timezoneId: 'America/Toronto' });
    const deputies = [a, b, c];

    // The chair opens the session and moves to the first item (the API call stands for the agenda's "next item").
    await chair.goto(`${world.webUrl}/meetings/${meeting.id}/live`);
    await chair.getByRole('heading', { level: 1, name: meeting.title }).waitFor();
    await openSession(chair, 'Ouvrir la séance');
    await chair.getByTestId('live-status').filter({ hasText: 'En cours' }).waitFor();
    await api(
      world.apiUrl,
      'mutation($i: SetCurrentAgendaItemInput!) { setCurrentAgendaItem(input: $i) { id } }',
      { i: { meetingId: meeting.id } },
      await login(world.apiUrl, CHAIR),
    );
    await chair.getByTestId('speakers-panel').getByText('Personne n’a la parole.').waitFor();
    // Nobody present yet: no quorum.
    await chair
      .getByTestId('quorum-line')
      .filter({ hasText: `Présent·es : 0 membre(s) sur ${memberCount}` })
      .waitFor();
    expect(await chair.getByTestId('quorum-state').textContent()).toBe('Quorum non atteint');

    for (const page of deputies) {
      await page.goto(`${world.webUrl}/meetings/${meeting.id}/live`);
      await page.getByRole('button', { name: 'Demander la parole' }).waitFor();
    }
    // The quorum line follows presence, live.
    await chair
      .getByTestId('quorum-line')
      .filter({ hasText: `Présent·es : 3 membre(s) sur ${memberCount}` })
      .waitFor({ timeout: 15000 });
    expect(await chair.getByTestId('quorum-state').textContent()).toBe(
      3 >= Math.floor(memberCount / 2) + 1 ? 'Quorum atteint' : 'Quorum non atteint',
    );

    // Alternating mode: the rule is shown to everyone.
    // The switch follows the server: it turns on once the new rule comes back.
    await chair.getByRole('switch', { name: 'Liste alternée femmes / hommes' }).click();
    for (const page of [chair, ...deputies])
      await page.getByTestId('speakers-rule').filter({ hasText: 'Liste alternée' }).waitFor({ timeout: 15000 });
    expect(await a.getByTestId('speakers-rule').textContent()).toContain('femmes et hommes alternent');

    // Requests in the order x1, x2, y1; the rule gives x1, y1, x2.
    for (const [page, count] of [
      [a, 1],
      [b, 2],
      [c, 3],
    ] as const) {
      await page.getByRole('button', { name: 'Demander la parole' }).click();
      await page.getByRole('button', { name: 'Retirer ma demande' }).waitFor();
      await chair
        .getByTestId('speaker-entry')
        .nth(count - 1)
        .waitFor();
    }
    for (const page of [chair, ...deputies]) await waitForQueue(page, names(x1, y1, x2));
    // The server alternates by declared gender; nobody's gender is shown beside their name (issue 12).
    expect(await chair.getByTestId('speaker-gender').count()).toBe(0);
    expect(await chair.getByTestId('speaker-first').allTextContents()).toEqual([
      'pas encore intervenu·e',
      'pas encore intervenu·e',
      'pas encore intervenu·e',
    ]);
    expect(await queueNames(c)).toContain(`2. ${y1.name} (vous)`);

    // The chair gives the floor to the head of the list: everyone sees the same countdown.
    await chair.getByRole('button', { name: `Donner la parole à ${x1.name}` }).click();
    for (const page of [chair, ...deputies]) await currentSpeaker(page, x1);
    const [onChair, onFastPhone] = await Promise.all([chair.getByRole('timer').textContent(), b.getByRole('timer').textContent()]);
    expect(seconds(onChair)).toBeGreaterThan(150);
    expect(seconds(onChair)).toBeLessThanOrEqual(180);
    expect(Math.abs(seconds(onChair) - seconds(onFastPhone))).toBeLessThanOrEqual(2);
    // The fast phone loses the network and comes back: still the server's time.
    const banner = (state: string) =>
      b.locator(`[data-testid="connection-banner"][data-state="${state}"]`).waitFor({ state: 'attached', timeout: 20000 });
    await b.context().setOffline(true);
    await banner('offline');
    await b.waitForTimeout(1500);
    await b.context().setOffline(false);
    await banner('connected');
    const [again, againFast] = await Promise.all([chair.getByRole('timer').textContent(), b.getByRole('timer').textContent()]);
    expect(Math.abs(seconds(again) - seconds(againFast))).toBeLessThanOrEqual(2);
    expect(seconds(again)).toBeLessThan(seconds(onChair));

    // x1 asks again: those who have not spoken on the item go first.
    await waitForQueue(chair, names(y1, x2));
    await a.getByRole('button', { name: 'Demander la parole' }).click();
    for (const page of [chair, a]) await waitForQueue(page, names(y1, x2, x1));
    expect(await chair.getByTestId('speaker-first').allTextContents()).toEqual([
      'pas encore intervenu·e',
      'pas encore intervenu·e',
      'déjà intervenu·e',
    ]);
    // Someone speaking, the countdown and the list: the chair's screen and a member's.
    await checkScreen(chair, 'sitting-speakers-chair');
    await checkScreen(a, 'sitting-speakers-member');

    // The chair follows the list to its end, then ends the last speech.
    for (const next of [y1, x2, x1]) {
      await chair
        .getByRole('button', { name: `Donner la parole à ${next.name}` })
        .first()
        .click();
      for (const page of [chair, ...deputies]) await currentSpeaker(page, next);
    }
    await chair.getByRole('button', { name: 'Mettre fin à l’intervention' }).click();
    for (const page of [chair, ...deputies])
      await page.getByTestId('current-speaker').filter({ hasText: 'Personne n’a la parole.' }).waitFor();
    const chairToken = await login(world.apiUrl, CHAIR);
    const { meeting: recorded } = await api<{
      meeting: { speeches: Array<{ deputy: { fullName: string }; durationSeconds: number | null; overrideReason: string | null }> };
    }>(
      world.apiUrl,
      'query($id: ID!) { meeting(id: $id) { speeches { deputy { fullName } durationSeconds overrideReason } } }',
      { id: meeting.id },
      chairToken,
    );
    expect(recorded.speeches.map((s) => s.deputy.fullName)).toEqual([x1.name, y1.name, x2.name, x1.name]);
    expect(recorded.speeches.every((s) => s.durationSeconds !== null && s.overrideReason === null)).toBe(true);
    // Who actually spoke, by declared gender, for everyone to see.
    for (const page of [chair, c])
      await page
        .getByTestId('speaking-parity')
        .filter({ hasText: 'Temps de parole de la séance (4 interventions) :' })
        .waitFor({ timeout: 15000 });
    expect(await chair.getByTestId('speaking-parity').textContent()).toMatch(/: (femmes|hommes) \d+\s?%/);

    // A secret vote on the item.
    await chair.getByRole('button', { name: 'Ouvrir un vote' }).click();
    await chair.getByRole('textbox', { name: 'Question soumise au vote' }).fill(QUESTION);
    await chair.getByRole('radio', { name: 'Vote à bulletin secret' }).check();
    await chair.getByRole('button', { name: 'Ouvrir le vote' }).click();
    const card = (page: Page) => page.getByTestId('vote-card').filter({ hasText: QUESTION });
    await card(chair).getByTestId('vote-progress').filter({ hasText: 'Votes exprimés : 0 sur 3' }).waitFor();
    for (const [page, choice] of [
      [a, 'Pour'],
      [b, 'Pour'],
      [c, 'Contre'],
    ] as const) {
      const ballot = card(page).getByTestId('ballot');
      await ballot.waitFor({ timeout: 15000 });
      expect(await card(page).textContent()).toContain('Vote à bulletin secret');
      await ballot.getByRole('radio', { name: choice }).check();
      await ballot.getByRole('button', { name: 'Voter' }).click();
      await card(page).getByTestId('ballot-done').filter({ hasText: 'Votre vote est enregistré.' }).waitFor();
    }
    // Everyone sees how many voted, never how.
    await card(chair).getByTestId('vote-progress').filter({ hasText: 'Votes exprimés : 3 sur 3' }).waitFor({ timeout: 15000 });
    await card(a).getByTestId('vote-progress').filter({ hasText: 'Votes exprimés : 3 sur 3' }).waitFor({ timeout: 15000 });
    expect(await card(a).getByTestId('vote-count').count()).toBe(0);

    // Live view with both panels, for the record (chair, then a member on a phone-sized screen too).
    await checkScreen(chair, 'sitting-live-chair');
    await checkScreen(c, 'sitting-live-member');

    await card(chair).getByRole('button', { name: 'Clore le vote' }).click();
    for (const page of [chair, ...deputies]) {
      await card(page).getByTestId('vote-results').waitFor({ timeout: 15000 });
      expect(await card(page).getByTestId('vote-count').allTextContents()).toEqual(['Pour : 2', 'Contre : 1', 'Abstention : 0']);
      expect(await card(page).getByTestId('vote-turnout').textContent()).toMatch(/^Participation : 3 sur 3 \(100\s?%\)\.$/);
      expect(await card(page).getByTestId('vote-quorum').textContent()).toContain(`3 présent·es sur ${memberCount} membres`);
    }

    // The decision, in one step from the result; then on the meeting page.
    const text = card(chair).getByRole('textbox', { name: 'Texte de la décision' });
    expect(await text.inputValue()).toContain('Pour 2, Contre 1, Abstention 0');
    await text.fill(DECISION);
    await card(chair).getByRole('button', { name: 'Enregistrer comme décision' }).click();
    await card(chair).getByTestId('vote-decision').filter({ hasText: DECISION }).waitFor();
    await checkScreen(chair, 'sitting-live-results');
    await chair.goto(`${world.webUrl}/meetings/${meeting.id}`);
    await chair.getByRole('heading', { level: 1, name: meeting.title }).waitFor();
    await chair.getByText(DECISION).waitFor();
    const { meeting: decided } = await api<{
      meeting: { decisions: Array<{ text: string; votesFor: number; votesAgainst: number; votesAbstain: number }> };
    }>(
      world.apiUrl,
      'query($id: ID!) { meeting(id: $id) { decisions { text votesFor votesAgainst votesAbstain } } }',
      { id: meeting.id },
      chairToken,
    );
    expect(decided.decisions).toContainEqual({ text: DECISION, votesFor: 2, votesAgainst: 1, votesAbstain: 0 });
  });

  it('a time poll: the coordinator proposes two slots, two members answer, the best slot becomes a meeting and the poll closes', async () => {
    const coordinator = await loggedIn(CHAIR);
    await coordinator.goto(`${world.webUrl}/groups/${groupId}`);
    await coordinator.getByRole('heading', { level: 1, name: groupName }).waitFor();
    await coordinator.getByRole('button', { name: 'Proposer des créneaux' }).click();
    const title = 'Réunion de décembre : accès aux soins';
    await coordinator.getByRole('textbox', { name: 'Titre de la réunion' }).fill(title);
    await coordinator.getByLabel('Créneau 1 : début').fill(inDaysAtSix(9));
    await coordinator.getByLabel('Créneau 2 : début').fill(inDaysAtSix(10));
    await coordinator.getByRole('button', { name: 'Créer le sondage' }).click();
    await coordinator.getByRole('heading', { level: 1, name: title }).waitFor();
    const pollUrl = coordinator.url();
    expect(await coordinator.getByTestId('time-poll-slot').count()).toBe(2);

    // Two members answer from the group page; one of them lives in Toronto and sees her own time too.
    const answers: Array<[Person, string | undefined, [string, string]]> = [
      [x1, undefined, ['Oui', 'Non']],
      [y1, 'America/Toronto', ['Si besoin', 'Oui']],
    ];
    for (const [who, timezoneId, [first, second]] of answers) {
      const page = await loggedIn(who.email, { timezoneId });
      await page.goto(`${world.webUrl}/groups/${groupId}`);
      await page.getByTestId('time-poll-item').filter({ hasText: 'À répondre' }).getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const slots = page.getByTestId('time-poll-slot');
      if (timezoneId) expect(await slots.first().textContent()).toContain(`Chez vous (${timezoneId})`);
      await slots.nth(0).getByRole('radio', { name: first }).check();
      await slots.nth(1).getByRole('radio', { name: second }).check();
      await page.getByRole('button', { name: 'Enregistrer mes réponses' }).click();
      await page.getByTestId('answers-saved').filter({ hasText: 'Vos réponses sont enregistrées.' }).waitFor();
      if (timezoneId) await checkScreen(page, 'time-poll-member');
    }

    // The tally, the best slot (most yes, then most yes-or-if-need-be), then one step to a meeting.
    // Back to the poll through the group page, as the coordinator would.
    await coordinator.getByRole('link', { name: groupName, exact: true }).first().click();
    await coordinator.getByRole('heading', { level: 1, name: groupName }).waitFor();
    await coordinator.getByTestId('time-poll-item').getByRole('link', { name: title }).click();
    await coordinator.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(coordinator.url()).toBe(pollUrl);
    const slots = coordinator.getByTestId('time-poll-slot');
    await slots.first().getByTestId('slot-tally').filter({ hasText: 'Oui : 1 · Si besoin : 1 · Non : 0' }).waitFor();
    expect(await slots.nth(1).getByTestId('slot-tally').textContent()).toBe('Oui : 1 · Si besoin : 0 · Non : 1');
    expect(await slots.first().getAttribute('data-best')).toBe('true');
    await checkScreen(coordinator, 'time-poll-coordinator');
    const best = await slots.first().getByTestId('slot-when').textContent();
    await coordinator.getByRole('button', { name: 'Planifier et clore le sondage' }).click();
    const done = coordinator.getByTestId('time-poll-scheduled');
    await done.waitFor();
    expect(await coordinator.getByTestId('time-poll-status').textContent()).toBe('Clos');
    await coordinator.getByTestId('time-poll-closed').waitFor();
    await done.getByRole('link', { name: title }).click();
    await coordinator.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await coordinator.getByTestId('meeting-when').textContent()).toContain(best!.split('–')[0].split(' à ')[0]);
  });
});
