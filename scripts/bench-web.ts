/**
 * npm run bench:web: what a deputy's cheap phone on a weak connection gets from the web app
 * (issue 16). The built app and the API as `npm start` runs them (scripts/start.mjs, on a fresh
 * embedded database seeded with the demo assembly, a fresh build in a temporary folder), Chromium
 * with the slow 3G profile of the browser tests (400 ms, 400 kbit/s each way: CDP network
 * emulation for HTTP, a slow TCP link for the WebSocket, see apps/web/e2e/support/slow-link.ts)
 * and a 4x slower CPU. For the home page and a live session, first visit (nothing cached) and
 * repeat visit (same browser profile: service worker, HTTP cache, the offline copy): the time
 * until the page is usable (its data on screen) and the bytes the server sent. Targets, printed
 * with ok / MISSED: first visit home <= 5 s, repeat visit <= 1.5 s, initial JavaScript <= 200 kB
 * gzipped. Not a test: a shared 2-core machine swings these figures; repeat runs.
 * Env: BENCH_WEB_RUNS (visits of each kind, default 1; the median is printed), CHROMIUM_PATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../apps/web/e2e/support/browser';
import { slowWebSocketLink, type SlowLink } from '../apps/web/e2e/support/slow-link';
import { api, login } from '../apps/web/e2e/support/api';

const root = path.resolve(__dirname, '..');
const RUNS = Math.max(1, Number(process.env.BENCH_WEB_RUNS || 1));
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const CPU_SLOWDOWN = 4;
const TARGETS = { firstHomeMs: 5000, repeatMs: 1500, initialJsBytes: 200 * 1000 };
const DEPUTY = 'amina.haidari@tribune.example';
const ADMIN = 'admin@tribune.example';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

async function waitFor(url: string, child: ChildProcess, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in ${ms / 1000} s`);
}

interface Visit {
  ms: number;
  bytes: number;
}

/** Opens `url` in a new page of `context` on slow 3G and a slow CPU; resolves when `usable` holds. */
async function visit(context: BrowserContext, link: SlowLink, url: string, usable: (page: Page) => Promise<unknown>): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const before = link.bytesToBrowser();
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: 120000 });
  await usable(page);
  const ms = Date.now() - t0;
  // What the visit downloads after it is usable too (the service worker's precache, lazy data).
  await page.waitForLoadState('networkidle', { timeout: 120000 }).catch(() => undefined);
  await waitForServiceWorker(context);
  const bytes = link.bytesToBrowser() - before;
  await page.close();
  return { ms, bytes };
}

/** The service worker installed and activated (it precaches the app while the first page is open). */
async function waitForServiceWorker(context: BrowserContext) {
  const page = context.pages()[0];
  if (!page) return;
  await page
    .evaluate(async () => {
      if (!('serviceWorker' in navigator)) return;
      const reg = await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 60000))]);
      return reg;
    })
    .catch(() => undefined);
}

