import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { sharedServers } from './support/servers';
import { createOwnGroup, scheduleOwnMeeting } from './support/fixtures';
import { hasHorizontalOverflow, launchBrowser, screenshots, seriousA11yViolations } from './support/browser';
import { api, login } from './support/api';

const PASSWORD = 'tribune-demo-2026';
const ADMIN = 'admin@tribune.example';

/**
 * Tribune in the pocket (issue 16): installed as an app with a service worker, what the person
 * read stays readable without a network, and a message written offline leaves once the network
 * is back, even after the page was closed.
 */
describe('web: Tribune on a phone, offline', () => {
  const { api: apiServer, web } = sharedServers();
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let groupName = '';
  let chair = { email: '', name: '' };
  let member = { email: '', name: '' };
  let meetingId = '';

  const composer = (page: Page) => page.getByRole('textbox', { name: 'Votre message', exact: true });
  const messages = (page: Page, text: string): Locator =>
    page.getByTestId('message-log').getByTestId('live-message').filter({ hasText: text });
  const liveReady = (page: Page) => page.getByTestId('message-log').and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 30000 });
  async function newContext() {
    const context = await browser!.newContext({
      viewport: { width: 375, height: 812 },
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      hasTouch: true,
    });
    contexts.push(context);
    return context;
  }
  async function logIn(page: Page, email: string) {
    await page.goto(`${web.url}/login`);
    await page.getByRole('textbox', { name: 'Adresse e-mail', exact: true }).fill(email);
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accueil', exact: true }).waitFor();
  }
  /** Waits until the page's service worker is active (it precached the app). */
  const serviceWorkerReady = (page: Page) => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active));

  beforeAll(async () => {
    browser = await launchBrowser();
    const group = await createOwnGroup(apiServer.url, { name: 'Poche', members: [{ gender: 'WOMAN', role: 'LEAD' }, { gender: 'MAN' }] });
    groupName = group.name;
    const [lead, other] = group.members;
    chair = { email: lead.email, name: lead.name };
    member = { email: other.email, name: other.name };
    const admin = await login(apiServer.url, ADMIN);
    await scheduleOwnMeeting(apiServer.url, admin, { groupId: group.id, title: 'Séance de poche', agenda: ['Logement', 'Santé'] });
    const token = await login(apiServer.url, chair.email);
    const { meetings } = await api<{ meetings: Array<{ id: string }> }>(
      apiServer.url,
      'query($g: ID!) { meetings(filter: { groupId: $g, when: UPCOMING, limit: 1 }) { id } }',
      { g: group.id },
      token,
    );
    meetingId = meetings[0].id;
    await api(
      apiServer.url,
      'mutation($i: StartMeetingInput!) { startMeeting(input: $i) { id } }',
      { i: { meetingId, confirmEarly: true } },
      token,
    );
  }, 240000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }, 60000);

  it('is installable: a manifest with name, icons, theme, lang and dir, and a service worker', async () => {
    const manifest = (await (await fetch(`${web.url}/manifest.webmanifest`)).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: 'Tribune',
      lang: 'fr',
      dir: 'ltr',
      display: 'standalone',
      start_url: '/',
      theme_color: '#3b5bdb',
    });
    const icons = manifest.icons as Array<{ sizes: string; purpose?: string }>;
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });

  it('opens offline with what the person last read, and sends a message written offline exactly once after the page was closed', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await logIn(page, member.email);
    await page.getByRole('link', { name: groupName, exact: true }).first().waitFor();
    expect(await serviceWorkerReady(page)).toBe(true);
    // The discussion, read once online.
    const chairContext = await newContext();
    const chairPage = await chairContext.newPage();
    await logIn(chairPage, chair.email);
    await chairPage.goto(`${web.url}/meetings/${meetingId}/live`);
    await liveReady(chairPage);
    const readOnline = `Lu en ligne ${randomUUID().slice(0, 8)}`;
    await composer(chairPage).fill(readOnline);
    await composer(chairPage).press('Enter');
    await page.goto(`${web.url}/meetings/${meetingId}/live`);
    await liveReady(page);
    await messages(page, readOnline).waitFor();
    // The copies are written a moment after a change.
    await page.waitForTimeout(1500);

    // No network: the app opens from the service worker, home and the discussion from this device's copy.
    await context.setOffline(true);
    await page.goto(`${web.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Accueil', exact: true }).waitFor();
    await page.getByRole('link', { name: groupName, exact: true }).first().waitFor();
    await page.goto(`${web.url}/meetings/${meetingId}/live`);
    await messages(page, readOnline).waitFor();
    await page.getByTestId('connection-banner').filter({ hasText: 'Vous êtes hors ligne' }).waitFor();

    // Written offline, then the page is closed before the network comes back.
    const writtenOffline = `Écrit hors ligne puis fermé ${randomUUID().slice(0, 8)}`;
    await composer(page).fill(writtenOffline);
    await composer(page).press('Enter');
    await messages(page, writtenOffline).and(page.locator('[data-status="sending"]')).waitFor();
    await page.close();
    expect(context.pages()).toEqual([]);
    await context.setOffline(false);

    // With no page of the app open, the service worker sends it (Background Sync): the others read it.
    await messages(chairPage, writtenOffline).waitFor({ timeout: 30000 });

    // Opened again: the message is there once, for the person and for everyone else.
    const again = await context.newPage();
    await again.goto(`${web.url}/meetings/${meetingId}/live`);
    await messages(again, writtenOffline).and(again.locator('[data-seq]')).waitFor({ timeout: 30000 });
    await again.reload();
    await liveReady(again);
    expect(await messages(again, writtenOffline).count()).toBe(1);
    expect(await messages(chairPage, writtenOffline).count()).toBe(1);
    const token = await login(apiServer.url, chair.email);
    const stored = await api<{ messages: Array<{ body: string }> }>(
      apiServer.url,
      'query($g: ID!) { messages(groupId: $g, afterSeq: 0, limit: 200) { body } }',
      { g: await groupIdOf(meetingId, token) },
      token,
    );
    expect(stored.messages.filter((m) => m.body === writtenOffline)).toHaveLength(1);
  });

  it('runs a sitting on a 375 px phone by touch and keyboard: discussion first, composer docked, the rest one tap away with badges', async () => {
    const chairToken = await login(apiServer.url, chair.email);
    // The chair moves to the first item (its button names it in full, nothing cut off).
    const chairContext = await newContext();
    const chairPage = await chairContext.newPage();
    await logIn(chairPage, chair.email);
    await chairPage.goto(`${web.url}/meetings/${meetingId}/live`);
    await liveReady(chairPage);
    await chairPage.getByRole('tab', { name: 'Ordre du jour' }).tap();
    const nextItem = chairPage.getByTestId('next-item');
    await nextItem.waitFor();
    const fits = await nextItem.evaluate((b) => {
      const r = b.getBoundingClientRect();
      const label = b.querySelector('.mantine-Button-label') as HTMLElement;
      return r.left >= 0 && r.right <= window.innerWidth && label.scrollWidth <= label.clientWidth;
    });
    expect(fits).toBe(true);
    await nextItem.tap();
    await chairPage.getByTestId('current-item').filter({ hasText: 'Point en cours : Logement' }).waitFor();

    const context = await newContext();
    const page = await context.newPage();
    await logIn(page, member.email);
    // RSVP buttons and every other button of the home page: 44 px high at least.
    const small = async () =>
      page.evaluate(() =>
        [...document.querySelectorAll('main button, main [role="tab"]')]
          .filter((b) => (b as HTMLElement).offsetParent !== null)
          .map((b) => ({ name: b.textContent?.trim(), height: Math.round(b.getBoundingClientRect().height) }))
          .filter((b) => b.height < 44),
      );
    expect(await small()).toEqual([]);

    await page.goto(`${web.url}/meetings/${meetingId}/live`);
    await liveReady(page);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    // The discussion first; its composer at the bottom of the screen, on screen.
    expect(await page.getByRole('tab', { name: 'Discussion' }).getAttribute('aria-selected')).toBe('true');
    const box = (await page.locator('.live-composer').boundingBox())!;
    expect(Math.round(box.y + box.height)).toBe(812);
    expect(await small()).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Offline while typing: the connection state shows just above the composer.
    await context.setOffline(true);
    await composer(page).tap();
    await composer(page).pressSequentially('Je reviens vers vous');
    const banner = page.getByTestId('connection-banner');
    await banner.filter({ hasText: 'Vous êtes hors ligne' }).waitFor();
    const shown = (await banner.boundingBox())!;
    expect(shown.y).toBeGreaterThanOrEqual(0);
    expect(shown.y + shown.height).toBeLessThanOrEqual(box.y + 1);
    await composer(page).fill('');
    await context.setOffline(false);
    await banner.filter({ hasText: /^$/ }).waitFor({ state: 'attached' });

    // Speakers by keyboard: arrow keys between tabs, then "Demander la parole" keeps the focus.
    await page.getByRole('tab', { name: 'Discussion' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('tab', { name: 'Orateurs' }).getAttribute('aria-selected')).toBe('true');
    const ask = page.getByRole('button', { name: 'Demander la parole' });
    await ask.focus();
    await page.keyboard.press('Enter');
    const withdraw = page.getByRole('button', { name: 'Retirer ma demande' });
    await withdraw.waitFor();
    expect(await withdraw.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await small()).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A vote opens while the person reads the speakers: its tab says so until opened (by touch).
    const { meeting } = await api<{ meeting: { currentAgendaItem: { id: string } } }>(
      apiServer.url,
      'query($id: ID!) { meeting(id: $id) { currentAgendaItem { id } } }',
      { id: meetingId },
      chairToken,
    );
    await api(
      apiServer.url,
      'mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }',
      { i: { agendaItemId: meeting.currentAgendaItem.id, question: 'Adopter le point logement ?' } },
      chairToken,
    );
    await page.getByTestId('sitting-badge-votes').waitFor({ timeout: 30000 });
    await page.getByRole('tab', { name: /^Votes/ }).tap();
    await page.getByTestId('vote-panel').getByText('Adopter le point logement ?').first().waitFor();
    expect(await page.getByTestId('sitting-badge-votes').count()).toBe(0);
    expect(await small()).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Discussion' }).tap();
    await screenshots(page, 'sitting-phone');
  });

  async function groupIdOf(id: string, token: string): Promise<string> {
    const { meeting } = await api<{ meeting: { group: { id: string } } }>(
      apiServer.url,
      'query($id: ID!) { meeting(id: $id) { group { id } } }',
      { id },
      token,
    );
    return meeting.group.id;
  }
});
