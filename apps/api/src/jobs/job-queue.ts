import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import PgBoss from 'pg-boss';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Clock } from '../common/clock';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { PGliteSessionGate } from './pglite-session-gate';

/** How a queue retries and how long a job may run; fixed when the queue is declared. */
export interface QueueOptions {
  /** Attempts after the first failure (default 2). */
  retryLimit?: number;
  /** Seconds before a retry (default 0; with `retryBackoff`, the first delay, doubled each time). */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** A job running longer than this fails and is retried (default 15 minutes). */
  expireInSeconds?: number;
  /**
   * A recurring job (cron syntax, UTC, at most once a minute, e.g. "every 10 minutes" is `0-59/10 * * * *`), sent with data `{}`
   * by whichever instance's workers notice the minute first (one job per minute in all).
   */
  cron?: string;
}

export interface SendOptions {
  /** When the job becomes due: an instant on the injected `Clock` (default: now). */
  startAfter?: Date;
  /**
   * Our own idempotency key: two sends with the same queue and key make one job (while that job
   * is kept, 14 days by default). Not pg-boss's singletonKey. The effect's own unique key (e.g. a
   * notification's dedupe key) is still what makes a job that runs twice send nothing twice.
   */
  key?: string;
  /** Inside a Prisma transaction: the job exists if and only if the transaction commits. */
  tx?: Tx;
}

/** One job of a `sendMany`. */
export interface JobToSend<T> {
  data: T;
  startAfter?: Date;
  key?: string;
}

/** A job as its handler sees it. */
export interface Job<T> {
  id: string;
  queue: string;
  data: T;
  /** 0 on the first attempt. */
  retryCount: number;
}

/** Does the work; throwing fails this attempt (retried as the queue says). Must be safe to run twice. */
export type JobHandler<T> = (job: Job<T>) => Promise<void>;