const homeUsable = (page: Page) => page.locator('#home-groups').waitFor({ timeout: 120000 });
const liveUsable = async (page: Page) => {
  await page.getByTestId('message-log').and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 120000 });
  await page.getByRole('textbox', { name: 'Votre message', exact: true }).waitFor({ timeout: 120000 });
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tribune-bench-web-'));
  const [apiPort, webPort] = [await freePort(), await freePort()];
  console.log(`Starting the API and the built web app (npm start, embedded database in ${work})...`);
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(apiPort),
      WEB_PORT: String(webPort),
      TRIBUNE_DATA_DIR: path.join(work, 'data'),
      TRIBUNE_WEB_DIST: path.join(work, 'dist'),
      DATABASE_URL: '',
      TRIBUNE_SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let browser: Browser | undefined;
  let link: SlowLink | undefined;
  try {
    const apiUrl = `http://localhost:${apiPort}`;
    const webUrl = `http://localhost:${webPort}`;
    await waitFor(`${apiUrl}/health`, server, 180000);
    await waitFor(`${webUrl}/`, server, 180000);
    link = await slowWebSocketLink(webUrl, { latencyMs: SLOW_3G.latency, kbitPerSecond: 400 });

    // A live session in one of the deputy's groups, opened by an administrator.
    const token = await login(apiUrl, DEPUTY);
    const { meetings } = await api<{ meetings: Array<{ id: string }> }>(
      apiUrl,
      'query { meetings(filter: { when: UPCOMING, limit: 1 }) { id } }',
      {},
      token,
    );
    await api(
      apiUrl,
      'mutation($i: StartMeetingInput!) { startMeeting(input: $i) { id } }',
      { i: { meetingId: meetings[0].id, confirmEarly: true } },
      await login(apiUrl, ADMIN),
    );

    browser = await launchBrowser();
    const loadAtStart = os.loadavg()[0];
    const pages = { home: `${link.url}/`, live: `${link.url}/meetings/${meetings[0].id}/live` };
    const results: Record<string, { first: Visit[]; repeat: Visit[] }> = {
      home: { first: [], repeat: [] },
      live: { first: [], repeat: [] },
    };
    for (let run = 0; run < RUNS; run++) {
      for (const name of ['home', 'live'] as const) {
        // A fresh profile, signed in (the token where the app keeps it): nothing cached.
        const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
        await context.addInitScript((t) => {
          if (!localStorage.getItem('tribune.token')) localStorage.setItem('tribune.token', t);
        }, token);
        const usable = name === 'home' ? homeUsable : liveUsable;
        results[name].first.push(await visit(context, link, pages[name], usable));
        results[name].repeat.push(await visit(context, link, pages[name], usable));
        await context.close();
      }
    }

    const { initialScripts } = (await import(path.join(root, 'scripts/build.mjs'))) as {
      initialScripts: (dir: string) => Array<{ gzip: number }>;
    };
    const initialJs = initialScripts(path.join(work, 'dist')).reduce((sum, s) => sum + s.gzip, 0);

    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const kB = (b: number) => `${(b / 1000).toFixed(0)} kB`;
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
    console.log(
      `\nWeb app on slow 3G (${SLOW_3G.latency} ms, 400 kbit/s) with a ${CPU_SLOWDOWN}x slower CPU, 375 px, ${RUNS} run(s), median:`,
    );
    // The CPU slowdown multiplies whatever else the machine is doing: say how busy it was.
    console.log(
      `  (machine: ${os.cpus().length} cores, load average ${loadAtStart.toFixed(1)} when the visits began, ${os.loadavg()[0].toFixed(1)} at the end)`,
    );
    console.log(`  ${'page'.padEnd(14)} ${'visit'.padEnd(7)} ${'usable after'.padStart(12)} ${'transferred'.padStart(12)}  target`);
    for (const name of ['home', 'live'] as const) {
      for (const kind of ['first', 'repeat'] as const) {
        const ms = median(results[name][kind].map((v) => v.ms));
        const bytes = median(results[name][kind].map((v) => v.bytes));
        const target = kind === 'repeat' ? TARGETS.repeatMs : name === 'home' ? TARGETS.firstHomeMs : null;
        const mark = target === null ? '' : `<= ${s(target)} ${verdict(ms <= target)}`;
        console.log(
          `  ${(name === 'home' ? 'home' : 'live session').padEnd(14)} ${kind.padEnd(7)} ${s(ms).padStart(12)} ${kB(bytes).padStart(12)}  ${mark}`,
        );
      }
    }
    console.log(
      `  initial JavaScript (gzipped): ${kB(initialJs)}  <= ${kB(TARGETS.initialJsBytes)} ${verdict(initialJs <= TARGETS.initialJsBytes)}`,
    );
    console.log(
      "  (transferred: every byte the server sent during the visit, the service worker's precache included; first visit of the live session: a fresh profile opening its address directly)",
    );
  } finally {
    await browser?.close().catch(() => undefined);
    await link?.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
