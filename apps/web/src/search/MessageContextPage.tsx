import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MessageContextQuery } from './operations';

/** Messages shown before and after the one found. */
const AROUND = 10;

/**
 * A message found by search, in its discussion: the messages around its sequence number (the
 * channel's history read after a seq, as the live channel catches up), the message itself
 * marked and focused, earlier and later messages a click away, and the discussion itself.
 */
export function MessageContextPage() {
  const { t, i18n } = useTranslation();
  const { groupId = '', seq: seqParam = '' } = useParams();
  const seq = Math.max(1, Number.parseInt(seqParam, 10) || 1);
  const [first, setFirst] = useState(Math.max(1, seq - AROUND));
  const [last, setLast] = useState(seq + AROUND);
  const { data, loading, error, refetch } = useQuery(MessageContextQuery, {
    variables: { groupId, afterSeq: first - 1, limit: last - first + 1 },
  });
  const group = data?.workingGroup;
  useDocumentTitle(`${t('search.inContext')} · ${t('app.name')}`);
  const found = useRef<HTMLLIElement>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (focused.current || !found.current) return;
    focused.current = true;
    found.current.scrollIntoView?.({ block: 'center' });
    found.current.focus();
  });
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const messages = data?.messages ?? [];

  return (
    <Stack gap="md">
      <Title order={1}>{t('search.inContext')}</Title>
      {group && (
        <Text>
          <Anchor component={Link} to={`/groups/${groupId}`}>
            {t('search.openDiscussion', { group: group.name })}
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
      {data && (
        <>
          {first > 1 && (
            <Group>
              <Button variant="default" size="xs" onClick={() => setFirst(Math.max(1, first - AROUND))}>
                {t('search.earlier')}
              </Button>
            </Group>
          )}
          <Stack component="ol" gap="xs" className="plain-list" aria-label={t('search.messagesAround', { seq })}>
            {messages.map((m) => {
              const isFound = m.seq === seq;
              return (
                <Paper
                  key={m.id}
                  component="li"
                  ref={isFound ? found : undefined}
                  tabIndex={isFound ? -1 : undefined}
                  aria-current={isFound ? 'true' : undefined}
                  withBorder={isFound}
                  bg={isFound ? 'yellow.0' : undefined}
                  p="xs"
                  data-testid={isFound ? 'found-message' : 'context-message'}
                >
                  {isFound && (
                    <Text size="xs" fw={700}>
                      {t('search.foundMessage')}
                    </Text>
                  )}
                  <Text size="sm" c="dimmed">
                    {m.author.displayName} · <time dateTime={m.createdAt}>{when.format(new Date(m.createdAt))}</time>
                  </Text>
                  <Text dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} fs={m.deleted ? 'italic' : undefined}>
                    {m.deleted ? t('search.deleted') : m.body}
                  </Text>
                </Paper>
              );
            })}
          </Stack>
          {messages.length === last - first + 1 && (
            <Group>
              <Button variant="default" size="xs" onClick={() => setLast(last + AROUND)}>
                {t('search.later')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
