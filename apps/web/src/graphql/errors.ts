import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode, ErrorReason, type ErrorParams } from '@tribune/domain';
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, userTimeZone } from '../i18n/format';

export interface ApiErrorInfo {
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  /** Which rule refused (`extensions.reason`), when the API names one this client knows. */
  reason?: ErrorReason;
  params?: ErrorParams;
  /** The server's sentence: for logs only, never shown (the reason or code is translated). */
  message?: string;
  extensions?: Record<string, unknown>;
}

const KNOWN = new Set<string>(Object.values(ErrorCode));
const KNOWN_REASONS = new Set<string>(Object.values(ErrorReason));

/** A reason or params from extensions, kept only when well-formed. */
function reasonOf(extensions: Record<string, unknown> | undefined): Pick<ApiErrorInfo, 'reason' | 'params'> {
  const reason = extensions?.reason;
  const params = extensions?.params;
  return {
    ...(typeof reason === 'string' && KNOWN_REASONS.has(reason) ? { reason: reason as ErrorReason } : {}),
    ...(params && typeof params === 'object' ? { params: params as ErrorParams } : {}),
  };
}

/** The stable code of an Apollo error: the first GraphQL error's `extensions.code`, or NETWORK. */
export function apiError(error: unknown): ApiErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code;
    return {
      code: typeof code === 'string' && KNOWN.has(code) ? (code as ErrorCode) : 'UNKNOWN',
      ...reasonOf(first?.extensions),
      message: first?.message,
      extensions: first?.extensions,
    };
  }
  if (ServerError.is(error) && error.statusCode >= 500) return { code: 'UNKNOWN' };
  if (error instanceof Error) return { code: 'NETWORK', message: error.message };
  return { code: 'UNKNOWN' };
}

/** The language the page is in (`<html lang>`, kept in step with i18n's language). */
function pageLanguage(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || 'fr';
}

/**
 * Params as a sentence shows them (packages/domain ErrorParams): days (`...On`) and instants
 * (`...At`, on `params.timeZone`'s clock) in the reader's language, status codes in words.
 */
export function readableParams(params: ErrorParams | undefined, t: TFunction, lng = pageLanguage()): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const timeZone = typeof params?.timeZone === 'string' ? params.timeZone : userTimeZone();
  const lookup = t as unknown as (key: string) => string;
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value !== 'string') out[key] = value;
    else if (key === 'meetingStatus') out[key] = lookup(`meeting.status.${value}`).toLocaleLowerCase(lng);
    else if (key === 'reportStatus') out[key] = lookup(`report.status.${value}`);
    else if (key.endsWith('On')) out[key] = formatDate(value, lng);
    else if (key.endsWith('At') && !Number.isNaN(Date.parse(value))) out[key] = formatDateTime(value, lng, timeZone);
    else out[key] = value;
  }
  return out;
}

/**
 * The sentence of a refusal reason (or of a warning's code, which is a reason too), in the reader's
 * language; '' while French sentences are still on their way (see i18n/index.ts): callers then say the code.
 */
export function reasonMessage(reason: ErrorReason, params: ErrorParams | undefined, t: TFunction): string {
  return (t as unknown as (key: string, options: object) => string)(`reasons.${reason}`, {
    ...readableParams(params, t),
    defaultValue: '',
  });
}

/** A known reason, from any string (a warning's code, a socket ack's reason). */
export function knownReason(value: unknown): ErrorReason | undefined {
  return typeof value === 'string' && KNOWN_REASONS.has(value) ? (value as ErrorReason) : undefined;
}

/**
 * A payload's warning (its code is a reason) in the reader's language; null for a code this client
 * does not know, which is left out rather than shown in the server's English.
 */
export function warningMessage(warning: { code: string; params?: unknown }, t: TFunction): string | null {
  const reason = knownReason(warning.code);
  const params = warning.params && typeof warning.params === 'object' ? (warning.params as ErrorParams) : undefined;
  return (reason && reasonMessage(reason, params, t)) || null;
}

/** A message in the reader's language for an API error (`context` picks wording for a screen). */
export function errorMessage(error: unknown, t: TFunction, context?: 'login'): string {
  const info = apiError(error);
  const said = info.reason ? reasonMessage(info.reason, info.params, t) : '';
  if (said) return said;
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
      return t('reasons.INVALID_INPUT');
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
