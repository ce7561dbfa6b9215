import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WEB_ROOT, bin } from './paths';
import { freePort, run, start, waitForHttp, type Child } from './processes';

export interface Server {
  url: string;
  child: Child;
}

/** The API as a child process (`node -r ./apps/api/swc-register.js apps/api/src/main.ts`), seeded with the demo assembly. */
export async function startApi(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const child = start('api', process.execPath, ['-r', './apps/api/swc-register.js', 'apps/api/src/main.ts'], {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    TRIBUNE_SEED_DEMO: 'true',
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/health`, child, 90000);
  return { url, child };
}

/** `vite build` of the web app, once per Jest run: the global set-up builds it (E2E_WEB_BUILT); run alone, the first spec file does (the spec files run in one process: a marker with its pid says it is done). */
export async function buildWeb(): Promise<void> {
  if (process.env.E2E_WEB_BUILT) return;
  const marker = path.join(WEB_ROOT, 'dist', '.e2e-build');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === String(process.pid)) return;
  // Jest sets NODE_ENV=test, which would give React's development build: test what people get.
  await run(
    'vite build',
    bin('vite'),
    ['build', '-c', 'apps/web/vite.config.ts', '--logLevel', 'warn'],
    { NODE_ENV: 'production' },
    120000,
  );
  writeFileSync(marker, String(process.pid));
}

/** `vite preview` of the built app, proxying the API's paths to `apiUrl`. */
export async function startWeb(apiUrl: string): Promise<Server> {
  const port = await freePort();
  const child = start('vite preview', bin('vite'), ['preview', '-c', 'apps/web/vite.config.ts'], {
    API_URL: apiUrl,
    WEB_PORT: String(port),
    WEB_HOST: '127.0.0.1',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/`, child, 30000);
  return { url, child };
}

/**
 * The run's one API (seeded with the demo assembly, on its own fresh database) and one web
 * server (vite preview of the one build), started by the global set-up (global-setup.ts).
 * Specs share them: each creates through the API what it changes (its own group, deputies,
 * accounts, meetings; see fixtures.ts), so they stay independent of each other and of their order.
 * A spec that needs the demo assembly untouched, or a server of its own (stopped, slowed), still
 * starts one with createDatabase(), startApi() and startWeb().
 */
export function sharedServers(): { api: { url: string }; web: { url: string } } {
  const [api, web] = [process.env.E2E_API_URL, process.env.E2E_WEB_URL];
  if (!api || !web)
    throw new Error(
      'E2E_API_URL and E2E_WEB_URL are not set: run the browser tests through jest -c apps/web/jest.e2e.config.js (its global set-up starts them).',
    );
  return { api: { url: api }, web: { url: web } };
}
