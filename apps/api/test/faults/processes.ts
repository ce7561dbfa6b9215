import { ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/**
 * Real processes for the fault specs: a private redis-server, the API as `node main.ts`. Every
 * process started here is killed by `stopAll()` (afterAll) and, at worst, when Jest's worker exits.
 */
const root = path.resolve(__dirname, '../../../..');
const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const p of started) p.kill('SIGKILL');
});

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns a truthy value, or fails with `what` after timeoutMs. */
export async function eventually<T>(check: () => Promise<T> | T, what: string, timeoutMs = 15_000, everyMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await sleep(everyMs);
  }
}

export interface Child {
  proc: ChildProcess;
  output: () => string;
  /** Resolves once the process has exited (code or signal). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function track(proc: ChildProcess): Child {
  started.add(proc);
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, signal) => {
      started.delete(proc);
      resolve({ code, signal });
    }),
  );
  return {
    proc,
    output: () => out,
    exited,
    kill(signal = 'SIGKILL') {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
  };
}

/** Kills whatever is still running (afterAll). */
export async function stopAll(): Promise<void> {
  await Promise.all([...started].map((p) => track(p).kill('SIGKILL')));
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

/** A private, throw-away redis-server on `port` (no persistence), ready to answer. */
export async function startRedis(port: number): Promise<Child & { url: string }> {
  const child = track(
    spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  await eventually(() => ping(port), `redis-server on port ${port}`, 10_000, 50);
  return { ...child, url: `redis://127.0.0.1:${port}` };
}

/**
 * The API as it runs in production (`node main.ts`), on `port`, with its own environment.
 * Resolves once it says it is ready.
 */
export async function startApi(port: number, env: Record<string, string | undefined>): Promise<Child & { url: string }> {
  const child = track(
    spawn(process.execPath, ['-r', './apps/api/swc-register.js', 'apps/api/src/main.ts'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', TRIBUNE_SEED_DEMO: 'false', ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const ready = await Promise.race([
    eventually(() => child.output().includes('Tribune API ready'), 'the API to start', 45_000, 50).then(() => true),
    child.exited.then(() => false),
  ]);
  if (!ready) throw new Error(`the API exited at start:\n${child.output()}`);
  return { ...child, url: `http://127.0.0.1:${port}` };
}

export async function health(
  url: string,
): Promise<{ httpStatus: number; status?: string; database?: { status: string }; redis?: { status: string } }> {
  const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) });
  return { httpStatus: res.status, ...((await res.json()) as object) };
}
