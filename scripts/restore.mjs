#!/usr/bin/env node
// npm run restore -- <name>: puts back a backup made by `npm run backup` (a name in backups/, or a path).
//   *.dump (pg_dump -Fc)  -> pg_restore --clean --if-exists into DATABASE_URL, in one transaction
//                            (the database must exist; what it held is replaced).
//   a folder (embedded)   -> replaces TRIBUNE_DATA_DIR/pglite (default .data/pglite); the current one is
//                            kept beside it as pglite.before-restore-<timestamp>. Stop the API first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const backupDir = path.resolve(root, env.TRIBUNE_BACKUP_DIR || 'backups');
const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));

function fail(message) {
  console.error(`restore: ${message}`);
  process.exit(1);
}

if (!arg) fail('which backup? npm run restore -- <name> (see the backups/ folder).');
const source = [path.resolve(backupDir, arg), path.resolve(arg)].find((p) => fs.existsSync(p));
if (!source) fail(`no backup named ${arg} in ${backupDir}.`);

if (fs.statSync(source).isFile()) {
  if (!env.DATABASE_URL) fail('a PostgreSQL dump is restored into DATABASE_URL: set it.');
  const r = spawnSync(
    'pg_restore',
    ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', '-d', env.DATABASE_URL, source],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (r.error) fail(`pg_restore could not run (${r.error.message}).`);
  if (r.status !== 0) fail(`pg_restore failed (exit ${r.status}); the database was left as it was (one transaction).`);
} else {
  if (env.DATABASE_URL) fail('this is a copy of the embedded database: unset DATABASE_URL to restore it (TRIBUNE_DATA_DIR says where).');
  const dataDir = path.resolve(root, env.TRIBUNE_DATA_DIR || '.data');
  const target = path.join(dataDir, 'pglite');
  fs.mkdirSync(dataDir, { recursive: true });
  const incoming = `${target}.restoring`;
  fs.rmSync(incoming, { recursive: true, force: true });
  fs.cpSync(source, incoming, { recursive: true });
  if (fs.existsSync(target)) {
    const aside = `${target}.before-restore-${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z')}`;
    fs.renameSync(target, aside);
    console.log(`The database it replaces is kept in ${aside}`);
  }
  fs.renameSync(incoming, target);
}
console.log(`Restored ${path.basename(source)}.`);
