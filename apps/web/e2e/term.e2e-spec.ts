import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sharedServers } from './support/servers';
import { demoTerm } from './support/demo-term';
import { hasHorizontalOverflow, launchBrowser, screenshots, seriousA11yViolations } from './support/browser';

const ADMIN = { email: 'admin@tribune.example', password: 'tribune-demo-2026' };

describe('web: log in and see the current term (real API, PostgreSQL, Chromium)', () => {
  // The run's API and web server: this spec only reads the term (its seats, their holders, parity).
  const { api, web } = sharedServers();
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    page = await context.newPage();
  }, 60000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
  }, 60000);

  it('sends a visitor to an accessible login page', async () => {
    await page.goto(`${web.url}/`);
    await page.waitForURL('**/login');
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshots(page, 'login');
    expect(await hasHorizontalOverflow(page)).toBe(false);
  });

  it('shows the API refusal in the reader’s language', async () => {
    await page.getByRole('textbox', { name: 'Adresse e-mail', exact: true }).fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' }).waitFor();
  });

  it('logs in and shows the 15 seats with their holders, and parity met', async () => {
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // Administrators land on their home page, which links to the term; the header has it too.
    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mandature' }).click();
    const term = await demoTerm(api.url);
    await page.getByRole('heading', { level: 1, name: term.name }).waitFor();

    const seats = page.getByRole('list', { name: /Les sièges/ }).getByRole('listitem');
    expect(await seats.count()).toBe(15);
    const holders = await page.getByTestId('seat-holder').allTextContents();
    expect(holders).toHaveLength(15);
    expect(holders).toContain('Amina Haidari');
    expect(holders.every((h) => h.trim().length > 0)).toBe(true);
    expect(await page.getByText('Vacant', { exact: true }).count()).toBe(0);
    expect(await page.getByTestId('parity-line').textContent()).toBe('8 femmes sur 15 sièges, minimum 8 : atteint');
    expect(await page.getByText(term.frenchSpan).isVisible()).toBe(true);

    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshots(page, 'term');
    expect(await hasHorizontalOverflow(page)).toBe(false);
  });

  it('is keyboard usable: the skip link comes first and leads to <main>', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    await page.getByTestId('parity-line').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu principal');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
  });

  it('switches to English, keeps it after a reload, and updates <html lang>', async () => {
    // The radio itself is visually hidden (a segmented control): click its label, as a person would.
    const english = page.getByRole('radio', { name: 'English' });
    await page.locator(`label[for="${await english.getAttribute('id')}"]`).click();
    // English is fetched when first chosen: wait for the page to turn, then check it.
    await page.getByTestId('parity-line').filter({ hasText: 'women' }).waitFor();
    expect(await english.isChecked()).toBe(true);
    expect(await page.getByTestId('parity-line').textContent()).toBe('8 women of 15 seats, minimum 8: met');
    await page.reload();
    await page.getByTestId('parity-line').waitFor();
    expect(await page.getByTestId('parity-line').textContent()).toBe('8 women of 15 seats, minimum 8: met');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('drops an invalid token and asks to log in again', async () => {
    await page.evaluate(() => localStorage.setItem('tribune.token', 'expired-or-forged'));
    await page.reload();
    await page.waitForURL('**/login');
    await page.getByRole('status').filter({ hasText: 'Your session has expired. Please log in again.' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('tribune.token'))).toBeNull();
  });

  it('logs out', async () => {
    await page.getByRole('textbox', { name: 'Email address', exact: true }).fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('parity-line').waitFor();
    // The choice of English was saved to the account: back to French (saved too) for the specs after.
    const french = page.getByRole('radio', { name: 'Français' });
    await page.locator(`label[for="${await french.getAttribute('id')}"]`).click();
    await page.getByTestId('parity-line').filter({ hasText: 'femmes' }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL('**/login');
    expect(await page.evaluate(() => localStorage.getItem('tribune.token'))).toBeNull();
  });
});
