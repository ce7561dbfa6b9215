import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

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
