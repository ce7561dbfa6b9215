import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../../test/test-database';

/**
 * One timestamp type (issue 13): every instant is stored as `timestamptz`, so no statement needs
 * `now() AT TIME ZONE 'UTC'` and no reader parses a naive timestamp by hand. Calendar days stay
 * `date`; nothing is `timestamp without time zone`.
 */
const migrations = path.resolve(__dirname, '../../../../prisma/migrations');
const TIMESTAMPTZ = '20261203100000_timestamptz_everywhere';
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const sqlOf = (name: string) => readFileSync(path.join(migrations, name, 'migration.sql'), 'utf8');

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

describe('the timestamp columns of the migrated database', () => {
  let database: TestDatabase;
  let db: Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = await connect(database.url);
  });
  afterAll(async () => {
    await db?.end();
    await database?.drop();
  });

  it('have a time zone, every one of them', async () => {
    const { rows } = await db.query<{ column: string; type: string }>(`
      SELECT table_name || '.' || column_name AS "column", data_type AS "type" FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type LIKE 'timestamp%'`);
    // The query reads them: the schema has dozens (createdAt, startsAt, ...).
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.filter((r) => r.type !== 'timestamp with time zone').map((r) => r.column)).toEqual([]);
  });
});

describe('migration ' + TIMESTAMPTZ, () => {
  const name = `tribune_tz_${process.pid}_${Date.now()}`;
  let admin: Client;
  let db: Client;

  beforeAll(async () => {
    admin = await connect(adminUrl);
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    db = await connect(url.toString());
    // The database as it was just before: every earlier migration, in order.
    const earlier = readdirSync(migrations)
      .filter((m) => /^\d{14}_/.test(m) && m < TIMESTAMPTZ)
      .sort();
    for (const m of earlier) await db.query(sqlOf(m));
  });
  afterAll(async () => {
    await db?.end();
    await admin?.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin?.end();
  });

  it('keeps every instant as it was (the naive values were UTC), whatever the session time zone', async () => {
    // A session far from UTC: a cast that took the naive value as local time would shift it by 3 hours.
    await db.query(`SET TIME ZONE 'America/Sao_Paulo'`);
    await db.query(`
      INSERT INTO "User" ("id", "email", "displayName", "passwordHash", "role", "calendarToken", "createdAt", "updatedAt", "disabledAt")
        VALUES ('u1', 'a@x.org', 'A', 'h', 'ADMIN', 't1', '2026-03-10 23:30:00.123', '2026-03-11 00:15:00', NULL);
      INSERT INTO "Term" ("id", "name", "startsOn", "endsOn", "updatedAt") VALUES ('t', 'T', '2026-01-01', '2027-12-31', '2026-01-01 08:00:00');
      INSERT INTO "WorkingGroup" ("id", "termId", "name", "theme", "updatedAt") VALUES ('g', 't', 'G', 'th', '2026-01-01 08:00:00');
      INSERT INTO "Message" ("id", "groupId", "authorId", "seq", "clientId", "body", "createdAt", "editedAt")
        VALUES ('msg', 'g', 'u1', 1, 'c1', 'hello', '2026-06-30 22:59:59.999', '2026-07-01 01:00:00');`);

    await db.query(sqlOf(TIMESTAMPTZ));

    const user = await db.query<{ createdAt: Date; updatedAt: Date; disabledAt: Date | null }>(
      `SELECT "createdAt", "updatedAt", "disabledAt" FROM "User" WHERE id = 'u1'`,
    );
    expect(user.rows[0].createdAt.toISOString()).toBe('2026-03-10T23:30:00.123Z');
    expect(user.rows[0].updatedAt.toISOString()).toBe('2026-03-11T00:15:00.000Z');
    expect(user.rows[0].disabledAt).toBeNull();
    const message = await db.query<{ createdAt: Date; editedAt: Date }>(`SELECT "createdAt", "editedAt" FROM "Message" WHERE id = 'msg'`);
    expect(message.rows[0].createdAt.toISOString()).toBe('2026-06-30T22:59:59.999Z');
    expect(message.rows[0].editedAt.toISOString()).toBe('2026-07-01T01:00:00.000Z');
  });
});
