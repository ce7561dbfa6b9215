import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '../config/config';
import { notFound } from '../common/app-error';
import { PrismaService } from '../prisma/prisma.service';
import { directPool } from '../prisma/direct-pool';
import { isDatabaseUnavailable } from './database-unavailable';

/** A stored message as read from the database (Prisma row shape). */
export interface MessageRow {
  id: string;
  groupId: string;
  meetingId: string | null;
  authorId: string;
  seq: number;
  clientId: string;
  body: string;
  replyToId: string | null;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  deletedById: string | null;
}

/** A message to store, already validated (body, meeting and reply of the same group). */
export interface NewMessage {
  groupId: string;
  authorId: string;
  clientId: string;
  body: string;
  meetingId: string | null;
  replyToId: string | null;
}

export interface Stored {
  message: MessageRow;
  /** The (author, clientId) was already stored: this is the original, nothing new was stored. */
  duplicate: boolean;
}

/** A statement with a name (prepared once per connection where the driver can). */
export interface Statement {
  name: string;
  text: string;
}

/** Runs one SQL statement with positional parameters and returns its rows. */
export type RunSql = (statement: Statement, params: unknown[]) => Promise<MessageRow[]>;

/** At most this many messages per transaction (200 messages of 4,000 characters: a few MB of JSON at worst). */
export const MAX_BATCH = 200;
/** Batches written at once (each on its own connection), for different channels. */
export const MAX_IN_FLIGHT = 2;

const COLUMNS = `"id", "groupId", "meetingId", "authorId", "seq", "clientId", "body", "replyToId", "createdAt", "editedAt", "deletedAt", "deletedById"`;

/**
 * One statement, so one transaction, for a whole batch: the messages not stored yet (by author
 * and clientId) are numbered per channel in batch order, each channel's counter is bumped by its
 * count and the rows inserted, or nothing happens (no gap, no duplicate). The batch travels as
 * one JSON parameter, so the text never changes (prepared once per connection) and the same
 * statement runs on PostgreSQL and on the embedded PGlite.
 */
const INSERT_BATCH: Statement = {
  name: 'live-insert-batch',
  text: `
WITH input AS (
  SELECT i.*
  FROM ROWS FROM (json_to_recordset($1::json) AS ("id" text, "groupId" text, "authorId" text, "clientId" text, "body" text, "meetingId" text, "replyToId" text))
    WITH ORDINALITY AS i("id", "groupId", "authorId", "clientId", "body", "meetingId", "replyToId", "ord")
),
fresh AS (
  SELECT i.*,
         row_number() OVER (PARTITION BY i."groupId" ORDER BY i."ord") AS "rank",
         count(*) OVER (PARTITION BY i."groupId") AS "count"
  FROM input i
  -- One index probe per message (a LATERAL with LIMIT is not turned into a join that would
  -- read the whole table: the planner cannot know how few rows the JSON holds).
  LEFT JOIN LATERAL (SELECT 1 AS "stored" FROM "Message" m WHERE m."authorId" = i."authorId" AND m."clientId" = i."clientId" LIMIT 1) s ON true
  WHERE s."stored" IS NULL
),
bumped AS (
  UPDATE "WorkingGroup" g SET "lastMessageSeq" = g."lastMessageSeq" + c."count"
  FROM (SELECT "groupId", count(*)::int AS "count" FROM fresh GROUP BY "groupId") c
  WHERE g."id" = c."groupId"
  RETURNING g."id", g."lastMessageSeq"
)
INSERT INTO "Message" ("id", "groupId", "meetingId", "authorId", "seq", "clientId", "body", "replyToId", "createdAt")
SELECT f."id", f."groupId", f."meetingId", f."authorId", (b."lastMessageSeq" - f."count" + f."rank")::int, f."clientId", f."body", f."replyToId", now()
FROM fresh f JOIN bumped b ON b."id" = f."groupId"
RETURNING ${COLUMNS}`,
};

/**
 * The same for a batch of one, the usual case when the channel is quiet: a simpler statement
 * (no JSON, no window), so a lone message costs what it cost before group commit.
 */
