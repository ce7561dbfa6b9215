// Once per test run: a migrated template database on the real PostgreSQL. Each test file then
// creates its own database from it (CREATE DATABASE ... TEMPLATE: fast) and drops it at the end.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { Client } = require('pg');

const root = path.resolve(__dirname, '../../..');
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

function migrationsHash() {
  const dir = path.join(root, 'prisma/migrations');
  const hash = crypto.createHash('sha256');
  // The template also holds the job queue's schema: a new pg-boss builds a new template.
  hash.update(require('pg-boss/package.json').version);
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name, 'migration.sql');
    if (fs.existsSync(file)) hash.update(name).update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

module.exports = async function globalSetup() {
  const template = `tribune_tpl_${migrationsHash()}`;
  process.env.TRIBUNE_TEMPLATE_DB = template;
  process.env.TEST_DATABASE_ADMIN_URL = adminUrl;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (exists.rowCount) return;
    const building = `${template}_${process.pid}`;
    await client.query(`DROP DATABASE IF EXISTS "${building}"`);
    await client.query(`CREATE DATABASE "${building}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${building}`;
    execFileSync(path.join(root, 'prisma/prisma-cli.sh'), ['migrate', 'deploy'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url.toString() },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    // The job queue's tables (pg-boss), so each test file's app finds them ready instead of building them.
    const buildingDb = new Client({ connectionString: url.toString() });
    await buildingDb.connect();
    await buildingDb.query(require('pg-boss').getConstructionPlans('pgboss')).finally(() => buildingDb.end());
    // Renamed only once complete, so a run never starts from a half-migrated template.
    await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`).catch(async (e) => {
      if (!/already exists/.test(String(e.message))) throw e;
      await client.query(`DROP DATABASE IF EXISTS "${building}"`);
    });
  } finally {
    await client.end();
  }
};
