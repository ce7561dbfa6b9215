import fs from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import type { PGlite } from '@electric-sql/pglite';
import type { Pool } from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { Prisma, PrismaClient } from '../generated/prisma/client';
import { APP_CONFIG, AppConfig } from '../config/config';
import { applyEmbeddedMigrations } from './embedded-migrations';
import { directPool, prismaParameters } from './direct-pool';
import { openPGlite } from './pglite';

export type Tx = Prisma.TransactionClient;

function createAdapter(config: AppConfig): { adapter: PrismaPg; pglite?: PGlite } {
  if (config.databaseUrl) return { adapter: new PrismaPg({ connectionString: config.databaseUrl, max: 10 }) };
  const dir = config.dataDir.startsWith('memory://') ? config.dataDir : path.join(config.dataDir, 'pglite');
  if (!dir.startsWith('memory://')) fs.mkdirSync(path.dirname(dir), { recursive: true });
  const pglite = openPGlite(dir);
  // pglite-prisma-adapter 0.6 is typed against an older driver-adapter-utils; same protocol.
  return { adapter: new PrismaPGlite(pglite) as unknown as PrismaPg, pglite };
}

/** The one way to the database: PostgreSQL through adapter-pg, or the embedded PGlite. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleInit, OnModuleDestroy {
  /** SQL statements run since start (only counted when config.countQueries). */
  queryCount = 0;

  /** The embedded database, when there is no DATABASE_URL: closed with the service. */
  private readonly pglite?: PGlite;

  /** PostgreSQL: the pool of readRaw (opens its connections when first used). */
  private readonly readPool?: Pool;

  constructor(@Inject(APP_CONFIG) readonly config: AppConfig) {
    const { adapter, pglite } = createAdapter(config);
    super({
      adapter,
      log: config.countQueries ? [{ emit: 'event', level: 'query' }] : [],
    });
    this.pglite = pglite;
    if (config.databaseUrl) this.readPool = directPool(config.databaseUrl, { max: 10, connectionTimeoutMillis: 5000 });
    // An idle connection dropped by the server (a restart): the next read opens another.
    this.readPool?.on('error', () => undefined);
    if (config.countQueries) {
      (this as unknown as PrismaClient<'query'>).$on('query', () => {
        this.queryCount++;
      });
    }
  }

  get embedded(): boolean {
    return !this.config.databaseUrl;
  }

  /** The embedded PGlite database itself (the job queue serves it to pg-boss), or undefined on PostgreSQL. */
  get embeddedDatabase(): PGlite | undefined {
    return this.pglite;
  }

  /**
   * A read in plain SQL, outside any transaction, for the hottest read paths (the token check,
   * the home page's loaders): on PostgreSQL it goes straight to a `pg` pool, skipping Prisma's
   * query layer (~0.3 ms of CPU per statement); the rows read as `$queryRaw` would give them.
   */
  async readRaw<Rows extends unknown[]>(query: Prisma.Sql): Promise<Rows> {
    if (!this.readPool) return this.$queryRaw<Rows>(query);
    if (this.config.countQueries) this.queryCount++;
    return (await this.readPool.query({ text: query.text, values: prismaParameters(query.values) })).rows as Rows;
  }

  /** The embedded database migrates itself at start (PostgreSQL: `prisma migrate deploy`). */
  async onModuleInit(): Promise<void> {
    if (this.pglite) await applyEmbeddedMigrations(this.pglite);
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
    await this.readPool?.end();
    await this.pglite?.close();
  }
}
