import type { TFunction } from 'i18next';
import type { ErrorParams, LiveError } from '@tribune/domain';
import { knownReason, reasonMessage } from '../../graphql/errors';

/**
 * A socket ack's refusal in the reader's language: its reason when the server names one this client
 * knows, else its code in words. The server's sentence (`message`) is never shown.
 */
export function liveErrorMessage(
  error: { code: LiveError['code'] | string; reason?: LiveError['reason']; params?: LiveError['params'] } | undefined,
  t: TFunction,
): string {
  const reason = knownReason(error?.reason);
  const said = reason ? reasonMessage(reason, error?.params as ErrorParams | undefined, t) : '';
  if (said) return said;
  switch (error?.code) {
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'UNAUTHENTICATED':
    case 'UNAVAILABLE':
      return t(`errors.${error.code}`);
    case 'BAD_USER_INPUT':
      return t('reasons.INVALID_INPUT');
    default:
      return t('errors.unknown');
  }
}
