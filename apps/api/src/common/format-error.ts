import { GraphQLFormattedError } from 'graphql';
import { HttpException, Logger } from '@nestjs/common';
import { ErrorCode } from '@tribune/domain';
import { AppError } from './app-error';

const logger = new Logger('GraphQL');

interface PrismaLikeError {
  code?: string;
  meta?: { target?: unknown; modelName?: string };
}

/** Database errors a person can act on; anything else is an internal error. */
export function codeForPrismaError(error: unknown): { code: ErrorCode; message: string } | undefined {
  const e = error as PrismaLikeError;
  if (e?.code === 'P2002') return { code: ErrorCode.CONFLICT, message: 'This would duplicate an existing record; someone may have just changed it. Reload and try again.' };
  // A foreign key to a row that does not exist (an unknown id that slipped past the service's checks, or deleted meanwhile).
  if (e?.code === 'P2003') return { code: ErrorCode.NOT_FOUND, message: 'A record this refers to does not exist (any more).' };
  if (e?.code === 'P2025') return { code: ErrorCode.NOT_FOUND, message: 'The record does not exist (any more).' };
  if (e?.code === 'P2034') return { code: ErrorCode.CONFLICT, message: 'A concurrent change got in the way; try again.' };
  return undefined;
}

const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof AppError) return { ...formatted, message: original.message, extensions: { ...original.extensions } };
  const prisma = codeForPrismaError(original);
  if (prisma) return { message: prisma.message, path: formatted.path, locations: formatted.locations, extensions: { code: prisma.code } };
  if (original instanceof HttpException) {
    const status = original.getStatus();
    const code = status === 401 ? ErrorCode.UNAUTHENTICATED : status === 403 ? ErrorCode.FORBIDDEN : status === 404 ? ErrorCode.NOT_FOUND : status === 429 ? ErrorCode.RATE_LIMITED : ErrorCode.BAD_USER_INPUT;
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  logger.error(original instanceof Error ? original.stack ?? original.message : String(original));
  return { message: 'Something went wrong on the server. Please try again later.', path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
