/**
 * npm run bench:search: search over 1,000,000 messages and 10,000 field reports (issue 17).
 *
 * A throw-away PostgreSQL database is seeded with SQL (generate_series): 60 working groups of the
 * current term, one author per group, 1,000,000 messages spread over the groups (French, a tenth
 * in Arabic; words drawn from small vocabularies, so some are common and some rare) and 10,000
 * field reports routed to them. The search index (SearchEntry) is filled by the same triggers as
 * in production. Three deputies search: members of 1, 10 and 50 groups.
 *
 * For each query and each person: the API's search (GraphQL over HTTP, one connection, the API in
 * a child process) against the same statement run raw with `pg` (searchStatement, what the API
 * sends), p50/p99 and their ratio; then how the raw cost moves with the number of groups the
 * person belongs to (constant: the policy's predicate costs one index probe per matching entry,
 * whatever the memberships), and how many results each may read.
 * Not a test: figures depend on the machine. Env: BENCH_SEARCH_REQUESTS (per measure, default 30),
 * BENCH_SEARCH_MESSAGES (default 1000000), TEST_DATABASE_ADMIN_URL.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { Role } from '@tribune/domain';
import { AuthService } from '../apps/api/src/auth/auth.service';
import { prismaParameters } from '../apps/api/src/prisma/direct-pool';
import { searchStatement } from '../apps/api/src/search/search.service';
import type { SearchInput } from '../apps/api/src/search/dto/search.input';
import { benchDatabase, ChildServer, fixed, graphql, printTable, startServer } from './bench-support';

const REQUESTS = Number(process.env.BENCH_SEARCH_REQUESTS || 30);
const MESSAGES = Number(process.env.BENCH_SEARCH_MESSAGES || 1_000_000);
const REPORTS = 10_000;
const GROUPS = 60;
const MEMBERSHIPS = [1, 10, 50];
const PASSWORD = 'bench password 123';
const QUERIES = [
  { label: 'common word (logement, 1 message in 10)', query: 'logements' },
  { label: 'rare word (Créteil, 1 in 1,000)', query: 'creteil' },
  { label: 'two words (préfecture Calais)', query: 'préfecture Calais' },
  { label: 'Arabic, broken plural (مواعيد)', query: 'مواعيد' },
];
const SEARCH = `query Search($input: SearchInput!) { search(input: $input) {
  totalCount hasMore endCursor hits { kind id at title groupName meetingTitle authorName seq minutesVersion snippet { text match } } } }`;

async function seed(pool: Pool, passwordHash: string) {
  await pool.query(`INSERT INTO "Term" (id, name, "startsOn", "endsOn", "seatCount", "minimumWomen", status, "activeSlot", "updatedAt")
    VALUES ('term-0', 'Bench', DATE '2025-01-08', DATE '2027-01-07', 15, 8, 'ACTIVE', TRUE, now())`);
  await pool.query(`INSERT INTO "WorkingGroup" (id, "termId", name, theme, "updatedAt")
    SELECT 'group-' || g, 'term-0', 'Groupe ' || g, 'Logement', now() FROM generate_series(0, ${GROUPS - 1}) g`);
  // One author per group, and the three people who search.
  const people = [...Array.from({ length: GROUPS }, (_, g) => `author-${g}`), ...MEMBERSHIPS.map((n) => `viewer-${n}`)];
  await pool.query(
    `INSERT INTO "User" (id, email, "displayName", "passwordHash", role, "calendarToken", "updatedAt")
     SELECT p, p || '@bench.example', 'Député ' || p, $2, 'DEPUTY', 'cal-' || p, now() FROM unnest($1::text[]) p`,
    [people, passwordHash],
  );
  await pool.query(
    `INSERT INTO "Deputy" (id, "fullName", gender, territory, languages, skills, "userId", "updatedAt")
     SELECT 'deputy-' || p, 'Député ' || p, 'WOMAN', 'dep:62', ARRAY['fr'], ARRAY[]::text[], p, now() FROM unnest($1::text[]) p`,
    [people],
  );
  await pool.query(`INSERT INTO "GroupMembership" (id, "groupId", "deputyId", "startsOn", "openGroupId")
    SELECT 'm-author-' || g, 'group-' || g, 'deputy-author-' || g, DATE '2025-02-01', 'group-' || g FROM generate_series(0, ${GROUPS - 1}) g`);
  for (const n of MEMBERSHIPS)
    await pool.query(`INSERT INTO "GroupMembership" (id, "groupId", "deputyId", "startsOn", "openGroupId")
      SELECT 'm-viewer-${n}-' || g, 'group-' || g, 'deputy-viewer-${n}', DATE '2025-02-01', 'group-' || g FROM generate_series(0, ${n - 1}) g`);

  // The index's GIN indexes are built once after the bulk load (faster than row by row); the
  // entries themselves come from the production triggers.
  await pool.query(`DROP INDEX "SearchEntry_vector_idx"`);
  await pool.query(`DROP INDEX "SearchEntry_arabic_idx"`);
  const fr = `ARRAY['logement','hébergement','préfecture','rendez-vous','titre de séjour','famille','école','santé','droit','travail','association','mairie','expulsion','accompagnement','demande','dossier','recours','audience','solidarité','transport']`;
  const ar = `ARRAY['السكن','المحافظة','العائلة','المدرسة','الصحة','العمل','الجمعية','البلدية','الطلب','الملف','الحقوق','التضامن']`;
  // Words drawn by hashes of the row number (no two draws correlated, nor with the group):
  // "logement" in one message in 10, "Créteil" in one in 1,000, "Calais" in one in 50, a tenth of
  // the messages in Arabic with "المواعيد" in one in 10 of those.
  const pick = (i: string, salt: number, n: number) => `(abs(hashint4(${i} * 8 + ${salt})) % ${n})`;
  const body = (i: string) => `CASE WHEN ${pick(i, 0, 10)} = 0
      THEN 'تم تأجيل ' || (${ar})[1 + ${pick(i, 1, 12)}] || ' و' || (${ar})[1 + ${pick(i, 2, 12)}] || CASE WHEN ${pick(i, 3, 10)} = 0 THEN ' المواعيد' ELSE ' في ' || (${ar})[1 + ${pick(i, 4, 12)}] END
      ELSE 'Point sur ' || (${fr})[1 + ${pick(i, 1, 20)}] || ', ' || (${fr})[1 + ${pick(i, 2, 20)}] || ' et ' || (${fr})[1 + ${pick(i, 3, 20)}]
        || CASE WHEN ${pick(i, 4, 10)} = 0 THEN ' : logement refusé' ELSE '' END
        || CASE WHEN ${pick(i, 5, 1000)} = 0 THEN ' à Créteil' ELSE '' END
        || CASE WHEN ${pick(i, 6, 50)} = 0 THEN ' près de Calais' ELSE '' END
        || ', suite de la réunion n° ' || ${i} END`;
  const started = performance.now();
  await pool.query(
    `INSERT INTO "Message" (id, "groupId", "authorId", seq, "clientId", body, "createdAt")
     SELECT 'msg-' || i, 'group-' || g, 'author-' || g, row_number() OVER (PARTITION BY g ORDER BY i), 'c-' || i, ${body('i')},
            now() - ((${MESSAGES} - i) * interval '10 seconds')
     FROM generate_series(0, ${MESSAGES - 1}) i, LATERAL (SELECT ${pick('i', 7, GROUPS)} AS g) x`,
  );
  await pool.query(`UPDATE "WorkingGroup" g SET "lastMessageSeq" = (SELECT max(seq) FROM "Message" m WHERE m."groupId" = g.id)`);
  await pool.query(
    `INSERT INTO "FieldReport" (id, "authorId", "termId", territory, theme, title, body, status, "routedGroupId", "updatedAt", "createdAt")
     SELECT 'report-' || i, 'deputy-author-' || (i % ${GROUPS}), 'term-0', 'dep:62', 'Logement', 'Remontée ' || i,
            ${body('i + 5000000')}, 'TRIAGED', 'group-' || (i % ${GROUPS}), now(), now() - ((${REPORTS} - i) * interval '1 minute')
     FROM generate_series(0, ${REPORTS - 1}) i`,
  );
  const written = performance.now();
  await pool.query(`CREATE INDEX "SearchEntry_vector_idx" ON "SearchEntry" USING GIN ("vector")`);
  await pool.query(`CREATE INDEX "SearchEntry_arabic_idx" ON "SearchEntry" USING GIN ("arabic" gin_trgm_ops)`);
  await pool.query(`VACUUM ANALYZE`);
  const entries = (await pool.query(`SELECT count(*)::int AS n FROM "SearchEntry"`)).rows[0].n as number;
  console.log(
    `Seeded ${MESSAGES.toLocaleString('en')} messages and ${REPORTS.toLocaleString('en')} reports (${entries.toLocaleString('en')} index entries written by the triggers) in ${fixed((written - started) / 1000)} s, GIN indexes in ${fixed((performance.now() - written) / 1000)} s`,
  );
}

function quantiles(ms: number[]) {
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length * 0.5)], p99: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.99))] };
}

async function timed(run: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  return quantiles(ms);
}

async function main() {
  const db = await benchDatabase('tribune_search');
  const pool = new Pool({ connectionString: db.url, max: 2 });
  let api: ChildServer | undefined;
  try {
    await seed(pool, await AuthService.hashPassword(PASSWORD));
    api = await startServer('api', { DATABASE_URL: db.url, TRIBUNE_SEED_DEMO: 'false', JOBS_WORKERS: 'false' });
    const rows: string[][] = [];
    const byGroups: Record<string, Record<number, { p50: number; total: number }>> = {};
    for (const n of MEMBERSHIPS) {
      const login = (
        await graphql(api.port, `mutation { login(input: { email: "viewer-${n}@bench.example", password: "${PASSWORD}" }) { token } }`)
      ).login as { token: string };
      const viewer = { id: `viewer-${n}`, role: Role.DEPUTY, deputyId: `deputy-viewer-${n}` };
      for (const q of QUERIES) {
        const input = { query: q.query, first: 20 } as SearchInput;
        const statement = searchStatement(viewer, input, null);
        const raw = () => pool.query({ text: statement.text, values: prismaParameters(statement.values) });
        const total = ((await raw()).rows[0]?.total as number) ?? 0;
        const apiTotal = ((await graphql(api.port, SEARCH, login.token, { input })).search as { totalCount: number }).totalCount;
        if (apiTotal !== total) throw new Error(`the API counts ${apiTotal} results, the raw statement ${total}`);
        const viaApi = await timed(() => graphql(api!.port, SEARCH, login.token, { input }));
        const viaSql = await timed(raw);
        (byGroups[q.label] ??= {})[n] = { p50: viaSql.p50, total };
        rows.push([
          q.label,
          String(n),
          total.toLocaleString('en'),
          fixed(viaApi.p50),
          fixed(viaApi.p99),
          fixed(viaSql.p50),
          fixed(viaSql.p99),
          fixed(viaApi.p50 / viaSql.p50, 2),
        ]);
        // Each line as soon as it is measured (the whole table follows at the end).
        console.log(`  ${rows[rows.length - 1].join('  ')}`);
      }
    }
    rows.sort(
      (a, b) => QUERIES.findIndex((q) => q.label === a[0]) - QUERIES.findIndex((q) => q.label === b[0]) || Number(a[1]) - Number(b[1]),
    );
    console.log(`\nSearch, first page of 20 with snippets and the total count, ${REQUESTS} requests per line (ms)`);
    printTable(['query', 'groups', 'readable', 'API p50', 'API p99', 'raw SQL p50', 'raw SQL p99', 'API / raw'], rows);
    console.log('\nCost in the number of groups the person belongs to (raw SQL p50, relative to 1 group)');
    printTable(
      ['query', ...MEMBERSHIPS.map((n) => `${n} group${n > 1 ? 's' : ''}`)],
      QUERIES.map((q) => [q.label, ...MEMBERSHIPS.map((n) => `${fixed(byGroups[q.label][n].p50 / byGroups[q.label][1].p50, 2)}x`)]),
    );
    const plan = searchStatement(
      { id: 'viewer-10', role: Role.DEPUTY, deputyId: 'deputy-viewer-10' },
      { query: 'creteil', first: 20 } as SearchInput,
      null,
    );
    const explained = await pool.query({
      text: `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${plan.text}`,
      values: prismaParameters(plan.values),
    });
    console.log('\nEXPLAIN ANALYZE, rare word, member of 10 groups:');
    for (const r of explained.rows) console.log('  ' + r['QUERY PLAN']);
  } finally {
    await api?.stop();
    await pool.end();
    await db.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
