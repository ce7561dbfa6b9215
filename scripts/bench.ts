/**
 * npm run bench: GraphQL read paths under load, next to the same data read with raw `pg` in this script.
 *
 *   - a deputy's home query (me + their groups through their memberships + next meetings; the
 *     schema has no unread-count field, so that is the group list and the meetings) and the
 *     current term's seat grid (15 seats, current mandate, deputy, parity), at concurrency 1, 10, 50;
 *   - the same reads with raw `pg` (pool of 10, like the API's), same concurrency: ratios;
 *   - a single-record query (`me`) req/s;
 *   - SQL queries per request (PrismaService.queryCount) at 15 and at 1,500 deputies: must be equal.
 * The API runs in a child process (its own event loop, like production); the load loop is Node's
 * fetch (undici, keep-alive) here (autocannon is not installed). Not a test: figures depend on the machine.
 * Env: BENCH_SECONDS (per run, default 4), TEST_DATABASE_ADMIN_URL.
 */
import 'reflect-metadata';
import { fork, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, Pool } from 'pg';
import { loadConfig } from '../apps/api/src/config/config';
import { PrismaService } from '../apps/api/src/prisma/prisma.service';
import { AuthService } from '../apps/api/src/auth/auth.service';

const SECONDS = Number(process.env.BENCH_SECONDS || 4);
const CONCURRENCY = [1, 10, 50];
const PASSWORD = 'bench password 123';
const root = path.resolve(__dirname, '..');

const HOME = `query Home {
  me { id displayName role deputy { id fullName memberships { role group { id name theme } } } }
  meetings(filter: { when: UPCOMING, limit: 10 }) { id title startsAt endsAt timeZone status group { id name } }
}`;
const SEATS = `query Seats {
  currentTerm { id name parity { women total minimumWomen satisfied }
    seats { number currentMandate { id startsOn deputy { id fullName gender territory } } } }
}`;
const ME = `query Me { me { id email displayName role } }`;

// ---------------------------------------------------------------------------------------------
// Child: the API, reporting its SQL query count on request.
async function serve() {
  const { createApp } = await import('../apps/api/src/bootstrap');
  const config = { ...loadConfig(process.env), seedDemo: false, countQueries: true, logLevel: 'error' };
  const app = await createApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  const prisma = app.get(PrismaService);
  process.on('message', async (m: string) => {
    if (m === 'count') process.send!({ count: prisma.queryCount });
    if (m === 'stop') {
      await app.close();
      process.exit(0);
    }
  });
  process.send!({ port: (app.getHttpServer().address() as { port: number }).port });
}

// ---------------------------------------------------------------------------------------------
// Load loop: `concurrency` workers, each one request after another, for SECONDS.
interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}
async function load(concurrency: number, once: () => Promise<boolean>): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const ok = await once().catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), errors };
}

