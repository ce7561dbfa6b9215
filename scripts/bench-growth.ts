/**
 * npm run bench:growth: do the home query and the message catch-up stay flat as the data grows?
 *
 * One database grows in three steps, seeded with SQL (generate_series), each step measured through
 * the API (a child process) with one connection:
 *   1x    the demo's size: 1 term, 15 seats and deputies, 5 groups, 60 meetings, 10,000 messages;
 *   10x   10 terms (9 past), 150 deputies, 50 groups, 600 meetings, 100,000 messages;
 *   100x  100 terms, 1,500 deputies, 500 groups, 6,000 meetings, 1,000,000 messages.
 * A tenth of the messages go to one group of the measured deputy (its channel grows to 100,000),
 * the rest spread over every group; the deputy has read all but the last 20 of each channel.
 * Printed: home query and messages(afterSeq) p50/p99 per size, then EXPLAIN (ANALYZE, BUFFERS) of
 * the catch-up statement at 100x (the index on (groupId, seq) does the work), and EXPLAIN ANALYZE
 * of the home query's statements on growing tables (next meetings, unread counts).
 * Not a test: figures depend on the machine. Env: BENCH_GROWTH_REQUESTS (per measure, default 200),
 * TEST_DATABASE_ADMIN_URL.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { AuthService } from '../apps/api/src/auth/auth.service';
import { benchDatabase, ChildServer, fixed, graphql, printTable, root, startServer } from './bench-support';

const REQUESTS = Number(process.env.BENCH_GROWTH_REQUESTS || 200);
const PASSWORD = 'bench password 123';
const PER_FACTOR = { terms: 1, messages: 10_000 };
const CATCH_UP = 50;

const UNREAD = fs.readFileSync(path.join(root, 'apps/api/schema.gql'), 'utf8').includes('unreadCount');
const HOME = `query Home {
  me { id displayName role deputy { id fullName memberships { role group { id name theme${UNREAD ? ' unreadCount' : ''} } } } }
  meetings(filter: { when: UPCOMING, limit: 10 }) { id title startsAt endsAt timeZone status group { id name } }
}`;
const MESSAGES = `query CatchUp($groupId: ID!, $afterSeq: Int!) { messages(groupId: $groupId, afterSeq: $afterSeq, limit: ${CATCH_UP}) { id seq body createdAt author { id displayName } } }`;

/**
 * Adds `terms` terms, each with 15 seats held by 15 new deputies (with accounts), 5 groups (each
 * deputy in 2) and their meetings. The first term ever added is the current one; later ones are
 * past terms, two years apart going back.
 */
