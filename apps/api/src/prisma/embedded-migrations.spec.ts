import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { applyEmbeddedMigrations, MIGRATIONS_DIR } from './embedded-migrations';
import { openPGlite } from './pglite';

describe('applyEmbeddedMigrations', () => {
  let db: PGlite;
  beforeAll(() => {
    db = openPGlite();
  });
  afterAll(() => db.close());

  it('applies every migration once, recorded as Prisma records them', async () => {
    const names = fs
      .readdirSync(MIGRATIONS_DIR)
      .filter((n) => fs.existsSync(path.join(MIGRATIONS_DIR, n, 'migration.sql')))
      .sort();
    expect(await applyEmbeddedMigrations(db)).toEqual(names);
    expect(await applyEmbeddedMigrations(db)).toEqual([]);
    const rows = (
      await db.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
      )
    ).rows;
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, names[0], 'migration.sql'), 'utf8');
    expect(rows[0].checksum).toBe(createHash('sha256').update(sql).digest('hex'));
    const tables = (
      await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'Mandate'`)
    ).rows[0].n;
    expect(tables).toBe(1);
  });
});
