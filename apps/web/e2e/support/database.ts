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

/** A fresh, empty database with a random name, migrated with the project's migrations. */
export async function createDatabase(): Promise<TestDatabase> {
  const name = `tribune_e2e_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const db = { name, url: urlFor(name) };
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
