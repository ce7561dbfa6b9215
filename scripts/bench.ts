/**
 * npm run bench: GraphQL read paths under load (autocannon, keep-alive connections), next to the
 * same data read with raw `pg` in this script.
 *
 *   - a deputy's home query (me, their groups through their memberships with unread counts, the
 *     next meetings) and the current term's seat grid (15 seats, current mandate, deputy, parity),
 *     and a single-record query (`me`), each at 1, 10 and 50 connections;
 *   - the baseline: the same reads with raw `pg` (pool of 10, like the API's) behind a bare
 *     node:http server in its own child process (scripts/bench-servers.ts), hammered alike: the
 *     ratio is what NestJS + GraphQL + Prisma cost;
 *   - SQL statements per request (PrismaService.queryCount) at 15 and at 1,500 deputies: equal;
 *   - the costliest query the cost budget admits, found by a search over the schema (nested
 *     lists, their largest pages, aliases: apps/api/src/security/costliest-queries.ts), run as a
 *     deputy against a plain `me`: its server time and the ratio (it must stay cheap).
 * Not a test: figures depend on the machine (this one is shared: compare ratios, repeat runs).
 * Env: BENCH_SECONDS (per run, default 5), BENCH_QUERIES=home,seats,me,costliest (a subset), BENCH_PROFILE=<dir>
 * (CPU profile of the API), BENCH_API_FLAGS (extra node flags for the API), BENCH_KEEP_DB,
 * TEST_DATABASE_ADMIN_URL.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../apps/api/src/config/config';
import { PrismaService } from '../apps/api/src/prisma/prisma.service';
import { AuthService } from '../apps/api/src/auth/auth.service';
import { benchDatabase, ChildServer, fixed, graphql, hammer, printTable, root, startServer } from './bench-support';
import { createApp } from '../apps/api/src/bootstrap';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { costliestAcceptedQueries } from '../apps/api/src/security/costliest-queries';
import { MAX_QUERY_COMPLEXITY } from '../apps/api/src/security/graphql-limits';

const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const CONNECTIONS = [1, 10, 50];
const PASSWORD = 'bench password 123';
/** The home query asks for unread counts once the schema has them (apps/api/src/unread). */
const UNREAD = fs.readFileSync(path.join(root, 'apps/api/schema.gql'), 'utf8').includes('unreadCount');

const HOME = `query Home {
  me { id displayName role deputy { id fullName memberships { role group { id name theme${UNREAD ? ' unreadCount' : ''} } } } }
  meetings(filter: { when: UPCOMING, limit: 10 }) { id title startsAt endsAt timeZone status group { id name } }
}`;
const SEATS = `query Seats {
  currentTerm { id name parity { women total minimumWomen satisfied }
    seats { number currentMandate { id startsOn deputy { id fullName gender territory } } } }
}`;
const ME = `query Me { me { id email displayName role } }`;

