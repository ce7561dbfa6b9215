/**
 * The servers the GraphQL benchmarks fork (scripts/bench-support.ts startServer):
 *   api  the Tribune API on DATABASE_URL, counting its SQL statements;
 *   raw  the baseline: the same data read with raw `pg` (pool of 10, like the API's) behind a bare
 *        node:http server, so that both sides pay for HTTP, JSON and sockets alike and the ratio
 *        measures what NestJS, GraphQL and Prisma cost.
 * Each reports { port } to its parent, answers 'count' and stops on 'stop'.
 */
import 'reflect-metadata';
import http from 'node:http';
import { Pool } from 'pg';
import { loadConfig } from '../apps/api/src/config/config';
import { PrismaService } from '../apps/api/src/prisma/prisma.service';

function serveChild(port: number, count: () => number, stop: () => Promise<void>) {
  process.on('message', async (m: string) => {
    if (m === 'count') process.send!({ count: count(), cpu: process.cpuUsage(), memory: process.memoryUsage() });
    if (m === 'gc') {
      // Run with --expose-gc (scripts/bench-idle.ts): memory is read after a full collection.
      (globalThis as { gc?: () => void }).gc?.();
      process.send!({ collected: true });
    }
    if (m === 'stop') {
      await stop();
      process.exit(0);
    }
  });
  process.send!({ port });
}

async function serveApi() {
  const { createApp } = await import('../apps/api/src/bootstrap');
  const config = { ...loadConfig(process.env), seedDemo: false, countQueries: true, logLevel: 'error' };
  const app = await createApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  const prisma = app.get(PrismaService);
  serveChild(
    (app.getHttpServer().address() as { port: number }).port,
    () => prisma.queryCount,
    () => app.close(),
  );
}

/** The home query's data: the account, the deputy's groups (with unread counts) and the next 10 meetings. */
async function rawHome(pool: Pool, userId: string) {
  const me = (
    await pool.query(
      `SELECT u.id, u."displayName", u.role, d.id AS "deputyId", d."fullName" FROM "User" u LEFT JOIN "Deputy" d ON d."userId" = u.id WHERE u.id = $1`,
      [userId],
    )
  ).rows[0];
  const [memberships, meetings, unread] = await Promise.all([
    pool.query(
      `SELECT gm.role, g.id, g.name, g.theme FROM "GroupMembership" gm JOIN "WorkingGroup" g ON g.id = gm."groupId" WHERE gm."deputyId" = $1 ORDER BY gm."startsOn"`,
      [me.deputyId],
    ),
    pool.query(
      `SELECT m.id, m.title, m."startsAt", m."endsAt", m."timeZone", m.status, g.id AS "groupId", g.name AS "groupName"
       FROM "Meeting" m JOIN "WorkingGroup" g ON g.id = m."groupId"
       WHERE EXISTS (SELECT 1 FROM "GroupMembership" gm WHERE gm."groupId" = m."groupId" AND gm."deputyId" = $1 AND gm."openGroupId" IS NOT NULL)
         AND m."endsAt" > now() AND m.status <> 'ENDED'
       ORDER BY m."startsAt", m.id LIMIT 10`,
      [me.deputyId],
    ),
    process.env.BENCH_UNREAD === 'true'
      ? pool.query(
          `SELECT gm."groupId", COUNT(m.id) AS unread
           FROM "GroupMembership" gm
           LEFT JOIN "ChannelRead" r ON r."groupId" = gm."groupId" AND r."userId" = $2
           JOIN "Message" m ON m."groupId" = gm."groupId" AND m.seq > COALESCE(r."lastReadSeq", 0) AND m."deletedAt" IS NULL AND m."authorId" <> $2
           WHERE gm."deputyId" = $1 AND gm."openGroupId" IS NOT NULL GROUP BY gm."groupId"`,
          [me.deputyId, userId],
        )
      : Promise.resolve({ rows: [] }),
  ]);
  return { me, memberships: memberships.rows, meetings: meetings.rows, unread: unread.rows };
}

async function rawSeats(pool: Pool) {
  const term = (await pool.query(`SELECT id, name, "minimumWomen" FROM "Term" WHERE "endsOn" >= now() ORDER BY "startsOn" LIMIT 1`))
    .rows[0];
  const seats = await pool.query(
    `SELECT s.number, m.id AS "mandateId", m."startsOn", d.id AS "deputyId", d."fullName", d.gender, d.territory
     FROM "Seat" s LEFT JOIN "Mandate" m ON m."openSeatId" = s.id LEFT JOIN "Deputy" d ON d.id = m."deputyId"
     WHERE s."termId" = $1 ORDER BY s.number`,
    [term.id],
  );
  const women = seats.rows.filter((r) => r.gender === 'WOMAN').length;
  return {
    ...term,
    parity: { women, total: seats.rows.filter((r) => r.deputyId).length, satisfied: women >= term.minimumWomen },
    seats: seats.rows,
  };
}

async function rawMe(pool: Pool, userId: string) {
  return (await pool.query(`SELECT id, email, "displayName", role FROM "User" WHERE id = $1`, [userId])).rows[0];
}

function serveRaw() {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench');
    const user = url.searchParams.get('user') ?? '';
    const read = url.pathname === '/home' ? rawHome(pool, user) : url.pathname === '/seats' ? rawSeats(pool) : rawMe(pool, user);
    read.then(
      (data) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data }));
      },
      (e: Error) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ errors: [{ message: e.message }] }));
      },
    );
  });
  server.listen(0, '127.0.0.1', () => {
    serveChild(
      (server.address() as { port: number }).port,
      () => 0,
      async () => {
        server.close();
        await pool.end();
      },
    );
  });
}

if (process.argv[2] === 'raw') serveRaw();
else void serveApi();