// ---------------------------------------------------------------------------------------------
async function main() {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `tribune_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  await admin(`CREATE DATABASE "${dbName}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();
  const child = { proc: undefined as ReturnType<typeof fork> | undefined };
  const prisma = new PrismaService({ ...loadConfig({ NODE_ENV: 'test' }), databaseUrl, countQueries: false });
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  try {
    process.stdout.write('Migrating a fresh database... ');
    execFileSync(path.join(root, 'prisma/prisma-cli.sh'), ['migrate', 'deploy'], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: 'ignore' });
    console.log('done.');

    // Data: a term of 15 seats held by 15 deputies (8 women), 5 groups, 40 upcoming meetings.
    const hash = await AuthService.hashPassword(PASSWORD);
    const term = await prisma.term.create({
      data: { name: 'Bench term', startsOn: new Date('2025-01-08'), endsOn: new Date('2099-01-07'), seatCount: 15, minimumWomen: 8, seats: { createMany: { data: Array.from({ length: 15 }, (_, i) => ({ number: i + 1 })) } } },
      include: { seats: { orderBy: { number: 'asc' } } },
    });
    const groups = [];
    for (let g = 0; g < 5; g++) groups.push(await prisma.workingGroup.create({ data: { termId: term.id, name: `Groupe ${g}`, theme: 'Logement' } }));
    let deputyCount = 0;
    const addDeputies = async (n: number, withSeat: boolean) => {
      for (let i = 0; i < n; i++, deputyCount++) {
        const k = deputyCount;
        const user = await prisma.user.create({ data: { email: `depute-${k}@bench.example`, displayName: `Député ${k}`, role: 'DEPUTY', passwordHash: hash, calendarToken: `cal-${k}-${randomBytes(8).toString('hex')}` } });
        const deputy = await prisma.deputy.create({ data: { fullName: `Député ${k}`, gender: k % 15 < 8 ? 'WOMAN' : 'MAN', territory: 'Calais', languages: ['fr'], skills: [], userId: user.id } });
        for (const group of [groups[k % 5], groups[(k + 2) % 5]]) {
          await prisma.groupMembership.create({ data: { groupId: group.id, deputyId: deputy.id, startsOn: new Date('2025-02-01'), openGroupId: group.id } });
        }
        if (withSeat) {
          const seat = term.seats[k];
          await prisma.mandate.create({ data: { seatId: seat.id, deputyId: deputy.id, startsOn: new Date('2025-01-08'), openSeatId: seat.id, openDeputyId: deputy.id } });
        }
      }
    };
    await addDeputies(15, true);
    const now = Date.now();
    for (let m = 0; m < 40; m++) {
      const startsAt = new Date(now + (m + 1) * 86400_000);
      await prisma.meeting.create({ data: { groupId: groups[m % 5].id, title: `Réunion ${m}`, startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), timeZone: 'Europe/Paris', status: 'SCHEDULED' } });
    }

    // The API, in a child process.
    const proc = fork(__filename, ['--serve'], { execArgv: ['-r', './apps/api/swc-register.js'], cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test', LIVE_SENDS_PER_SECOND: '100000' } });
    child.proc = proc;
    const port = await new Promise<number>((resolve) => proc.once('message', (m: { port: number }) => resolve(m.port)));
    const ask = () => new Promise<number>((resolve) => {
      const listener = (m: { count?: number }) => {
        if (m.count === undefined) return;
        proc.off('message', listener);
        resolve(m.count);
      };
      proc.on('message', listener);
      proc.send('count');
    });
    const gql = async (query: string, token?: string) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
      return { ok: res.status === 200 && !body.errors, body };
    };
    const login = await gql(`mutation { login(email: "depute-0@bench.example", password: "${PASSWORD}") { token user { id } } }`);
    const { token, user } = (login.body.data as { login: { token: string; user: { id: string } } }).login;
    for (const q of [HOME, SEATS, ME]) {
      const r = await gql(q, token);
      if (!r.ok) throw new Error(`query failed: ${JSON.stringify(r.body)}`);
    }

    // SQL statements per request, at two data sizes.
    const queriesPer = async (query: string) => {
      await gql(query, token); // warm
      const before = await ask();
      await gql(query, token);
      return (await ask()) - before;
    };
    const countsSmall = { home: await queriesPer(HOME), seats: await queriesPer(SEATS), me: await queriesPer(ME) };
    process.stdout.write('Adding 1,485 deputies (memberships, accounts)... ');
    await addDeputies(1485, false);
    console.log('done.');
    const countsLarge = { home: await queriesPer(HOME), seats: await queriesPer(SEATS), me: await queriesPer(ME) };
    // Back to the demo size for the throughput runs (the figures the targets speak of).
    await prisma.groupMembership.deleteMany({ where: { deputy: { user: { email: { not: { in: Array.from({ length: 15 }, (_, k) => `depute-${k}@bench.example`) } } } } } });

    // Raw pg: the same data.
    const deputyId = (await pool.query(`SELECT id FROM "Deputy" WHERE "userId" = $1`, [user.id])).rows[0].id as string;
    const rawHome = async () => {
      const [me, memberships, meetings] = await Promise.all([
        pool.query(`SELECT u.id, u."displayName", u.role, d.id AS "deputyId", d."fullName" FROM "User" u LEFT JOIN "Deputy" d ON d."userId" = u.id WHERE u.id = $1`, [user.id]),
        pool.query(`SELECT gm.role, g.id, g.name, g.theme FROM "GroupMembership" gm JOIN "WorkingGroup" g ON g.id = gm."groupId" WHERE gm."deputyId" = $1 ORDER BY gm."startsOn"`, [deputyId]),
        pool.query(
          `SELECT m.id, m.title, m."startsAt", m."endsAt", m."timeZone", m.status, g.id AS "groupId", g.name AS "groupName"
           FROM "Meeting" m JOIN "WorkingGroup" g ON g.id = m."groupId"
           WHERE EXISTS (SELECT 1 FROM "GroupMembership" gm WHERE gm."groupId" = m."groupId" AND gm."deputyId" = $1 AND gm."openGroupId" IS NOT NULL)
             AND m."endsAt" > now() AND m.status <> 'ENDED'
           ORDER BY m."startsAt", m.id LIMIT 10`,
          [deputyId],
        ),
      ]);
      return JSON.stringify({ me: me.rows[0], memberships: memberships.rows, meetings: meetings.rows }).length > 0;
    };
    const rawSeats = async () => {
      const t = (await pool.query(`SELECT id, name, "minimumWomen" FROM "Term" WHERE "endsOn" >= now() ORDER BY "startsOn" LIMIT 1`)).rows[0];
      const seats = await pool.query(
        `SELECT s.number, m.id AS "mandateId", m."startsOn", d.id AS "deputyId", d."fullName", d.gender, d.territory
         FROM "Seat" s LEFT JOIN "Mandate" m ON m."openSeatId" = s.id LEFT JOIN "Deputy" d ON d.id = m."deputyId"
         WHERE s."termId" = $1 ORDER BY s.number`,
        [t.id],
      );
      const women = seats.rows.filter((r) => r.gender === 'WOMAN').length;
      return JSON.stringify({ ...t, parity: { women, total: seats.rows.filter((r) => r.deputyId).length, satisfied: women >= t.minimumWomen }, seats: seats.rows }).length > 0;
    };
    const rawMe = async () => JSON.stringify((await pool.query(`SELECT id, email, "displayName", role FROM "User" WHERE id = $1`, [user.id])).rows[0]).length > 0;

    const rows: string[][] = [];
    const fmt = (n: number, d = 1) => n.toFixed(d);
    const runPair = async (name: string, query: string, raw: () => Promise<boolean>, concurrencies: number[]) => {
      for (const c of concurrencies) {
        const api = await load(c, async () => (await gql(query, token)).ok);
        const base = await load(c, raw);
        rows.push([name, String(c), fmt(api.rps, 0), fmt(api.p50), fmt(api.p99), String(api.errors), fmt(base.rps, 0), fmt(base.p50), fmt(base.p99), fmt(api.rps / base.rps, 2)]);
        console.log(`  ${name} c=${c}: ${fmt(api.rps, 0)} req/s (raw pg ${fmt(base.rps, 0)})`);
      }
    };
    console.log(`Load runs (${SECONDS} s each)...`);
    await runPair('home (deputy)', HOME, rawHome, CONCURRENCY);
    await runPair('seat grid', SEATS, rawSeats, CONCURRENCY);
    await runPair('me (single record)', ME, rawMe, [10, 50]);

    const header = ['query', 'conc.', 'API req/s', 'p50 ms', 'p99 ms', 'errors', 'raw pg req/s', 'raw p50', 'raw p99', 'API/raw'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r: string[]) => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
    console.log('\n' + line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) console.log(line(r));
    console.log('\nSQL statements per request (PrismaService.queryCount; includes the token check):');
    console.log(`  home query:  ${countsSmall.home} at 15 deputies, ${countsLarge.home} at 1,500 deputies ${countsSmall.home === countsLarge.home ? '(constant)' : '(NOT CONSTANT)'}`);
    console.log(`  seat grid:   ${countsSmall.seats} at 15 deputies, ${countsLarge.seats} at 1,500 deputies ${countsSmall.seats === countsLarge.seats ? '(constant)' : '(NOT CONSTANT)'}`);
    console.log(`  me:          ${countsSmall.me} at 15 deputies, ${countsLarge.me} at 1,500 deputies`);
    const home50 = rows.find((r) => r[0].startsWith('home') && r[1] === '50')!;
    const me50 = rows.find((r) => r[0].startsWith('me') && r[1] === '50')!;
    console.log(`\nTargets: home p99 at 50 < 50 ms: ${home50[4]} ms; home >= 0.4x raw: ${home50[9]}x; me >= 1,500 req/s: ${me50[2]}`);
  } finally {
    const proc = child.proc;
    if (proc && proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.send('stop', (e) => e && proc.kill('SIGKILL'));
      await exited;
    }
    await pool.end();
    await prisma.$disconnect();
    // Dropping WITH (FORCE) terminates any connection Prisma's pool still keeps idle; that pool
    // then reports the termination as an error event, which must not crash the script.
    const ignoreTermination = (e: Error) => {
      if (!/terminating connection due to administrator command/.test(e.message)) throw e;
    };
    process.on('uncaughtException', ignoreTermination);
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await new Promise((r) => setTimeout(r, 200));
    process.off('uncaughtException', ignoreTermination);
  }
}

if (process.argv.includes('--serve')) {
  void serve();
} else {
  main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
  );
}
