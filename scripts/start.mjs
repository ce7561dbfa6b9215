#!/usr/bin/env node
// npm start: the whole platform on one machine: the API (on the embedded PGlite under .data/ unless
// DATABASE_URL is set; migrated, and seeded once with the demo assembly) and the web app's
// production build, served by `vite preview` on WEB_PORT, which passes /graphql, /socket.io,
// /calendar and /health to the API: the browser talks to one origin (no CORS, cookies or socket
// surprises). The build is made on the first start and again whenever the web sources are newer.
// `npm run dev` (`--dev`): the Vite development server with hot reload instead of the build.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const env = { ...process.env };
const apiPort = env.PORT || '3000';
const webPort = env.WEB_PORT || '4200';
env.PORT = apiPort;
env.WEB_PORT = webPort;
env.API_URL = env.API_URL || `http://localhost:${apiPort}`;
env.WEB_ORIGIN = env.WEB_ORIGIN || `http://localhost:${webPort}`;
/** Where the production build goes (another folder keeps a running build untouched, e.g. while browser tests use apps/web/dist). */
const dist = path.resolve(root, env.TRIBUNE_WEB_DIST || 'apps/web/dist');
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The newest modification time under these paths (files or folders). */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p)) if (name !== 'node_modules' && name !== 'dist') visit(path.join(p, name));
    } else if (stat.mtimeMs > latest) latest = stat.mtimeMs;
  };
  paths.forEach((p) => visit(path.join(root, p)));
  return latest;
}

/** Why the web app needs building, or null when apps/web/dist is up to date. */
function buildNeeded() {
  const built = path.join(dist, 'index.html');
  if (!fs.existsSync(built)) return 'no build yet';
  const sources = newest([
    'apps/web/src',
    'apps/web/index.html',
    'apps/web/vite.config.ts',
    'apps/web/postcss.config.cjs',
    'packages/domain/src',
    'package-lock.json',
  ]);
  return sources > fs.statSync(built).mtimeMs ? 'the web sources changed since the last build' : null;
}

if (!fs.existsSync(path.join(root, 'apps/api/src/generated/prisma/client.ts'))) run('prisma/prisma-cli.sh', ['generate']);
// PostgreSQL is migrated by the Prisma CLI; the embedded database migrates itself as the API starts.
if (env.DATABASE_URL) {
  console.log('Applying database migrations to PostgreSQL...');
  run('prisma/prisma-cli.sh', ['migrate', 'deploy']);
}

// A larger young generation: the API makes many short-lived objects per request, and the default
// 16 MB semi-space had V8 scavenging constantly (npm run bench: about 12% less CPU per home query).
const children = [
  spawn(process.execPath, ['--max-semi-space-size=32', '-r', './apps/api/swc-register.js', 'apps/api/src/main.ts'], {
    cwd: root,
    env,
    stdio: 'inherit',
  }),
];
const vite = (args) =>
  spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', ...args, '--config', 'apps/web/vite.config.ts', '--port', webPort, '--strictPort'],
    { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );

let stopping = false;
let timer;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  clearInterval(timer);
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
}
const watch = (child) => child.on('exit', (code) => stop(code ?? 0));
children.forEach(watch);
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

if (dev) {
  const web = vite(['--clearScreen', 'false']);
  children.push(web);
  watch(web);
} else {
  // The build runs while the API starts (both take a few seconds on their own).
  const reason = buildNeeded();
  const serve = () => {
    if (stopping) return;
    const web = vite(['preview', '--outDir', dist]);
    children.push(web);
    watch(web);
  };
  if (reason) {
    console.log(`Building the web app (${reason}); the API starts meanwhile...`);
    const build = spawn(process.execPath, ['scripts/build.mjs', '--warn-only', '--out', dist], { cwd: root, env, stdio: 'inherit' });
    children.push(build);
    build.on('exit', (code) => {
      children.splice(children.indexOf(build), 1);
      if (code === 0) serve();
      else stop(code ?? 1);
    });
  } else {
    serve();
  }
}

// Tell people where to go once both answer.
async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}
timer = setInterval(async () => {
  if ((await answers(`http://localhost:${apiPort}/health`)) && (await answers(`http://localhost:${webPort}/`))) {
    clearInterval(timer);
    console.log(
      `\nTribune is running (${dev ? 'development server' : 'production build'}): open http://localhost:${webPort} (API http://localhost:${apiPort}/graphql), ready in ${seconds()} s.`,
    );
    console.log(`${env.TRIBUNE_SEED_DEMO === 'false' ? '' : 'The demo logins are listed above. '}Ctrl+C stops it.`);
  }
}, 500);