const INSERT_ONE: Statement = {
  name: 'live-insert-one',
  text: `
WITH next AS (
  UPDATE "WorkingGroup" SET "lastMessageSeq" = "lastMessageSeq" + 1
  WHERE "id" = $2 AND NOT EXISTS (SELECT 1 FROM "Message" WHERE "authorId" = $3 AND "clientId" = $4)
  RETURNING "lastMessageSeq"
)
INSERT INTO "Message" ("id", "groupId", "meetingId", "authorId", "seq", "clientId", "body", "replyToId", "createdAt")
SELECT $1::text, $2::text, $7::text, $3::text, next."lastMessageSeq", $4::text, $5::text, $6::text, now()
FROM next
RETURNING ${COLUMNS}`,
};

/** The messages already stored under these (author, clientId) pairs (an index probe each, as above). */
const BY_CLIENT_IDS: Statement = {
  name: 'live-by-client-ids',
  text: `
SELECT m.* FROM json_to_recordset($1::json) AS k("authorId" text, "clientId" text)
CROSS JOIN LATERAL (SELECT ${COLUMNS} FROM "Message" WHERE "authorId" = k."authorId" AND "clientId" = k."clientId" LIMIT 1) m`,
};

const keyOf = (m: { authorId: string; clientId: string }) => `${m.authorId}\u0000${m.clientId}`;

interface Waiting {
  message: NewMessage;
  resolve: (stored: Stored) => void;
  reject: (e: unknown) => void;
}

/**
 * Group commit for sends. Every send that arrives while a batch is being written (or within the
 * same turn of the event loop) goes into the next batch: one statement, one commit, however
 * many messages. Each waiter is answered only after the commit that stored its own message,
 * with that message. Up to `maxInFlight` batches are written at once, never two for the same
 * channel: they never wait for each other's channel counter (no deadlock), and a channel's
 * messages are numbered in the order they arrived. A batch that fails for another reason than
 * the database being away is written again message by message, so only the message at fault
 * is refused.
 */
export class GroupCommit {
  /** Batches written and messages in them (tests and the benchmark read them). */
  readonly stats = { batches: 0, messages: 0, largest: 0 };
  private queue: Waiting[] = [];
  private inFlight = 0;
  /** Channels with a batch being written. */
  private readonly busy = new Set<string>();
  private scheduled = false;

  constructor(
    private readonly run: RunSql,
    private readonly o: { maxBatch?: number; maxInFlight?: number } = {},
  ) {}

