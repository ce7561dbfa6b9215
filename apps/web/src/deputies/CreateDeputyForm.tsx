import { useEffect, useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CreateDeputyMutation, DeputiesQuery } from './operations';
import {
  checkProfile,
  DeputyFields,
  emptyProfile,
  splitList,
  type ProfileErrors,
  type ProfileField,
  type ProfileValues,
} from './DeputyFields';
import { deputyErrorMessage } from './errors';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useFormMutation } from '../graphql/useFormMutation';

const MIN_PASSWORD = 10;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type AccountField = 'email' | 'password';

/** An administrator creates a deputy's profile and, if asked, their login (email and a temporary password). */
export function CreateDeputyForm({
  onCreated,
  onCancel,
}: {
  onCreated: (created: { id: string; fullName: string; withAccount: boolean }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ProfileValues>(emptyProfile);
  const [withAccount, setWithAccount] = useState(false);
  const [account, setAccount] = useState<Record<AccountField, string>>({ email: '', password: '' });
  const [errors, setErrors] = useState<ProfileErrors & Partial<Record<AccountField, string>>>({});
  const [createDeputy, { loading, error }] = useFormMutation(CreateDeputyMutation, {
    refetchQueries: [DeputiesQuery],
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    document.getElementById('new-deputy-fullName')?.focus();
  }, []);

  const change = (field: ProfileField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((errs) => ({ ...errs, [field]: undefined }));
  };
  const changeAccount = (field: AccountField) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setAccount((a) => ({ ...a, [field]: value }));
    setErrors((errs) => ({ ...errs, [field]: undefined }));
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found: ProfileErrors & Partial<Record<AccountField, string>> = checkProfile(values, 'admin', t);
    if (withAccount) {
      if (!EMAIL.test(account.email.trim())) found.email = account.email.trim() ? t('deputies.invalidEmail') : t('auth.required');
      if (account.password.length < MIN_PASSWORD) found.password = t('deputies.passwordTooShort');
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`new-deputy-${first}`)?.focus();
      return;
    }
    const data = await createDeputy({
      input: {
        fullName: values.fullName.trim(),
        gender: values.gender,
        territory: values.territory,
        languages: splitList(values.languages),
        skills: splitList(values.skills),
        bio: values.bio.trim() || null,
        eligibilityAttestedOn: values.eligibilityAttestedOn || null,
        account: withAccount ? { email: account.email.trim(), password: account.password } : null,
      },
    });
    if (data) onCreated({ ...data.createDeputy, withAccount });
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-labelledby="new-deputy-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-deputy-heading">
            {t('deputies.createTitle')}
          </Title>
          {error && <ErrorAlert error={error} describe={deputyErrorMessage} />}
          <DeputyFields idPrefix="new-deputy" editor="admin" values={values} errors={errors} onChange={change} />
          <Checkbox label={t('deputies.withAccount')} checked={withAccount} onChange={(e) => setWithAccount(e.currentTarget.checked)} />
          {withAccount && (
            <Group gap="sm" align="flex-start" grow wrap="wrap">
              <TextInput
                id="new-deputy-email"
                type="email"
                label={t('deputies.email')}
                required
                value={account.email}
                onChange={changeAccount('email')}
                error={errors.email}
                autoComplete="off"
                miw={200}
              />
              <PasswordInput
                id="new-deputy-password"
                label={t('deputies.password')}
                description={t('deputies.passwordHint')}
                required
                value={account.password}
                onChange={changeAccount('password')}
                error={errors.password}
                autoComplete="new-password"
                miw={200}
              />
            </Group>
          )}
          <Group gap="sm">
            <Button type="submit" loading={loading}>
              {t('deputies.submitCreate')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('deputies.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
