// PGlite's contrib extensions are subpath exports, which this project's module resolution
// ("node") does not read: their types, from the files the exports point to.
declare module '@electric-sql/pglite/contrib/unaccent' {
  export { unaccent } from '@electric-sql/pglite/dist/contrib/unaccent';
}
declare module '@electric-sql/pglite/contrib/pg_trgm' {
  export { pg_trgm } from '@electric-sql/pglite/dist/contrib/pg_trgm';
}
