import { Pool, PoolConfig, types } from 'pg';

/**
 * `pg` pools beside Prisma's, for the hottest paths (the live sends, the home page's reads):
 * Prisma 6's query layer costs more CPU than the statement itself there. Rows are read as
 * Prisma's `$queryRaw` reads them, so the callers do not know which path served them.
 */

const INT8 = 20;
const DATE = 1082;
const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;

/** Prisma stores `DateTime` in `timestamp(3)` columns as UTC (pg's default reads them as local time). */
const utcTimestamp = (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
/** `@db.Date` columns: midnight UTC, as Prisma reads them (pg's default: local midnight). */
const utcDate = (value: string) => new Date(`${value}T00:00:00Z`);

const prismaReadings: Record<number, (value: string) => unknown> = {
  [TIMESTAMP_WITHOUT_TIME_ZONE]: utcTimestamp,
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
 * Parameters as Prisma sends them: a Date as its ISO string (pg would write the process's local
 * time, which a `timestamp without time zone` column takes at face value).
 */
export const prismaParameters = (values: readonly unknown[]) => values.map((v) => (v instanceof Date ? v.toISOString() : v));
