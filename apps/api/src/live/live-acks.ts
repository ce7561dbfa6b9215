import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, LiveError, LiveReplies } from '@tribune/domain';
import { AppError } from '../common/app-error';
import { logFault, logRefusal } from '../common/format-error';
import { temporaryPassword } from '../auth/auth.guard';
import { databaseUnavailable, isDatabaseUnavailable } from './database-unavailable';
import { payload } from './dto/live-input';
import { LiveSocket } from './live-socket';
import { SocketBudget } from './socket-budget';

/** How long a graceful shutdown waits for the requests in flight. */
const DRAIN_MS = 5000;

const shuttingDown = () =>
  new AppError(
    ErrorCode.UNAVAILABLE,
    'The server is restarting; nothing was done. Send again in a moment (same clientId: it is stored once).',
    { retryAfterMs: 1000 },
  );

/** A handler of an acknowledged event: the request's checked object in, the ack's content out. */
export type AckedHandler<E extends keyof LiveReplies> = (request: Record<string, unknown>) => Promise<LiveReplies[E]>;

/**
 * The one place where acknowledged socket events are admitted, run and answered: the socket's
 * budget (socket-budget.ts) counts the packet as it arrives; a shutdown, a refusal of the budget
 * or a temporary password refuse it; whatever the handler throws becomes `{ ok: false, error }`
 * (toLiveError), and an UNAUTHENTICATED one closes the socket after telling why. During a
 * graceful shutdown (drain) every handler still running finishes and gets its ack.
 */
@Injectable()
export class LiveAcks {
  private readonly logger = new Logger('LiveGateway');
  private closing = false;
  /** Handlers running now (with their ack): a graceful shutdown waits for them. */
  private readonly inflight = new Set<Promise<void>>();

  get shuttingDown(): boolean {
    return this.closing;
  }

  /** Listens to `event` on the socket: each request passes the budget, runs `handler` and is acknowledged. */
  on<E extends keyof LiveReplies>(socket: LiveSocket, budget: SocketBudget, event: E, handler: AckedHandler<E>): void {
    const listener = (request: unknown, ack: unknown) => {
      if (typeof request === 'function' && ack === undefined) [request, ack] = [undefined, request];
      const reply = typeof ack === 'function' ? (ack as (r: unknown) => void) : () => undefined;
      // Counted as the packet arrives (synchronously), before anything runs: over budget, refused.
      let release = () => undefined as void;
      let refusal: unknown;
      try {
        release = budget.admit(event);
      } catch (e) {
        refusal = e;
      }
      const run: Promise<void> = Promise.resolve()
        .then(() => {
          if (this.closing) throw shuttingDown();
          if (refusal) throw refusal;
          // A temporary password opens nothing but choosing one's own (over GraphQL).
          if (socket.data.user.mustChangePassword) throw temporaryPassword();
          return handler(payload(request));
        })
        .then(
          (result) => reply({ ok: true, ...result }),
          (e: unknown) => {
            const error = toLiveError(e, this.logger);
            reply({ ok: false, error });
            // The session ended while the socket was open: it closes after telling why.
            if (error.code === ErrorCode.UNAUTHENTICATED) socket.disconnect(true);
          },
        )
        .finally(() => {
          release();
          this.inflight.delete(run);
        });
      this.inflight.add(run);
    };
    socket.on(event, listener as never);
  }

  /**
   * Graceful shutdown: from now on every request is refused with a retryable UNAVAILABLE, and
   * the ones already running finish and get their ack (stored) or their refusal (at most DRAIN_MS).
   */
  async drain(): Promise<void> {
    this.closing = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.inflight]), new Promise((resolve) => (timer = setTimeout(resolve, DRAIN_MS)))]);
    clearTimeout(timer);
  }
}

/** The error part of an ack (or of the handshake refusal), from whatever was thrown. */
export function toLiveError(e: unknown, logger: Logger): LiveError {
  // Database unreachable: a retryable refusal (UNAVAILABLE, retryAfterMs), not an internal error.
  if (!(e instanceof AppError) && isDatabaseUnavailable(e)) {
    logger.warn(`database unavailable: ${e instanceof Error ? e.message.split('\n').filter(Boolean).pop() : String(e)}`);
    e = databaseUnavailable();
  }
  if (e instanceof AppError) {
    const extensions = e.extensions as { retryAfterMs?: unknown; field?: unknown };
    logRefusal(logger, e.code, { reason: e.reason });
    return {
      code: e.code,
      ...(e.reason ? { reason: e.reason } : {}),
      ...(e.params ? { params: e.params } : {}),
      message: e.message,
      ...(typeof extensions.retryAfterMs === 'number' ? { retryAfterMs: extensions.retryAfterMs } : {}),
      ...(typeof extensions.field === 'string' ? { field: extensions.field } : {}),
    };
  }
  logFault(logger, e);
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Something went wrong on the server. Please try again.' };
}