async function main() {
  const db = await benchDatabase('tribune_bench');
  const prisma = new PrismaService({ ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: db.url, countQueries: false });
  const servers: ChildServer[] = [];
  try {
    // Data: a term of 15 seats held by 15 deputies (8 women), 5 groups of 6 members, 40 upcoming
    // meetings, 100 messages in each group's discussion.
    const hash = await AuthService.hashPassword(PASSWORD);
    const term = await prisma.term.create({
      data: {
        name: 'Bench term',
        startsOn: new Date('2025-01-08'),
        endsOn: new Date('2099-01-07'),
        status: 'ACTIVE',
        activeSlot: true,
        seatCount: 15,
        minimumWomen: 8,
        seats: { createMany: { data: Array.from({ length: 15 }, (_, i) => ({ number: i + 1 })) } },
      },
      include: { seats: { orderBy: { number: 'asc' } } },
    });
    const groups: Array<{ id: string }> = [];
    for (let g = 0; g < 5; g++)
      groups.push(await prisma.workingGroup.create({ data: { termId: term.id, name: `Groupe ${g}`, theme: 'Logement' } }));
    let deputyCount = 0;
    const addDeputies = async (n: number, withSeat: boolean) => {
      const ks = Array.from({ length: n }, (_, i) => deputyCount + i);
      deputyCount += n;
      for (let from = 0; from < ks.length; from += 500) {
        const batch = ks.slice(from, from + 500);
        const users = await prisma.user.createManyAndReturn({
          data: batch.map((k) => ({
            email: `depute-${k}@bench.example`,
            displayName: `Député ${k}`,
            role: 'DEPUTY' as const,
            passwordHash: hash,
            calendarToken: `cal-${k}-${db.url.slice(-8)}`,
          })),
          select: { id: true, email: true },
        });
        const userOf = new Map(users.map((u) => [u.email, u.id]));
        const deputies = await prisma.deputy.createManyAndReturn({
          data: batch.map((k) => ({
            fullName: `Député ${k}`,
            gender: k % 15 < 8 ? ('WOMAN' as const) : ('MAN' as const),
            territory: 'dep:62',
            languages: ['fr'],
            skills: [],
            userId: userOf.get(`depute-${k}@bench.example`)!,
          })),
          select: { id: true, fullName: true },
        });
        const deputyOf = new Map(deputies.map((d) => [Number(d.fullName.split(' ')[1]), d.id]));
        await prisma.groupMembership.createMany({
          data: batch.flatMap((k) =>
            [groups[k % 5], groups[(k + 2) % 5]].map((group) => ({
              groupId: group.id,
              deputyId: deputyOf.get(k)!,
              startsOn: new Date('2025-02-01'),
              openGroupId: group.id,
            })),
          ),
        });
        if (withSeat) {
          await prisma.mandate.createMany({
            data: batch.map((k) => ({
              seatId: term.seats[k].id,
              deputyId: deputyOf.get(k)!,
              startsOn: new Date('2025-01-08'),
              openSeatId: term.seats[k].id,
              openDeputyId: deputyOf.get(k)!,
            })),
          });
        }
      }
    };
    await addDeputies(15, true);
    const now = Date.now();
    await prisma.meeting.createMany({
      data: Array.from({ length: 40 }, (_, m) => {
        const startsAt = new Date(now + (m + 1) * 86400_000);
        return {
          groupId: groups[m % 5].id,
          title: `Réunion ${m}`,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3600_000),
          timeZone: 'Europe/Paris',
          status: 'SCHEDULED' as const,
        };
      }),
    });
    const author = await prisma.user.findUniqueOrThrow({ where: { email: 'depute-1@bench.example' } });
    await prisma.$executeRawUnsafe(
      `INSERT INTO "Message" (id, "groupId", "authorId", seq, "clientId", body)
       SELECT gen_random_uuid(), g.id, $1, s, g.id || '-' || s, 'Message ' || s FROM "WorkingGroup" g, generate_series(1, 100) s`,
      author.id,
    );
    await prisma.$executeRawUnsafe(`UPDATE "WorkingGroup" SET "lastMessageSeq" = 100`);
    // Planner statistics, as autovacuum would have them after such bulk inserts.
    await prisma.$executeRawUnsafe('ANALYZE');

    const api = await startServer('api', { DATABASE_URL: db.url });
    servers.push(api);
    const raw = await startServer('raw', { DATABASE_URL: db.url, BENCH_UNREAD: String(UNREAD) });
    servers.push(raw);
    const login = (
      await graphql(
        api.port,
        `mutation { login(input: { email: "depute-0@bench.example", password: "${PASSWORD}" }) { token user { id } } }`,
      )
    ).login as { token: string; user: { id: string } };
    const { token, user } = login;
    for (const q of [HOME, SEATS, ME]) await graphql(api.port, q, token);

    // SQL statements per request, at two data sizes.
    const statementsPer = async (query: string) => {
      await graphql(api.port, query, token); // warm
      const before = await api.queryCount();
      await graphql(api.port, query, token);
      return (await api.queryCount()) - before;
    };
    const countsSmall = { home: await statementsPer(HOME), seats: await statementsPer(SEATS), me: await statementsPer(ME) };
    process.stdout.write('Adding 1,485 deputies (accounts, memberships)... ');
    await addDeputies(1485, false);
    console.log('done.');
    const countsLarge = { home: await statementsPer(HOME), seats: await statementsPer(SEATS), me: await statementsPer(ME) };
    // Back to the demo size for the throughput runs (the figures the targets speak of).
    await prisma.groupMembership.deleteMany({
      where: { deputy: { user: { email: { not: { in: Array.from({ length: 15 }, (_, k) => `depute-${k}@bench.example`) } } } } },
    });
    await prisma.$executeRawUnsafe('ANALYZE');

    const rows: string[][] = [];
    const runPair = async (name: string, query: string, rawPath: string) => {
      for (const connections of CONNECTIONS) {
        const cpuBefore = await api.cpuMs();
        const a = await hammer({ port: api.port, path: '/graphql', body: JSON.stringify({ query }), token, connections, seconds: SECONDS });
        const cpuPerRequest = ((await api.cpuMs()) - cpuBefore) / (a.rps * SECONDS);
        const b = await hammer({ port: raw.port, path: `${rawPath}?user=${user.id}`, connections, seconds: SECONDS });
        rows.push([
          name,
          String(connections),
          fixed(a.rps, 0),
          fixed(a.p50),
          fixed(a.p99),
          String(a.errors),
          fixed(cpuPerRequest, 2),
          fixed(b.rps, 0),
          fixed(b.p50),
          fixed(b.p99),
          fixed(a.rps / b.rps, 2),
        ]);
        console.log(`  ${name} c=${connections}: ${fixed(a.rps, 0)} req/s, p99 ${a.p99} ms (raw pg ${fixed(b.rps, 0)} req/s)`);
      }
    };
    console.log(`Load runs (autocannon, ${SECONDS} s each)...`);
    const only = process.env.BENCH_QUERIES?.split(',');
    if (!only || only.includes('home')) await runPair('home (deputy)', HOME, '/home');
    if (!only || only.includes('seats')) await runPair('seat grid', SEATS, '/seats');
    if (!only || only.includes('me')) await runPair('me (single record)', ME, '/me');

    printTable(
      ['query', 'conns', 'API req/s', 'p50 ms', 'p99 ms', 'errors', 'API CPU ms/req', 'raw pg req/s', 'raw p50', 'raw p99', 'API/raw'],
      rows,
    );
    console.log('(API CPU ms/req: CPU time of the API process per answered request, the figure least moved by a busy machine.)');
    const same = (a: number, b: number) => (a === b ? '(constant)' : '(NOT CONSTANT)');
    console.log('\nSQL statements per request (PrismaService.queryCount; the token check included):');
    console.log(
      `  home query: ${countsSmall.home} at 15 deputies, ${countsLarge.home} at 1,500 deputies ${same(countsSmall.home, countsLarge.home)}`,
    );
    console.log(
      `  seat grid:  ${countsSmall.seats} at 15 deputies, ${countsLarge.seats} at 1,500 deputies ${same(countsSmall.seats, countsLarge.seats)}`,
    );
    console.log(
      `  me:         ${countsSmall.me} at 15 deputies, ${countsLarge.me} at 1,500 deputies ${same(countsSmall.me, countsLarge.me)}`,
    );
    if (!only || only.includes('costliest')) await costliestAccepted(db.url, api.port, token);
    const at50 = (prefix: string) => rows.find((r) => r[0].startsWith(prefix) && r[1] === '50') ?? [];
    const meBest = Math.max(...rows.filter((r) => r[0].startsWith('me')).map((r) => Number(r[2])));
    if (!only)
      console.log(
        `\nTargets: home p99 at 50 connections < 50 ms: ${at50('home')[4]} ms; home >= 0.4x raw pg: ${at50('home')[10]}x; ` +
          `single record >= 1,500 req/s: ${meBest}${UNREAD ? '' : '\n(the schema has no unreadCount yet: the home query leaves unread counts out)'}`,
      );
  } finally {
    for (const s of servers) await s.stop();
    await prisma.$disconnect();
    if (process.env.BENCH_KEEP_DB) console.log(`Kept the database: ${db.url}`);
    else await db.drop();
  }
}

