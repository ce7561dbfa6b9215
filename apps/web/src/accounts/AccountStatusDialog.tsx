import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { accountErrorMessage } from './errors';
import { SetUserDisabledMutation } from './operations';

export interface StatusTarget {
  id: string;
  displayName: string;
  disabled: boolean;
}

/**
 * Confirms disabling an account (or enabling it again) before sending it. Like the role dialog,
 * Mantine's Modal traps focus and gives it back on closing; it starts on Cancel, the harmless choice.
 */
export function AccountStatusDialog({
  user,
  onClose,
  onChanged,
}: {
  user: StatusTarget | null;
  onClose: () => void;
  onChanged: (text: string) => void;
}) {
  const { t } = useTranslation();
  const title = user ? t(user.disabled ? 'accounts.enableOf' : 'accounts.disableOf', { name: user.displayName }) : '';
  return (
    <Modal opened={user !== null} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('app.close') }} centered>
      {user && <StatusForm key={user.id} user={user} onClose={onClose} onChanged={onChanged} />}
    </Modal>
  );
}

function StatusForm({ user, onClose, onChanged }: { user: StatusTarget; onClose: () => void; onChanged: (text: string) => void }) {
  const { t } = useTranslation();
  const [setUserDisabled, { loading, error }] = useMutation(SetUserDisabledMutation);
  const disabling = !user.disabled;

  const confirm = async () => {
    try {
      const { data } = await setUserDisabled({ variables: { input: { userId: user.id, disabled: disabling } } });
      if (data)
        onChanged(t(data.setUserDisabled.disabled ? 'accounts.disabledOutcome' : 'accounts.enabledOutcome', { name: user.displayName }));
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t(disabling ? 'accounts.disableText' : 'accounts.enableText', { name: user.displayName })}</Text>
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm" c="red.9">
            {accountErrorMessage(error, t, 'setDisabled')}
          </Text>
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('accounts.cancel')}
        </Button>
        <Button color={disabling ? 'red.9' : undefined} onClick={() => void confirm()} loading={loading}>
          {t(disabling ? 'accounts.disable' : 'accounts.enable')}
        </Button>
      </Group>
    </Stack>
  );
}
