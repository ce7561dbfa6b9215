import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * The embedded database (PGlite) is ONE PostgreSQL session, shared by two clients: Prisma talks
 * to the PGlite object in this process, and pg-boss talks to it over a local socket
 * (`@electric-sql/pglite-socket`). Neither may see the other's half-done work:
 *
 * - A Prisma transaction holds PGlite's transaction lock from BEGIN to COMMIT, but the socket
 *   server only takes the per-statement lock (`runExclusive`): alone, a pg-boss statement could
 *   run inside Prisma's transaction (and be rolled back with it).
 * - The socket server runs each protocol message on its own: after pg-boss's BEGIN (or between
 *   the Parse and the Sync of one statement) a Prisma query could run inside pg-boss's transaction
 *   or replace its unnamed prepared statement.
 *
 * This gate stands between the socket server and PGlite: before a socket message runs it takes
 * PGlite's transaction lock (so it waits for a Prisma transaction to end), and it keeps that lock
 * until the socket's exchange is complete: the message that ends it (Sync, a simple Query,
 * Terminate or the start-up) has run and the session is not inside a transaction. A client that
 * goes quiet while holding the lock (it died mid-transaction) is rolled back after
 * `idleReleaseMs`, as PostgreSQL's idle_in_transaction_session_timeout would.
 *
 * One socket client only (the server's default maxConnections, 1): the gate's lock belongs to
 * "the socket", not to one of several connections.
 */
export class PGliteSessionGate {
  private release?: () => void;
  /** The socket's current exchange is not finished (a Parse/Bind/Execute awaits its Sync). */
  private exchangeOpen = false;
  private idleTimer?: NodeJS.Timeout;

  constructor(
    private readonly db: PGlite,
    private readonly idleReleaseMs = 30_000,
  ) {}

  /** Serves PGlite on 127.0.0.1 at a free port, through the gate; resolves with the server and its URL. */
  static async serve(db: PGlite, idleReleaseMs?: number): Promise<{ server: PGLiteSocketServer; url: string; gate: PGliteSessionGate }> {
    const gate = new PGliteSessionGate(db, idleReleaseMs);
    const server = new PGLiteSocketServer({ db: gate as unknown as PGlite, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
    return { server, url: `postgres://postgres@${server.getServerConn()}/postgres`, gate };
  }

  /** Socket messages waiting for the session (a Prisma transaction has it). */
  waiting = 0;

  /** Whether the socket holds the session. */
  get held(): boolean {
    return this.release !== undefined;
  }

  // What PGLiteSocketServer uses of its `db`:

  get waitReady(): Promise<void> {
    return this.db.waitReady;
  }

  isInTransaction(): boolean {
    return this.db.isInTransaction();
  }

  execProtocolRawStream(message: Uint8Array, options: Parameters<PGlite['execProtocolRawStream']>[1]) {
    this.exchangeOpen = !endsExchange(message);
    return this.db.execProtocolRawStream(message, options);
  }

  async runExclusive<T>(fn: () => Promise<T>): Promise<T> {
    clearTimeout(this.idleTimer);
    if (!this.release) await this.acquire();
    try {
      return await this.db.runExclusive(fn);
    } finally {
      this.settle();
    }
  }

  /** The server rolls back a disconnected client's transaction with `exec('ROLLBACK')`. */
  async exec(sql: string) {
    if (!this.release) return this.db.exec(sql);
    clearTimeout(this.idleTimer);
    try {
      await this.db.runExclusive(() => this.abandonExchange());
    } finally {
      this.exchangeOpen = false;
      this.settle();
    }
    return [];
  }

  private acquire(): Promise<void> {
    this.waiting++;
    return new Promise<void>((acquired) => {
      void this.db._runExclusiveTransaction(
        () =>
          new Promise<void>((release) => {
            this.waiting--;
            this.release = release;
            acquired();
          }),
      );
    });
  }

  /** After a socket message: give the session back if the exchange is complete, else watch for a client gone quiet. */
  private settle(): void {
    if (!this.release) return;
    if (!this.exchangeOpen && !this.db.isInTransaction()) {
      const release = this.release;
      this.release = undefined;
      release();
      return;
    }
    this.idleTimer = setTimeout(() => void this.exec('ROLLBACK'), this.idleReleaseMs);
    this.idleTimer.unref();
  }

  /** Ends whatever the socket left open: a pending extended-protocol exchange, then its transaction. */
  private async abandonExchange(): Promise<void> {
    if (this.exchangeOpen) await this.db.execProtocolRaw(SYNC_MESSAGE);
    if (this.db.isInTransaction()) await this.db.execProtocolRaw(simpleQuery('ROLLBACK'));
  }
}

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
const SYNC_MESSAGE = new Uint8Array([SYNC, 0, 0, 0, 4]);

/** Messages after which the backend answers ReadyForQuery: the start-up (no type byte: its length's first byte is 0), Sync, Query, Terminate. */
function endsExchange(message: Uint8Array): boolean {
  const type = message[0];
  return type === 0 || type === SYNC || type === QUERY || type === TERMINATE;
}

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, 'utf8');
  const message = Buffer.alloc(5 + text.length);
  message[0] = QUERY;
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return new Uint8Array(message);
}
