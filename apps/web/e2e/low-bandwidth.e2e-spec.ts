import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import { sharedServers } from './support/servers';
import { createOwnGroup, scheduleOwnMeeting } from './support/fixtures';
import { launchBrowser, screenshots, seriousA11yViolations } from './support/browser';
import { slowWebSocketLink, type SlowLink } from './support/slow-link';
import { api, login } from './support/api';

const PASSWORD = 'tribune-demo-2026';
const ADMIN = 'admin@tribune.example';

/** Chromium's "Slow 3G"-like profile: 400 ms of latency, 400 kbit/s down and up. */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
/** The same for the live socket, which Chromium's emulation leaves alone (see support/slow-link.ts). */
const SLOW_3G_SOCKET = { latencyMs: 400, kbitPerSecond: 400 };

interface Agenda {
  id: string;
  title: string;
  agenda: Array<{ id: string; title: string }>;
}

describe('web: the live session on a slow 3G connection (Chromium network emulation)', () => {
  // The run's API and web server, and a group of this spec's own (two new deputies), so the
  // session it opens meets no other spec.
  const { api: apiServer, web } = sharedServers();
  let groupName = '';
  /** The web app as the member's phone reaches it: its WebSocket through a slow link. */
  let slowWeb: SlowLink | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let chair = { email: '', name: '' };
  let member = { email: '', name: '' };
  let meeting: Agenda = { id: '', title: '', agenda: [] };

  const composer = (page: Page) => page.getByRole('textbox', { name: 'Votre message', exact: true });
  const messages = (page: Page, text: string): Locator =>
    page.getByTestId('message-log').getByTestId('live-message').filter({ hasText: text });
  async function write(page: Page, text: string) {
    await composer(page).fill(text);
    await composer(page).press('Enter');
  }
  /** Waits until the message is there, then a little more, and counts it (exactly once). */
  async function countAfterSettling(page: Page, text: string): Promise<number> {
    await messages(page, text).first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(2000);
    return messages(page, text).count();
  }
  async function logIn(page: Page, base: string, email: string, timeout = 30000) {
    await page.goto(`${base}/login`, { timeout });
    await page.getByRole('textbox', { name: 'Adresse e-mail', exact: true }).fill(email, { timeout });
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accueil', exact: true }).waitFor({ timeout });
  }
  async function newContext(viewport = { width: 375, height: 812 }) {
    const context = await browser!.newContext({ viewport, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    contexts.push(context);
    return context;
  }

  beforeAll(async () => {
    slowWeb = await slowWebSocketLink(web.url, SLOW_3G_SOCKET);
    browser = await launchBrowser();

    // The group's lead chairs; another member follows on a slow phone.
    const group = await createOwnGroup(apiServer.url, { name: 'Santé', members: [{ gender: 'WOMAN', role: 'LEAD' }, { gender: 'MAN' }] });
    groupName = group.name;
    const [lead, other] = group.members;
    chair = { email: lead.email, name: lead.name };
    member = { email: other.email, name: other.name };
    const admin = await login(apiServer.url, ADMIN);
    await scheduleOwnMeeting(apiServer.url, admin, {
      groupId: group.id,
      title: 'Accès aux soins',
      agenda: ['Accès aux soins', 'Interprétariat à l’hôpital', 'Questions diverses'],
    });

    // A meeting with an agenda, opened by its chair.
    const token = await login(apiServer.url, chair.email);
    const { meetings } = await api<{ meetings: Agenda[] }>(
      apiServer.url,
      'query($g: ID!) { meetings(filter: { groupId: $g, when: UPCOMING, limit: 10 }) { id title agenda { id title } } }',
      { g: group.id },
      token,
    );
    meeting = meetings.find((m) => m.agenda.length >= 2) ?? meetings.find((m) => m.agenda.length > 0)!;
    // An upcoming meeting, opened ahead of its time: that has to be confirmed (confirmEarly).
    await api(
      apiServer.url,
      'mutation($i: StartMeetingInput!) { startMeeting(input: $i) { id } }',
      { i: { meetingId: meeting.id, confirmEarly: true } },
      token,
    );
  }, 240000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await slowWeb?.close();
  }, 60000);

  it('logs in, joins, sends and receives, follows the chair and edits; a message written offline arrives exactly once; no font or image is fetched', async () => {
    // The chair on a good connection, at a desk (the sitting's phone layout is pocket.e2e-spec's).
    const chairContext = await newContext({ width: 1280, height: 800 });
    const a = await chairContext.newPage();
    await logIn(a, web.url, chair.email);
    await a.goto(`${web.url}/meetings/${meeting.id}/live`);
    await a.getByTestId('message-log').and(a.locator('[aria-busy="false"]')).waitFor();
    const beforeArrival = `Avant votre arrivée ${randomUUID().slice(0, 8)}`;
    await write(a, beforeArrival);
    await messages(a, beforeArrival).and(a.locator('[data-status="sent"]')).waitFor();

    // The member on slow 3G from the first byte (HTTP by Chromium, the socket by the slow link): every request of the page is recorded.
    const memberContext = await newContext();
    const b = await memberContext.newPage();
    const cdp: CDPSession = await memberContext.newCDPSession(b);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
    const kinds: string[] = [];
    b.on('request', (r) => kinds.push(r.resourceType()));
    b.on('console', (m) => m.type() === 'error' && console.log('member console:', m.text()));

    let t0 = Date.now();
    await logIn(b, slowWeb!.url, member.email, 60000);
    const loggedIn = Date.now() - t0;
    const loginBytes = bytes;
    // The home page counts what the member has not read in the group (the chair's message at least).
    const groupCard = b.getByRole('listitem').filter({ has: b.getByRole('link', { name: groupName, exact: true }) });
    const badge = groupCard.getByTestId('unread-badge');
    await badge.waitFor({ timeout: 30000 });
    expect(await badge.textContent()).toMatch(/\d+ messages? non lus?/);
    expect(await seriousA11yViolations(b)).toEqual([]);
    await screenshots(b, 'home-unread');
    await b.setViewportSize({ width: 375, height: 812 });

    t0 = Date.now();
    await b.goto(`${slowWeb!.url}/meetings/${meeting.id}/live`);
    await b.getByRole('heading', { level: 1, name: meeting.title }).waitFor({ timeout: 60000 });
    await b.getByTestId('message-log').and(b.locator('[aria-busy="false"]')).waitFor({ timeout: 60000 });
    const joined = Date.now() - t0;
    await a.getByTestId('presence').getByText(member.name).waitFor({ timeout: 30000 });

    // The chair says something; the member reads it.
    const fromChair = `Sur réseau lent ${randomUUID().slice(0, 8)}`;
    t0 = Date.now();
    await write(a, fromChair);
    await messages(b, fromChair).waitFor({ timeout: 30000 });
    const received = Date.now() - t0;

    // The member answers: "sending", then "sent" once acknowledged; the chair sees it once.
    const fromMember = `Réponse depuis la 3G ${randomUUID().slice(0, 8)}`;
    t0 = Date.now();
    await write(b, fromMember);
    await messages(b, fromMember).and(b.locator('[data-status="sent"]')).waitFor({ timeout: 30000 });
    const acknowledged = Date.now() - t0;
    expect(await countAfterSettling(a, fromMember)).toBe(1);

    // The chair moves the session on; the member's screen follows.
    const { meeting: before } = await api<{ meeting: { currentAgendaItem: { id: string } | null } }>(
      apiServer.url,
      'query($id: ID!) { meeting(id: $id) { currentAgendaItem { id } } }',
      { id: meeting.id },
      await login(apiServer.url, chair.email),
    );
    const at = meeting.agenda.findIndex((i) => i.id === before.currentAgendaItem?.id);
    const next = meeting.agenda[at + 1];
    t0 = Date.now();
    await a.getByTestId('next-item').click();
    await b
      .getByTestId('current-item')
      .filter({ hasText: next ? `Point en cours : ${next.title}` : 'Aucun point en cours.' })
      .waitFor({ timeout: 30000 });
    const followed = Date.now() - t0;
    expect(await b.getByTestId('live-agenda').locator('[aria-current="step"]').count()).toBe(next ? 1 : 0);

    // The member corrects their message; the chair sees the new text, marked as edited.
    const mine = b.getByTestId('message-log').locator(`[data-seq="${await messages(b, fromMember).getAttribute('data-seq')}"]`);
    await mine.getByRole('button', { name: 'Modifier' }).click();
    const box = mine.getByRole('textbox', { name: 'Modifier votre message' });
    await box.fill(`${fromMember} (corrigé)`);
    await box.press('Enter');
    await messages(a, `${fromMember} (corrigé)`).filter({ hasText: '(modifié)' }).waitFor({ timeout: 30000 });
    await box.waitFor({ state: 'detached', timeout: 30000 });
    expect(await mine.textContent()).toContain('(modifié)');

    // The network goes (Playwright's offline replaces the throttling; it is put back after).
    await memberContext.setOffline(true);
    const banner = b.getByTestId('connection-banner');
    await banner.filter({ hasText: 'Vous êtes hors ligne' }).waitFor();
    const offline = `Écrit sans réseau en 3G ${randomUUID().slice(0, 8)}`;
    await write(b, offline);
    await messages(b, offline).and(b.locator('[data-status="sending"]')).waitFor();
    await banner.filter({ hasText: '1 message en attente d’envoi.' }).waitFor();
    await b.waitForTimeout(1000);
    expect(await messages(a, offline).count()).toBe(0);
    await memberContext.setOffline(false);
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    // Once the message is on screen, the page says so to the API (debounced): the read position.
    const markedRead = b.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('MarkChannelRead'),
      { timeout: 60000 },
    );
    t0 = Date.now();
    await messages(b, offline).and(b.locator('[data-status="sent"]')).waitFor({ timeout: 60000 });
    const resent = Date.now() - t0;
    expect(await countAfterSettling(a, offline)).toBe(1);
    expect(await countAfterSettling(b, offline)).toBe(1);
    expect(await banner.textContent()).toBe('');

    await screenshots(b, 'live-session-slow-3g');
    await b.setViewportSize({ width: 375, height: 812 });

    // Everything was on screen: back home, the group has nothing unread.
    expect((await (await markedRead).json()).data.markChannelRead.unreadCount).toBe(0);
    await b.goto(`${slowWeb!.url}/`);
    await b.getByRole('heading', { level: 1, name: 'Accueil', exact: true }).waitFor({ timeout: 60000 });
    await groupCard.waitFor({ timeout: 30000 });
    await b.getByRole('heading', { level: 2, name: 'Mes groupes' }).waitFor();
    await b.waitForLoadState('networkidle');
    expect(await badge.count()).toBe(0);

    // Nothing to read or write needs a web font or an image.
    expect(kinds.filter((k) => k === 'font' || k === 'image')).toEqual([]);
    console.log(
      `slow 3G (400 ms, 400 kbit/s): login screen to home ${loggedIn} ms (${Math.round(loginBytes / 1024)} KB transferred), ` +
        `live screen ready ${joined} ms, chair→member ${received} ms, member's message acknowledged ${acknowledged} ms, ` +
        `next item shown ${followed} ms, offline message sent ${resent} ms after the network came back; ${Math.round(bytes / 1024)} KB in all`,
    );
  });
});
