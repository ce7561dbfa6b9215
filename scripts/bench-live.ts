/**
 * npm run bench:live: the live gateway under load, against raw baselines on the same machine.
 *
 *   1. one API instance (child process) on a fresh PostgreSQL database; 1,000 socket.io clients
 *      (this process) in 20 groups of 50; 200 messages/s overall for BENCH_SECONDS (default 30):
 *      send-to-ack and send-to-delivery (every member) p50/p95/p99, messages lost;
 *   2. the rate raised step by step until p99 delivery passes 100 ms (the ceiling);
 *   3. saturation: stored messages/s and deliveries/s with 200 senders, one message in flight each;
 *   4. raw `ws` broadcast server (child process), same clients, same load, same saturation;
 *   5. raw `pg` single-row inserts (pool of 10, like the API's) for the insert baseline.
 * CPU of this process (the load generator) and of the server child are printed per phase.
 * Not a test: figures depend on the machine. Env: BENCH_SECONDS, BENCH_CLIENTS, TEST_DATABASE_ADMIN_URL.
 */
import 'reflect-metadata';
import { fork, ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import WebSocket, { WebSocketServer } from 'ws';
import { JwtService } from '@nestjs/jwt';
import type { LiveMessage } from '@tribune/domain';
import { loadConfig } from '../apps/api/src/config/config';
import { PrismaService } from '../apps/api/src/prisma/prisma.service';
import { ClientSocket, connectLive, request } from '../apps/api/src/live/testing/live-client';

const SECONDS = Number(process.env.BENCH_SECONDS || 30);
const CLIENTS = Number(process.env.BENCH_CLIENTS || 1000);
const GROUP_SIZE = 50;
const GROUPS = Math.ceil(CLIENTS / GROUP_SIZE);
const BODY = 'Point sur le logement à Calais : trois familles sans solution depuis lundi. '.padEnd(100, '.');
const STEPS = [200, 400, 600, 800, 1000, 1300, 1600, 2000, 2500];
const STEP_SECONDS = 5;
const SATURATION_SENDERS = 200;
const SATURATION_SECONDS = 5;

// ---------------------------------------------------------------------------------------------
// Child processes: the API, or the raw ws broadcast server.

async function serveApi() {
  const { createApp } = await import('../apps/api/src/bootstrap');
  const config = { ...loadConfig(process.env), seedDemo: false, logLevel: 'error' };
  const app = await createApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  serveChild((app.getHttpServer().address() as { port: number }).port, () => app.close());
}

function serveWs() {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  const groups = new Map<string, Set<WebSocket>>();
  wss.on('connection', (ws) => {
    let group: Set<WebSocket> | undefined;
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString()) as { join?: string; g?: string; id?: string; body?: string };
      if (m.join) {
        group = groups.get(m.join) ?? new Set();
        groups.set(m.join, group);
        group.add(ws);
        return;
      }
      const out = JSON.stringify({ id: m.id, g: m.g, body: m.body });
      for (const peer of group ?? []) if (peer !== ws) peer.send(out);
      ws.send(JSON.stringify({ ack: m.id }));
    });
    ws.on('close', () => group?.delete(ws));
  });
  wss.on('listening', () => serveChild((wss.address() as { port: number }).port, () => new Promise<void>((r) => wss.close(() => r()))));
}

function serveChild(port: number, close: () => Promise<unknown>) {
  let cpu = process.cpuUsage();
  process.on('message', async (m: string) => {
    if (m === 'cpu') {
      const d = process.cpuUsage(cpu);
      cpu = process.cpuUsage();
      process.send!({ cpuMs: (d.user + d.system) / 1000 });
    } else if (m === 'stop') {
      await close();
      process.exit(0);
    }
  });
  process.send!({ port });
}

