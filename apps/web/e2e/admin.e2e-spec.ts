import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { createDatabase, dropDatabase, type TestDatabase } from './support/database';
import { stop } from './support/processes';
import { buildWeb, startApi, startWeb, type Server } from './support/servers';
import { dialogSettled, hasHorizontalOverflow, launchBrowser, screenshots, seriousA11yViolations } from './support/browser';
import { api } from './support/api';

const PASSWORD = 'tribune-demo-2026';
const ADMIN = 'admin@tribune.example';
const DEPUTY = 'amina.haidari@tribune.example';

/** A segmented control's radio is visually hidden: click its label, as a person would. */
async function chooseRadio(page: Page, name: string) {
  const id = (await page.getByRole('radio', { name }).getAttribute('id'))!;
  await page.locator(`label[for="${id}"]`).click();
  // The choice goes through the address (a navigation), so the radio turns checked a moment later.
  await page.waitForFunction((radioId) => (document.getElementById(radioId) as HTMLInputElement | null)?.checked === true, id, {
    timeout: 10000,
  });
}

/** axe on an open dialog only: the page behind Mantine's overlay is dimmed on purpose. */
async function dialogViolations(page: Page) {
  await dialogSettled(page);
  const results = await new AxeBuilder({ page })
    .include('[role="dialog"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
}

/** "novembre 2026": the month of a day on the Paris clock, as the calendar titles it. */
const monthTitle = (date: Date) => new Intl.DateTimeFormat('fr', { month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(date);
const parisDay = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(date);

describe('web: accounts, the hemicycle, the calendar and Arabic (real API, PostgreSQL, Chromium)', () => {
  let db: TestDatabase | undefined;
  let apiServer: Server | undefined;
  let web: Server | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  async function loggedIn(email: string, password = PASSWORD, landing = 'Accueil'): Promise<Page> {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${web!.url}/login`);
    await page.getByRole('textbox', { name: 'Adresse e-mail', exact: true }).fill(email);
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: landing, exact: true }).waitFor();
    return page;
  }

  /** axe clean, screenshots at 375 and 1280 px, nothing to scroll sideways at either width. */
  async function checkScreen(page: Page, name: string) {
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await hasHorizontalOverflow(page)).toBe(false);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshots(page, name);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  beforeAll(async () => {
    const [database] = await Promise.all([createDatabase(), buildWeb()]);
    db = database;
    apiServer = await startApi(db.url);
    web = await startWeb(apiServer.url);
    browser = await launchBrowser();
  }, 240000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await stop(web?.child);
    await stop(apiServer?.child);
    await dropDatabase(db);
  }, 60000);

  it('the administrator creates an account, changes its role after confirming, and the new role holds at login', async () => {
    const page = await loggedIn(ADMIN);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Comptes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Comptes et rôles' }).waitFor();
    const list = page.getByRole('list', { name: 'Comptes' });
    const before = await list.getByRole('listitem').count();
    expect(before).toBeGreaterThan(15);
    expect(
      await list.getByRole('listitem').filter({ hasText: 'amina.haidari@tribune.example' }).getByTestId('account-deputy').textContent(),
    ).toMatch(/^Député·e lié·e : Amina/);
    await checkScreen(page, 'accounts');

    // The API's refusal in words: that email is taken.
    await page.getByRole('button', { name: 'Créer un compte' }).click();
    const form = page.getByRole('form', { name: 'Nouveau compte' });
    await form.getByRole('textbox', { name: 'Nom affiché' }).fill('Nour Saleh');
    await form.getByRole('textbox', { name: 'Adresse e-mail' }).fill(DEPUTY);
    await form.getByLabel('Mot de passe provisoire').fill('un-mot-de-passe-sur');
    await form.getByRole('button', { name: 'Créer le compte' }).click();
    await form.getByRole('alert').filter({ hasText: 'Un compte existe déjà avec cette adresse e-mail.' }).waitFor();

    await form.getByRole('textbox', { name: 'Adresse e-mail' }).fill('nour.saleh@tribune.example');
    await form.getByRole('combobox', { name: 'Rôle' }).selectOption({ label: 'Député·e' });
    await form.getByRole('combobox', { name: 'Langue de la personne' }).selectOption({ label: 'العربية' });
    await form.getByRole('button', { name: 'Créer le compte' }).click();
    await page.getByTestId('accounts-outcome').filter({ hasText: 'Compte créé pour Nour Saleh (nour.saleh@tribune.example).' }).waitFor();
    await list.getByRole('listitem').filter({ hasText: 'Nour Saleh' }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(before + 1);

    // Search, then change the role by keyboard in the confirmation dialog.
    await page.getByRole('searchbox', { name: 'Rechercher' }).fill('nour');
    expect(await list.getByRole('listitem').count()).toBe(1);
    const open = page.getByRole('button', { name: 'Changer le rôle de Nour Saleh' });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Changer le rôle de Nour Saleh' });
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'SELECT');
    await dialog.getByRole('combobox', { name: 'Nouveau rôle' }).selectOption('COORDINATOR');
    expect(await dialog.getByTestId('role-confirm-text').textContent()).toContain('Nour Saleh passera de « Député·e » à « Coordination ».');
    expect(await dialogViolations(page)).toEqual([]);
    await screenshots(page, 'accounts-role-dialog');
    await page.setViewportSize({ width: 1280, height: 800 });
    await dialog.getByRole('button', { name: 'Changer le rôle' }).click();
    await page.getByTestId('accounts-outcome').filter({ hasText: 'Nour Saleh a maintenant le rôle « Coordination ».' }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    expect(await list.getByTestId('account-role').textContent()).toBe('Coordination');
    // Focus goes back to the button that opened the dialog (once the closing transition is over).
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Changer le rôle de Nour Saleh', null, {
      timeout: 5000,
    });

    const login = await api<{ login: { user: { role: string; displayName: string } } }>(
      apiServer!.url,
      'mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { user { role displayName } } }',
      { email: 'nour.saleh@tribune.example', password: 'un-mot-de-passe-sur' },
    );
    expect(login.login.user).toEqual({ role: 'COORDINATOR', displayName: 'Nour Saleh' });
  });

  it('the administrator sees the 15 seats as a hemicycle, moves through them by keyboard, and it fits a phone', async () => {
    const page = await loggedIn(ADMIN);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mandature' }).click();
    const drawing = page.getByRole('group', { name: 'Sièges de l’hémicycle' });
    await drawing.waitFor();
    const seats = drawing.getByTestId('hemicycle-seat');
    expect(await seats.count()).toBe(15);
    expect(await drawing.locator('[data-kind="WOMAN"]').count()).toBe(8);
    expect(await page.getByTestId('hemicycle-parity').textContent()).toBe('Parité : 8 femmes pour un minimum de 8, atteint.');
    expect(await seats.first().getAttribute('aria-label')).toMatch(/^Siège 1 : .+, (femme|homme|autre|non précisé)$/);

    await seats.first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const third = (await seats.nth(2).getAttribute('aria-label'))!;
    expect(third).toMatch(/^Siège 3 : /);
    expect(await page.getByTestId('hemicycle-selected').textContent()).toBe(`Sélection : ${third}`);
    expect(await seats.nth(2).evaluate((el) => el === document.activeElement)).toBe(true);

    await checkScreen(page, 'term-hemicycle');
    await page.setViewportSize({ width: 375, height: 812 });
    const box = await page.getByTestId('hemicycle').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 800 });

    // In Arabic too: the page turns right to left, the drawing keeps the chamber's left and right.
    await chooseRadio(page, 'العربية');
    const arabicSeats = page.getByRole('group', { name: 'مقاعد القاعة' }).getByTestId('hemicycle-seat');
    await arabicSeats.first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await arabicSeats.first().getAttribute('aria-label')).toMatch(/^المقعد 1: /);
    const [first, last] = [await arabicSeats.first().boundingBox(), await arabicSeats.last().boundingBox()];
    expect(first!.x).toBeLessThan(last!.x);
    await checkScreen(page, 'term-hemicycle-ar');
    // The choice is saved to the account (the web opens in it at the next login): back to French for the specs after.
    await chooseRadio(page, 'Français');
    await page.getByRole('group', { name: 'Sièges de l’hémicycle' }).waitFor();
  });

  it('a deputy reads the month and the week, moves between them by keyboard and opens a meeting', async () => {
    const page = await loggedIn(DEPUTY);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Calendrier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calendrier', exact: true }).waitFor();
    const now = new Date();
    const period = page.getByTestId('calendar-period');
    expect(await period.textContent()).toBe(monthTitle(now));
    const month = page.getByRole('table', { name: monthTitle(now) });
    await month.waitFor();
    const today = month.locator('td[aria-current="date"]');
    expect(await today.getAttribute('data-day')).toBe(parisDay(now));
    // The demo groups meet every other week: there are meetings in this month's grid or the next.
    await page.getByTestId('calendar-meeting').first().waitFor();
    expect(await page.getByTestId('calendar-meeting').count()).toBeGreaterThan(0);
    await checkScreen(page, 'calendar-month');

    // Keyboard: Page Down to next month, Page Up twice to the previous one, Home back to today.
    await page.getByRole('button', { name: 'Aujourd’hui' }).focus();
    await page.keyboard.press('PageDown');
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 15));
    await page.getByRole('table', { name: monthTitle(next) }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('calendar-period');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    const previous = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15));
    await page.getByRole('table', { name: monthTitle(previous) }).waitFor();
    await page.keyboard.press('Home');
    await page.getByRole('table', { name: monthTitle(now) }).waitFor();

    // The week view, by the view switch, then the next week by keyboard and back.
    await chooseRadio(page, 'Semaine');
    const week = page.getByTestId('calendar-week');
    await week.waitFor();
    const thisWeek = (await period.textContent())!;
    expect(thisWeek).toMatch(/^Semaine du \d+ \S+ au \d+ \S+ \d{4}$/);
    expect(await week.locator('li[aria-current="date"]').getAttribute('data-day')).toBe(parisDay(now));
    await page.getByRole('button', { name: 'Semaine suivante' }).focus();
    await page.keyboard.press('PageDown');
    await page.waitForFunction((text) => document.querySelector('[data-testid="calendar-period"]')?.textContent !== text, thisWeek);
    expect(await week.locator('li[aria-current="date"]').count()).toBe(0);
    await page.keyboard.press('Home');
    await page.waitForFunction((text) => document.querySelector('[data-testid="calendar-period"]')?.textContent === text, thisWeek);
    // Find a week with a meeting (every group meets at least every other week).
    if ((await week.getByTestId('calendar-meeting').count()) === 0) {
      await page.getByRole('button', { name: 'Semaine suivante' }).click();
      await page.waitForFunction((text) => document.querySelector('[data-testid="calendar-period"]')?.textContent !== text, thisWeek);
    }
    const link = week.getByTestId('calendar-meeting').first();
    await link.waitFor();
    expect(await link.textContent()).toMatch(/^\d{2}:\d{2}–\d{2}:\d{2}/);
    await checkScreen(page, 'calendar-week');

    // The "add to my calendar" feed is still there.
    expect(await page.getByTestId('feed-link').getAttribute('href')).toMatch(/\/calendar\/[^/]+\.ics$/);

    const title = (await link.locator('.cal-title').textContent())!;
    await link.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  });

  it('a user switches to Arabic: the page turns right to left, fits a phone and stays accessible', async () => {
    const page = await loggedIn(DEPUTY);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await chooseRadio(page, 'العربية');
    await page.getByRole('heading', { level: 1, name: 'الرئيسية', exact: true }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await page.getByRole('navigation', { name: 'التنقل الرئيسي' }).getByRole('link').allTextContents()).toEqual([
      'الرئيسية',
      'المجموعات',
      'التقويم',
      'النواب والنائبات',
      'حسابي',
    ]);
    // Right to left for real: the navigation starts at the right edge.
    const nav = await page.getByRole('navigation', { name: 'التنقل الرئيسي' }).getByRole('link').first().boundingBox();
    expect(nav!.x).toBeGreaterThan(640);
    await checkScreen(page, 'home-ar');

    await page.getByRole('navigation', { name: 'التنقل الرئيسي' }).getByRole('link', { name: 'التقويم' }).click();
    await page.getByRole('heading', { level: 1, name: 'التقويم', exact: true }).waitFor();
    await page.getByTestId('calendar-month').waitFor();
    await checkScreen(page, 'calendar-month-ar');

    // The choice is kept across a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'التقويم', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');

    // Back to French: left to right again.
    await chooseRadio(page, 'Français');
    await page.getByRole('heading', { level: 1, name: 'Calendrier', exact: true }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fr', 'ltr']);
  });

  it("the administrator resets a deputy's password; the deputy logs in with it and must choose their own before anything else", async () => {
    const admin = await loggedIn(ADMIN);
    await admin.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Comptes' }).click();
    await admin.getByRole('searchbox', { name: 'Rechercher' }).fill('mariam');
    await admin.getByRole('button', { name: 'Réinitialiser le mot de passe de Mariam Osman' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Réinitialiser le mot de passe de Mariam Osman' });
    await dialog.getByRole('button', { name: 'Créer un nouveau mot de passe' }).click();
    const shown = dialog.getByTestId('temporary-password');
    await shown.waitFor();
    const temporary = await shown.inputValue();
    expect(temporary.length).toBeGreaterThanOrEqual(12);
    expect(await dialogViolations(admin)).toEqual([]);
    await dialog.getByRole('button', { name: 'Terminé' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Only the change-password form, with why, whatever page is asked for.
    const deputy = await loggedIn('mariam.osman@tribune.example', temporary, 'Choisissez votre mot de passe');
    await deputy.getByText(/Votre mot de passe est provisoire/).waitFor();
    await checkScreen(deputy, 'temporary-password');
    await deputy.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Groupes' }).click();
    await deputy.getByRole('heading', { level: 1, name: 'Choisissez votre mot de passe' }).waitFor();
    const form = deputy.getByRole('form', { name: 'Changer de mot de passe' });
    await form.getByLabel('Mot de passe provisoire').fill(temporary);
    await form.getByLabel(/^Nouveau mot de passe/).fill('ma propre phrase de passe');
    await form.getByLabel('Confirmer le nouveau mot de passe').fill('ma propre phrase de passe');
    await form.getByRole('button', { name: 'Changer le mot de passe' }).click();
    // This session goes on (its new token) with the page that was asked for; the new password opens the account.
    await deputy.getByRole('heading', { level: 1, name: 'Groupes de travail', exact: true }).waitFor();
    const LOGIN = 'mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }';
    await expect(api(apiServer!.url, LOGIN, { email: 'mariam.osman@tribune.example', password: temporary })).rejects.toThrow(
      /Wrong email or password/,
    );
    expect(
      (
        await api<{ login: { token: string } }>(apiServer!.url, LOGIN, {
          email: 'mariam.osman@tribune.example',
          password: 'ma propre phrase de passe',
        })
      ).login.token,
    ).toBeTruthy();
  });

  it('a coordinator adds a deputy to their group and removes them after confirming; a deputy finds a colleague in the directory', async () => {
    const page = await loggedIn('coordination.sociale@tribune.example');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Groupes' }).click();
    await page.getByRole('link', { name: 'Santé', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Santé' }).waitFor();
    await page.getByRole('button', { name: 'Ajouter un membre' }).click();
    const form = page.getByRole('form', { name: 'Ajouter un membre au groupe' });
    await form.getByRole('combobox', { name: /Député·e/ }).fill('Hawa');
    await page.getByRole('option', { name: 'Hawa Camara' }).click();
    await form.getByRole('button', { name: 'Ajouter au groupe' }).click();
    await page.getByTestId('members-outcome').filter({ hasText: 'Hawa Camara a rejoint le groupe (Membre).' }).waitFor();
    await checkScreen(page, 'group-members');

    await page.getByRole('button', { name: 'Retirer Hawa Camara du groupe' }).click();
    const dialog = page.getByRole('dialog', { name: 'Retirer Hawa Camara du groupe ?' });
    expect(await dialogViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Retirer du groupe' }).click();
    await page.getByTestId('members-outcome').filter({ hasText: 'Hawa Camara ne fait plus partie du groupe.' }).waitFor();
    await page.getByRole('button', { name: 'Retirer Hawa Camara du groupe' }).waitFor({ state: 'detached' });

    const deputy = await loggedIn(DEPUTY);
    await deputy.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Député·es' }).click();
    await deputy.getByRole('heading', { level: 1, name: 'Député·es' }).waitFor();
    const list = deputy.getByRole('list', { name: 'Liste des député·es' });
    // The heading shows before the list has loaded: wait for its rows.
    await list.getByRole('listitem').first().waitFor();
    expect(await list.getByRole('listitem').count()).toBe(15);
    await deputy.getByRole('searchbox', { name: 'Rechercher' }).fill('Rokia');
    await deputy.waitForFunction(() => document.querySelectorAll('ul[aria-label="Liste des député·es"] > li').length === 1);
    await checkScreen(deputy, 'deputies');
    await list.getByRole('link', { name: 'Rokia Traoré' }).click();
    await deputy.getByRole('heading', { level: 1, name: 'Rokia Traoré' }).waitFor();
    await checkScreen(deputy, 'deputy-profile');
  });
});
