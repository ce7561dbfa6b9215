// Driver adapter for the Prisma CLI (migrate deploy / migrate diff), which runs its schema
// engine as WebAssembly here: no native engine can be downloaded on our machines
// (see shared/recipes/prisma-offline.md).
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openPGlite } from '../apps/api/src/prisma/pglite';

// prisma/orm#27403: through adapter-pg the wasm schema engine cannot deserialize Postgres
// catalog types ('name', '"char"', ...). Report them as text, in the CLI process only.
const CATALOG_TYPES_AS_TEXT: Record<number, number> = {
  18: 25,
  19: 25,
  22: 25,
  24: 25,
  30: 25,
  194: 25,
  2205: 25,
  2206: 25,
  1002: 1009,
  1003: 1009,
};

function rewriteFields(result: unknown): void {
  for (const r of Array.isArray(result) ? result : [result]) {
    const fields = (r as pg.QueryResult | undefined)?.fields;
    if (!fields) continue;
    for (const f of fields) {
      const replacement = CATALOG_TYPES_AS_TEXT[f.dataTypeID];
      if (replacement) f.dataTypeID = replacement;
    }
  }
}

let patched = false;
function patchPgForCatalogTypes(): void {
  if (patched) return;
  patched = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function patchedQuery(this: pg.Client, ...args: unknown[]) {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const callback = last as (err: Error | null, res: unknown) => void;
      args[args.length - 1] = (err: Error | null, res: unknown) => {
        if (!err) rewriteFields(res);
        callback(err, res);
      };
      return original.apply(this, args);
    }
    const out = original.apply(this, args);
    if (out && typeof (out as Promise<unknown>).then === 'function') {
      return (out as Promise<unknown>).then((res) => {
        rewriteFields(res);
        return res;
      });
    }
    return out;
  } as typeof pg.Client.prototype.query;
}

export function embeddedDataDir(): string {
  return path.resolve(process.env.TRIBUNE_DATA_DIR || '.data', 'pglite');
}

export async function cliAdapter() {
  const url = process.env.DATABASE_URL;
  if (url && !process.env.TRIBUNE_EMBEDDED) {
    patchPgForCatalogTypes();
    // allowExitOnIdle: without it the CLI waits for idle pool connections to time out.
    return new PrismaPg({ connectionString: url, allowExitOnIdle: true, idleTimeoutMillis: 50 });
  }
  const dir = embeddedDataDir();
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  return new PrismaPGlite(openPGlite(dir));
}
