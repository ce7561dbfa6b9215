import { Alert, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './AccountPage';

/**
 * After an administrator reset the password, the only screen until the person chooses their own:
 * the API refuses everything else meanwhile (TEMPORARY_PASSWORD). Once changed, the session goes
 * on with its new token and RequireAuth shows the page that was asked for.
 */
export function TemporaryPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('temporaryPassword.title')} · ${t('app.name')}`);
  return (
    <Stack maw={520} gap="lg">
      <Title order={1}>{t('temporaryPassword.title')}</Title>
      <Alert color="orange" variant="light">
        <Text size="sm">{t('temporaryPassword.explanation')}</Text>
      </Alert>
      <ChangePasswordForm currentLabel={t('temporaryPassword.current')} />
    </Stack>
  );
}