/**
 * The costliest query the budget admits, against a plain `me`: the search's candidates (within 10%
 * of the budget) are each timed on a few requests, the slowest answered is measured
 * like the others (one connection, BENCH_SECONDS), as the deputy it would be sent by.
 */
async function costliestAccepted(databaseUrl: string, port: number, token: string) {
  // The schema as the API builds it (its list sizes are declared in the resolvers' decorators).
  const app = await createApp({ ...loadConfig({ NODE_ENV: 'test' }), databaseUrl, seedDemo: false, logLevel: 'error' }, { logger: false });
  await app.init();
  const found = costliestAcceptedQueries(app.get(GraphQLSchemaHost).schema);
  await app.close();
  const candidates = found.filter((q) => q.cost >= MAX_QUERY_COMPLEXITY * 0.9);
  const timed: Array<{ q: (typeof found)[number]; ms: number; answered: boolean }> = [];
  for (const q of candidates) {
    const times: number[] = [];
    let answered = false;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const body = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: q.query }),
      }).then((r) => r.json() as Promise<{ data?: Record<string, unknown> | null }>);
      times.push(performance.now() - started);
      // Refused for this deputy at the root (an administrators' list): not a cost it can make.
      answered = !!body.data && Object.values(body.data).some((v) => v !== null);
    }
    timed.push({ q, ms: times.sort((a, b) => a - b)[1], answered });
  }
  timed.sort((a, b) => b.ms - a.ms);
  console.log(
    `\nCostliest accepted query: ${found.length} shapes found under the budget (${MAX_QUERY_COMPLEXITY}), ${candidates.length} within 10% of it timed; the slowest:`,
  );
  for (const { q, ms, answered } of timed.slice(0, 8))
    console.log(`  ${fixed(ms)} ms  cost ${q.cost}  ${q.aliases} × ${q.shape}${answered ? '' : '  (refused to a deputy)'}`);
  const worst = timed.find((t) => t.answered)!.q;
  const a = await hammer({ port, path: '/graphql', body: JSON.stringify({ query: worst.query }), token, connections: 1, seconds: SECONDS });
  const me = await hammer({ port, path: '/graphql', body: JSON.stringify({ query: ME }), token, connections: 1, seconds: SECONDS });
  printTable(
    ['query', 'est. cost', 'aliases', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'me p50 ms', 'me p99 ms', 'p50/me'],
    [
      [
        `costliest accepted: ${worst.shape}`,
        String(worst.cost),
        String(worst.aliases),
        fixed(a.rps, 1),
        fixed(a.p50),
        fixed(a.p99),
        String(a.errors),
        fixed(me.p50),
        fixed(me.p99),
        fixed(a.p50 / Math.max(me.p50, 0.1), 0),
      ],
    ],
  );
  console.log('(errors: answers carrying GraphQL errors too, e.g. objects of groups the deputy does not read.)');
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
