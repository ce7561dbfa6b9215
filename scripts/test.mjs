#!/usr/bin/env node
// npm test: every check and every test of the monorepo, through Nx, then one closing line.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const counts = path.join(os.tmpdir(), `tribune-test-counts-${process.pid}.jsonl`);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', TRIBUNE_TEST_COUNTS: counts };
const nx = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/nx/dist/bin/nx.js', ...args, '--outputStyle=stream', '--skipNxCache'], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });

const node = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
const prettierCheck = () => node(['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level=warn', '.']);
// The first download's budget (scripts/build.mjs), measured on the build the browser tests just used: no second build.
const budgetCheck = () => node(['scripts/build.mjs', '--check']);

// Two lanes at once, on 2 cores: the checks and the unit/integration tests (CPU-bound, two at a
// time), and beside them the browser tests, which mostly wait on the browser and the network
// (their one API and web server start while the checks run). Each step's output is prefixed by
// Nx with its project and target.
const started = Date.now();
const checksAndTests = ['checks and tests', ['run-many', '-t', 'typecheck', 'lint', 'codegen-check', 'test', '--parallel=2']];
// The formatter's check (Prettier, .prettierrc.json): a file it would rewrite fails the run.
const formatCheck = ['format check', prettierCheck];
const browserTests = ['browser tests', ['run-many', '-t', 'e2e', '--parallel=1']];
const budget = ['initial JavaScript budget', budgetCheck];
// TRIBUNE_TEST_SERIAL=1: one lane after the other (to tell a failure under load from a real one).
const lanes = process.env.TRIBUNE_TEST_SERIAL
  ? [[formatCheck, checksAndTests, browserTests, budget]]
  : [
      [formatCheck, checksAndTests],
      [browserTests, budget],
    ];
let failedSteps = 0;
const stepSeconds = [];
await Promise.all(
  lanes.map(async (steps) => {
    for (const [name, args] of steps) {
      console.log(`\n=== ${name} ===`);
      const t0 = Date.now();
      const status = typeof args === 'function' ? await args() : await nx(args);
      stepSeconds.push([name, (Date.now() - t0) / 1000]);
      if (status !== 0) {
        failedSteps++;
        console.error(`*** ${name} failed`);
      }
    }
  }),
);

let passed = 0;
let failed = 0;
const files = [];
if (fs.existsSync(counts)) {
  for (const line of fs.readFileSync(counts, 'utf8').split('\n').filter(Boolean)) {
    const c = JSON.parse(line);
    if (c.file) {
      files.push(c);
      continue;
    }
    passed += c.passed;
    failed += c.failed;
  }
  fs.rmSync(counts);
}
if (failedSteps && failed === 0) failed = failedSteps;
if (files.length) {
  // Where the time goes: the ten slowest test files of every runner.
  const slowest = files.sort((a, b) => b.seconds - a.seconds).slice(0, 10);
  console.log(`\nThe ten slowest test files (of ${files.length}):`);
  for (const f of slowest) console.log(`  ${f.seconds.toFixed(1).padStart(6)} s  ${f.runner.padEnd(6)}  ${f.file}`);
}
console.log(
  `\nnpm test took ${((Date.now() - started) / 1000).toFixed(0)} s (${stepSeconds.map(([n, t]) => `${n} ${t.toFixed(0)} s`).join(', ')})`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps ? 1 : 0);