async function addTerms(pool: Pool, from: number, terms: number, passwordHash: string) {
  await pool.query(
    `INSERT INTO "Term" (id, name, "startsOn", "endsOn", "seatCount", "minimumWomen", status, "activeSlot", "updatedAt")
     SELECT 'term-' || t, 'Term ' || t, DATE '2025-01-08' - (t * 730), DATE '2027-01-07' - (t * 730), 15, 8,
            (CASE WHEN t = 0 THEN 'ACTIVE' ELSE 'ENDED' END)::"TermStatus", CASE WHEN t = 0 THEN TRUE END, now()
     FROM generate_series($1::int, $2::int) t`,
    [from, from + terms - 1],
  );
  await pool.query(
    `INSERT INTO "Seat" (id, "termId", number) SELECT 'seat-' || t || '-' || n, 'term-' || t, n FROM generate_series($1::int, $2::int) t, generate_series(1, 15) n`,
    [from, from + terms - 1],
  );
  await pool.query(
    `INSERT INTO "User" (id, email, "displayName", "passwordHash", role, "calendarToken", "updatedAt")
     SELECT 'user-' || t || '-' || n, 'depute-' || t || '-' || n || '@bench.example', 'Député ' || t || '-' || n, $3, 'DEPUTY', 'cal-' || t || '-' || n, now()
     FROM generate_series($1::int, $2::int) t, generate_series(1, 15) n`,
    [from, from + terms - 1, passwordHash],
  );
  await pool.query(
    `INSERT INTO "Deputy" (id, "fullName", gender, territory, languages, skills, "userId", "updatedAt")
     SELECT 'deputy-' || t || '-' || n, 'Député ' || t || '-' || n, (CASE WHEN n <= 8 THEN 'WOMAN' ELSE 'MAN' END)::"Gender", 'Calais', ARRAY['fr'], ARRAY[]::text[], 'user-' || t || '-' || n, now()
     FROM generate_series($1::int, $2::int) t, generate_series(1, 15) n`,
    [from, from + terms - 1],
  );
  // Current term: open mandates; past terms: ended ones.
  await pool.query(
    `INSERT INTO "Mandate" (id, "seatId", "deputyId", "startsOn", "endsOn", "openSeatId", "openDeputyId")
     SELECT 'mandate-' || t || '-' || n, 'seat-' || t || '-' || n, 'deputy-' || t || '-' || n, DATE '2025-01-08' - (t * 730),
            CASE WHEN t = 0 THEN NULL ELSE DATE '2027-01-07' - (t * 730) END,
            CASE WHEN t = 0 THEN 'seat-' || t || '-' || n END, CASE WHEN t = 0 THEN 'deputy-' || t || '-' || n END
     FROM generate_series($1::int, $2::int) t, generate_series(1, 15) n`,
    [from, from + terms - 1],
  );
  await pool.query(
    `INSERT INTO "WorkingGroup" (id, "termId", name, theme, "updatedAt")
     SELECT 'group-' || t || '-' || g, 'term-' || t, 'Groupe ' || t || '-' || g, 'Logement', now() FROM generate_series($1::int, $2::int) t, generate_series(0, 4) g`,
    [from, from + terms - 1],
  );
  await pool.query(
    `INSERT INTO "GroupMembership" (id, "groupId", "deputyId", "startsOn", "openGroupId")
     SELECT 'membership-' || t || '-' || n || '-' || k, 'group-' || t || '-' || ((n + 2 * k) % 5), 'deputy-' || t || '-' || n, DATE '2025-02-01' - (t * 730),
            CASE WHEN t = 0 THEN 'group-' || t || '-' || ((n + 2 * k) % 5) END
     FROM generate_series($1::int, $2::int) t, generate_series(1, 15) n, generate_series(0, 1) k`,
    [from, from + terms - 1],
  );
}

/** 12 meetings for each group that has none: past ones for past terms, half past half coming for the current term. */
async function addMeetings(pool: Pool) {
  await pool.query(
    `INSERT INTO "Meeting" (id, "groupId", title, "startsAt", "endsAt", "timeZone", status, "updatedAt")
     SELECT 'meeting-' || g.id || '-' || i, g.id, 'Réunion ' || i, s.at, s.at + interval '1 hour', 'Europe/Paris',
            (CASE WHEN s.at < now() THEN 'ENDED' ELSE 'SCHEDULED' END)::"MeetingStatus", now()
     FROM "WorkingGroup" g CROSS JOIN generate_series(1, 12) i
     CROSS JOIN LATERAL (SELECT CASE WHEN g."termId" = 'term-0' THEN now() + ((i - 6) * interval '3 days')
                                     ELSE DATE '2025-01-08' - (CAST(substr(g."termId", 6) AS int) * 730) + (i * interval '30 days') END AS at) s
     WHERE NOT EXISTS (SELECT 1 FROM "Meeting" m WHERE m."groupId" = g.id)`,
  );
}

