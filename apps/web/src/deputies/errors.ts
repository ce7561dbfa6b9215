import type { TFunction } from 'i18next';
import { ErrorReason } from '@tribune/domain';
import { apiError, errorMessage } from '../graphql/errors';

/**
 * The API's refusals of createDeputy and updateDeputy in words the person can act on, from the
 * rule that refused (`extensions.reason`, a territory refused included), never from the server's sentence.
 */
export function deputyErrorMessage(error: unknown, t: TFunction): string {
  const info = apiError(error);
  if (info.reason === ErrorReason.EMAIL_TAKEN) return t('deputies.emailTaken');
  return errorMessage(error, t);
}
