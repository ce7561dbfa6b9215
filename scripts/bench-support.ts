/**
 * What the GraphQL benchmarks share (scripts/bench.ts, scripts/bench-growth.ts): a throw-away
 * PostgreSQL database, the API in a child process (its own event loop, like production),
 * autocannon runs and the printed table. Not a test: figures depend on the machine.
 */
import { execFileSync, fork, ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';

export const root = path.resolve(__dirname, '..');

/** A fresh database with the migrations applied; `drop()` removes it, whatever is still connected. */
export async function benchDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  execFileSync(path.join(root, 'prisma/prisma-cli.sh'), ['migrate', 'deploy'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url.toString() },
    stdio: 'ignore',
  });
  return {
    url: url.toString(),
    drop: async () => {
      // WITH (FORCE) terminates connections a pool still keeps idle; such a pool then reports
      // the termination as an error event, which must not crash the script.
      const ignoreTermination = (e: Error) => {
        if (!/terminating connection due to administrator command/.test(e.message)) throw e;
      };
      process.on('uncaughtException', ignoreTermination);
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await new Promise((r) => setTimeout(r, 200));
      process.off('uncaughtException', ignoreTermination);
    },
  };
}

/** A server in a child process (scripts/bench-servers.ts): the API or the raw `pg` baseline. */
export interface ChildServer {
  port: number;
  /** SQL statements the API ran since it started (PrismaService.queryCount). */
  queryCount(): Promise<number>;
  /** CPU time the server's process used since it started, in ms (user + system). */
  cpuMs(): Promise<number>;
  /** The server's memory after a full garbage collection (when started with --expose-gc). */
  memory(): Promise<NodeJS.MemoryUsage>;
  stop(): Promise<void>;
}

export async function startServer(kind: 'api' | 'raw', env: Record<string, string>, execArgv: string[] = []): Promise<ChildServer> {
  const profile = kind === 'api' && process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const proc: ChildProcess = fork(path.join(__dirname, 'bench-servers.ts'), [kind], {
    // The API runs with the flags npm start and the Docker image give it.
    execArgv: [
      ...(kind === 'api' ? ['--max-semi-space-size=32'] : []),
      '-r',
      './apps/api/swc-register.js',
      ...profile,
      ...execArgv,
      ...(kind === 'api' && process.env.BENCH_API_FLAGS ? process.env.BENCH_API_FLAGS.split(' ') : []),
    ],
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', LIVE_SENDS_PER_SECOND: '100000', ...env },
  });
  const port = await new Promise<number>((resolve, reject) => {
    proc.once('message', (m: { port: number }) => resolve(m.port));
    proc.once('exit', (code) => reject(new Error(`the ${kind} server exited (${code}) before listening`)));
  });
  type Report = { count: number; cpu: NodeJS.CpuUsage; memory: NodeJS.MemoryUsage };
  const ask = (what = 'count') =>
    new Promise<Report>((resolve) => {
      const listener = (m: Partial<Report> & { collected?: boolean }) => {
        if (m.count === undefined && !m.collected) return;
        proc.off('message', listener);
        resolve(m as Report);
      };
      proc.on('message', listener);
      proc.send(what);
    });
  return {
    port,
    queryCount: async () => (await ask()).count,
    cpuMs: async () => {
      const { cpu } = await ask();
      return (cpu.user + cpu.system) / 1000;
    },
    memory: async () => {
      await ask('gc');
      return (await ask()).memory;
    },
    stop: async () => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      proc.send('stop', (e) => e && proc.kill('SIGKILL'));
      await exited;
    },
  };
}

export async function graphql(port: number, query: string, token?: string, variables?: Record<string, unknown>) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (res.status !== 200 || body.errors) throw new Error(`query failed (${res.status}): ${JSON.stringify(body).slice(0, 500)}`);
  return body.data!;
}

export interface Run {
  rps: number;
  p50: number;
  p99: number;
  /** Transport errors, timeouts, non-2xx answers and answers carrying GraphQL errors. */
  errors: number;
}

/** autocannon with `connections` keep-alive connections for `seconds`; every answer is checked. */
export async function hammer(opts: {
  port: number;
  path: string;
  connections: number;
  seconds: number;
  body?: string;
  token?: string;
}): Promise<Run> {
  const result = await autocannon({
    url: `http://127.0.0.1:${opts.port}${opts.path}`,
    method: opts.body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json', ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) },
    body: opts.body,
    connections: opts.connections,
    duration: opts.seconds,
    verifyBody: (body) => !String(body).includes('"errors"'),
  });
  return {
    rps: result.requests.total / opts.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.mismatches, // errors include timeouts
  };
}

export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log('\n' + line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

export const fixed = (n: number, digits = 1) => n.toFixed(digits);
