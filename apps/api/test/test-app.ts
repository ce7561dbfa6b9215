import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { AppConfig, loadConfig } from '../src/config/config';
import { createApp } from '../src/bootstrap';
import { PrismaService } from '../src/prisma/prisma.service';
import { createTestDatabase, TestDatabase } from './test-database';
import { TestClock } from './test-clock';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown } }>;
}

export interface TestApp {
  app: INestApplication;
  url: string;
  prisma: PrismaService;
  db?: TestDatabase;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/**
 * The real API on a real port, on a fresh PostgreSQL database (or the embedded PGlite when
 * `embeddedDir` is given). Demo seeding is off: tests build their own data with factories.
 * `sameDatabaseAs`: another instance of the API on that app's database (scale-out), which leaves
 * the database to it when closed. `clock`: the time the app acts on (a TestClock the test moves;
 * instances of one test may share it); default the real time.
 */
export async function startTestApp(
  options: { embeddedDir?: string; config?: Partial<AppConfig>; sameDatabaseAs?: TestApp; clock?: TestClock } = {},
): Promise<TestApp> {
  const db = options.embeddedDir || options.sameDatabaseAs ? undefined : await createTestDatabase();
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test' }),
    databaseUrl: options.sameDatabaseAs?.db?.url ?? db?.url,
    dataDir: options.embeddedDir ?? '.data',
    seedDemo: false,
    countQueries: true,
    logLevel: 'error',
    // No polling workers: a test runs due jobs itself (JobQueue.runDue) after moving its clock.
    jobWorkers: false,
    ...options.config,
  };
  const app = await createApp(config, { logger: false, clock: options.clock });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    db,
    prisma: app.get(PrismaService),
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResult<any>;
    },
    async close() {
      await app.close();
      await db?.drop();
    },
  };
}

/** The error code of the first error, or 'OK' when there is none. */
export const codeOf = (r: GqlResult) => (r.errors?.length ? r.errors[0].extensions?.code : 'OK');
