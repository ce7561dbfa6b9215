import type { TFunction } from 'i18next';
import { ErrorReason } from '@tribune/domain';
import { apiError, errorMessage } from '../graphql/errors';

/**
 * The API's refusals of createUser, setUserRole, setUserDisabled and resetUserPassword in words
 * the administrator can act on: the rule that refused (`extensions.reason`) or the field named,
 * never the server's sentence.
 */
export function accountErrorMessage(error: unknown, t: TFunction, action: 'create' | 'setRole' | 'setDisabled' | 'resetPassword'): string {
  const info = apiError(error);
  switch (info.reason) {
    case ErrorReason.EMAIL_TAKEN:
      return t('accounts.emailTaken');
    case ErrorReason.DEPUTY_HAS_ACCOUNT:
      return t('accounts.deputyTaken');
    case ErrorReason.CANNOT_DEMOTE_ONESELF:
      return t('accounts.ownRole');
    case ErrorReason.LAST_ADMINISTRATOR:
      return t('accounts.lastAdmin');
  }
  if (action === 'create') {
    if (info.code === 'NOT_FOUND') return t('accounts.deputyMissing');
    if (info.code === 'BAD_USER_INPUT') {
      const field = info.extensions?.field;
      if (field === 'email') return t('accounts.invalidEmail');
      if (field === 'password') return t('accounts.passwordTooShort');
    }
  }
  if ((action === 'setDisabled' || action === 'resetPassword') && info.code === 'NOT_FOUND') return t('accounts.accountMissing');
  return errorMessage(error, t);
}
