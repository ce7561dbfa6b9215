import { useState } from 'react';
import { NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../gql/graphql';
import { ROLES } from './CreateAccountForm';
import { accountErrorMessage } from './errors';
import { SetUserRoleMutation } from './operations';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useFormMutation } from '../graphql/useFormMutation';
import { AppModal, ConfirmButtons } from '../ui/ConfirmDialog';

export interface RoleTarget {
  id: string;
  displayName: string;
  role: Role;
}

/**
 * Confirms a role change before sending it. Mantine's Modal traps focus inside the dialog, puts it
 * on the role field when it opens and gives it back to the button that opened it when it closes;
 * Escape cancels.
 */
export function ChangeRoleDialog({
  user,
  onClose,
  onChanged,
}: {
  user: RoleTarget | null;
  onClose: () => void;
  onChanged: (text: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={user !== null} onClose={onClose} title={user ? t('accounts.changeRoleOf', { name: user.displayName }) : ''}>
      {user && <ChangeRoleForm key={user.id} user={user} onClose={onClose} onChanged={onChanged} />}
    </AppModal>
  );
}

function ChangeRoleForm({ user, onClose, onChanged }: { user: RoleTarget; onClose: () => void; onChanged: (text: string) => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(ROLES.find((r) => r !== user.role) ?? user.role);
  const [setUserRole, { loading, error, reset }] = useFormMutation(SetUserRoleMutation);
  const roleName = (r: Role) => t(`accounts.roles.${r}`);

  const confirm = async () => {
    const data = await setUserRole({ input: { userId: user.id, role } });
    if (data) onChanged(t('accounts.roleChanged', { name: user.displayName, role: roleName(data.setUserRole.role ?? role) }));
  };

  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('accounts.newRole')}
        value={role}
        onChange={(e) => {
          setRole(e.currentTarget.value as Role);
          reset();
        }}
        data={ROLES.map((r) => ({ value: r, label: roleName(r) }))}
        data-autofocus
      />
      <Text size="sm" data-testid="role-confirm-text">
        {role === user.role
          ? t('accounts.sameRole')
          : t('accounts.confirmText', { name: user.displayName, from: roleName(user.role), to: roleName(role) })}
      </Text>
      {error && <ErrorAlert error={error} describe={(e, t) => accountErrorMessage(e, t, 'setRole')} />}
      <ConfirmButtons
        keepLabel={t('accounts.cancel')}
        onKeep={onClose}
        confirmLabel={t('accounts.confirm')}
        busy={loading}
        disabled={role === user.role}
        onConfirm={() => void confirm()}
        focusKeep={false}
      />
    </Stack>
  );
}
