import DataLoader from 'dataloader';
import type { Deputy } from '../generated/prisma/client';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';

/**
 * The loaders on the hottest read paths (the home page, the seat grid) use plain SQL: Prisma 6's
 * query compiler costs ~0.4 ms of CPU per model query against ~0.1 ms for a raw one (measured by
 * scripts/bench.ts). Same rows, same types (the driver adapter maps them alike).
 */
export const ids = (keys: readonly string[]) => Prisma.join([...keys]);

/**
 * The columns of a table, listed once so a joined statement can bring a related row under a
 * prefix (`"g.name"`) and give it back as the same object `SELECT *` would. Written as a record
 * of every field of the model: a column added to the schema fails the type check there.
 */
export function columns<T>(all: Record<keyof T, true>) {
  const names = Object.keys(all);
  return {
    select: (alias: string, prefix: string) => Prisma.raw(names.map((n) => `${alias}."${n}" AS "${prefix}${n}"`).join(', ')),
    pick: (row: Record<string, unknown>, prefix: string) => Object.fromEntries(names.map((n) => [n, row[prefix + n]])) as T,
  };
}

/** One row per key (or null), in the keys' order. */
export function one<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await fetch(keys);
    const map = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

/** Every row of each key, in the keys' order (rows keep the fetch's ordering). */
export function many<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const map = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const r of rows) map.get(keyOf(r))?.push(r);
    return keys.map((k) => map.get(k) ?? []);
  });
}

/** A feature's own loaders: a class made from the request's Loaders (see Loaders.of). */
export type FeatureLoaders<T> = new (loaders: Loaders) => T;

/** What the request tells its loaders: who signed in, as the auth guard read them (with the deputy, in the same statement). */
export interface LoadersRequest {
  signedIn?: { userId: string; deputy: Deputy | null };
}

/**
 * Per-request batching for field resolvers: a list costs one query per field, whatever its
 * length (DESIGN.md: constant SQL per list query). It is the one per-request container of each
 * feature's own loaders (`of`, `<feature>/<feature>.loaders.ts`) and knows no feature's tables:
 * `byId` reads rows of a table the caller names, so every feature (and the access policy) asking
 * for the same table by id shares one batch and one cache.
 */
export class Loaders {
  /** Public: the access policy reads the viewer's facts through the request's connection. */
  constructor(
    readonly prisma: PrismaService,
    /** The HTTP request (the auth guard adds `signedIn` to it). */
    private readonly request: object = {},
  ) {}

  /** Who signed in, as the auth guard read them; unknown before the guard ran, or on a public field. */
  get signedIn(): LoadersRequest['signedIn'] {
    return (this.request as LoadersRequest).signedIn;
  }

  private readonly features = new Map<FeatureLoaders<unknown>, unknown>();
  /** The request's instance of a feature's loaders, made at its first use (one batch per request). */
  of<T>(feature: FeatureLoaders<T>): T {
    let loaders = this.features.get(feature) as T | undefined;
    if (!loaders) {
      loaders = new feature(this);
      this.features.set(feature, loaders);
    }
    return loaders;
  }

  private readonly tables = new Map<Prisma.ModelName, DataLoader<string, unknown>>();
  /** The rows of `table` by id (`SELECT *`, or null), one statement per batch, one loader per table in the request. */
  byId<T extends { id: string }>(table: Prisma.ModelName): DataLoader<string, T | null> {
    let loader = this.tables.get(table) as DataLoader<string, T | null> | undefined;
    if (!loader) {
      loader = one(
        (keys) => this.prisma.readRaw<T[]>(Prisma.sql`SELECT * FROM ${Prisma.raw(`"${table}"`)} WHERE id IN (${ids(keys)})`),
        (row) => row.id,
      );
      this.tables.set(table, loader);
    }
    return loader;
  }
}
