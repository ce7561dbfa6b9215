import type { TFunction } from 'i18next';
import { apiError, errorMessage } from '../graphql/errors';

type GroupAction = 'create' | 'addMember' | 'removeMember' | 'addCoordinator';

/**
 * The API's coded refusals of the working-group changes in words a coordinator can act on. The
 * generic CONFLICT text ("someone just changed this, reload") would mislead here: each of these
 * conflicts means the thing already exists.
 */
export function groupErrorMessage(error: unknown, t: TFunction, action: GroupAction): string {
  const info = apiError(error);
  const field = info.extensions?.field;
  switch (action) {
    case 'create':
      if (info.code === 'CONFLICT') return t('groupAdmin.nameTaken');
      if (info.code === 'BAD_USER_INPUT' && field === 'termId') return t('groupAdmin.noTerm');
      break;
    case 'addMember':
      if (info.code === 'CONFLICT') return t('groupAdmin.alreadyMember');
      break;
    case 'removeMember':
      if (info.code === 'NOT_FOUND') return t('groupAdmin.notMemberAnymore');
      break;
    case 'addCoordinator':
      if (info.code === 'CONFLICT') return t('groupAdmin.alreadyCoordinator');
      if (info.code === 'BAD_USER_INPUT' && field === 'userId') return t('groupAdmin.notCoordinator');
      break;
  }
  return errorMessage(error, t);
}
