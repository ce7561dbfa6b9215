import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { REPO_ROOT } from './paths';
import { run } from './processes';

const ADMIN_URL = process.env.E2E_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: string;
  url: string;
}

function urlFor(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database with a random name, migrated with the project's migrations: a copy of the
 * run's migrated template (made once by the global set-up, as the API's tests do), or migrated
 * here when there is none.
 */
export async function createDatabase(): Promise<TestDatabase> {
  const name = `tribune_e2e_${randomBytes(6).toString('hex')}`;
  const db = { name, url: urlFor(name) };
  const template = process.env.TRIBUNE_TEMPLATE_DB;
  if (template) {
    for (let attempt = 0; ; attempt++) {
      try {
        await withAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
        return db;
      } catch (e) {
        // Someone else copying the template at the same instant: PostgreSQL refuses one; retry.
        if (attempt >= 20 || !/being accessed by other users/.test(String((e as Error).message))) throw e;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  }
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  try {
    await run('prisma migrate deploy', `${REPO_ROOT}/prisma/prisma-cli.sh`, ['migrate', 'deploy'], { DATABASE_URL: db.url });
  } catch (error) {
    await dropDatabase(db);
    throw error;
  }
  return db;
}

export async function dropDatabase(db: TestDatabase | undefined): Promise<void> {
  if (!db) return;
  if (!/^tribune_e2e_[0-9a-f]+$/.test(db.name)) throw new Error(`refusing to drop ${db.name}`);
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${db.name}" WITH (FORCE)`));
}
