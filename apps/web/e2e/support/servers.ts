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

/** `vite build` of the web app, once per Jest run (the spec files run in one process: a marker with its pid says it is done). */
export async function buildWeb(): Promise<void> {
  const marker = path.join(WEB_ROOT, 'dist', '.e2e-build');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === String(process.pid)) return;
  // Jest sets NODE_ENV=test, which would give React's development build: test what people get.
  await run('vite build', bin('vite'), ['build', '-c', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { NODE_ENV: 'production' }, 120000);
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
