import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { accountErrorMessage } from './errors';
import { SetUserDisabledMutation } from './operations';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useFormMutation } from '../graphql/useFormMutation';
import { AppModal, ConfirmButtons } from '../ui/ConfirmDialog';

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
    <AppModal opened={user !== null} onClose={onClose} title={title}>
      {user && <StatusForm key={user.id} user={user} onClose={onClose} onChanged={onChanged} />}
    </AppModal>
  );
}

function StatusForm({ user, onClose, onChanged }: { user: StatusTarget; onClose: () => void; onChanged: (text: string) => void }) {
  const { t } = useTranslation();
  const [setUserDisabled, { loading, error }] = useFormMutation(SetUserDisabledMutation);
  const disabling = !user.disabled;

  const confirm = async () => {
    const data = await setUserDisabled({ input: { userId: user.id, disabled: disabling } });
    if (data)
      onChanged(t(data.setUserDisabled.disabled ? 'accounts.disabledOutcome' : 'accounts.enabledOutcome', { name: user.displayName }));
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t(disabling ? 'accounts.disableText' : 'accounts.enableText', { name: user.displayName })}</Text>
      {error && <ErrorAlert error={error} describe={(e, t) => accountErrorMessage(e, t, 'setDisabled')} />}
      <ConfirmButtons
        keepLabel={t('accounts.cancel')}
        onKeep={onClose}
        confirmLabel={t(disabling ? 'accounts.disable' : 'accounts.enable')}
        color={disabling ? 'red.9' : undefined}
        busy={loading}
        onConfirm={() => void confirm()}
      />
    </Stack>
  );
}
