import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../app/PageState';
import { GroupsQuery } from './operations';
import { UnreadBadge } from './UnreadBadge';

/** Every working group of the term. */
export function GroupsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('groups.title')} · ${t('app.name')}`);
  const { data, loading, error, refetch } = useQuery(GroupsQuery);
  if (!data && loading) return <PageLoading label={t('groups.loading')} />;
  if (!data) return <PageError title={t('groups.loadError')} error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap="md">
      <Title order={1}>{t('groups.title')}</Title>
      {data.workingGroups.length === 0 ? (
        <Text>{t('groups.none')}</Text>
      ) : (
        <SimpleGrid component="ul" className="plain-list" cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" aria-label={t('groups.title')}>
          {data.workingGroups.map((g) => (
            <Paper component="li" key={g.id} withBorder p="sm">
              <Stack gap={4}>
                <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                  <Anchor component={Link} to={`/groups/${g.id}`} fw={600}>
                    {g.name}
                  </Anchor>
                  <UnreadBadge count={g.unreadCount} />
                </Group>
                <Text size="sm">{g.theme}</Text>
                <Text size="sm" c="dimmed">
                  {t('groups.memberCount', { count: g.members.length })}
                </Text>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
