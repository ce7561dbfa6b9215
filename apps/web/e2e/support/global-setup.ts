// Once per browser test run: the web app built once, one fresh database (a copy of the migrated
// template the API's tests use too), one API seeded with the demo assembly on it, and one vite
// preview in front of it. Their addresses reach the spec files through the environment
// (E2E_API_URL, E2E_WEB_URL); global-teardown.ts stops them and drops the database.
import path from 'node:path';
import { createDatabase, dropDatabase, type TestDatabase } from './database';
import { stop } from './processes';
import { REPO_ROOT } from './paths';
import { buildWeb, startApi, startWeb, type Server } from './servers';

export interface SharedRun {
  db?: TestDatabase;
  api?: Server;
  web?: Server;
}

// The API tests' migrated template database (made once per set of migrations, kept between runs):
// each spec database is a copy of it instead of a `prisma migrate deploy` of its own.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const migratedTemplate: () => Promise<void> = require(path.join(REPO_ROOT, 'apps/api/test/global-setup.js'));

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const run: SharedRun = {};
  (globalThis as { __tribuneE2E?: SharedRun }).__tribuneE2E = run;
  try {
    if (process.env.E2E_POSTGRES_URL) process.env.TEST_DATABASE_ADMIN_URL = process.env.E2E_POSTGRES_URL;
    // The build does not need the API: both at once.
    await Promise.all([
      buildWeb().then(() => (process.env.E2E_WEB_BUILT = '1')),
      migratedTemplate().then(async () => (run.db = await createDatabase())),
    ]);
    run.api = await startApi(run.db!.url);
    run.web = await startWeb(run.api.url);
    process.env.E2E_API_URL = run.api.url;
    process.env.E2E_WEB_URL = run.web.url;
    console.log(`\nbrowser tests: one build, API and web server for the run, ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    await stop(run.web?.child);
    await stop(run.api?.child);
    await dropDatabase(run.db);
    throw error;
  }
}
