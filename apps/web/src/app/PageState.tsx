import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../graphql/errors';

/** "Loading…" as a polite status, with its own heading so focus has somewhere to land. */
export function PageLoading({ label }: { label: string }) {
  return (
    <Stack gap="sm">
      <Title order={1} className="visually-hidden" data-page-loading="true">
        {label}
      </Title>
      <Group role="status" gap="sm" mt="lg">
        <Loader size="sm" aria-hidden="true" />
        <Text>{label}</Text>
      </Group>
    </Stack>
  );
}

/** A page that could not load: what happened, in words, and a retry button. */
export function PageError({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <ErrorAlert error={error} />
      <Group>
        <Button onClick={onRetry}>{t('errors.retry')}</Button>
      </Group>
    </Stack>
  );
}

/** An API error in the reader's language. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert">
      <Text size="sm" c="red.9">
        {errorMessage(error, t)}
      </Text>
    </Alert>
  );
}
