import { ErrorCode } from '@tribune/domain';
import { AppError } from '../common/app-error';

/** Prisma's codes for "the database cannot be reached / the pool could not give a connection". */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Driver adapter error kinds that mean the same. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'DatabaseDoesNotExist']);
/** SQLSTATEs: connection exceptions (08), shutdown / terminated by an administrator (57P0x), too many connections, cannot connect now. */
const SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
const MESSAGE =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|connection (is )?(closed|lost)|not currently accepting connections|terminating connection|the database system is (starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection/i;

/**
 * True when the error says the database could not be reached or dropped the connection (not
 * that the statement itself was wrong): the operation can be retried as is once it is back.
 */
export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const err = e as {
    code?: unknown;
    kind?: unknown;
    originalCode?: unknown;
    message?: unknown;
    meta?: { driverAdapterError?: unknown };
    cause?: unknown;
  };
  if (typeof err.code === 'string' && (PRISMA_CODES.has(err.code) || SQLSTATE.test(err.code))) return true;
  if (typeof err.kind === 'string' && ADAPTER_KINDS.has(err.kind)) return true;
  if (typeof err.originalCode === 'string' && SQLSTATE.test(err.originalCode)) return true;
  if (typeof err.message === 'string' && MESSAGE.test(err.message)) return true;
  return isDatabaseUnavailable(err.meta?.driverAdapterError, depth + 1) || isDatabaseUnavailable(err.cause, depth + 1);
}

export const RETRY_AFTER_UNAVAILABLE_MS = 1000;

/** The retryable refusal a client gets instead of a hang or a silent drop. */
export const databaseUnavailable = () =>
  new AppError(
    ErrorCode.UNAVAILABLE,
    'The database is unreachable for a moment; nothing was lost. Try again shortly (same clientId: it is stored once).',
    {
      retryAfterMs: RETRY_AFTER_UNAVAILABLE_MS,
    },
  );
