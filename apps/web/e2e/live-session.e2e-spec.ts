import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { outboxOf } from './support/outbox';
import { sharedServers } from './support/servers';
import { createOwnGroup, scheduleOwnMeeting } from './support/fixtures';
import { hasHorizontalOverflow, launchBrowser, openSession, screenshots, seriousA11yViolations } from './support/browser';
import { api, login } from './support/api';

const PASSWORD = 'tribune-demo-2026';
const ADMIN = 'admin@tribune.example';
const FRENCH = 'Bonjour à toutes et à tous, on commence par l’accès aux soins.';
const ARABIC = 'نحتاج إلى مترجم في المستشفى كل يوم ثلاثاء';

describe('web: the live session (two deputies, real API and Socket.IO, Chromium)', () => {
  // The run's API and web server, and a group of this spec's own (two new deputies), so the
  // session it opens and the messages it sends meet no other spec.
  const { api: apiServer, web } = sharedServers();
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let groupId = '';
  let groupName = '';
  let meeting = { id: '', title: '' };
  let emailA = '';
  let emailB = '';
  let nameA = '';
  let nameB = '';

  async function loggedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${web.url}/login`);
    await page.getByRole('textbox', { name: 'Adresse e-mail', exact: true }).fill(email);
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accueil', exact: true }).waitFor();
    return { context, page };
  }

  const composer = (page: Page) => page.getByRole('textbox', { name: 'Votre message' });
  const messages = (page: Page, text: string): Locator =>
    page.getByTestId('message-log').getByTestId('live-message').filter({ hasText: text });
  /** Writes and presses Enter, as a person does. */
  async function write(page: Page, text: string) {
    await composer(page).fill(text);
    await composer(page).press('Enter');
  }
  /** Waits until the message is there, then a little more, and counts it (exactly once). */
  async function countAfterSettling(page: Page, text: string): Promise<number> {
    await messages(page, text).first().waitFor({ timeout: 20000 });
    await page.waitForTimeout(1500);
    return messages(page, text).count();
  }

  beforeAll(async () => {
    browser = await launchBrowser();

    // Two members of the group: its lead (who may open the meeting) and another member; its coming meeting.
    const group = await createOwnGroup(apiServer.url, { name: 'Santé', members: [{ gender: 'WOMAN', role: 'LEAD' }, { gender: 'MAN' }] });
    [groupId, groupName] = [group.id, group.name];
    const [lead, other] = group.members;
    [emailA, nameA, emailB, nameB] = [lead.email, lead.name, other.email, other.name];
    const admin = await login(apiServer.url, ADMIN);
    await scheduleOwnMeeting(apiServer.url, admin, {
      groupId,
      title: 'Accès aux soins',
      agenda: ['Accès aux soins', 'Interprétariat à l’hôpital'],
    });
    const token = await login(apiServer.url, emailA);
    const { meetings } = await api<{ meetings: Array<{ id: string; title: string }> }>(
      apiServer.url,
      'query($g: ID!) { meetings(filter: { groupId: $g, when: UPCOMING, limit: 1 }) { id title } }',
      { g: groupId },
      token,
    );
    meeting = meetings[0];
  }, 120000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }, 60000);

  it('A opens the session, B joins from the group page; messages in French and Arabic, typing, presence; offline and reload never lose nor duplicate', async () => {
    const a = await loggedIn(emailA);
    const b = await loggedIn(emailB);

    // A, the group's lead, opens the meeting from its live screen.
    await a.page.goto(`${web.url}/meetings/${meeting.id}/live`);
    await a.page.getByRole('heading', { level: 1, name: meeting.title }).waitFor();
    expect(await a.page.getByTestId('live-status').textContent()).toBe('Prévue');
    await openSession(a.page, 'Ouvrir la séance');
    await a.page.getByTestId('live-status').filter({ hasText: 'En cours' }).waitFor();
    // The current agenda item, as the API says it, is the one marked for assistive technologies
    // (startMeeting leaves it empty today, and nothing sets it: said in the report).
    const { meeting: read } = await api<{ meeting: { currentAgendaItem: { title: string } | null } }>(
      apiServer.url,
      'query($id: ID!) { meeting(id: $id) { currentAgendaItem { title } } }',
      { id: meeting.id },
      await login(apiServer.url, emailA),
    );
    const current = a.page.getByTestId('live-agenda').locator('[aria-current="step"]');
    if (read.currentAgendaItem) {
      expect(await current.count()).toBe(1);
      expect(await current.textContent()).toContain(read.currentAgendaItem.title);
      expect(await a.page.getByTestId('current-item').textContent()).toBe(`Point en cours : ${read.currentAgendaItem.title}`);
    } else {
      expect(await current.count()).toBe(0);
      expect(await a.page.getByTestId('current-item').textContent()).toBe('Aucun point en cours.');
    }
    expect(await a.page.getByTestId('live-agenda').getByRole('listitem').count()).toBeGreaterThan(0);

    // B finds the live session on the group page, with its discussion.
    await b.page.goto(`${web.url}/groups/${groupId}`);
    await b.page.getByRole('heading', { level: 1, name: groupName }).waitFor();
    await b.page.getByRole('heading', { level: 2, name: 'Discussion' }).waitFor();
    await b.page
      .getByTestId('live-now')
      .getByRole('link', { name: `Séance en cours : ${meeting.title}` })
      .click();
    await b.page.getByRole('heading', { level: 1, name: meeting.title }).waitFor();

    // Presence on both sides.
    await a.page.getByTestId('presence').getByText(nameB).waitFor();
    await b.page.getByTestId('presence').getByText(`${nameA}`).waitFor();
    await b.page.getByTestId('presence').getByText(`${nameB} (vous)`).waitFor();

    // Typing: B writes, A sees it.
    await composer(b.page).pressSequentially('Je', { delay: 50 });
    await a.page
      .getByTestId('typing')
      .filter({ hasText: `${nameB} écrit…` })
      .waitFor();
    await composer(b.page).fill('');

    // A sends in French (Enter), B receives it; A's turns "sent".
    await write(a.page, FRENCH);
    expect(await composer(a.page).inputValue()).toBe('');
    await messages(a.page, FRENCH).and(a.page.locator('[data-status="sent"]')).waitFor();
    expect(await countAfterSettling(b.page, FRENCH)).toBe(1);

    // Then in Arabic: rendered right to left inside the French page.
    await write(a.page, ARABIC);
    await messages(b.page, ARABIC).waitFor();
    const body = messages(b.page, ARABIC).getByTestId('live-message-body');
    expect(await body.getAttribute('dir')).toBe('auto');
    expect(await body.getAttribute('lang')).toBe('');
    expect(await body.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(
      await messages(b.page, FRENCH)
        .getByTestId('live-message-body')
        .evaluate((el) => getComputedStyle(el).direction),
    ).toBe('ltr');
    expect(await b.page.evaluate(() => document.documentElement.lang)).toBe('fr');

    // Shift+Enter is a new line, not a send.
    await composer(a.page).fill('Ligne un');
    await composer(a.page).press('Shift+Enter');
    await composer(a.page).pressSequentially('ligne deux');
    expect(await composer(a.page).inputValue()).toBe('Ligne un\nligne deux');
    await composer(a.page).press('Enter');
    await messages(b.page, 'ligne deux').waitFor();
    // B hears it before A's ack arrives: wait for the ack, so nothing else is pending when the network goes.
    await messages(a.page, 'ligne deux').and(a.page.locator('[data-status="sent"]')).waitFor();

    // Offline: the banner says so, the message waits as "sending", then leaves once when the network is back.
    await a.context.setOffline(true);
    const banner = a.page.getByTestId('connection-banner');
    await banner.filter({ hasText: 'Vous êtes hors ligne' }).waitFor();
    expect(await banner.getAttribute('role')).toBe('status');
    const offline = `Écrit sans réseau ${randomUUID().slice(0, 8)}`;
    await write(a.page, offline);
    await messages(a.page, offline).and(a.page.locator('[data-status="sending"]')).waitFor();
    expect(await messages(a.page, offline).textContent()).toContain('Envoi…');
    await banner.filter({ hasText: '1 message en attente d’envoi.' }).waitFor();
    expect((await outboxOf(a.page, 1)).map((e) => e.body)).toEqual([offline]);
    await a.page.waitForTimeout(1000);
    expect(await messages(b.page, offline).count()).toBe(0);
    await a.context.setOffline(false);
    await messages(a.page, offline).and(a.page.locator('[data-status="sent"]')).waitFor({ timeout: 20000 });
    expect(await banner.textContent()).toBe('');
    expect(await countAfterSettling(b.page, offline)).toBe(1);
    expect(await countAfterSettling(a.page, offline)).toBe(1);
    expect(await outboxOf(a.page, 0)).toEqual([]);

    // A message written offline, then the page closed and opened again: it is sent once, with the same clientId.
    await a.context.setOffline(true);
    await banner.filter({ hasText: 'Vous êtes hors ligne' }).waitFor();
    const reloaded = `Gardé malgré le rechargement ${randomUUID().slice(0, 8)}`;
    await write(a.page, reloaded);
    await messages(a.page, reloaded).and(a.page.locator('[data-status="sending"]')).waitFor();
    const [kept] = await outboxOf(a.page, 1);
    expect(kept).toMatchObject({ body: reloaded, status: 'sending' });
    await a.page.close();
    await a.context.setOffline(false);
    a.page = await a.context.newPage();
    await a.page.goto(`${web.url}/meetings/${meeting.id}/live`);
    // Stored (with its seq): sent by the reopened page, or before it by the service worker (Background Sync).
    await messages(a.page, reloaded).and(a.page.locator('[data-seq]')).waitFor({ timeout: 20000 });
    expect(await messages(a.page, reloaded).getAttribute('data-client-id')).toBe(kept.clientId);
    expect(await countAfterSettling(b.page, reloaded)).toBe(1);
    expect(await countAfterSettling(a.page, reloaded)).toBe(1);

    // The ack was lost after the server stored it: the page resends the same clientId after a reload; still once.
    const token = await a.page.evaluate(() => localStorage.getItem('tribune.token'));
    const lostAck = `Accusé de réception perdu ${randomUUID().slice(0, 8)}`;
    const clientId = randomUUID();
    const direct = io(apiServer.url, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false });
    try {
      await new Promise<void>((resolve, reject) => {
        direct.once('connect', () => resolve());
        direct.once('connect_error', reject);
      });
      const ack = (await direct.timeout(5000).emitWithAck('message:send', { groupId, clientId, body: lostAck })) as { ok: boolean };
      expect(ack.ok).toBe(true);
    } finally {
      direct.close();
    }
    expect(await countAfterSettling(b.page, lostAck)).toBe(1);
    await a.page.evaluate(
      ({ clientId, groupId, body }) => {
        const key =
          Object.keys(localStorage).find((k) => k.startsWith('tribune.outbox.')) ??
          `tribune.outbox.${JSON.parse(atob(localStorage.getItem('tribune.token')!.split('.')[1])).sub}`;
        localStorage.setItem(key, JSON.stringify([{ clientId, groupId, body, createdAt: new Date().toISOString(), status: 'sending' }]));
      },
      { clientId, groupId, body: lostAck },
    );
    await a.page.reload();
    await messages(a.page, lostAck).and(a.page.locator('[data-status="sent"]')).waitFor({ timeout: 20000 });
    expect(await countAfterSettling(a.page, lostAck)).toBe(1);
    expect(await countAfterSettling(b.page, lostAck)).toBe(1);
    expect(await outboxOf(a.page, 0)).toEqual([]);

    // Accessible, and fit for a phone.
    await messages(a.page, ARABIC).waitFor();
    expect(await seriousA11yViolations(a.page)).toEqual([]);
    await screenshots(a.page, 'live-session');
    expect(await hasHorizontalOverflow(a.page)).toBe(false);
    await a.page.setViewportSize({ width: 1280, height: 800 });
    await b.page.goto(`${web.url}/groups/${groupId}`);
    await messages(b.page, ARABIC).waitFor();
    expect(await seriousA11yViolations(b.page)).toEqual([]);
    await screenshots(b.page, 'group-discussion');
    expect(await hasHorizontalOverflow(b.page)).toBe(false);
  });

  it('works on a throttled 3G profile: the screen loads, a message goes and comes back', async () => {
    const a = await loggedIn(emailA);
    const b = await loggedIn(emailB);
    const cdp = await b.context.newCDPSession(b.page);
    await cdp.send('Network.enable');
    // Chromium's "Slow 3G": 400 ms round trip, about 400 kbit/s each way.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: (400 * 1024) / 8,
      uploadThroughput: (400 * 1024) / 8,
    });
    for (const [who, p] of [
      ['A', a.page],
      ['B', b.page],
    ] as const)
      p.on('console', (m) => m.type() === 'error' && console.log(who, m.text()));
    await a.page.goto(`${web.url}/meetings/${meeting.id}/live`);
    const started = Date.now();
    await b.page.goto(`${web.url}/meetings/${meeting.id}/live`);
    await b.page.getByRole('heading', { level: 1, name: meeting.title }).waitFor({ timeout: 60000 });
    await b.page.getByTestId('message-log').and(b.page.locator('[aria-busy="false"]')).waitFor({ timeout: 60000 });
    const loaded = Date.now() - started;

    const fromA = `Sur réseau lent ${randomUUID().slice(0, 8)}`;
    let t0 = Date.now();
    await write(a.page, fromA);
    await messages(b.page, fromA).waitFor({ timeout: 30000 });
    const received = Date.now() - t0;

    const fromB = `Réponse depuis la 3G ${randomUUID().slice(0, 8)}`;
    t0 = Date.now();
    await write(b.page, fromB);
    await messages(b.page, fromB).and(b.page.locator('[data-status="sent"]')).waitFor({ timeout: 30000 });
    const acked = Date.now() - t0;
    await messages(a.page, fromB).waitFor({ timeout: 30000 });
    expect(await countAfterSettling(a.page, fromB)).toBe(1);
    console.log(`slow 3G: live screen ready in ${loaded} ms, A→B in ${received} ms, B's message acknowledged in ${acked} ms`);
  });

  it('a coordinator reschedules: the deputy’s bell counts up at once, and the notice says the old and the new time', async () => {
    const coordinatorEmail = 'coordination.sociale@tribune.example';
    const group = await createOwnGroup(apiServer.url, {
      name: 'Logement',
      members: [{ gender: 'WOMAN' }],
      coordinators: [coordinatorEmail],
    });
    const coordinator = await login(apiServer.url, coordinatorEmail);
    const planned = await scheduleOwnMeeting(apiServer.url, coordinator, {
      groupId: group.id,
      title: 'Point logement',
      agenda: [],
      startsInMinutes: 3 * 24 * 60,
    });
    const { page } = await loggedIn(group.members[0].email);
    // Told of the meeting when it was planned.
    await page.getByRole('link', { name: 'Notifications : 1 non lue' }).waitFor();
    const startsAt = new Date(Math.ceil((Date.now() + 4 * 86400_000) / 60_000) * 60_000);
    await api(
      apiServer.url,
      'mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { meeting { id } } }',
      { i: { meetingId: planned.id, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3600_000).toISOString() } },
      coordinator,
    );
    // No reload: notification:new comes over the socket.
    await page.getByRole('link', { name: 'Notifications : 2 non lues' }).click({ timeout: 15000 });
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const notice = page.getByRole('listitem').filter({ hasText: 'Réunion déplacée : Point logement' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Avant : .*Désormais : /);
    await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
  });
});
