#!/usr/bin/env node
// npm start: the whole platform on one machine: the API (on the embedded PGlite under .data/ unless
// DATABASE_URL is set; migrated, and seeded once with the demo assembly) and the web app.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
const apiPort = env.PORT || '3000';
const webPort = env.WEB_PORT || '4200';
env.PORT = apiPort;
env.WEB_PORT = webPort;
env.API_URL = env.API_URL || `http://localhost:${apiPort}`;
env.WEB_ORIGIN = env.WEB_ORIGIN || `http://localhost:${webPort}`;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!fs.existsSync(path.join(root, 'apps/api/src/generated/prisma/client.ts'))) run('prisma/prisma-cli.sh', ['generate']);
// PostgreSQL is migrated by the Prisma CLI; the embedded database migrates itself as the API starts.
if (env.DATABASE_URL) {
  console.log('Applying database migrations to PostgreSQL...');
  run('prisma/prisma-cli.sh', ['migrate', 'deploy']);
}

const children = [
  spawn(process.execPath, ['-r', './apps/api/swc-register.js', 'apps/api/src/main.ts'], { cwd: root, env, stdio: 'inherit' }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'apps/web/vite.config.ts', '--port', webPort, '--strictPort', '--clearScreen', 'false'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] }),
];

// Tell people where to go once the API answers.
const started = Date.now();
const timer = setInterval(async () => {
  try {
    const res = await fetch(`http://localhost:${apiPort}/health`);
    if (res.ok) {
      clearInterval(timer);
      console.log(`\nTribune is running: open http://localhost:${webPort} (API http://localhost:${apiPort}/graphql), ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Ctrl+C stops it.`);
    }
  } catch {
    /* not up yet */
  }
}, 500);

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  clearInterval(timer);
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
}
for (const c of children) c.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
