import { GraphQLError } from 'graphql';
import { ErrorCode, ErrorParams, ErrorReason } from '@tribune/domain';

/** What a refusal carries beside its code: the rule (`reason`, translated by clients), its values, the input field. */
export interface ErrorDetails {
  reason?: ErrorReason;
  params?: ErrorParams;
  field?: string;
  [extension: string]: unknown;
}

/**
 * A domain error with a stable code and, where the person needs to know which rule refused, a
 * stable reason: mapped as is to GraphQL `extensions.{code,reason,params,field}` and socket acks.
 * The message is for logs and developers; clients translate the reason.
 */
export class AppError extends GraphQLError {
  readonly reason?: ErrorReason;
  readonly params?: ErrorParams;

  constructor(
    readonly code: ErrorCode,
    message: string,
    details: ErrorDetails = {},
  ) {
    super(message, { extensions: { code, ...withoutUndefined(details) } });
    this.reason = details.reason;
    this.params = details.params;
  }
}

function withoutUndefined(details: ErrorDetails): ErrorDetails {
  const out: ErrorDetails = {};
  for (const [k, v] of Object.entries(details)) if (v !== undefined) out[k] = v;
  return out;
}

/** Optional reason and values of a refusal made with the helpers below. */
export type Because = {
  reason?: ErrorReason;
  params?: ErrorParams;
};

export const badInput = (message: string, field?: string, because: Because = {}) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field, ...because });
export const notFound = (what: string, id?: string, because: Because = {}) =>
  new AppError(ErrorCode.NOT_FOUND, id ? `${what} ${id} does not exist.` : `${what} does not exist.`, because);
export const forbidden = (message = 'You are not allowed to do this.', because: Because = {}) =>
  new AppError(ErrorCode.FORBIDDEN, message, because);
export const conflict = (message: string, because: Because = {}) => new AppError(ErrorCode.CONFLICT, message, because);
export const unauthenticated = (message = 'Please log in.', because: Because = {}) =>
  new AppError(ErrorCode.UNAUTHENTICATED, message, because);
