import { GraphQLFormattedError } from 'graphql';
import { HttpException, Logger } from '@nestjs/common';
import { ErrorCode, ErrorReason } from '@tribune/domain';
import { AppError } from './app-error';

const logger = new Logger('GraphQL');

interface PrismaLikeError {
  code?: string;
  meta?: { target?: unknown; modelName?: string };
}

/** Database errors a person can act on; anything else is an internal error. */
export function codeForPrismaError(error: unknown): { code: ErrorCode; message: string; reason?: ErrorReason } | undefined {
  const e = error as PrismaLikeError;
  if (e?.code === 'P2002')
    return {
      code: ErrorCode.CONFLICT,
      reason: ErrorReason.ALREADY_EXISTS,
      message: 'This would duplicate an existing record; someone may have just changed it. Reload and try again.',
    };
  // A foreign key to a row that does not exist (an unknown id that slipped past the service's checks, or deleted meanwhile).
  if (e?.code === 'P2003') return { code: ErrorCode.NOT_FOUND, message: 'A record this refers to does not exist (any more).' };
  if (e?.code === 'P2025') return { code: ErrorCode.NOT_FOUND, message: 'The record does not exist (any more).' };
  if (e?.code === 'P2034')
    return { code: ErrorCode.CONFLICT, reason: ErrorReason.CHANGED_MEANWHILE, message: 'A concurrent change got in the way; try again.' };
  return undefined;
}

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * An ordinary refusal (a person's mistake or a rule: bad input, not signed in, not allowed, not
 * found, a conflict, too fast, a malformed query) is logged once at info, without a stack and
 * without the sentence (it may carry names or emails); anyone can cause these at will, so at
 * error level they would flood the logs and hide real faults. The GraphQL and socket paths log
 * through here; Nest's own exception logging is off for GraphQL (GraphQLErrorPassThrough).
 */
export function logRefusal(log: Logger, code: string, details: { reason?: unknown; where?: string } = {}): void {
  log.log(
    `refused ${code}${typeof details.reason === 'string' ? ` (${details.reason})` : ''}${details.where ? ` at ${details.where}` : ''}`,
  );
}

/** An unexpected error: at error level, with its stack. */
export function logFault(log: Logger, error: unknown): void {
  log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const answer = answerFor(formatted, error);
  const code = String(answer.extensions?.code);
  if (code !== ErrorCode.INTERNAL_SERVER_ERROR)
    logRefusal(logger, code, { reason: answer.extensions?.reason, where: formatted.path?.join('.') });
  return answer;
}

function answerFor(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof AppError) return { ...formatted, message: original.message, extensions: { ...original.extensions } };
  const prisma = codeForPrismaError(original);
  if (prisma)
    return {
      message: prisma.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: prisma.code, ...(prisma.reason ? { reason: prisma.reason } : {}) },
    };
  if (original instanceof HttpException) {
    const status = original.getStatus();
    const code =
      status === 401
        ? ErrorCode.UNAUTHENTICATED
        : status === 403
          ? ErrorCode.FORBIDDEN
          : status === 404
            ? ErrorCode.NOT_FOUND
            : status === 429
              ? ErrorCode.RATE_LIMITED
              : ErrorCode.BAD_USER_INPUT;
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code, ...(code === ErrorCode.BAD_USER_INPUT ? { reason: ErrorReason.INVALID_INPUT } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  // Apollo's own BAD_USER_INPUT (a variable of the wrong type) breaks a plain field rule too.
  if (code === ErrorCode.BAD_USER_INPUT && !formatted.extensions?.reason)
    return { ...formatted, extensions: { ...formatted.extensions, reason: ErrorReason.INVALID_INPUT } };
  if (typeof code === 'string' && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  logFault(logger, original);
  return {
    message: 'Something went wrong on the server. Please try again later.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
