import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode } from '@tribune/domain';
import type { TFunction } from 'i18next';

export interface ApiErrorInfo {
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  message?: string;
  extensions?: Record<string, unknown>;
}

const KNOWN = new Set<string>(Object.values(ErrorCode));

/** The stable code of an Apollo error: the first GraphQL error's `extensions.code`, or NETWORK. */
export function apiError(error: unknown): ApiErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code;
    return {
      code: typeof code === 'string' && KNOWN.has(code) ? (code as ErrorCode) : 'UNKNOWN',
      message: first?.message,
      extensions: first?.extensions,
    };
  }
  if (ServerError.is(error) && error.statusCode >= 500) return { code: 'UNKNOWN' };
  if (error instanceof Error) return { code: 'NETWORK', message: error.message };
  return { code: 'UNKNOWN' };
}

/** A message in the reader's language for an API error (`context` picks wording for a screen). */
export function errorMessage(error: unknown, t: TFunction, context?: 'login'): string {
  const info = apiError(error);
  switch (info.code) {
    case ErrorCode.UNAUTHENTICATED:
      return context === 'login' ? t('errors.wrongCredentials') : t('errors.UNAUTHENTICATED');
    case ErrorCode.RATE_LIMITED: {
      const seconds = Number(info.extensions?.retryAfterSeconds);
      return Number.isFinite(seconds) && seconds > 0
        ? t('errors.rateLimited', { count: Math.ceil(seconds / 60) })
        : t('errors.rateLimitedSoon');
    }
    case ErrorCode.BAD_USER_INPUT:
      return t('errors.BAD_USER_INPUT', { message: info.message ?? '' });
    case ErrorCode.FORBIDDEN:
    case ErrorCode.NOT_FOUND:
    case ErrorCode.CONFLICT:
    case ErrorCode.UNAVAILABLE:
      return t(`errors.${info.code}`);
    case 'NETWORK':
      return t('errors.network');
    default:
      return t('errors.unknown');
  }
}