  /** Resolves once the message is committed (or was already stored); rejects if it was not stored. */
  store(message: NewMessage): Promise<Stored> {
    return new Promise<Stored>((resolve, reject) => {
      this.queue.push({ message, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves when nothing is queued or being written. */
  async idle(): Promise<void> {
    while (this.inFlight || this.queue.length) await new Promise((r) => setImmediate(r));
  }

  private schedule(): void {
    if (this.inFlight >= (this.o.maxInFlight ?? MAX_IN_FLIGHT) || this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    // After the sends parsed in this turn of the event loop have queued theirs.
    setImmediate(() => {
      this.scheduled = false;
      void this.writeNext();
    });
  }

  private async writeNext(): Promise<void> {
    if (this.inFlight >= (this.o.maxInFlight ?? MAX_IN_FLIGHT)) return;
    // The queue in order, minus the channels being written: those wait (in order) for the next.
    const batch: Waiting[] = [];
    const rest: Waiting[] = [];
    for (const w of this.queue) {
      if (batch.length < (this.o.maxBatch ?? MAX_BATCH) && !this.busy.has(w.message.groupId)) batch.push(w);
      else rest.push(w);
    }
    // Everything queued is for channels being written: their batch's end schedules the next.
    if (batch.length === 0) return;
    this.queue = rest;
    const channels = new Set(batch.map((w) => w.message.groupId));
    channels.forEach((c) => this.busy.add(c));
    this.inFlight++;
    this.stats.batches++;
    this.stats.messages += batch.length;
    this.stats.largest = Math.max(this.stats.largest, batch.length);
    // Another batch may start at once with what is left for other channels.
    this.schedule();
    try {
      await this.write(batch);
    } catch (e) {
      // Whatever went wrong, no sender is left waiting (those already answered keep their answer).
      for (const w of batch) w.reject(e);
    } finally {
      channels.forEach((c) => this.busy.delete(c));
      this.inFlight--;
      this.schedule();
    }
  }

  private async write(batch: Waiting[]): Promise<void> {
    // The same (author, clientId) twice in one batch (two devices resending): stored once, the
    // others get the original as a duplicate.
    const byKey = new Map<string, Waiting[]>();
    for (const w of batch) {
      const same = byKey.get(keyOf(w.message));
      if (same) same.push(w);
      else byKey.set(keyOf(w.message), [w]);
    }
    const firsts = [...byKey.values()].map((ws) => ws[0].message);
    let inserted: MessageRow[];
    try {
      if (firsts.length === 1) {
        const [m] = firsts;
        inserted = await this.run(INSERT_ONE, [randomUUID(), m.groupId, m.authorId, m.clientId, m.body, m.replyToId, m.meetingId]);
      } else {
        inserted = await this.run(INSERT_BATCH, [JSON.stringify(firsts.map((m) => ({ id: randomUUID(), ...m })))]);
      }
    } catch (e) {
      if (isDatabaseUnavailable(e)) {
        // Nothing of the batch was stored; each sender gets the retryable refusal.
        for (const w of batch) w.reject(e);
      } else if (byKey.size > 1) {
        // A deadlock with another instance, a clientId stored concurrently elsewhere, a meeting
        // deleted meanwhile: one by one, in the same order, so only the message at fault fails.
        for (const ws of byKey.values()) await this.write(ws);
      } else {
        // One message: its clientId stored concurrently (unique index) means the original.
        const original = (await this.originals(firsts).catch(() => new Map<string, MessageRow>())).get(keyOf(firsts[0]));
        for (const w of batch) {
          if (original) w.resolve({ message: original, duplicate: true });
          else w.reject(e);
        }
      }
      return;
    }
    const stored = new Map(inserted.map((r) => [keyOf(r), r]));
    const missing = firsts.filter((m) => !stored.has(keyOf(m)));
    let originals = new Map<string, MessageRow>();
    if (missing.length) {
      try {
        originals = await this.originals(missing);
      } catch (e) {
        // The stored ones are committed: answer them; the others can be sent again (same clientId).
        for (const m of missing) for (const w of byKey.get(keyOf(m))!) w.reject(e);
        missing.forEach((m) => byKey.delete(keyOf(m)));
      }
    }
    for (const [key, ws] of byKey) {
      const row = stored.get(key);
      const original = originals.get(key);
      ws.forEach((w, i) => {
        if (row) w.resolve({ message: row, duplicate: i > 0 });
        else if (original) w.resolve({ message: original, duplicate: true });
        // Not stored and not there before: the counter's row is missing, so is the group.
        else w.reject(notFound('Working group', w.message.groupId));
      });
    }
  }

  private async originals(messages: NewMessage[]): Promise<Map<string, MessageRow>> {
    const rows = await this.run(BY_CLIENT_IDS, [JSON.stringify(messages.map(({ authorId, clientId }) => ({ authorId, clientId })))]);
    return new Map(rows.map((r) => [keyOf(r), r]));
  }
}

/**
 * Where sent messages are written. On PostgreSQL through a small `pg` pool of its own with a
 * prepared statement (a send is the hot path: Prisma's query layer costs more than the insert
 * itself); on the embedded database through Prisma (one connection anyway).
 */
@Injectable()
export class MessageWriter implements OnApplicationShutdown {
  private readonly logger = new Logger('MessageWriter');
  private readonly pool?: Pool;
  readonly commits: GroupCommit;

  constructor(prisma: PrismaService, @Inject(APP_CONFIG) config: AppConfig) {
    let run: RunSql;
    if (config.databaseUrl) {
      const pool = directPool(config.databaseUrl, {
        // The batches in flight, plus one for the follow-up read of originals and retries.
        max: MAX_IN_FLIGHT + 1,
        // The database away: refuse (retryable) within seconds rather than queue sends forever.
        connectionTimeoutMillis: 3000,
      });
      // An idle connection dropped by the server: the next query opens another.
      pool.on('error', (e) => this.logger.warn(`idle database connection lost: ${e.message}`));
      this.pool = pool;
      run = async ({ name, text }, values) => (await pool.query<MessageRow>({ name, text, values })).rows;
    } else {
      run = ({ text }, values) => prisma.$queryRawUnsafe<MessageRow[]>(text, ...values);
    }
    // The embedded database has one connection: its batches would only queue behind each other.
    this.commits = new GroupCommit(run, { maxInFlight: this.pool ? MAX_IN_FLIGHT : 1 });
  }

  store(message: NewMessage): Promise<Stored> {
    return this.commits.store(message);
  }

  /** After the gateway has drained its sends (onModuleDestroy): nothing is written any more. */
  async onApplicationShutdown(): Promise<void> {
    await this.commits.idle();
    await this.pool?.end();
  }
}
