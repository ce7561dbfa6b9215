import type { TFunction } from 'i18next';
import { apiError, errorMessage } from '../graphql/errors';

/**
 * The API's coded refusals of createUser, setUserRole, setUserDisabled and resetUserPassword in
 * words the administrator can act on.
 * A CONFLICT on createUser is either the email or the deputy profile already taken: the API's
 * message names which (an account "already exists" vs a deputy who "already has an account").
 */
export function accountErrorMessage(error: unknown, t: TFunction, action: 'create' | 'setRole' | 'setDisabled' | 'resetPassword'): string {
  const info = apiError(error);
  if (action === 'create') {
    if (info.code === 'CONFLICT') return /already has an account/i.test(info.message ?? '') ? t('accounts.deputyTaken') : t('accounts.emailTaken');
    if (info.code === 'NOT_FOUND') return t('accounts.deputyMissing');
    if (info.code === 'BAD_USER_INPUT') {
      const field = info.extensions?.field;
      if (field === 'email') return t('accounts.invalidEmail');
      if (field === 'password') return t('accounts.passwordTooShort');
    }
  }
  if (action === 'setRole' && info.code === 'CONFLICT') return t('accounts.ownRole');
  // The page offers neither action on one's own account, so a CONFLICT here is the last active administrator.
  if (action === 'setDisabled' && info.code === 'CONFLICT') return t('accounts.lastAdmin');
  if ((action === 'setDisabled' || action === 'resetPassword') && info.code === 'NOT_FOUND') return t('accounts.accountMissing');
  return errorMessage(error, t);
}
