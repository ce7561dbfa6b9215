import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { openPGlite } from '../../src/prisma/pglite';
import { startTestApp, TestApp } from '../test-app';
import { aLiveChannel } from '../factories';

const root = path.resolve(__dirname, '../../../..');
type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** Row counts of every table, and a checksum of the messages (id, seq, body, in order). */
async function snapshot(query: Query) {
  const tables = (await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).map((r) =>
    String(r.tablename),
  );
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await query(`SELECT count(*) AS n FROM "${table}"`))[0].n);
  const [{ sum }] = await query(
    `SELECT md5(coalesce(string_agg("id" || '/' || "seq" || '/' || "body", '|' ORDER BY "groupId", "seq"), '')) AS sum FROM "Message"`,
  );
  return { counts, messages: String(sum) };
}

async function someData(t: TestApp, messages: number) {
  const c = await aLiveChannel(t, { members: 2 });
  await t.prisma.message.createMany({
    data: Array.from({ length: messages }, (_, i) => ({
      groupId: c.group.id,
      authorId: c.members[i % 2].user.id,
      seq: i + 1,
      clientId: `client-${i}`,
      body: `message ${i} — « é » ${'x'.repeat(i % 7)}`,
    })),
  });
  await t.prisma.workingGroup.update({ where: { id: c.group.id }, data: { lastMessageSeq: messages } });
  return c;
}

function run(script: 'backup' | 'restore', env: Record<string, string | undefined>, args: string[] = []): string {
  return execFileSync(process.execPath, [`scripts/${script}.mjs`, ...args], {
    cwd: root,
    env: { ...process.env, PORT: '1', ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
const lastLine = (out: string) => out.trim().split('\n').at(-1)!;

describe('npm run backup / npm run restore', () => {
  const backups = fs.mkdtempSync(path.join(os.tmpdir(), 'tribune-backups-'));
  afterAll(() => fs.rmSync(backups, { recursive: true, force: true }));

  it('round-trips PostgreSQL (pg_dump -Fc / pg_restore): same row counts in every table, same messages', async () => {
    const t = await startTestApp();
    const pg = new Client({ connectionString: t.db!.url });
    try {
      await someData(t, 120);
      await pg.connect();
      const query: Query = async (sql) => (await pg.query(sql)).rows;
      const before = await snapshot(query);
      expect(before.counts.Message).toBe(120);
      expect(before.counts._prisma_migrations).toBeGreaterThan(0);

      const name = lastLine(run('backup', { DATABASE_URL: t.db!.url, TRIBUNE_BACKUP_DIR: backups }));
      expect(name).toMatch(/^tribune-\d{8}T\d{6}Z\.dump$/);
      expect(fs.statSync(path.join(backups, name)).size).toBeGreaterThan(0);

      // Damage after the backup: messages gone, another group added.
      await t.prisma.message.deleteMany({});
      await someData(t, 3);
      expect(await snapshot(query)).not.toEqual(before);

      await pg.end();
      await t.prisma.$disconnect();
      run('restore', { DATABASE_URL: t.db!.url, TRIBUNE_BACKUP_DIR: backups }, [name]);
      const again = new Client({ connectionString: t.db!.url });
      await again.connect();
      try {
        expect(await snapshot(async (sql) => (await again.query(sql)).rows)).toEqual(before);
      } finally {
        await again.end();
      }
    } finally {
      await pg.end().catch(() => undefined);
      await t.close();
    }
  });

  it('round-trips the embedded PGlite database (folder copy of a stopped API)', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tribune-pglite-backup-'));
    const open = async () => {
      const db = openPGlite(path.join(dataDir, 'pglite'));
      const query: Query = async (sql) => (await db.query<Record<string, unknown>>(sql)).rows;
      return { db, query };
    };
    try {
      const t = await startTestApp({ embeddedDir: dataDir });
      await someData(t, 80);
      await t.close();
      let db = await open();
      const before = await snapshot(db.query);
      await db.db.close();
      expect(before.counts.Message).toBe(80);

      const name = lastLine(run('backup', { DATABASE_URL: '', TRIBUNE_DATA_DIR: dataDir, TRIBUNE_BACKUP_DIR: backups }));
      expect(name).toMatch(/^tribune-pglite-\d{8}T\d{6}Z$/);

      // Damage after the backup (straight into the database files: no need to start the API again).
      db = await open();
      await db.db.exec(`DELETE FROM "Message" WHERE "seq" > 40; DELETE FROM "AuditLog"`);
      expect(await snapshot(db.query)).not.toEqual(before);
      await db.db.close();

      run('restore', { DATABASE_URL: '', TRIBUNE_DATA_DIR: dataDir, TRIBUNE_BACKUP_DIR: backups }, [name]);
      db = await open();
      try {
        expect(await snapshot(db.query)).toEqual(before);
      } finally {
        await db.db.close();
      }
      // The database it replaced is kept aside.
      expect(fs.readdirSync(dataDir).some((f) => f.startsWith('pglite.before-restore-'))).toBe(true);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