/** `count` messages from `authorId`: a tenth in `busyGroupId`, the rest spread over every group. */
async function addMessages(pool: Pool, count: number, busyGroupId: string, authorId: string) {
  const groups = Number((await pool.query(`SELECT count(*) AS n FROM "WorkingGroup"`)).rows[0].n);
  const busy = Math.round(count / 10);
  const each = Math.floor((count - busy) / groups);
  const share = `CASE WHEN g.id = $1 THEN $2::int ELSE $3::int END`;
  await pool.query(
    `INSERT INTO "Message" (id, "groupId", "authorId", seq, "clientId", body, "createdAt")
     SELECT gen_random_uuid(), g.id, $4, g."lastMessageSeq" + s, g.id || '-' || (g."lastMessageSeq" + s),
            'Point sur le logement à Calais : trois familles sans solution depuis lundi. ' || s, now() - (s * interval '1 second')
     FROM "WorkingGroup" g CROSS JOIN LATERAL generate_series(1, ${share}) s`,
    [busyGroupId, busy + each, each, authorId],
  );
  await pool.query(`UPDATE "WorkingGroup" g SET "lastMessageSeq" = "lastMessageSeq" + ${share}`, [busyGroupId, busy + each, each]);
}

async function timed(n: number, run: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(n * 0.5)], p99: ms[Math.min(n - 1, Math.floor(n * 0.99))] };
}

