#!/usr/bin/env node
// npm run backup: a copy of the database into backups/ (or TRIBUNE_BACKUP_DIR), with a timestamped name.
//   DATABASE_URL set   -> pg_dump -Fc (custom format, compressed): backups/tribune-<timestamp>.dump
//   DATABASE_URL unset -> a copy of the embedded database's folder (TRIBUNE_DATA_DIR/pglite, default
//                         .data/pglite): backups/tribune-pglite-<timestamp>/. Stop the API first:
//                         the files are only consistent when nobody has them open.
// Prints the name to give to `npm run restore -- <name>`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const backupDir = path.resolve(root, env.TRIBUNE_BACKUP_DIR || 'backups');
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z'); // 20260127T181500Z
const force = process.argv.includes('--force');

function fail(message) {
  console.error(`backup: ${message}`);
  process.exit(1);
}

async function embeddedApiRunning() {
  try {
    const res = await fetch(`http://127.0.0.1:${env.PORT || 3000}/health`, { signal: AbortSignal.timeout(1000) });
    const body = await res.json();
    return body?.database?.engine === 'pglite';
  } catch {
    return false;
  }
}

fs.mkdirSync(backupDir, { recursive: true });
let name;
if (env.DATABASE_URL) {
  name = `tribune-${stamp}.dump`;
  const file = path.join(backupDir, name);
  // --no-owner/--no-privileges: restorable by another role on another server.
  const r = spawnSync('pg_dump', ['-Fc', '--no-owner', '--no-privileges', '-f', file, '-d', env.DATABASE_URL], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.error) fail(`pg_dump could not run (${r.error.message}); install the PostgreSQL client tools (version >= the server's).`);
  if (r.status !== 0) {
    fs.rmSync(file, { force: true });
    fail(`pg_dump failed (exit ${r.status}).`);
  }
} else {
  const dataDir = path.resolve(root, env.TRIBUNE_DATA_DIR || '.data');
  const source = path.join(dataDir, 'pglite');
  if (!fs.existsSync(source)) fail(`no embedded database in ${source} (set TRIBUNE_DATA_DIR, or DATABASE_URL for PostgreSQL).`);
  if (!force && (await embeddedApiRunning()))
    fail('the API is running on the embedded database: stop it first (or --force, at your own risk).');
  name = `tribune-pglite-${stamp}`;
  const target = path.join(backupDir, name);
  const partial = `${target}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.cpSync(source, partial, { recursive: true });
  fs.renameSync(partial, target); // complete or absent, never half a copy under the final name
}
console.log(`Backup written: ${path.join(path.relative(root, backupDir) || '.', name)}`);
console.log(`Restore with: npm run restore -- ${name}`);
console.log(name);
