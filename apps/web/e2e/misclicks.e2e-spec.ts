import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { api, DEMO_PASSWORD, login } from './support/api';
import { dialogSettled, hasHorizontalOverflow, launchBrowser, screenshots, seriousA11yViolations } from './support/browser';
import { scheduleOwnMeeting, uniqueTag } from './support/fixtures';
import { sharedServers } from './support/servers';

const ADMIN = 'admin@tribune.example';

/**
 * Issue 12, "nothing irreversible by two misclicks", as an administrator lives it: opening a
 * meeting 13 days ahead asks first (Escape keeps it scheduled), closing asks, a meeting closed
 * by mistake is reopened and its attendance never counted; the audit log opens unfiltered and
 * shows the meeting's history in words. Dialogs and pages pass axe; nothing overflows at 375 px.
 */
describe('web: no irreversible misclick (real API, PostgreSQL, Chromium)', () => {
  const { api: apiServer, web } = sharedServers();
  let browser: Browser | undefined;
  let page: Page;
  let meeting: { id: string; title: string };

  beforeAll(async () => {
    // A group of its own (no members needed: nobody's attendance may count here anyway).
    const admin = await login(apiServer.url, ADMIN);
    const { createWorkingGroup: group } = await api<{ createWorkingGroup: { id: string } }>(
      apiServer.url,
      'mutation($i: CreateWorkingGroupInput!) { createWorkingGroup(input: $i) { id } }',
      { i: { name: `Séances ${uniqueTag()}`, theme: 'Séances' } },
      admin,
    );
    meeting = await scheduleOwnMeeting(apiServer.url, admin, {
      groupId: group.id,
      title: `Réunion dans 13 jours ${uniqueTag()}`,
      agenda: ['Accueil'],
      startsInMinutes: 13 * 24 * 60,
    });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    page = await context.newPage();
    await page.goto(`${web.url}/login`);
    await page.getByRole('textbox', { name: 'Adresse e-mail', exact: true }).fill(ADMIN);
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accueil', exact: true }).waitFor();
  }, 240000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
  }, 60000);

  const status = async () =>
    (
      await api<{ meeting: { status: string; attendanceFinal: boolean } }>(
        apiServer.url,
        'query($id: ID!) { meeting(id: $id) { status attendanceFinal } }',
        { id: meeting.id },
        await login(apiServer.url, ADMIN),
      )
    ).meeting;

  it('asks before opening a meeting 13 days ahead, and before closing it; reopens one closed by mistake', async () => {
    await page.goto(`${web.url}/meetings/${meeting.id}`);
    await page.getByRole('heading', { level: 1, name: meeting.title }).waitFor();

    await page.getByRole('button', { name: 'Ouvrir la réunion' }).click();
    const early = page.getByRole('dialog', { name: 'Ouvrir la réunion en avance ?' });
    await early.waitFor();
    await dialogSettled(page);
    expect(await early.textContent()).toContain('(Europe/Paris)');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await early.waitFor({ state: 'hidden' });
    expect((await status()).status).toBe('SCHEDULED');

    await page.getByRole('button', { name: 'Ouvrir la réunion' }).click();
    await early.getByRole('button', { name: 'Ouvrir maintenant' }).click();
    await page.getByRole('button', { name: 'Clore la réunion' }).click();
    const end = page.getByRole('dialog', { name: 'Clore la réunion ?' });
    await end.waitFor();
    await dialogSettled(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await end.getByRole('button', { name: 'Clore maintenant' }).click();

    // Closed 13 days before its time: its attendance does not count, and it can be reopened.
    await page.getByTestId('attendance-not-final').waitFor();
    expect(await status()).toEqual({ status: 'ENDED', attendanceFinal: false });
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshots(page, 'meeting-closed-reopenable');
    await page.getByRole('button', { name: 'Rouvrir la réunion' }).click();
    await page.getByRole('button', { name: 'Clore la réunion' }).waitFor();
    expect((await status()).status).toBe('LIVE');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("opens the audit log unfiltered and shows one meeting's history in words, page by page", async () => {
    await page.goto(`${web.url}/audit`);
    await page.getByRole('heading', { level: 1, name: 'Journal des modifications' }).waitFor();
    // The page used to fail here: it sent action: null.
    await page.getByTestId('audit-table').waitFor();
    await page.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Réunion rouverte' });
    await page
      .getByTestId('audit-count')
      .filter({ hasText: /^1 entrée\(s\) affichée\(s\) sur 1$/ })
      .waitFor();
    await page.getByRole('button', { name: 'Historique de cet objet : Réunion' }).click();
    await page.getByTestId('audit-target').waitFor();
    await page.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Toutes les actions' });
    await page.getByTestId('audit-table').filter({ hasText: 'Réunion ouverte' }).waitFor();
    const actions = await page.getByTestId('audit-table').locator('tbody tr td:nth-child(2)').allTextContents();
    expect(actions.slice(0, 3)).toEqual(['Réunion rouverte', 'Réunion close', 'Réunion ouverte']);
    expect(actions.join(' ')).not.toContain('meeting.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await screenshots(page, 'audit-one-meeting');
  });
});