async function main() {
  const started = performance.now();
  const db = await benchDatabase('tribune_growth');
  const pool = new Pool({ connectionString: db.url, max: 4 });
  let api: ChildServer | undefined;
  try {
    const hash = await AuthService.hashPassword(PASSWORD);
    api = await startServer('api', { DATABASE_URL: db.url });
    const rows: string[][] = [];
    let terms = 0;
    let messages = 0;
    let token = '';
    // The measured deputy: depute-0-3, member of group-0-3 (the busy channel) and group-0-0.
    const busyGroup = 'group-0-3';
    for (const factor of [1, 10, 100]) {
      const t0 = performance.now();
      const newTerms = factor * PER_FACTOR.terms - terms;
      await addTerms(pool, terms, newTerms, hash);
      terms += newTerms;
      await addMeetings(pool);
      const newMessages = factor * PER_FACTOR.messages - messages;
      await addMessages(pool, newMessages, busyGroup, 'user-0-2');
      messages += newMessages;
      await pool.query(
        `INSERT INTO "ChannelRead" ("userId", "groupId", "lastReadSeq", "updatedAt")
         SELECT 'user-0-3', g.id, g."lastMessageSeq" - 20, now() FROM "WorkingGroup" g WHERE g.id IN ('group-0-0', 'group-0-3')
         ON CONFLICT ("userId", "groupId") DO UPDATE SET "lastReadSeq" = EXCLUDED."lastReadSeq"`,
      );
      await pool.query('ANALYZE');
      const seeded = (performance.now() - t0) / 1000;
      const count = async (table: string) => Number((await pool.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
      const sizes = {
        terms: await count('Term'),
        deputies: await count('Deputy'),
        groups: await count('WorkingGroup'),
        meetings: await count('Meeting'),
        messages: await count('Message'),
      };
      if (!token) {
        const login = (
          await graphql(api.port, `mutation { login(input: { email: "depute-0-3@bench.example", password: "${PASSWORD}" }) { token } }`)
        ).login as { token: string };
        token = login.token;
      }
      const last = Number(
        (await pool.query(`SELECT "lastMessageSeq" FROM "WorkingGroup" WHERE id = $1`, [busyGroup])).rows[0].lastMessageSeq,
      );
      const vars = { groupId: busyGroup, afterSeq: last - CATCH_UP };
      // Warm-up (JIT, plans, pool): the first size would otherwise pay for it.
      for (let i = 0; i < 50; i++) {
        await graphql(api.port, HOME, token);
        await graphql(api.port, MESSAGES, token, vars);
      }
      const home = await timed(REQUESTS, () => graphql(api!.port, HOME, token));
      const catchUp = await timed(REQUESTS, () => graphql(api!.port, MESSAGES, token, vars));
      const checked = (await graphql(api.port, MESSAGES, token, vars)).messages as unknown[];
      if (checked.length !== CATCH_UP) throw new Error(`the catch-up returned ${checked.length} messages, not ${CATCH_UP}`);
      rows.push([
        `${factor}x`,
        String(sizes.terms),
        String(sizes.deputies),
        String(sizes.groups),
        String(sizes.meetings),
        sizes.messages.toLocaleString('en'),
        String(last),
        fixed(seeded),
        fixed(home.p50),
        fixed(home.p99),
        fixed(catchUp.p50),
        fixed(catchUp.p99),
      ]);
      console.log(`  ${factor}x seeded in ${fixed(seeded)} s: home p50 ${fixed(home.p50)} ms, catch-up p50 ${fixed(catchUp.p50)} ms`);
    }
    printTable(
      [
        'size',
        'terms',
        'deputies',
        'groups',
        'meetings',
        'messages',
        'busy channel',
        'seed s',
        'home p50 ms',
        'home p99',
        'messages(afterSeq) p50 ms',
        'p99',
      ],
      rows,
    );
    console.log(
      `(${REQUESTS} sequential requests per figure, one connection; messages(afterSeq): the last ${CATCH_UP} of the busy channel.)`,
    );

    // The statement MessagesService.page sends (Prisma's SQL for findMany where groupId, seq > after, order by seq, take limit + 1).
    const last = Number(
      (await pool.query(`SELECT "lastMessageSeq" FROM "WorkingGroup" WHERE id = $1`, [busyGroup])).rows[0].lastMessageSeq,
    );
    const plan = await pool.query(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT "id", "groupId", "meetingId", "authorId", "seq", "clientId", "body", "replyToId", "editedAt", "deletedAt", "deletedById", "createdAt"
       FROM "Message" WHERE "groupId" = $1 AND "seq" > $2 ORDER BY "seq" ASC LIMIT $3 OFFSET $4`,
      [busyGroup, last - CATCH_UP, CATCH_UP + 1, 0],
    );
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the message catch-up at ${messages.toLocaleString('en')} messages:`);
    for (const r of plan.rows) console.log('  ' + r['QUERY PLAN']);
    // The home query's two statements that read growing tables: the deputy's next meetings
    // (MeetingsService.list) and the unread counts (UnreadService.counts, when present).
    const deputy = 'deputy-0-3';
    const meetingsPlan = await pool.query(
      `EXPLAIN ANALYZE SELECT m.* FROM "Meeting" m
       WHERE TRUE AND EXISTS (SELECT 1 FROM "GroupMembership" gm WHERE gm."groupId" = m."groupId" AND gm."openGroupId" IS NOT NULL AND gm."deputyId" = $1)
         AND m."endsAt" > $2 AND m.status <> 'ENDED'
       ORDER BY m."startsAt" ASC, m.id ASC LIMIT 10 OFFSET 0`,
      [deputy, new Date()],
    );
    console.log(`\nEXPLAIN ANALYZE of the home query's next meetings at ${rows[rows.length - 1][4]} meetings:`);
    for (const r of meetingsPlan.rows) console.log('  ' + r['QUERY PLAN']);
    if (UNREAD) {
      const unreadPlan = await pool.query(
        `EXPLAIN ANALYZE SELECT g."id" AS "groupId", COUNT(m."id") AS "unread"
         FROM "WorkingGroup" g
         LEFT JOIN "ChannelRead" r ON r."groupId" = g."id" AND r."userId" = $1
         JOIN "Message" m ON m."groupId" = g."id" AND m."seq" > COALESCE(r."lastReadSeq", 0) AND m."deletedAt" IS NULL AND m."authorId" <> $1
         WHERE g."id" IN ('group-0-0', 'group-0-3')
           AND (FALSE OR EXISTS (SELECT 1 FROM "GroupMembership" gm WHERE gm."openGroupId" = g."id" AND gm."deputyId" = $2))
         GROUP BY g."id"`,
        ['user-0-3', deputy],
      );
      console.log(
        `\nEXPLAIN ANALYZE of the home query's unread counts at ${messages.toLocaleString('en')} messages (read up to 20 before the end):`,
      );
      for (const r of unreadPlan.rows) console.log('  ' + r['QUERY PLAN']);
    }
    console.log(`\nTotal ${fixed((performance.now() - started) / 1000)} s.`);
  } finally {
    await api?.stop();
    await pool.end();
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
