import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RefusalAlert } from '../auth/RefusalAlert';
import { LANGUAGES } from '../i18n';
import { SentMailsQuery } from './operations';
import type { SentMailsQuery as SentMailsData } from '../gql/graphql';

const PAGE = 20;
type Mail = SentMailsData['sentMails']['mails'][number];
const STATUS_COLOR: Record<Mail['status'], string> = { PENDING: 'yellow', SENT: 'teal', KEPT: 'blue', FAILED: 'red' };

/** One mail: who, what, when and how it went; its text behind a disclosure. */
function MailCard({ mail }: { mail: Mail }) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const language = LANGUAGES.find((l) => l.code === mail.locale);
  return (
    <Card withBorder component="article" aria-labelledby={`mail-${mail.id}`} padding="md">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h5" id={`mail-${mail.id}`} lang={mail.locale} dir={language?.dir ?? 'auto'}>
            {mail.subject}
          </Title>
          <Badge color={STATUS_COLOR[mail.status]} variant="light">
            {t(`sentMails.status.${mail.status}`)}
          </Badge>
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('sentMails.to', { to: mail.to })}
        </Text>
        <Text size="sm" c="dimmed">
          <time dateTime={mail.sentAt ?? mail.createdAt}>{when.format(new Date(mail.sentAt ?? mail.createdAt))}</time>
          {' · '}
          {t('sentMails.language', { language: language?.name ?? mail.locale })}
          {mail.attempts > 1 && ` · ${t('sentMails.attempts', { count: mail.attempts })}`}
        </Text>
        {mail.calendarMethod && <Text size="sm">{t('sentMails.invitation', { method: mail.calendarMethod })}</Text>}
        {mail.lastError && (
          <Text size="sm" c="red.9" style={{ overflowWrap: 'anywhere' }}>
            {t('sentMails.lastError', { error: mail.lastError })}
          </Text>
        )}
        <details>
          <summary>{t('sentMails.show')}</summary>
          {mail.text ? (
            <Text
              component="pre"
              size="sm"
              lang={mail.locale}
              dir={language?.dir ?? 'auto'}
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit' }}
            >
              {mail.text}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('sentMails.blanked')}
            </Text>
          )}
        </details>
      </Stack>
    </Card>
  );
}

/**
 * "Courriels envoyés" (administrators): the outbox, newest first, page by page. With no SMTP_URL
 * (the embedded default) mails are kept here instead of being sent, so a newcomer sees what
 * Tribune would send.
 */
export function SentMailsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('sentMails.title')} · ${t('app.name')}`);
  const { data, loading, error, refetch, fetchMore } = useQuery(SentMailsQuery, { variables: { first: PAGE } });
  const [moreLoading, setMoreLoading] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const page = data?.sentMails;

  const loadMore = async () => {
    if (!page?.endCursor) return;
    setMoreLoading(true);
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after: page.endCursor },
        updateQuery: (previous, { fetchMoreResult }) =>
          ({
            sentMails: { ...fetchMoreResult.sentMails, mails: [...(previous.sentMails?.mails ?? []), ...fetchMoreResult.sentMails.mails] },
          }) as typeof fetchMoreResult,
      });
    } catch (e) {
      setMoreError(e);
    } finally {
      setMoreLoading(false);
    }
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t('sentMails.title')}</Title>
      <Text size="sm">{t('sentMails.intro')}</Text>
      {error && !page && (
        <>
          <RefusalAlert error={error} />
          <Group>
            <Button onClick={() => void refetch()}>{t('errors.retry')}</Button>
          </Group>
        </>
      )}
      {loading && !page && (
        <Group role="status" gap="sm">
          <Loader size="sm" aria-hidden="true" />
          <Text>{t('sentMails.loading')}</Text>
        </Group>
      )}
      {page && page.mails.length === 0 && <Alert variant="light">{t('sentMails.empty')}</Alert>}
      {page && page.mails.length > 0 && (
        <Stack gap="sm" component="ul" className="plain-list">
          {page.mails.map((mail) => (
            <li key={mail.id}>
              <MailCard mail={mail} />
            </li>
          ))}
        </Stack>
      )}
      {moreError !== null && <RefusalAlert error={moreError} />}
      {page?.hasMore && (
        <Group>
          <Button variant="default" loading={moreLoading} onClick={() => void loadMore()}>
            {t('sentMails.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
