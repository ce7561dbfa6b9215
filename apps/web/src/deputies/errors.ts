import type { TFunction } from 'i18next';
import { apiError, errorMessage } from '../graphql/errors';

/**
 * The API's refusals of createDeputy and updateDeputy in words the person can act on. A CONFLICT on
 * creation is the account's email already taken; a territory refused is an address or a postcode.
 */
export function deputyErrorMessage(error: unknown, t: TFunction): string {
  const info = apiError(error);
  if (info.code === 'CONFLICT' && /already exists/i.test(info.message ?? '')) return t('deputies.emailTaken');
  if (info.code === 'BAD_USER_INPUT' && /never an address/i.test(info.message ?? '')) return t('deputies.territoryNotAddress');
  return errorMessage(error, t);
}
