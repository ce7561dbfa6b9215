import 'reflect-metadata';
import { Global, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { APP_CONFIG, AppConfig, loadConfig } from '../config/config';
import { Clock } from '../common/clock';
import { PrismaModule } from '../prisma/prisma.module';
import { PrismaService } from '../prisma/prisma.service';
import { createTestDatabase, TestDatabase } from '../../test/test-database';
import { HOUR, MINUTE, TestClock } from '../../test/test-clock';
import { Job, JobQueue } from './job-queue';
import { JobsModule } from './jobs.module';

/** One instance of the API as far as jobs go: the config, the clock, Prisma and the job queue. */
interface Instance {
  context: INestApplicationContext;
  jobs: JobQueue;
  prisma: PrismaService;
  ran: Array<Job<{ n: number }>>;
}

/** A handler that fails while `failing` holds the job's number. */
const failing = new Set<number>();

async function startInstance(config: Partial<AppConfig>, clock: TestClock): Promise<Instance> {
  const ran: Instance['ran'] = [];
  @Global()
  @Module({
    providers: [
      { provide: APP_CONFIG, useValue: { ...loadConfig({ NODE_ENV: 'test' }), jobWorkers: false, logLevel: 'error', ...config } },
      { provide: Clock, useValue: clock },
    ],
    exports: [APP_CONFIG, Clock],
  })
  class ConfigModule {}
  @Module({ imports: [ConfigModule, PrismaModule, JobsModule] })
  class JobsOnly {
    constructor(jobs: JobQueue) {
      jobs.declare('test-job', { retryLimit: 2, retryDelaySeconds: 60 });
      jobs.work<{ n: number }>('test-job', async (job) => {
        ran.push(job);
        if (failing.has(job.data.n)) throw new Error(`job ${job.data.n} fails`);
      });
    }
  }
  const context = await NestFactory.createApplicationContext(JobsOnly, { logger: false });
  await context.init();
  return { context, jobs: context.get(JobQueue), prisma: context.get(PrismaService), ran };
}

const numbers = (instance: Instance) => instance.ran.map((job) => job.data.n).sort((a, b) => a - b);

describe('JobQueue (pg-boss on PostgreSQL)', () => {
  let db: TestDatabase;
  let clock: TestClock;
  let first: Instance;
  let second: Instance;

  beforeAll(async () => {
    db = await createTestDatabase();
    clock = new TestClock();
    first = await startInstance({ databaseUrl: db.url }, clock);
    second = await startInstance({ databaseUrl: db.url }, clock);
  });

  afterAll(async () => {
    await first?.context.close();
    await second?.context.close();
    await db?.drop();
  });

  beforeEach(() => {
    first.ran.length = 0;
    second.ran.length = 0;
    failing.clear();
  });

  it('runs a job when it is due by the clock, not before', async () => {
    await first.jobs.send('test-job', { n: 1 }, { startAfter: new Date(clock.now().getTime() + HOUR) });
    expect(await first.jobs.runDue()).toBe(0);
    clock.advance(HOUR - MINUTE);
    expect(await first.jobs.runDue()).toBe(0);
    clock.advance(MINUTE);
    expect(await first.jobs.runDue()).toBe(1);
    expect(numbers(first)).toEqual([1]);
    expect(await first.jobs.runDue()).toBe(0);
  });

  it('runs each job once when two instances run due jobs at the same moment', async () => {
    const sent = Array.from({ length: 30 }, (_, i) => i);
    for (const n of sent) await (n % 2 ? first : second).jobs.send('test-job', { n });
    await Promise.all([first.jobs.runDue(), second.jobs.runDue(), first.jobs.runDue(), second.jobs.runDue()]);
    expect([...numbers(first), ...numbers(second)].sort((a, b) => a - b)).toEqual(sent);
  });

  it('keeps a job across a restart: sent by one instance, run by the next one when due', async () => {
    const before = await startInstance({ databaseUrl: db.url }, clock);
    const id = await before.jobs.send('test-job', { n: 7 }, { startAfter: new Date(clock.now().getTime() + 2 * HOUR) });
    await before.context.close();
    clock.advance(3 * HOUR);
    const after = await startInstance({ databaseUrl: db.url }, clock);
    try {
      await after.jobs.runDue();
      expect(after.ran.map((job) => [job.id, job.data.n])).toEqual([[id, 7]]);
    } finally {
      await after.context.close();
    }
  });

  it('queues one job for two sends with the same key', async () => {
    const a = await first.jobs.send('test-job', { n: 2 }, { key: 'meeting-1:reminder' });
    const b = await second.jobs.send('test-job', { n: 3 }, { key: 'meeting-1:reminder' });
    expect(a).toBe(first.jobs.idForKey('test-job', 'meeting-1:reminder'));
    expect(b).toBeNull();
    await first.jobs.runDue();
    expect(numbers(first)).toEqual([2]);
  });

  it('queues a job sent inside a transaction only if the transaction commits', async () => {
    const rolledBack = first.prisma.$transaction(async (tx) => {
      await first.jobs.send('test-job', { n: 4 }, { tx });
      throw new Error('changed my mind');
    });
    await expect(rolledBack).rejects.toThrow('changed my mind');
    await first.prisma.$transaction(async (tx) => {
      await first.jobs.send('test-job', { n: 5 }, { tx, startAfter: clock.now() });
    });
    await first.jobs.runDue();
    expect(numbers(first)).toEqual([5]);
  });

  it('never runs a cancelled job', async () => {
    const id = await first.jobs.send('test-job', { n: 6 }, { startAfter: new Date(clock.now().getTime() + MINUTE) });
    await second.jobs.cancel('test-job', id!);
    clock.advance(MINUTE);
    expect(await first.jobs.runDue()).toBe(0);
    expect(await first.jobs.stateOf('test-job', id!)).toBe('cancelled');
  });

  it('retries a failed job after the queue’s delay on the clock, and stops after the retry limit', async () => {
    failing.add(8);
    const id = (await first.jobs.send('test-job', { n: 8 }))!;
    expect(await first.jobs.runDue()).toBe(1);
    expect(await first.jobs.stateOf('test-job', id)).toBe('retry');
    // Not before the delay (60 s), even though the database may have passed it.
    clock.advance(59_000);
    expect(await first.jobs.runDue()).toBe(0);
    clock.advance(1000);
    expect(await first.jobs.runDue()).toBe(1);
    clock.advance(MINUTE);
    expect(await first.jobs.runDue()).toBe(1);
    expect(first.ran.map((job) => job.retryCount)).toEqual([0, 1, 2]);
    expect(await first.jobs.stateOf('test-job', id)).toBe('failed');
  });
});

describe('JobQueue on the embedded database (PGlite served to pg-boss over a local socket)', () => {
  let clock: TestClock;
  let embedded: Instance;

  beforeAll(async () => {
    clock = new TestClock();
    embedded = await startInstance({ databaseUrl: undefined, dataDir: 'memory://' }, clock);
  });

  afterAll(async () => {
    await embedded?.context.close();
  });

  /** Resolves once a socket message waits for the session (event-driven, no timer). */
  async function untilSocketWaits(): Promise<void> {
    while (!embedded.jobs.embeddedGate!.waiting) await new Promise((resolve) => setImmediate(resolve));
  }

  it('sends, runs and cancels jobs durably', async () => {
    const later = await embedded.jobs.send('test-job', { n: 1 }, { startAfter: new Date(clock.now().getTime() + HOUR) });
    await embedded.jobs.send('test-job', { n: 2 });
    expect(await embedded.jobs.runDue()).toBe(1);
    await embedded.jobs.cancel('test-job', later!);
    clock.advance(HOUR);
    expect(await embedded.jobs.runDue()).toBe(0);
    expect(numbers(embedded)).toEqual([2]);
  });

  it('keeps pg-boss out of a Prisma transaction: its statements wait for the end and survive a rollback', async () => {
    let sending: Promise<string | null> | undefined;
    const rolledBack = embedded.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`CREATE TABLE marker (n int)`;
      sending = embedded.jobs.send('test-job', { n: 3 });
      await untilSocketWaits();
      await tx.$executeRaw`INSERT INTO marker VALUES (1)`;
      throw new Error('rolled back');
    });
    await expect(rolledBack).rejects.toThrow('rolled back');
    // The job was written after the transaction, so its rollback did not take the job with it.
    const id = await sending;
    expect(await embedded.jobs.stateOf('test-job', id!)).toBe('created');
    expect(await embedded.prisma.$queryRaw`SELECT to_regclass('marker')::text AS marker`).toEqual([{ marker: null }]);
  });

  it('keeps Prisma out of a transaction opened over the socket: its statements wait for the end and survive a rollback', async () => {
    // A second client of the socket would be refused (one connection): pg-boss's own is idle between jobs.
    const boss = (embedded.jobs as unknown as { boss: { getDb(): { executeSql(t: string, v?: unknown[]): Promise<unknown> } } }).boss;
    const socket = boss.getDb();
    await socket.executeSql('BEGIN');
    await socket.executeSql('CREATE TABLE socket_marker (n int)');
    // (A Prisma query starts when awaited or then-ed.)
    const prismaWrite = embedded.prisma.$executeRaw`CREATE TABLE prisma_marker (n int)`.then(() => 'written');
    await socket.executeSql('INSERT INTO socket_marker VALUES (1)');
    await socket.executeSql('ROLLBACK');
    await prismaWrite;
    const tables = await embedded.prisma.$queryRaw<Array<{ name: string | null }>>`
      SELECT to_regclass('socket_marker')::text AS name UNION ALL SELECT to_regclass('prisma_marker')::text`;
    expect(tables).toEqual([{ name: null }, { name: 'prisma_marker' }]);
  });
});
