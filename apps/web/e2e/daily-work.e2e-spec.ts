import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { dialogSettled, openSession, seriousA11yViolations } from './support/browser';
import { demoTerm } from './support/demo-term';
import { browserWorld } from './support/harness';
import { api } from './support/api';

const PASSWORD = 'tribune-demo-2026';
const ADMIN = 'admin@tribune.example';
const COORDINATOR = 'coordination.sociale@tribune.example';
const DEPUTY = 'amina.haidari@tribune.example';

/** "YYYY-MM-DDTHH:mm" a week from now at 07:00 (a datetime-local value on the Paris clock). */
function nextWeekAtSeven(): string {
  const d = new Date(Date.now() + 7 * 86400_000);
  return `${d.toISOString().slice(0, 10)}T07:00`;
}

describe('web: every role’s daily work (real API, PostgreSQL, Chromium)', () => {
  const world = browserWorld({ servers: 'own' });
  const { loggedIn, checkScreen } = world;

  const focusedHeading = async (page: Page) => {
    // Focus moves once the page's data (and so its heading) is there.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 3000 }).catch(() => undefined);
    return page.evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null));
  };

  it('a deputy sees their groups, meetings and reports, answers a meeting, and the answer sticks after a reload', async () => {
    const page = await loggedIn(DEPUTY, { timezoneId: 'America/Toronto' });
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Accueil', 'Groupes', 'Calendrier', 'Député·es', 'Mon compte']);
    const groups = page.getByRole('list', { name: 'Mes groupes de travail' }).getByRole('link');
    expect((await groups.allTextContents()).sort()).toEqual(['Démarches administratives', 'Santé']);
    await page.getByRole('heading', { level: 2, name: 'Mes remontées de terrain' }).waitFor();

    const first = page.getByTestId('meeting-item').first();
    const title = await first.getByRole('link').first().textContent();
    await first.getByRole('button', { name: 'Peut-être' }).click();
    expect(await first.getByRole('button', { name: 'Peut-être' }).getAttribute('aria-pressed')).toBe('true');
    await first.getByRole('button', { name: 'Je viens' }).click();
    expect(await first.getByRole('button', { name: 'Je viens' }).getAttribute('aria-pressed')).toBe('true');
    // Let the server answer before reloading.
    await page
      .waitForResponse((r) => r.url().endsWith('/graphql') && r.request().postData()?.includes('RespondToMeeting') === true)
      .catch(() => undefined);
    await page.waitForTimeout(300);
    await page.reload();
    const again = page.getByTestId('meeting-item').filter({ hasText: title! }).first();
    // The page may open from the offline copy first; what counts is what the server's answer shows.
    await again.getByRole('button', { name: 'Je viens', pressed: true }).waitFor();
    expect(await again.getByRole('button', { name: 'Je viens' }).getAttribute('aria-pressed')).toBe('true');
    expect(await again.getByRole('button', { name: 'Peut-être' }).getAttribute('aria-pressed')).toBe('false');
    // Toronto reader: the Paris time and theirs.
    expect(await again.textContent()).toContain('America/Toronto');
    await checkScreen(page, 'home-deputy');

    // The meeting page: Paris time and the reader's, the answer given, the agenda (read-only).
    await again.getByRole('link', { name: title! }).click();
    await page.getByRole('heading', { level: 1, name: title! }).waitFor();
    expect(await focusedHeading(page)).toBe(title);
    expect(await page.getByTestId('meeting-when').textContent()).toContain('Europe/Paris');
    expect(await page.getByTestId('meeting-when-local').textContent()).toContain('America/Toronto');
    expect(await page.getByRole('button', { name: 'Je viens' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: /^Descendre/ }).count()).toBe(0);
    await checkScreen(page, 'meeting-deputy');

    // The group page, from the meeting.
    const groupName = (await page.getByTestId('meeting-group').textContent())!;
    await page.getByTestId('meeting-group').click();
    await page.getByRole('heading', { level: 1, name: groupName, exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Membres/ }).waitFor();
    expect(await page.getByText('Responsable').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Planifier une réunion' }).count()).toBe(0);
    await checkScreen(page, 'group-deputy');

    // The calendar: meetings week by week, the feed address, a new address on demand.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Calendrier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calendrier', exact: true }).waitFor();
    expect(await focusedHeading(page)).toBe('Calendrier');
    const weekHeadings = page.getByRole('heading', { level: 3, name: /^Semaine du/ });
    expect(await weekHeadings.count()).toBeGreaterThan(1);
    // The next six weeks first; a year of the term's meetings only on demand.
    expect(await weekHeadings.count()).toBeLessThanOrEqual(6);
    await page.getByRole('button', { name: /^Afficher (les \d+ réunions suivantes|la réunion suivante)/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('h3[id^="week-"]').length > 6);
    const feed = page.getByTestId('feed-link');
    const before = await feed.getAttribute('href');
    expect(before).toMatch(/\/calendar\/[^/]+\.ics$/);
    const ics = await page.request.get(before!);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    await checkScreen(page, 'calendar');
    await page.getByRole('button', { name: 'Créer une nouvelle adresse' }).click();
    await page.getByRole('status').filter({ hasText: 'l’ancienne ne fonctionne plus' }).waitFor();
    expect(await feed.getAttribute('href')).not.toBe(before);
    expect((await page.request.get(before!)).status()).toBe(404);
  });

  it('a coordinator schedules a weekly meeting (conflicts shown) and reorders its agenda with the keyboard', async () => {
    const page = await loggedIn(COORDINATOR);
    await page.getByRole('list', { name: 'Mes groupes de travail' }).getByRole('link', { name: 'Logement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logement' }).waitFor();
    await page.getByRole('button', { name: 'Planifier une réunion' }).click();
    const form = page.getByRole('form', { name: 'Nouvelle réunion' });
    await form.getByRole('textbox', { name: 'Titre' }).fill('Point logement hebdomadaire');
    await form.getByLabel('Début').fill(nextWeekAtSeven());
    await form.getByText('Chaque semaine', { exact: true }).click();
    await form.getByRole('textbox', { name: 'Nombre de réunions' }).fill('3');
    expect(await page.getByTestId('recurrence-summary').textContent()).toMatch(/^Chaque semaine le \w+, 3 fois\.$/);
    expect(await page.getByTestId('schedule-local-time').textContent()).toBe('C’est aussi votre fuseau horaire.');
    await checkScreen(page, 'group-schedule');
    await form.getByRole('button', { name: 'Planifier', exact: true }).click();
    const result = page.getByTestId('schedule-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('3 réunions planifiées');
    await page.getByTestId('meeting-item').filter({ hasText: 'Point logement hebdomadaire' }).first().waitFor();

    await result.getByRole('link', { name: 'Point logement hebdomadaire' }).click();
    await page.getByRole('heading', { level: 1, name: 'Point logement hebdomadaire' }).waitFor();
    expect(await page.getByText('Cette réunion fait partie d’une série.').isVisible()).toBe(true);
    for (const item of ['Accueil', 'Hébergement d’urgence', 'Questions diverses']) {
      await page.getByRole('textbox', { name: 'Intitulé du point' }).fill(item);
      await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
      await page.getByTestId('agenda-title').filter({ hasText: item }).waitFor();
    }
    const titles = () => page.getByTestId('agenda-title').allTextContents();
    expect(await titles()).toEqual(['1. Accueil', '2. Hébergement d’urgence', '3. Questions diverses']);

    // Keyboard only: focus "move Accueil down", press Enter twice.
    let reorderSaved = 0;
    page.on('response', (r) => {
      if (r.url().endsWith('/graphql') && r.request().postData()?.includes('ReorderAgenda') === true) reorderSaved++;
    });
    await page.getByRole('button', { name: 'Descendre « Accueil »' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('agenda-announcer').filter({ hasText: '« Accueil » déplacé en position 2 sur 3.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Descendre « Accueil »');
    await page.keyboard.press('Enter');
    await page.getByTestId('agenda-announcer').filter({ hasText: 'position 3 sur 3' }).waitFor();
    expect(await titles()).toEqual(['1. Hébergement d’urgence', '2. Questions diverses', '3. Accueil']);
    // The moves show at once; reload only once both are saved (a fixed wait was a race).
    for (let i = 0; i < 100 && reorderSaved < 2; i++) await page.waitForTimeout(50);
    expect(reorderSaved).toBe(2);
    await page.reload();
    // The page may open from the offline copy first; what counts is the server's answer (three items).
    await page.getByTestId('agenda-title').nth(2).waitFor();
    expect(await titles()).toEqual(['1. Hébergement d’urgence', '2. Questions diverses', '3. Accueil']);
    await checkScreen(page, 'meeting-coordinator');

    await openSession(page, 'Ouvrir la réunion');
    expect(await page.getByText('En cours', { exact: true }).isVisible()).toBe(true);

    // Live: a decision on an item, with its votes, and an action for a member.
    const decisionForm = page.getByRole('form', { name: 'Enregistrer une décision' });
    await decisionForm.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await decisionForm.getByText('Choisissez le point concerné.').waitFor();
    await decisionForm.getByRole('combobox', { name: 'Point de l’ordre du jour' }).selectOption({ label: '1. Hébergement d’urgence' });
    await decisionForm.getByRole('textbox', { name: 'Décision', exact: true }).fill('Saisir la préfecture sur les places d’hébergement');
    await decisionForm.getByRole('textbox', { name: 'Pour', exact: true }).fill('3');
    await decisionForm.getByRole('textbox', { name: 'Contre', exact: true }).fill('1');
    await decisionForm.getByRole('textbox', { name: 'Abstention', exact: true }).fill('0');
    await decisionForm.getByRole('button', { name: 'Enregistrer la décision' }).click();
    const decision = page.getByTestId('decision').filter({ hasText: 'Saisir la préfecture' });
    await decision.waitFor();
    expect(await decision.textContent()).toContain('Pour : 3, contre : 1, abstention : 0');
    const actionForm = page.getByRole('form', { name: 'Confier une action' });
    await actionForm.getByRole('textbox', { name: 'Action', exact: true }).fill('Écrire à la préfecture');
    await actionForm.getByRole('combobox', { name: 'Confiée à' }).selectOption({ index: 1 });
    await actionForm.getByLabel('Échéance').fill(nextWeekAtSeven().slice(0, 10));
    await actionForm.getByRole('button', { name: 'Confier l’action' }).click();
    const action = page.getByTestId('action-item').filter({ hasText: 'Écrire à la préfecture' });
    await action.waitFor();
    expect(await action.textContent()).toMatch(/Confiée à .+ · pour le /);
    await checkScreen(page, 'meeting-outcomes');
  });

  it('a deputy sends a field report from the home page and a coordinator routes it to a group', async () => {
    const title = 'Refus de domiciliation au CCAS';
    const deputy = await loggedIn(DEPUTY);
    await deputy.getByRole('button', { name: 'Nouvelle remontée' }).click();
    const form = deputy.getByRole('form', { name: 'Nouvelle remontée de terrain' });
    await form.getByRole('button', { name: 'Envoyer la remontée' }).click();
    expect(await form.getByText('Ce champ est obligatoire.').count()).toBe(4);
    // Chosen from the official list (type part of a name or the number), never typed as free text.
    await form.getByRole('combobox', { name: 'Territoire' }).fill('Rhône');
    await deputy.getByRole('option', { name: 'Rhône (69)' }).click();
    await form.getByRole('textbox', { name: 'Thème' }).fill('Logement');
    await form.getByRole('textbox', { name: 'Titre' }).fill(title);
    await form.getByRole('textbox', { name: 'Ce qui se passe' }).fill('Plusieurs familles se voient refuser une adresse administrative.');
    await form.getByRole('checkbox', { name: /Contient un témoignage anonymisé/ }).check();
    await checkScreen(deputy, 'report-form');
    await form.getByRole('button', { name: 'Envoyer la remontée' }).click();
    await deputy
      .getByTestId('report-sent')
      .filter({ hasText: `Remontée « ${title} » envoyée.` })
      .waitFor();
    const mine = deputy.getByTestId('report-item').filter({ hasText: title });
    await mine.waitFor();
    expect(await mine.textContent()).toContain('Envoyée');

    const page = await loggedIn(COORDINATOR);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Remontées' }).click();
    await page.getByRole('heading', { level: 1, name: 'Remontées de terrain' }).waitFor();
    expect(await focusedHeading(page)).toBe('Remontées de terrain');
    const card = page.getByTestId('triage-report').filter({ hasText: title });
    await card.waitFor();
    expect(await card.getByTestId('triage-status').textContent()).toBe('Envoyée');
    expect(await card.textContent()).toContain('Contient un témoignage anonymisé.');
    await checkScreen(page, 'reports-coordinator');
    await card.getByRole('combobox', { name: 'Transmettre au groupe' }).selectOption({ label: 'Logement' });
    await card.getByRole('textbox', { name: 'Remarque (facultatif)' }).fill('À voir avec la domiciliation');
    await card.getByRole('button', { name: 'Transmettre', exact: true }).click();
    await card.getByTestId('triage-status').filter({ hasText: 'Transmise à un groupe' }).waitFor();
    expect(await card.textContent()).toContain('Transmise au groupe Logement');
    await card.getByText(/^Historique \(2 étapes\)$/).click();
    expect(await card.getByTestId('triage-history').textContent()).toContain('À voir avec la domiciliation');
    // Now triaged: it can go on one of the group's agendas, or be closed.
    expect(
      (await card.getByRole('combobox', { name: 'Inscrire à l’ordre du jour de' }).count()) +
        (await card.getByText('Aucune réunion prévue dans ce groupe').count()),
    ).toBe(1);
    await card.getByRole('button', { name: `Classer « ${title} »` }).waitFor();

    // The deputy sees the new status.
    await deputy.reload();
    await deputy.getByTestId('report-item').filter({ hasText: title }).filter({ hasText: 'Transmise à un groupe' }).waitFor();
  });

  it('an administrator replaces a deputy on a seat, sees history and parity update, then finds it in the audit log', async () => {
    const { login } = await api<{ login: { token: string } }>(
      world.apiUrl,
      'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }',
      { e: ADMIN, p: PASSWORD },
    );
    await api(
      world.apiUrl,
      'mutation($i: CreateDeputyInput!) { createDeputy(input: $i) { id } }',
      { i: { fullName: 'Ibrahim Sow', gender: 'MAN', territory: 'reg:53', languages: ['fr', 'wo'] } },
      login.token,
    );

    const page = await loggedIn(ADMIN);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Accueil',
      'Groupes',
      'Calendrier',
      'Député·es',
      'Remontées',
      'Mandature',
      'Comptes',
      'Journal',
      'Courriels envoyés',
      'Registres',
      'Mon compte',
    ]);
    await checkScreen(page, 'home-admin');
    await nav.getByRole('link', { name: 'Mandature' }).click();
    await page.getByRole('heading', { level: 1, name: (await demoTerm(world.apiUrl)).name }).waitFor();
    expect(await page.getByTestId('parity-line').textContent()).toBe('8 femmes sur 15 sièges, minimum 8 : atteint');

    await page.getByRole('button', { name: 'Mettre fin au mandat du siège 3' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mettre fin au mandat du siège 3' });
    await dialog.waitFor();
    expect(await dialog.getByText('Titulaire : Hawa Camara').isVisible()).toBe(true);
    // The dialog's fade-in is over before measuring contrast.
    await dialogSettled(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('combobox', { name: 'Successeur·e' }).selectOption({ label: 'Ibrahim Sow' });
    await dialog.getByRole('textbox', { name: 'Remarque (facultatif)' }).fill('Démission pour raisons personnelles');
    await dialog.getByRole('button', { name: 'Mettre fin au mandat' }).click();

    const outcome = page.getByTestId('seat-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('Siège 3 : Ibrahim Sow remplace Hawa Camara.');
    expect(await outcome.textContent()).toContain('le nombre minimum de femmes ne pourrait plus être atteint');
    await page.getByTestId('parity-line').filter({ hasText: '7 femmes sur 15 sièges, minimum 8 : non atteint' }).waitFor();
    const seat3 = page.getByTestId('seat').nth(2);
    expect(await seat3.getByTestId('seat-holder').textContent()).toBe('Ibrahim Sow');
    expect(await seat3.getByTestId('seat-history').textContent()).toMatch(/^Auparavant : Hawa Camara \(jusqu’au .+, remplacement\)$/);
    await checkScreen(page, 'term-admin');

    await nav.getByRole('link', { name: 'Journal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journal des modifications' }).waitFor();
    expect(await focusedHeading(page)).toBe('Journal des modifications');
    // Unfiltered, the log opens (it failed by default: the page sent action: null).
    await page.getByTestId('audit-table').waitFor();
    await page.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Fin de mandat' });
    await page
      .getByTestId('audit-count')
      .filter({ hasText: /^1 entrée\(s\) affichée\(s\) sur 1$/ })
      .waitFor();
    await page.getByTestId('audit-table').filter({ hasText: 'Fin de mandat' }).waitFor();
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Claire Martin (administration)');
    await checkScreen(page, 'audit');
  });
});
