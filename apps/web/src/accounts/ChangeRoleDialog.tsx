import { useState } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../gql/graphql';
import { ROLES } from './CreateAccountForm';
import { accountErrorMessage } from './errors';
import { SetUserRoleMutation } from './operations';

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
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? t('accounts.changeRoleOf', { name: user.displayName }) : ''}
      closeButtonProps={{ 'aria-label': t('app.close') }}
      centered
    >
      {user && <ChangeRoleForm key={user.id} user={user} onClose={onClose} onChanged={onChanged} />}
    </Modal>
  );
}

function ChangeRoleForm({ user, onClose, onChanged }: { user: RoleTarget; onClose: () => void; onChanged: (text: string) => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(ROLES.find((r) => r !== user.role) ?? user.role);
  const [setUserRole, { loading, error, reset }] = useMutation(SetUserRoleMutation);
  const roleName = (r: Role) => t(`accounts.roles.${r}`);

  const confirm = async () => {
    try {
      const { data } = await setUserRole({ variables: { input: { userId: user.id, role } } });
      if (data) onChanged(t('accounts.roleChanged', { name: user.displayName, role: roleName(data.setUserRole.role ?? role) }));
    } catch {
      // Shown from `error`.
    }
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
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm" c="red.9">
            {accountErrorMessage(error, t, 'setRole')}
          </Text>
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('accounts.cancel')}
        </Button>
        <Button onClick={() => void confirm()} loading={loading} disabled={role === user.role}>
          {t('accounts.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
