import { useState, type FormEvent } from 'react';
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../graphql/errors';
import { LoginMutation } from './operations';
import { session, useSession } from './session';
import { ForgotPasswordLink } from './ForgotPasswordLink';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useFormMutation } from '../graphql/useFormMutation';

interface FieldErrors {
  email?: string;
  password?: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('auth.title')} · ${t('app.name')}`);
  const { token, notice } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [login, { loading, error, reset }] = useFormMutation(LoginMutation);

  if (token) return <Navigate to={from} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {
      email: !email.trim() ? t('auth.required') : !/^\S+@\S+$/.test(email.trim()) ? t('auth.invalidEmail') : undefined,
      password: !password ? t('auth.required') : undefined,
    };
    setFieldErrors(errors);
    if (errors.email || errors.password) return;
    reset();
    const data = await login({ email: email.trim(), password });
    if (data) {
      // A temporary password set by an administrator: RequireAuth shows only its replacement, then the page asked for.
      session.start(data.login.token, { mustChangePassword: data.login.user.mustChangePassword === true });
      navigate(from, { replace: true });
    }
  };

  return (
    <Stack maw={420} mx="auto" gap="md" mt="lg">
      <Title order={1} id="login-heading">
        {t('auth.title')}
      </Title>
      {notice === 'expired' && !error && (
        <Alert color="orange" variant="light" role="status">
          <Text size="sm" fw={600}>
            {t('auth.sessionExpired')}
          </Text>
        </Alert>
      )}
      {notice === 'loggedOut' && !error && <Text role="status">{t('auth.loggedOut')}</Text>}
      {error && <ErrorAlert error={error} describe={(e, t) => errorMessage(e, t, 'login')} />}
      <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate aria-labelledby="login-heading">
        <Stack gap="md">
          <Text size="sm">{t('auth.intro')}</Text>
          <TextInput
            label={t('auth.email')}
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldErrors.email}
            aria-invalid={fieldErrors.email ? true : undefined}
          />
          <PasswordInput
            label={t('auth.password')}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldErrors.password}
            aria-invalid={fieldErrors.password ? true : undefined}
            visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword'), tabIndex: 0 }}
          />
          <Button type="submit" loading={loading} fullWidth>
            {t('auth.submit')}
          </Button>
        </Stack>
      </Paper>
      <ForgotPasswordLink />
    </Stack>
  );
}
