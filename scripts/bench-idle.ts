/**
 * npm run bench:idle: 10,000 idle Socket.IO clients on one API process, and its memory.
 *
 * The API runs in a child process (with --expose-gc, so memory is read after a full collection);
 * the clients (websocket transport, heartbeats on: the server's default 25 s ping) are spread over
 * client child processes so that the server's event loop and heap are its own. Each client logs in
 * with one of 20 deputies' tokens (the handshake checks it). Once all are connected, they stay idle
 * through more than one heartbeat round; then the server's resident memory is read again and every
 * client must still be connected. Printed: RSS and heap before and after, and per connection.
 * Target (issue 6): 10,000 connections under 600 MB resident.
 * Env: BENCH_IDLE_CLIENTS (default 10000), BENCH_IDLE_PROCESSES (client processes, default 2),
 * BENCH_IDLE_SECONDS (idle time, default 30), TEST_DATABASE_ADMIN_URL. The npm script raises the
 * open-files limit to the hard limit first (each socket is a file descriptor on both sides).
 */
import 'reflect-metadata';
import { execSync, fork, ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { io, Socket } from 'socket.io-client';
import { AuthService } from '../apps/api/src/auth/auth.service';
import { benchDatabase, ChildServer, fixed, graphql, printTable, startServer } from './bench-support';

const CLIENTS = Number(process.env.BENCH_IDLE_CLIENTS || 10_000);
const PROCESSES = Number(process.env.BENCH_IDLE_PROCESSES || 2);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS || 30);
const PASSWORD = 'bench password 123';
const USERS = 20;
/** Handshakes in flight at once per client process (the server checks each token in the database). */
const IN_FLIGHT = 100;

// ---------------------------------------------------------------------------------------------
// Client process: opens its share of sockets, reports, keeps them idle, reports again on demand.
async function clients(port: number, count: number, tokens: string[]) {
  const sockets: Socket[] = [];
  let failed = 0;
  let next = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      const socket = io(`http://127.0.0.1:${port}`, {
        transports: ['websocket'],
        auth: { token: tokens[next % tokens.length] },
        forceNew: true,
        reconnection: false,
        timeout: 60_000,
      });
      next++;
      socket.once('connect', () => {
        sockets.push(socket);
        resolve();
      });
      socket.once('connect_error', () => {
        failed++;
        socket.close();
        resolve();
      });
    });
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) await open();
    }),
  );
  process.send!({ connected: sockets.length, failed });
  process.on('message', (m: string) => {
    if (m === 'status') process.send!({ connected: sockets.filter((s) => s.connected).length, failed });
    if (m === 'close') {
      for (const s of sockets) s.close();
      process.exit(0);
    }
  });
}

function reply<T>(proc: ChildProcess, message?: string): Promise<T> {
  return new Promise((resolve) => {
    proc.once('message', (m: T) => resolve(m));
    if (message) proc.send(message);
  });
}

async function main() {
  const limit = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim());
  if (limit < CLIENTS / PROCESSES + 1000)
    console.warn(`Open-files limit ${limit}: too low for ${CLIENTS} sockets (run through npm run bench:idle, which raises it).`);
  const started = performance.now();
  const db = await benchDatabase('tribune_idle');
  const pool = new Pool({ connectionString: db.url, max: 2 });
  let api: ChildServer | undefined;
  const procs: ChildProcess[] = [];
  try {
    const hash = await AuthService.hashPassword(PASSWORD);
    await pool.query(
      `INSERT INTO "User" (id, email, "displayName", "passwordHash", role, "calendarToken", "updatedAt")
       SELECT 'user-' || n, 'depute-' || n || '@bench.example', 'Député ' || n, $1, 'DEPUTY', 'cal-' || n, now() FROM generate_series(1, ${USERS}) n`,
      [hash],
    );
    api = await startServer('api', { DATABASE_URL: db.url }, ['--expose-gc']);
    const tokens: string[] = [];
    for (let n = 1; n <= USERS; n++) {
      const login = (
        await graphql(api.port, `mutation { login(input: { email: "depute-${n}@bench.example", password: "${PASSWORD}" }) { token } }`)
      ).login as { token: string };
      tokens.push(login.token);
    }
    const before = await api.memory();

    const t0 = performance.now();
    const share = Math.ceil(CLIENTS / PROCESSES);
    for (let p = 0; p < PROCESSES; p++) {
      const count = Math.min(share, CLIENTS - p * share);
      procs.push(
        fork(__filename, ['--clients', String(api.port), String(count), tokens.join(',')], {
          execArgv: ['-r', './apps/api/swc-register.js'],
        }),
      );
    }
    const opened = await Promise.all(procs.map((p) => reply<{ connected: number; failed: number }>(p)));
    const connected = opened.reduce((n, r) => n + r.connected, 0);
    const failed = opened.reduce((n, r) => n + r.failed, 0);
    const connectSeconds = (performance.now() - t0) / 1000;
    console.log(
      `${connected} clients connected in ${fixed(connectSeconds)} s (${failed} refused or failed); idle for ${IDLE_SECONDS} s (heartbeats every 25 s)...`,
    );
    const connectedMemory = await api.memory();
    await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
    const after = await api.memory();
    const still = (await Promise.all(procs.map((p) => reply<{ connected: number }>(p, 'status')))).reduce((n, r) => n + r.connected, 0);

    const mb = (b: number) => fixed(b / 1024 / 1024);
    const perConnection = (m: NodeJS.MemoryUsage, k: keyof NodeJS.MemoryUsage) => fixed((m[k] - before[k]) / Math.max(1, connected) / 1024);
    printTable(
      ['server memory', 'RSS MB', 'heap used MB', 'RSS KB per connection', 'heap KB per connection'],
      [
        ['before the clients', mb(before.rss), mb(before.heapUsed), '', ''],
        [
          `${connected} connected`,
          mb(connectedMemory.rss),
          mb(connectedMemory.heapUsed),
          perConnection(connectedMemory, 'rss'),
          perConnection(connectedMemory, 'heapUsed'),
        ],
        [`after ${IDLE_SECONDS} s idle`, mb(after.rss), mb(after.heapUsed), perConnection(after, 'rss'), perConnection(after, 'heapUsed')],
      ],
    );
    console.log(`\nStill connected after the idle time (heartbeats answered): ${still} of ${connected}.`);
    console.log(
      `Target: ${CLIENTS} idle connections under 600 MB resident: ${mb(after.rss)} MB ${after.rss < 600 * 1024 * 1024 && still === CLIENTS ? '(met)' : '(NOT MET)'}.`,
    );
    console.log(`Total ${fixed((performance.now() - started) / 1000)} s.`);
  } finally {
    for (const p of procs) if (p.exitCode === null) p.send('close');
    await Promise.all(procs.map((p) => (p.exitCode === null ? new Promise((r) => p.once('exit', r)) : null)));
    await api?.stop();
    await pool.end();
    await db.drop();
  }
}

if (process.argv[2] === '--clients') {
  void clients(Number(process.argv[3]), Number(process.argv[4]), process.argv[5].split(','));
} else {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