class Child {
  private constructor(
    readonly proc: ChildProcess,
    readonly port: number,
  ) {}
  static start(mode: string, env: NodeJS.ProcessEnv): Promise<Child> {
    const proc = fork(__filename, [mode], { env, execArgv: ['-r', path.join(__dirname, '../apps/api/swc-register.js')] });
    return new Promise((resolve, reject) => {
      proc.once('message', (m: { port: number }) => resolve(new Child(proc, m.port)));
      proc.once('exit', (code) => reject(new Error(`${mode} exited with ${code}`)));
    });
  }
  cpuMs(): Promise<number> {
    return new Promise((resolve) => {
      this.proc.once('message', (m: { cpuMs: number }) => resolve(m.cpuMs));
      this.proc.send('cpu');
    });
  }
  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.proc.removeAllListeners('exit');
      this.proc.once('exit', () => resolve());
      this.proc.send('stop');
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Load: the same driver for socket.io and raw ws.

interface Driver {
  /** Sends one message from client i; resolves on its ack. */
  send(i: number, id: string): Promise<void>;
  /** Called with (id, receive time) for every delivery to a member. */
  onDeliver: (id: string, at: number) => void;
  /** Every client not in `keep` leaves its channel (no more deliveries to it). */
  leaveAllBut?(keep: Set<number>): Promise<void>;
  close(): void;
}

interface Phase {
  rate: number;
  sent: number;
  acked: number;
  ackP: number[];
  delP: number[];
  lost: number;
  deliveriesPerSecond: number;
  ackedPerSecond: number;
  clientCpu: number;
  serverCpu: number;
}

const pct = (xs: number[], ps = [50, 95, 99]) => {
  const s = Float64Array.from(xs).sort();
  return ps.map((p) => (s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN));
};

async function drive(driver: Driver, child: Child, o: { rate?: number; senders?: number; seconds: number; listeners?: number }): Promise<Phase> {
  const perMessage = o.listeners ?? GROUP_SIZE - 1;
  const sentAt = new Map<string, number>();
  const delivered = new Map<string, number>();
  const ackLat: number[] = [];
  const delLat: number[] = [];
  let deliveries = 0;
  driver.onDeliver = (id, at) => {
    const t0 = sentAt.get(id);
    if (t0 === undefined) return;
    delLat.push(at - t0);
    deliveries++;
    delivered.set(id, (delivered.get(id) ?? 0) + 1);
  };
  const run = randomUUID().slice(0, 8);
  let n = 0;
  let acked = 0;
  const sendOne = (i: number) => {
    const id = `${run}-${n++}`;
    const t0 = performance.now();
    sentAt.set(id, t0);
    return driver.send(i, id).then(() => {
      acked++;
      ackLat.push(performance.now() - t0);
    });
  };
  await child.cpuMs();
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const end = start + o.seconds * 1000;
  if (o.rate) {
    const rate = o.rate;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const now = performance.now();
        const due = Math.floor(((Math.min(now, end) - start) / 1000) * rate);
        while (n < due) void sendOne((n * 7919) % CLIENTS).catch(() => undefined);
        if (now >= end) {
          clearInterval(timer);
          resolve();
        }
      }, 2);
    });
  } else {
    const senders = senderIndexes(o.senders!);
    await Promise.all(
      senders.map(async (i) => {
        while (performance.now() < end) await sendOne(i).catch(() => undefined);
      }),
    );
  }
  const sendsDone = performance.now();
  // Drain: every ack and every delivery of every message sent, or 5 s.
  const drainUntil = performance.now() + 5000;
  while ((acked < n || deliveries < n * perMessage) && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 20));
  const wall = (sendsDone - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return {
    rate: o.rate ?? 0,
    sent: n,
    acked,
    ackP: pct(ackLat),
    delP: pct(delLat),
    lost: n * perMessage - deliveries,
    deliveriesPerSecond: deliveries / wall,
    ackedPerSecond: acked / wall,
    clientCpu: (cpu.user + cpu.system) / 1000 / (performance.now() - start),
    serverCpu: (await child.cpuMs()) / (performance.now() - start),
  };
}

