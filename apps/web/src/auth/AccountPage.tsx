import { useState, type FormEvent } from 'react';
import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '@tribune/domain';
import { PageError, PageLoading } from '../ui/PageState';
import { apiError } from '../graphql/errors';
import { AccountPageQuery, ChangePasswordMutation } from './operations';
import { session } from './session';
import { NotificationPreferencesForm } from '../notifications/NotificationPreferencesForm';
import { ErrorAlert } from '../ui/ErrorAlert';

/** The API's minimum (ChangePasswordInput). */
const MIN_LENGTH = 10;

interface FieldErrors {
  current?: string;
  next?: string;
  confirm?: string;
}

/** One's own account: who one is signed in as, and a new password (after an administrator's reset, say). */
export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('myAccount.title')} · ${t('app.name')}`);
  const { data, loading, error, refetch } = useQuery(AccountPageQuery);
  if (!data && loading) return <PageLoading label={t('myAccount.loading')} />;
  if (!data) return <PageError title={t('myAccount.loadError')} error={error} onRetry={() => void refetch()} />;
  return (
    <Stack maw={520} gap="lg">
      <Title order={1}>{t('myAccount.title')}</Title>
      <Text>
        {t('myAccount.signedInAs', {
          name: data.me.displayName,
          email: data.me.email,
          role: data.me.role ? t(`accounts.roles.${data.me.role}`) : '',
        })}
      </Text>
      <ChangePasswordForm />
      <NotificationPreferencesForm />
    </Stack>
  );
}

/** Choosing one's own password: on My account, and alone after an administrator's reset (TemporaryPasswordPage). */
export function ChangePasswordForm({ currentLabel }: { currentLabel?: string }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const [change, { loading, error, reset }] = useMutation(ChangePasswordMutation);
  const refused = error ? apiError(error) : null;
  // A wrong current password is said next to its field; anything else above the form.
  const wrongCurrent = refused?.code === ErrorCode.BAD_USER_INPUT && refused.extensions?.field === 'currentPassword';
  const currentError = fieldErrors.current ?? (wrongCurrent ? t('myAccount.wrongCurrent') : undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const errors: FieldErrors = {
      current: current ? undefined : t('auth.required'),
      next: !next
        ? t('auth.required')
        : next.length < MIN_LENGTH
          ? t('myAccount.tooShort', { count: MIN_LENGTH })
          : next === current
            ? t('myAccount.sameAsCurrent')
            : undefined,
      confirm: confirm !== next ? t('myAccount.mismatch') : undefined,
    };
    setFieldErrors(errors);
    if (errors.current || errors.next || errors.confirm) return;
    reset();
    try {
      const { data } = await session.renew(change({ variables: { input: { currentPassword: current, newPassword: next } } }));
      if (data) {
        // This session goes on with the new token; the others have ended.
        session.start(data.changePassword.token);
        setCurrent('');
        setNext('');
        setConfirm('');
        setDone(true);
      }
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate aria-labelledby="change-password-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="change-password-heading">
          {t('myAccount.changePassword')}
        </Title>
        <Text size="sm">{t('myAccount.changePasswordIntro')}</Text>
        {done && (
          <Alert color="green" variant="light" role="status">
            <Text size="sm">{t('myAccount.changed')}</Text>
          </Alert>
        )}
        {error && !wrongCurrent && <ErrorAlert error={error} />}
        <PasswordInput
          label={currentLabel ?? t('myAccount.currentPassword')}
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={currentError}
          aria-invalid={currentError ? true : undefined}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword'), tabIndex: 0 }}
        />
        <PasswordInput
          label={t('myAccount.newPassword')}
          description={t('myAccount.newPasswordHint', { count: MIN_LENGTH })}
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={fieldErrors.next}
          aria-invalid={fieldErrors.next ? true : undefined}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword'), tabIndex: 0 }}
        />
        <PasswordInput
          label={t('myAccount.confirmPassword')}
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={fieldErrors.confirm}
          aria-invalid={fieldErrors.confirm ? true : undefined}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword'), tabIndex: 0 }}
        />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('myAccount.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
