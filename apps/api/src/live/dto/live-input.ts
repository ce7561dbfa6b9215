import { ErrorReason, HISTORY_PAGE_SIZE } from '@tribune/domain';
import { badInput as refused } from '../../common/app-error';
import { refuseForbiddenCharacters, unstorableText } from '../../common/validation';

// Socket payloads come from the network as they are: each field is checked before use.

/** A malformed socket payload: the plain field rule (INVALID_INPUT, or INVALID_CHARACTER for text that cannot be stored). */
const badInput = (message: string, field?: string, reason: ErrorReason = ErrorReason.INVALID_INPUT) =>
  refused(message, field, { reason, ...(field ? { params: { field } } : {}) });

export function payload(v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw badInput('The request must be an object.');
  return v as Record<string, unknown>;
}

export function requiredId(v: unknown, field: string): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > 100)
    throw badInput(`${field} must be a non-empty string of at most 100 characters.`, field);
  // A NUL or a lone surrogate cannot be stored or compared as text (PostgreSQL errors): refused like the message body.
  if (unstorableText(v, field) !== null)
    throw badInput(
      `${field} contains characters that cannot be stored (a NUL or half of a surrogate pair).`,
      field,
      ErrorReason.INVALID_CHARACTER,
    );
  return v;
}

export function optionalId(v: unknown, field: string): string | undefined {
  return v === undefined || v === null ? undefined : requiredId(v, field);
}

export function sequenceNumber(v: unknown, field: string): number {
  if (v === undefined || v === null) return 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 2_147_483_647)
    throw badInput(`${field} must be a whole number, 0 or more.`, field);
  return v;
}

export function pageLimit(v: unknown): number {
  if (v === undefined || v === null) return HISTORY_PAGE_SIZE;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > HISTORY_PAGE_SIZE)
    throw badInput(`limit must be between 1 and ${HISTORY_PAGE_SIZE}.`, 'limit');
  return v;
}

export function text(v: unknown, field: string): string {
  if (typeof v !== 'string') throw badInput(`${field} must be text.`, field);
  refuseForbiddenCharacters(v, field);
  return v;
}