const senderIndexes = (count: number) => Array.from({ length: count }, (_, k) => Math.floor((k * CLIENTS) / count));

async function socketIoDriver(url: string, tokens: string[], groupIds: string[]): Promise<Driver> {
  const sockets: ClientSocket[] = [];
  const driver: Driver = {
    onDeliver: () => undefined,
    async send(i, id) {
      const r = await request(sockets[i], 'message:send', { groupId: groupIds[Math.floor(i / GROUP_SIZE)], clientId: id, body: BODY }, 20_000);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    },
    async leaveAllBut(keep) {
      await Promise.all(sockets.map((s, i) => (keep.has(i) ? undefined : request(s, 'channel:leave', { groupId: groupIds[Math.floor(i / GROUP_SIZE)] }, 20_000))));
    },
    close: () => sockets.forEach((s) => s.close()),
  };
  for (let start = 0; start < tokens.length; start += 50) {
    const batch = await Promise.all(tokens.slice(start, start + 50).map((token) => connectLive(url, token, {}, 20_000)));
    for (const s of batch) {
      s.on('message:new', (m: LiveMessage) => driver.onDeliver(m.clientId, performance.now()));
      sockets.push(s);
    }
    await Promise.all(batch.map((s, k) => request(s, 'channel:join', { groupId: groupIds[Math.floor((start + k) / GROUP_SIZE)], afterSeq: 1e9 }, 20_000)));
  }
  return driver;
}

async function wsDriver(port: number): Promise<Driver> {
  const sockets: WebSocket[] = [];
  const acks = new Map<string, () => void>();
  const driver: Driver = {
    onDeliver: () => undefined,
    send(i, id) {
      return new Promise((resolve) => {
        acks.set(id, resolve);
        sockets[i].send(JSON.stringify({ g: `g${Math.floor(i / GROUP_SIZE)}`, id, body: BODY }));
      });
    },
    close: () => sockets.forEach((s) => s.close()),
  };
  for (let i = 0; i < CLIENTS; i++) {
    const ws = new WebSocket(`ws://127.0.0.1:${port}`);
    await new Promise((r) => ws.once('open', r));
    ws.send(JSON.stringify({ join: `g${Math.floor(i / GROUP_SIZE)}` }));
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString()) as { ack?: string; id?: string };
      if (m.ack) {
        acks.get(m.ack)?.();
        acks.delete(m.ack);
      } else driver.onDeliver(m.id!, performance.now());
    });
    sockets.push(ws);
  }
  return driver;
}

// ---------------------------------------------------------------------------------------------

async function seed(prisma: PrismaService, jwtSecret: string) {
  const term = await prisma.term.create({ data: { name: `Bench ${randomUUID()}`, startsOn: new Date('2025-01-08'), endsOn: new Date('2027-01-07') } });
  const groups = await Promise.all(
    Array.from({ length: GROUPS }, (_, g) => prisma.workingGroup.create({ data: { termId: term.id, name: `Groupe ${g}`, theme: 'Bench' } })),
  );
  const users = Array.from({ length: CLIENTS }, (_, i) => ({
    id: randomUUID(),
    email: `bench-${i}-${randomUUID().slice(0, 6)}@bench.example`,
    displayName: `Député ${i}`,
    role: 'DEPUTY' as const,
    passwordHash: 'not-used',
    calendarToken: randomUUID(),
  }));
  await prisma.user.createMany({ data: users });
  const deputies = users.map((u, i) => ({ id: randomUUID(), userId: u.id, fullName: u.displayName, gender: 'WOMAN' as const, territory: `T${i % 13}`, languages: ['fr'], skills: [] }));
  await prisma.deputy.createMany({ data: deputies });
  await prisma.groupMembership.createMany({
    data: deputies.map((d, i) => ({ groupId: groups[Math.floor(i / GROUP_SIZE)].id, deputyId: d.id, startsOn: new Date('2025-02-01'), openGroupId: groups[Math.floor(i / GROUP_SIZE)].id })),
  });
  // Tokens signed as the login mutation signs them (1,000 argon2 logins would take minutes).
  const jwt = new JwtService({});
  const tokens = users.map((u) => jwt.sign({ sub: u.id, ver: 0 }, { secret: jwtSecret, expiresIn: '2h' }));
  return { tokens, groupIds: groups.map((g) => g.id) };
}

