import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequestPasswordResetMutation } from './password-reset-operations';
import { RefusalAlert } from './RefusalAlert';

/**
 * "Mot de passe oublié": the address of the account, then the same answer whether it has one or
 * not (the API does not say either). The mail's link opens ResetPasswordPage.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('passwordReset.requestTitle')} · ${t('app.name')}`);
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();
  const [request, { loading, error }] = useMutation(RequestPasswordResetMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const address = email.trim();
    const problem = !address ? t('passwordReset.required') : !/^\S+@\S+$/.test(address) ? t('passwordReset.invalidEmail') : undefined;
    setFieldError(problem);
    if (problem) return;
    const result = await request({ variables: { input: { email: address } } }).catch(() => null);
    if (result?.data?.requestPasswordReset) setSentTo(address);
  };

  return (
    <Stack maw={420} mx="auto" gap="md" mt="lg">
      <Title order={1} id="forgot-heading">
        {t('passwordReset.requestTitle')}
      </Title>
      {sentTo ? (
        <Alert color="teal" variant="light" role="status">
          <Text size="sm">{t('passwordReset.requestSent', { email: sentTo })}</Text>
        </Alert>
      ) : (
        <>
          {error && <RefusalAlert error={error} />}
          <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate aria-labelledby="forgot-heading">
            <Stack gap="md">
              <Text size="sm">{t('passwordReset.requestIntro')}</Text>
              <TextInput
                label={t('passwordReset.email')}
                type="email"
                name="email"
                autoComplete="username"
                inputMode="email"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={fieldError}
                aria-invalid={fieldError ? true : undefined}
              />
              <Button type="submit" loading={loading} fullWidth>
                {t('passwordReset.requestSubmit')}
              </Button>
            </Stack>
          </Paper>
        </>
      )}
      <Anchor component={Link} to="/login">
        {t('passwordReset.backToLogin')}
      </Anchor>
    </Stack>
  );
}
