import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ResetPasswordMutation } from './password-reset-operations';
import { RefusalAlert } from './RefusalAlert';
import { session } from './session';

const MIN_LENGTH = 10;

interface FieldErrors {
  password?: string;
  confirm?: string;
}

/**
 * The page a reset link opens (`/reset-password?token=...`): a new password, typed twice. The API
 * ends every other session of the account and answers with a session for this browser, which
 * goes straight to the home page.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('passwordReset.resetTitle')} · ${t('app.name')}`);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const client = useApolloClient();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [reset, { loading, error }] = useMutation(ResetPasswordMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {
      password: !password ? t('passwordReset.required') : password.length < MIN_LENGTH ? t('passwordReset.tooShort') : undefined,
      confirm: !confirm ? t('passwordReset.required') : confirm !== password ? t('passwordReset.mismatch') : undefined,
    };
    setFieldErrors(errors);
    if (errors.password || errors.confirm) return;
    const result = await reset({ variables: { input: { token, newPassword: password } } }).catch(() => null);
    const payload = result?.data?.resetPassword;
    if (!payload) return;
    // Another account may have been signed in on this browser: nothing of its answers stays.
    await client.clearStore();
    session.start(payload.token, { mustChangePassword: payload.user.mustChangePassword === true });
    navigate('/', { replace: true });
  };

  /** What both password fields share: a new password, its error, a button to show it. */
  const passwordField = (name: string, value: string, set: (v: string) => void, error: string | undefined) => ({
    name,
    value,
    error,
    required: true,
    autoComplete: 'new-password',
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(e.currentTarget.value),
    'aria-invalid': error ? true : undefined,
    visibilityToggleButtonProps: { 'aria-label': t('passwordReset.showPassword'), tabIndex: 0 },
  });

  return (
    <Stack maw={420} mx="auto" gap="md" mt="lg">
      <Title order={1} id="reset-heading">
        {t('passwordReset.resetTitle')}
      </Title>
      {!token ? (
        <Alert color="orange" variant="light" role="alert">
          <Text size="sm">{t('passwordReset.missingToken')}</Text>
        </Alert>
      ) : (
        <>
          {error && <RefusalAlert error={error} />}
          <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate aria-labelledby="reset-heading">
            <Stack gap="md">
              <Text size="sm">{t('passwordReset.resetIntro')}</Text>
              <PasswordInput
                {...passwordField('new-password', password, setPassword, fieldErrors.password)}
                label={t('passwordReset.newPassword')}
                description={t('passwordReset.tooShort')}
              />
              <PasswordInput
                {...passwordField('confirm-password', confirm, setConfirm, fieldErrors.confirm)}
                label={t('passwordReset.confirmPassword')}
              />
              <Button type="submit" loading={loading} fullWidth>
                {t('passwordReset.resetSubmit')}
              </Button>
            </Stack>
          </Paper>
        </>
      )}
      {(!token || error) && (
        <Anchor component={Link} to="/forgot-password">
          {t('passwordReset.askAgain')}
        </Anchor>
      )}
    </Stack>
  );
}
