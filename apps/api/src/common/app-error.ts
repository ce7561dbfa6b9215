import { GraphQLError } from 'graphql';
import { ErrorCode } from '@tribune/domain';

/** A domain error with a stable code, mapped as is to GraphQL `extensions.code` and socket acks. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...details } });
  }
}

export const badInput = (message: string, field?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const notFound = (what: string, id?: string) =>
  new AppError(ErrorCode.NOT_FOUND, id ? `${what} ${id} does not exist.` : `${what} does not exist.`);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError(ErrorCode.FORBIDDEN, message);
export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);
export const unauthenticated = (message = 'Please log in.') => new AppError(ErrorCode.UNAUTHENTICATED, message);