/** The pg-boss schema (PostgreSQL schema name) the queue lives in. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * The durable job queue (pg-boss 10 on the app's own database): jobs are rows, so they survive a
 * restart, and several API instances share them (each job is taken by one, `SKIP LOCKED`).
 *
 * - Declare each queue once (`declare`, in a module's constructor or onModuleInit) and its
 *   handler (`work`); both before the application starts.
 * - `send` a job, at once or for later (`startAfter`, on the injected Clock), optionally inside a
 *   Prisma transaction (`tx`), optionally with an idempotency `key`.
 * - Workers poll only when `config.jobWorkers` (JOBS_WORKERS, default true); then pg-boss starts
 *   with the app. Tests leave them off (pg-boss then starts at the first use, so a test file that
 *   sends no job pays nothing) and call `runDue()`, which runs what is due by the (moved) Clock
 *   through the same handlers.
 *
 * On the embedded database (PGlite) pg-boss talks to it over a local socket through
 * `PGliteSessionGate`, which keeps pg-boss's and Prisma's statements from interleaving. A call to
 * `send`/`cancel` from inside a Prisma transaction must pass that transaction (`tx`): without it
 * the embedded database waits for the transaction to end, which waits for the call.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobQueue');
  private readonly queues = new Map<string, QueueOptions>();
  private readonly handlers = new Map<string, JobHandler<never>>();
  private boss?: PgBoss;
  private socketServer?: PGLiteSocketServer;
  /** On the embedded database: the gate between pg-boss's socket and Prisma. */
  embeddedGate?: PGliteSessionGate;
  private starting?: Promise<PgBoss>;
  /** Set once the app is closing: no start after that (a late listener would open a pool on a dropped database). */
  private closed = false;
  /** Queues known to exist in the database (pg-boss creates a table per queue: ~70 ms each, so only when used). */
  private readonly existing = new Set<string>();
  private readonly creating = new Map<string, Promise<void>>();
  /** Calls of the public interface under way. */
  private readonly calls = new Set<Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
  ) {}

  /** Declares a queue (idempotent). Call before the application starts. */
  declare(queue: string, options: QueueOptions = {}): void {
    if (this.boss) throw new Error(`Queue ${queue} declared after the job queue started.`);
    this.queues.set(queue, options);
  }

  /** The one handler of a declared queue's jobs (on every instance). */
  work<T>(queue: string, handler: JobHandler<T>): void {
    if (!this.queues.has(queue)) throw new Error(`Queue ${queue} is not declared.`);
    if (this.handlers.has(queue)) throw new Error(`Queue ${queue} already has a handler.`);
    if (this.boss) throw new Error(`Handler of ${queue} registered after the job queue started.`);
    this.handlers.set(queue, handler as JobHandler<never>);
  }

  /**
   * Queues a job; resolves with its id, or null when a job with the same `key` exists already (a
   * cancelled one is put back in the queue: sending again means it is wanted again).
   */
  async send<T extends object>(queue: string, data: T, options: SendOptions = {}): Promise<string | null> {
    return this.guard(async () => {
      const boss = await this.withQueue(queue);
      const db = options.tx ? transactionExecutor(options.tx) : undefined;
      const id = options.key === undefined ? undefined : keyToId(queue, options.key);
      const sent = await boss.send(queue, data, { startAfter: options.startAfter ?? this.clock.now(), id, db });
      if (sent || !id) return sent;
      const { affected } = (await boss.resume(queue, id, { db })) as unknown as { affected: number };
      return affected ? id : null;
    });
  }

  /** Queues several jobs in one statement (same rules as `send`, keys included); resolves once written. */
  async sendMany<T extends object>(queue: string, jobs: ReadonlyArray<JobToSend<T>>, options: { tx?: Tx } = {}): Promise<void> {
    return this.guard(async () => {
      this.assertDeclared(queue);
      if (!jobs.length) return;
      const boss = await this.withQueue(queue);
      const db = options.tx ? transactionExecutor(options.tx) : undefined;
      const now = this.clock.now();
      const rows = jobs.map((job) => ({
        name: queue,
        data: job.data,
        startAfter: (job.startAfter ?? now).toISOString(),
        ...(job.key === undefined ? {} : { id: keyToId(queue, job.key) }),
      }));
      await boss.insert(rows, { db });
      const keyed = rows.flatMap((row) => (row.id ? [row.id] : []));
      if (keyed.length) await boss.resume(queue, keyed, { db });
    });
  }

  /**
   * Queued jobs (not started yet) of a queue whose data has these values: `{ meetingId: [a, b] }`
   * finds those whose `data.meetingId` is a or b. For cancelling what a change made obsolete.
   */
  async queued<T extends object>(
    queue: string,
    where: Record<string, string | readonly string[]>,
  ): Promise<Array<{ id: string; data: T; startAfter: Date }>> {
    return this.guard(async () => {
      const boss = await this.withQueue(queue, { create: false });
      if (!boss) return [];
      const fields = Object.entries(where);
      const conditions = fields.map((_, i) => `data->>$${2 * i + 2} = ANY($${2 * i + 3}::text[])`);
      const values = fields.flatMap(([field, value]) => [field, typeof value === 'string' ? [value] : [...value]]);
      const { rows } = await boss.getDb().executeSql(
        `SELECT id, data, start_after AS "startAfter" FROM ${JOBS_SCHEMA}.job
         WHERE name = $1 AND state < 'active'${conditions.map((c) => ` AND ${c}`).join('')}
         ORDER BY start_after`,
        [queue, ...values],
      );
      return rows as Array<{ id: string; data: T; startAfter: Date }>;
    });
  }

  /** Cancels queued jobs (a job already running finishes; a cancelled one never runs). */
  async cancel(queue: string, jobIds: string | string[], options: { tx?: Tx } = {}): Promise<void> {
    return this.guard(async () => {
      this.assertDeclared(queue);
      const ids = Array.isArray(jobIds) ? jobIds : [jobIds];
      if (!ids.length) return;
      const boss = await this.withQueue(queue, { create: false });
      await boss?.cancel(queue, ids, { db: options.tx ? transactionExecutor(options.tx) : undefined });
    });
  }

  /** The id `send` gives a job sent with this key. */
  idForKey(queue: string, key: string): string {
    return keyToId(queue, key);
  }

  /**
   * Runs now, on this instance, every job of these queues (default: all with a handler) that is
   * due by the Clock, until none is left; resolves with how many ran (failed attempts included).
   * What workers do, without their polling: tests call it after moving the clock, several instances
   * may call it at once (each job still runs once), and a retry waits its delay on the Clock.
   */
  async runDue(queues: string[] = [...this.handlers.keys()]): Promise<number> {
    return this.guard(async () => {
      let ran = 0;
      for (const queue of queues) {
        const boss = await this.withQueue(queue, { create: false });
        if (!boss) continue;
        await this.bringForwardDue(queue);
        for (;;) {
          const jobs = await boss.fetch<object>(queue, { batchSize: 10, includeMetadata: true });
          if (!jobs.length) break;
          for (const job of jobs) {
            ran++;
            await this.handle(boss, queue, job);
          }
        }
      }
      return ran;
    });
  }

  /** The state of a job ('created', 'active', 'completed', 'cancelled', 'retry', 'failed'), or null (tests, health). */
  async stateOf(queue: string, jobId: string): Promise<string | null> {
    return this.guard(async () => {
      const boss = await this.withQueue(queue, { create: false });
      const job = await boss?.getJobById(queue, jobId, { includeArchive: true });
      return job?.state ?? null;
    });
  }

  /** With workers: pg-boss starts with the app. Without (tests, the schema printer): at the first send or runDue. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobWorkers) return;
    const boss = await this.started();
    for (const [queue, options] of this.queues) {
      await this.withQueue(queue);
      if (options.cron) await boss.schedule(queue, options.cron, {}, { tz: 'UTC' });
    }
    for (const [queue, handler] of this.handlers) {
      await boss.work<object>(
        queue,
        { batchSize: 1, pollingIntervalSeconds: this.config.jobPollSeconds, includeMetadata: true },
        async ([job]) => this.run(queue, handler, job),
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    // Calls under way finish first: ending pg-boss's pool under a query waiting for a connection would leave it waiting forever.
    while (this.calls.size) await Promise.all([...this.calls]);
    const starting = this.starting;
    this.starting = undefined;
    if (starting) {
      const boss = await starting.catch(() => undefined);
      // Jobs still running are failed (and retried later) after the timeout.
      await boss?.stop({ graceful: true, wait: true, close: true, timeout: 1000 });
    }
    this.boss = undefined;
    await this.socketServer?.stop();
    this.socketServer = undefined;
  }

  /** Runs a call of the public interface; the queue stops only once every call under way has ended. */
  private guard<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The job queue is stopped (the application is closing).'));
    const call = work();
    const settled = call.then(
      () => undefined,
      () => undefined,
    );
    this.calls.add(settled);
    void settled.finally(() => this.calls.delete(settled));
    return call;
  }

  private assertDeclared(queue: string): void {
    if (!this.queues.has(queue)) throw new Error(`Queue ${queue} is not declared.`);
  }

  /**
   * pg-boss, with this declared queue in the database: created unless `create` is false, in which
   * case null means no instance created it yet (so it holds no job).
   */
  private async withQueue(queue: string): Promise<PgBoss>;
  private async withQueue(queue: string, options: { create: false }): Promise<PgBoss | null>;
  private async withQueue(queue: string, options: { create: boolean } = { create: true }): Promise<PgBoss | null> {
    this.assertDeclared(queue);
    const boss = await this.started();
    if (this.existing.has(queue)) return boss;
    if (await boss.getQueue(queue)) {
      this.existing.add(queue);
      return boss;
    }
    if (!options.create) return null;
    let creating = this.creating.get(queue);
    if (!creating) {
      creating = this.createQueue(boss, queue).finally(() => this.creating.delete(queue));
      this.creating.set(queue, creating);
    }
    await creating;
    this.existing.add(queue);
    return boss;
  }

  private async createQueue(boss: PgBoss, queue: string): Promise<void> {
    const options = this.queues.get(queue)!;
    // pg-boss refuses an option given as undefined: only those set.
    const settings = {
      retryLimit: options.retryLimit,
      retryDelay: options.retryDelaySeconds,
      retryBackoff: options.retryBackoff,
      expireInSeconds: options.expireInSeconds,
    };
    await boss.createQueue(queue, {
      name: queue,
      ...Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)),
    });
  }

  /** pg-boss, started once (its schema migrated). */
  private started(): Promise<PgBoss> {
    if (this.closed) return Promise.reject(new Error('The job queue is stopped (the application is closing).'));
    this.starting ??= this.start();
    return this.starting;
  }

  private async start(): Promise<PgBoss> {
    const workers = this.config.jobWorkers;
    const boss = new PgBoss({
      ...(await this.connection()),
      schema: JOBS_SCHEMA,
      application_name: 'tribune-jobs',
      // Maintenance (expiring stuck jobs, archiving) and cron only where workers run.
      supervise: workers,
      schedule: workers,
      migrate: true,
    });
    boss.on('error', (error: Error) => this.logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    for (const { name } of await boss.getQueues()) this.existing.add(name);
    this.boss = boss;
    return boss;
  }

  /** PostgreSQL: a small pool of its own. PGlite: the gated local socket, one connection. */
  private async connection(): Promise<PgBoss.DatabaseOptions> {
    if (this.config.databaseUrl) return { connectionString: this.config.databaseUrl, max: 3 };
    const pglite = this.prisma.embeddedDatabase;
    if (!pglite) throw new Error('No DATABASE_URL and no embedded database.');
    const { server, url, gate } = await PGliteSessionGate.serve(pglite);
    this.socketServer = server;
    this.embeddedGate = gate;
    return { connectionString: url, max: 1 };
  }

  /**
   * Jobs due by the Clock but not yet by the database's now() (a test moved the clock): made due
   * now, so pg-boss's fetch takes them. Their order is kept (the earliest first).
   */
  private async bringForwardDue(queue: string): Promise<void> {
    const clockNow = this.clock.now();
    await this.boss!.getDb().executeSql(
      `UPDATE ${JOBS_SCHEMA}.job SET start_after = now() - (clock_now - start_after)
       FROM (SELECT $2::timestamptz AS clock_now) c
       WHERE name = $1 AND state < 'active' AND start_after <= clock_now AND start_after > now()`,
      [queue, clockNow.toISOString()],
    );
  }

  private async handle(boss: PgBoss, queue: string, job: PgBoss.JobWithMetadata<object>): Promise<void> {
    const handler = this.handlers.get(queue);
    if (!handler) throw new Error(`Queue ${queue} has no handler here.`);
    try {
      await this.run(queue, handler, job);
      await boss.complete(queue, job.id);
    } catch (error) {
      await boss.fail(queue, job.id, { message: (error as Error).message });
      // The retry waits its delay on the Clock (pg-boss counted it from the database's now()).
      await boss
        .getDb()
        .executeSql(
          `UPDATE ${JOBS_SCHEMA}.job SET start_after = $3::timestamptz + (start_after - now()) WHERE name = $1 AND id = $2 AND state = 'retry'`,
          [queue, job.id, this.clock.now().toISOString()],
        );
    }
  }

  private async run(queue: string, handler: JobHandler<never>, job: PgBoss.JobWithMetadata<object>): Promise<void> {
    try {
      await handler({ id: job.id, queue, data: job.data as never, retryCount: job.retryCount });
    } catch (error) {
      this.logger.warn(`Job ${queue} ${job.id} failed (attempt ${job.retryCount + 1}): ${(error as Error).message}`);
      throw error;
    }
  }
}

/** A UUID derived from the queue and the key (name-based, as UUID version 5 is). */
function keyToId(queue: string, key: string): string {
  const hash = createHash('sha1').update(`${queue}\u0000${key}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** pg-boss's statements run in a Prisma transaction (its `db` option). Values as `pg` would send them. */
function transactionExecutor(tx: Tx): PgBoss.Db {
  return {
    executeSql: async (text, values) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map(asPgValue)),
    }),
  };
}

function asPgValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return JSON.stringify(value);
  return value;
}
