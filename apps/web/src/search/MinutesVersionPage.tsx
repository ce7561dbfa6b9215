import { Alert, Anchor, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MinutesVersionsQuery } from './operations';

/** A version of a meeting's minutes, as search found it (the meeting page shows the current minutes). */
export function MinutesVersionPage() {
  const { t, i18n } = useTranslation();
  const { meetingId = '', version = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MinutesVersionsQuery, { variables: { meetingId } });
  const meeting = data?.meeting;
  const found = meeting?.minutesVersions.find((v) => String(v.version) === version);
  useDocumentTitle(`${t('search.minutesVersion', { version })} · ${t('app.name')}`);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Stack gap="md">
      <Title order={1}>{t('search.minutesVersion', { version })}</Title>
      {meeting && (
        <Text>
          <Anchor component={Link} to={`/meetings/${meetingId}`}>
            {meeting.title}
          </Anchor>
        </Text>
      )}
      {loading && !data && <Loader size="sm" aria-label={t('search.loading')} />}
      {error && !loading && (
        <Alert color="red" title={t('search.failed')}>
          <Button size="xs" mt="xs" onClick={() => void refetch()}>
            {t('errors.retry')}
          </Button>
        </Alert>
      )}
      {meeting && !found && <Text>{t('search.noSuchVersion')}</Text>}
      {found && (
        <>
          <Text size="sm" c="dimmed">
            <time dateTime={found.createdAt}>{when.format(new Date(found.createdAt))}</time>
          </Text>
          <Text dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="minutes-version">
            {found.body}
          </Text>
        </>
      )}
    </Stack>
  );
}
