import { Pool, PoolConfig, types } from 'pg';

/**
 * `pg` pools beside Prisma's, for the hottest paths (the live sends, the home page's reads):
 * Prisma 6's query layer costs more CPU than the statement itself there. Rows are read as
 * Prisma's `$queryRaw` reads them, so the callers do not know which path served them.
 */

const INT8 = 20;
const DATE = 1082;

/**
 * `@db.Date` columns: midnight UTC, as Prisma reads them (pg's default: local midnight). Instants
 * need nothing: every one is `timestamptz`, which pg reads as it is.
 */
const utcDate = (value: string) => new Date(`${value}T00:00:00Z`);

const prismaReadings: Record<number, (value: string) => unknown> = {
  [DATE]: utcDate,
  [INT8]: (value) => BigInt(value),
};

const getTypeParser = ((oid: number, format?: 'text' | 'binary') =>
  prismaReadings[oid] ?? types.getTypeParser(oid, format)) as typeof types.getTypeParser;

/** A pool whose rows read like Prisma's `$queryRaw` rows. */
export function directPool(connectionString: string, options: Omit<PoolConfig, 'connectionString' | 'types'>): Pool {
  return new Pool({ ...options, connectionString, types: { getTypeParser } });
}

/**
 * Parameters as Prisma sends them: a Date as its ISO string, in UTC (pg would write the process's
 * local time with its offset: the same instant, but compared with a `date` column it could be the
 * day before).
 */
export const prismaParameters = (values: readonly unknown[]) => values.map((v) => (v instanceof Date ? v.toISOString() : v));