async function rawPgInserts(url: string, seconds: number) {
  const pool = new Pool({ connectionString: url, max: 10 });
  await pool.query('CREATE TABLE IF NOT EXISTS bench_raw (id text PRIMARY KEY, group_id text NOT NULL, seq int NOT NULL, body text NOT NULL, created_at timestamp(3) NOT NULL DEFAULT now())');
  let n = 0;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: SATURATION_SENDERS }, async (_, w) => {
      while (performance.now() < end) {
        await pool.query('INSERT INTO bench_raw (id, group_id, seq, body) VALUES ($1, $2, $3, $4)', [randomUUID(), `g${w % GROUPS}`, n++, BODY]);
      }
    }),
  );
  const perSecond = n / ((performance.now() - start) / 1000);
  await pool.end();
  return perSecond;
}

const ms = (x: number) => (Number.isNaN(x) ? '-' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const line = (label: string, p: Phase) =>
  `${label.padEnd(26)} ${String(p.rate || '-').padStart(5)} ${String(p.acked).padStart(7)} ${p.ackP.map(ms).join('/').padStart(18)} ${p.delP.map(ms).join('/').padStart(18)} ${String(p.lost).padStart(6)} ${Math.round(p.ackedPerSecond).toString().padStart(7)} ${Math.round(p.deliveriesPerSecond).toString().padStart(8)} ${(p.clientCpu * 100).toFixed(0).padStart(5)}% ${(p.serverCpu * 100).toFixed(0).padStart(5)}%`;

async function main() {
  const mode = process.argv[2];
  if (mode === '--api') return serveApi();
  if (mode === '--ws') return serveWs();

  process.env.TEST_DATABASE_ADMIN_URL ||= 'postgres://postgres@127.0.0.1:5432/postgres';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  await require('../apps/api/test/global-setup.js')();
  const { createTestDatabase } = await import('../apps/api/test/test-database');
  const db = await createTestDatabase();
  const results: string[] = [];
  const children: Child[] = [];
  try {
    const config = { ...loadConfig({ ...process.env, NODE_ENV: 'test' }), databaseUrl: db.url };
    const prisma = new PrismaService(config);
    const { tokens, groupIds } = await seed(prisma, config.jwtSecret);
    await prisma.$disconnect();
    console.log(`${os.cpus().length} CPUs, ${CLIENTS} clients in ${GROUPS} groups of ${GROUP_SIZE}; ${SECONDS} s at 200 msg/s; database ${db.name}`);

    // Per-user budget above the load (each client sends at most a few a second; saturation more).
    const api = await Child.start('--api', { ...process.env, NODE_ENV: 'test', DATABASE_URL: db.url, LIVE_SENDS_PER_SECOND: '1000', REDIS_URL: '' });
    children.push(api);
    const io = await socketIoDriver(`http://127.0.0.1:${api.port}`, tokens, groupIds);
    console.log('connected; steady load...');
    const steady = await drive(io, api, { rate: 200, seconds: SECONDS });
    results.push(line('tribune 200 msg/s', steady));
    let ceiling = 0;
    for (const rate of STEPS) {
      const p = await drive(io, api, { rate, seconds: STEP_SECONDS });
      results.push(line(`tribune step`, p));
      console.log(results.at(-1));
      if (p.delP[2] > 100 || p.lost > 0 || p.ackedPerSecond < rate * 0.9) break;
      ceiling = rate;
    }
    const saturated = await drive(io, api, { senders: SATURATION_SENDERS, seconds: SATURATION_SECONDS });
    results.push(line(`tribune saturation x${SATURATION_SENDERS}`, saturated));
    // The storage path alone: everyone leaves the channels (sending needs no join), so each
    // message is checked, stored and acked, not broadcast.
    await io.leaveAllBut!(new Set());
    const storedOnly = await drive(io, api, { senders: SATURATION_SENDERS, seconds: SATURATION_SECONDS, listeners: 0 });
    results.push(line(`tribune store-only x${SATURATION_SENDERS}`, storedOnly));
    io.close();
    await api.stop();
    children.pop();

    const wsServer = await Child.start('--ws', process.env);
    children.push(wsServer);
    const ws = await wsDriver(wsServer.port);
    const wsSteady = await drive(ws, wsServer, { rate: 200, seconds: Math.min(SECONDS, 10) });
    results.push(line('raw ws 200 msg/s', wsSteady));
    const wsSaturated = await drive(ws, wsServer, { senders: SATURATION_SENDERS, seconds: SATURATION_SECONDS });
    results.push(line(`raw ws saturation x${SATURATION_SENDERS}`, wsSaturated));
    ws.close();
    await wsServer.stop();
    children.pop();

    const pgPerSecond = await rawPgInserts(db.url, SATURATION_SECONDS);

    console.log('\nphase                       rate   acked   ack p50/p95/p99 ms  del p50/p95/p99 ms   lost  acked/s  deliv/s  gen CPU  srv CPU');
    for (const r of results) console.log(r);
    console.log(`raw pg single-row inserts (pool 10, ${SATURATION_SENDERS} workers): ${Math.round(pgPerSecond)}/s`);
    const check = (ok: boolean) => (ok ? 'ok' : 'MISSED');
    console.log('\ntarget                                            measured        ');
    console.log(`p50 delivery <= 5 ms at 200 msg/s               ${ms(steady.delP[0])} ms  ${check(steady.delP[0] <= 5)}`);
    console.log(`p99 delivery <= 25 ms at 200 msg/s              ${ms(steady.delP[2])} ms  ${check(steady.delP[2] <= 25)}`);
    console.log(`0 lost                                           ${steady.lost + saturated.lost}  ${check(steady.lost + saturated.lost === 0)}`);
    console.log(`ceiling (p99 delivery <= 100 ms) >= 1000 msg/s   ${ceiling} msg/s  ${check(ceiling >= 1000)}`);
    const storedRatio = storedOnly.ackedPerSecond / pgPerSecond;
    console.log(`stored msg/s >= 0.6x raw pg inserts (store-only) ${Math.round(storedOnly.ackedPerSecond)} / ${Math.round(pgPerSecond)} = ${storedRatio.toFixed(2)}x  ${check(storedRatio >= 0.6)}`);
    console.log(`stored msg/s with every broadcast (saturation)   ${Math.round(saturated.ackedPerSecond)} / ${Math.round(pgPerSecond)} = ${(saturated.ackedPerSecond / pgPerSecond).toFixed(2)}x`);
    const deliveryRatio = saturated.deliveriesPerSecond / wsSaturated.deliveriesPerSecond;
    console.log(`deliveries/s >= 0.5x raw ws                      ${Math.round(saturated.deliveriesPerSecond)} / ${Math.round(wsSaturated.deliveriesPerSecond)} = ${deliveryRatio.toFixed(2)}x  ${check(deliveryRatio >= 0.5)}`);
    console.log(`p99 delivery vs raw ws at 200 msg/s             ${ms(steady.delP[2])} / ${ms(wsSteady.delP[2])} ms = ${(steady.delP[2] / wsSteady.delP[2]).toFixed(1)}x`);
  } finally {
    for (const c of children) await c.stop().catch(() => undefined);
    // Dropping the database ends the idle connections Prisma's pool kept: expected here.
    process.on('uncaughtException', (e: Error & { code?: string }) => {
      if (e.code !== '57P01') throw e;
    });
    await db.drop();
  }
}

main().then(
  () => {
    if (!process.argv[2]) process.exit(0);
  },
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
