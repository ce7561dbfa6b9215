import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../gql/graphql';
import { LANGUAGES } from '../i18n';
import { accountErrorMessage } from './errors';
import { AccountsQuery, CreateUserMutation } from './operations';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useFormFields } from '../ui/useFormFields';
import { useFormMutation } from '../graphql/useFormMutation';

export const ROLES: Role[] = ['DEPUTY', 'COORDINATOR', 'ADMIN'];
const MIN_PASSWORD = 10;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Field = 'displayName' | 'email' | 'password';

/** A new account: name, email, temporary password, role, language and optionally the deputy profile it belongs to. */
export function CreateAccountForm({
  freeDeputies,
  onCreated,
}: {
  freeDeputies: { id: string; fullName: string }[];
  onCreated: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { values, field, check, clear } = useFormFields<Field>('account', { displayName: '', email: '', password: '' });
  const [role, setRole] = useState<Role>('DEPUTY');
  const [deputyId, setDeputyId] = useState('');
  const [locale, setLocale] = useState(i18n.language);
  const [createUser, { loading, error }] = useFormMutation(CreateUserMutation, {
    refetchQueries: [AccountsQuery],
    awaitRefetchQueries: true,
  });

  const validate = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    if (!values.displayName.trim()) found.displayName = t('accounts.required');
    if (!values.email.trim()) found.email = t('accounts.required');
    else if (!EMAIL.test(values.email.trim())) found.email = t('accounts.invalidEmail');
    if (values.password.length < MIN_PASSWORD) found.password = t('accounts.passwordTooShort');
    return found;
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!check(validate())) return;
    const data = await createUser({
      input: {
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        password: values.password,
        role,
        locale,
        deputyId: deputyId || null,
      },
    });
    if (data) {
      onCreated(t('accounts.created', { name: data.createUser.displayName, email: data.createUser.email }));
      clear();
      setDeputyId('');
    }
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-labelledby="account-form-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="account-form-heading">
            {t('accounts.createTitle')}
          </Title>
          {error && <ErrorAlert error={error} describe={(e, t) => accountErrorMessage(e, t, 'create')} data-testid="account-error" />}
          <Group gap="sm" align="flex-start" grow wrap="wrap">
            <TextInput label={t('accounts.displayName')} required {...field('displayName')} miw={200} data-autofocus />
            <TextInput type="email" label={t('accounts.email')} required {...field('email')} miw={200} autoComplete="off" />
          </Group>
          <PasswordInput
            label={t('accounts.password')}
            description={t('accounts.passwordHint')}
            required
            {...field('password')}
            autoComplete="new-password"
          />
          <Group gap="sm" align="flex-start" grow wrap="wrap">
            <NativeSelect
              label={t('accounts.role')}
              value={role}
              onChange={(e) => setRole(e.currentTarget.value as Role)}
              data={ROLES.map((r) => ({ value: r, label: t(`accounts.roles.${r}`) }))}
              miw={160}
            />
            <NativeSelect
              label={t('accounts.language')}
              value={locale}
              onChange={(e) => setLocale(e.currentTarget.value)}
              data={LANGUAGES.map((l) => ({ value: l.code, label: l.name }))}
              miw={160}
            />
          </Group>
          <NativeSelect
            label={t('accounts.linkDeputy')}
            description={t('accounts.linkDeputyHint')}
            value={deputyId}
            onChange={(e) => setDeputyId(e.currentTarget.value)}
            data={[{ value: '', label: t('accounts.noLink') }, ...freeDeputies.map((d) => ({ value: d.id, label: d.fullName }))]}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('accounts.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
