import { afterAll, beforeAll, expect } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './api';
import { hasHorizontalOverflow, launchBrowser, screenshots, seriousA11yViolations } from './browser';
import { createDatabase, dropDatabase, type TestDatabase } from './database';
import { stop } from './processes';
import { buildWeb, sharedServers, startApi, startWeb, type Server } from './servers';

export interface LoginOptions {
  password?: string;
  /** The page's heading once logged in. */
  landing?: string;
  timezoneId?: string;
  /** A device whose clock is this far ahead of the real one. */
  clockAheadMs?: number;
  acceptDownloads?: boolean;
}

export interface BrowserWorld {
  /** The API's and the web server's addresses (set before the spec's own beforeAll runs). */
  readonly apiUrl: string;
  readonly webUrl: string;
  readonly browser: Browser;
  /** A new browser (its own cookies and storage, French, Paris clock, 1280 px) where `email` logged in through the login page. */
  loggedIn(email: string, options?: LoginOptions): Promise<Page>;
  /** axe clean, screenshots at 375 and 1280 px, nothing to scroll sideways; back to 1280 px. */
  checkScreen(page: Page, name: string): Promise<void>;
}

/**
 * A browser spec's world, set up once for its file: the run's shared servers (`servers: 'shared'`,
 * started by the global set-up) or servers of its own on a fresh database (`'own'`, for a spec that
 * needs the demo assembly untouched), Chromium, and a browser context per person, all closed after
 * the file. Call it at the top of the `describe`: its beforeAll runs before the spec's own.
 */
export function browserWorld({ servers }: { servers: 'shared' | 'own' }): BrowserWorld {
  let db: TestDatabase | undefined;
  let api: Server | undefined;
  let web: Server | undefined;
  let browser: Browser | undefined;
  const shared = servers === 'shared' ? sharedServers() : undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!shared) {
      const [database] = await Promise.all([createDatabase(), buildWeb()]);
      db = database;
      api = await startApi(db.url);
      web = await startWeb(api.url);
    }
    browser = await launchBrowser();
  }, 240000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await stop(web?.child);
    await stop(api?.child);
    await dropDatabase(db);
  }, 60000);

  const world: BrowserWorld = {
    get apiUrl() {
      return shared?.api.url ?? api!.url;
    },
    get webUrl() {
      return shared?.web.url ?? web!.url;
    },
    get browser() {
      return browser!;
    },
    async loggedIn(email, o = {}) {
      const context = await browser!.newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'fr-FR',
        timezoneId: o.timezoneId ?? 'Europe/Paris',
        ...(o.acceptDownloads ? { acceptDownloads: true } : {}),
      });
      contexts.push(context);
      if (o.clockAheadMs) await context.clock.install({ time: Date.now() + o.clockAheadMs });
      const page = await context.newPage();
      await page.goto(`${world.webUrl}/login`);
      await page.getByRole('textbox', { name: 'Adresse e-mail', exact: true }).fill(email);
      await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(o.password ?? DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.getByRole('heading', { level: 1, name: o.landing ?? 'Accueil', exact: true }).waitFor();
      return page;
    },
    async checkScreen(page, name) {
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshots(page, name);
      expect(await hasHorizontalOverflow(page)).toBe(false);
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  };
  return world;
}
