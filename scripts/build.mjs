#!/usr/bin/env node
// npm run build: the web app's production build (apps/web/dist), then the size of the JavaScript a
// first visit downloads before it can show anything, gzipped, against the budget. Over budget, the
// build fails (`--warn-only`: says so and goes on, as npm start does). `--check` only measures an
// existing build; `--out <dir>` builds elsewhere than apps/web/dist.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const dist = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'apps/web/dist');
/**
 * The initial JS gzipped (kB = 1,000 bytes, as Vite prints sizes): 300 kB at first (issue 5), 280 kB
 * since every page but home loads lazily and socket.io-client comes with the first live screen
 * (issue 16, whose aim is 200 kB: React, Mantine and Apollo alone are about 200 kB; npm run bench:web).
 * npm test checks it on the browser tests' build.
 */
export const BUDGET_BYTES = 280 * 1000;

/**
 * The initial JavaScript: the entry script of index.html and every module it preloads (Vite lists
 * the entry's static imports as `modulepreload`); lazily loaded chunks are not counted.
 */
export function initialScripts(distDir = dist) {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const files = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isEntry = /^<script\b/.test(tag) && /type="module"/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /rel="modulepreload"/.test(tag);
    const url = tag.match(/\b(?:src|href)="([^"]+)"/)?.[1];
    if ((isEntry || isPreload) && url && !/^(https?:)?\/\//.test(url)) files.add(url.replace(/^\//, ''));
  }
  return [...files].map((file) => {
    const raw = fs.readFileSync(path.join(distDir, file));
    return { file, bytes: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

export function report(distDir = dist) {
  const scripts = initialScripts(distDir);
  if (scripts.length === 0) throw new Error(`No entry script found in ${path.join(distDir, 'index.html')}.`);
  const width = Math.max(...scripts.map((s) => s.file.length));
  console.log('\nInitial JavaScript (entry and its preloaded modules):');
  for (const s of scripts.sort((x, y) => y.gzip - x.gzip))
    console.log(`  ${s.file.padEnd(width)}  ${kB(s.bytes).padStart(9)}  gzip ${kB(s.gzip).padStart(8)}`);
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  const within = total <= BUDGET_BYTES;
  console.log(
    `  ${'total'.padEnd(width)}  ${kB(scripts.reduce((sum, s) => sum + s.bytes, 0)).padStart(9)}  gzip ${kB(total).padStart(8)}  (budget ${kB(BUDGET_BYTES)}: ${within ? 'within' : 'OVER'})\n`,
  );
  return { total, within };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--check')) {
    const started = Date.now();
    const r = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '-c',
        'apps/web/vite.config.ts',
        '--logLevel',
        'warn',
        '--outDir',
        dist,
        '--emptyOutDir',
      ],
      {
        cwd: root,
        // React's production build whatever the shell says.
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: 'inherit',
      },
    );
    if (r.status !== 0) process.exit(r.status ?? 1);
    console.log(
      `Web app built into ${dist.startsWith(root) ? path.relative(root, dist) : dist} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  }
  const { within } = report();
  if (!within) {
    console.error(
      'The initial JavaScript is over budget: load a page lazily (app/routes.tsx) or keep a library out of the first load (vite.config.ts).',
    );
    if (!process.argv.includes('--warn-only')) process.exit(1);
  }
}
