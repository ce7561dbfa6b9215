import type { FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormMutation } from '../graphql/useFormMutation';
import { useFormFields } from '../ui/useFormFields';
import { groupErrorMessage } from './errors';
import { Pending } from './Pending';
import { CreateWorkingGroupMutation, GroupsQuery, NewGroupTermQuery } from './operations';
import { ErrorAlert } from '../ui/ErrorAlert';

type Field = 'name' | 'theme' | 'description';

/** A new working group of the current term: name, theme and description (a coordinator creating it coordinates it). */
export function CreateGroupForm({ onCreated }: { onCreated: (group: { id: string; name: string }) => void }) {
  const { t } = useTranslation();
  const term = useQuery(NewGroupTermQuery);
  const { values, field, set, check } = useFormFields<Field>('new-group', { name: '', theme: '', description: '' });
  const [createGroup, { loading, error }] = useFormMutation(CreateWorkingGroupMutation, {
    refetchQueries: [GroupsQuery],
    awaitRefetchQueries: true,
  });

  if (!term.data && term.loading) return <Pending />;
  const currentTerm = term.data?.currentTerm;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!currentTerm) return;
    const found: Partial<Record<Field, string>> = {};
    if (!values.name.trim()) found.name = t('groupAdmin.required');
    if (!values.theme.trim()) found.theme = t('groupAdmin.required');
    if (!check(found)) return;
    const data = await createGroup({
      input: { termId: currentTerm.id, name: values.name.trim(), theme: values.theme.trim(), description: values.description.trim() },
    });
    if (data) onCreated(data.createWorkingGroup);
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-labelledby="new-group-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-group-heading">
            {t('groupAdmin.createTitle')}
          </Title>
          {!currentTerm ? (
            <Alert color="orange" variant="light" role="alert">
              <Text size="sm">{term.error ? groupErrorMessage(term.error, t, 'create') : t('groupAdmin.noTerm')}</Text>
            </Alert>
          ) : (
            <>
              <Text size="sm">{t('groupAdmin.term', { name: currentTerm.name })}</Text>
              {error && <ErrorAlert error={error} describe={(e, t) => groupErrorMessage(e, t, 'create')} />}
              <Group gap="sm" align="flex-start" grow wrap="wrap">
                <TextInput label={t('groupAdmin.name')} required {...field('name')} miw={200} data-autofocus />
                <TextInput label={t('groupAdmin.theme')} required {...field('theme')} miw={200} />
              </Group>
              <Textarea label={t('groupAdmin.description')} value={values.description} onChange={set('description')} autosize minRows={2} />
              <Group>
                <Button type="submit" loading={loading}>
                  {t('groupAdmin.submit')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
