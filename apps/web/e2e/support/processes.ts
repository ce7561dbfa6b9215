import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import net from 'node:net';
import { REPO_ROOT } from './paths';

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Child {
  name: string;
  process: ChildProcess;
  /** Everything it printed, to show when something fails. */
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts a process in its own process group (so stop() also ends what it spawned), from the repo root. */
export function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}, options: SpawnOptions = {}): Child {
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    ...options,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.on('error', (error) => {
      output += `\n${String(error)}`;
      resolve(-1);
    });
  });
  return { name, process: child, output: () => output, exited };
}

/** Runs a command to completion; rejects with its output when it fails. */
export async function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 90000): Promise<string> {
  const child = start(name, command, args, env);
  const timer = setTimeout(() => void stop(child), timeoutMs);
  const code = await child.exited;
  clearTimeout(timer);
  if (code !== 0) throw new Error(`${name} exited with ${code}:\n${child.output()}`);
  return child.output();
}

/** SIGTERM to the child's process group, SIGKILL if it is still there after a few seconds. */
export async function stop(child: Child | undefined, graceMs = 5000): Promise<void> {
  if (!child?.process.pid || child.process.exitCode !== null || child.process.signalCode !== null) return;
  const pid = child.process.pid;
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs).unref());
  if ((await Promise.race([child.exited, timer])) === 'timeout') {
    signal('SIGKILL');
    await child.exited;
  }
}

/** Polls a URL until it answers 200; fails early if the process died. */
export async function waitForHttp(url: string, child: Child, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void child.exited.then(() => (exited = true));
  let last = '';
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${child.name} exited before ${url} answered:\n${child.output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (${last}):\n${child.output()}`);
}
