import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../../../../prisma/migrations');

/**
 * Applies prisma/migrations to the embedded database inside the API process, before anything
 * else touches it. The Prisma CLI can do it too, but as a separate process holding PGlite's
 * files it proved not always durable when it exits; here the same instance migrates and serves.
 * The bookkeeping is Prisma's own `_prisma_migrations` table (same checksums), so
 * `prisma migrate deploy` and `migrate status` agree with what this did.
 */
export async function applyEmbeddedMigrations(db: PGlite, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
  const done = new Set(
    (
      await db.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )
    ).rows.map((r) => r.migration_name),
  );
  const applied: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name, 'migration.sql');
    if (done.has(name) || !fs.existsSync(file)) continue;
    const sql = fs.readFileSync(file, 'utf8');
    const checksum = createHash('sha256').update(sql).digest('hex');
    await db.transaction(async (tx) => {
      await tx.exec(sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), checksum, name],
      );
    });
    applied.push(name);
  }
  return applied;
}
