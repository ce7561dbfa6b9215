import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

/**
 * The contrib extensions the migrations create (search: `unaccent`, `pg_trgm`). PGlite ships
 * them apart and loads them only when named at construction, so every PGlite the project opens
 * (the API's embedded database, the Prisma CLI's adapter, tests) comes from here.
 */
export const PGLITE_EXTENSIONS = { unaccent, pg_trgm };

/** An embedded database (a folder, or in memory without one) with the project's extensions. */
export function openPGlite(dataDir?: string): PGlite {
  // One options object: `new PGlite(undefined, options)` would ignore the options.
  return new PGlite({ dataDir, extensions: PGLITE_EXTENSIONS });
}
