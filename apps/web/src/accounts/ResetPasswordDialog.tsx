import { useEffect, useRef } from 'react';
import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { accountErrorMessage } from './errors';
import { ResetUserPasswordMutation } from './operations';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useFormMutation } from '../graphql/useFormMutation';
import { AppModal, ConfirmButtons } from '../ui/ConfirmDialog';

export interface ResetTarget {
  id: string;
  displayName: string;
}

/**
 * Confirms a password reset, then shows the generated password this once. The dialog does not
 * close on a click outside it (the password would be lost); closing it forgets the password.
 */
export function ResetPasswordDialog({ user, onClose }: { user: ResetTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={user !== null}
      onClose={onClose}
      title={user ? t('accounts.resetPasswordOf', { name: user.displayName }) : ''}
      closeOnClickOutside={false}
    >
      {user && <ResetForm key={user.id} user={user} onClose={onClose} />}
    </AppModal>
  );
}

function ResetForm({ user, onClose }: { user: ResetTarget; onClose: () => void }) {
  const { t } = useTranslation();
  // Not cached: the password lives only in this dialog, which forgets it on closing.
  const [resetUserPassword, { loading, error, data }] = useFormMutation(ResetUserPasswordMutation, { fetchPolicy: 'no-cache' });
  const password = data?.resetUserPassword.password;
  const field = useRef<HTMLInputElement>(null);

  // The content changed under the focus: move it to the password, so a screen reader reads it.
  useEffect(() => {
    if (password) field.current?.focus();
  }, [password]);

  if (password) {
    return (
      <Stack gap="sm">
        <TextInput
          ref={field}
          label={t('accounts.temporaryPassword', { name: user.displayName })}
          description={t('accounts.temporaryPasswordHint')}
          value={password}
          readOnly
          dir="ltr"
          spellCheck={false}
          autoComplete="off"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-lg)' } }}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="temporary-password"
        />
        <CopyButton value={password}>
          {({ copied, copy }) => (
            <Group justify="space-between" gap="sm" wrap="wrap">
              <Text size="sm" role="status">
                {copied ? t('accounts.passwordCopied') : ''}
              </Text>
              <Group gap="sm">
                <Button variant="default" onClick={copy}>
                  {t('accounts.copyPassword')}
                </Button>
                <Button onClick={onClose}>{t('accounts.done')}</Button>
              </Group>
            </Group>
          )}
        </CopyButton>
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      <Text size="sm">{t('accounts.resetText', { name: user.displayName })}</Text>
      {error && <ErrorAlert error={error} describe={(e, t) => accountErrorMessage(e, t, 'resetPassword')} />}
      <ConfirmButtons
        keepLabel={t('accounts.cancel')}
        onKeep={onClose}
        confirmLabel={t('accounts.resetConfirm')}
        busy={loading}
        onConfirm={() => void resetUserPassword({ input: { userId: user.id } })}
      />
    </Stack>
  );
}
