import { lazy, Suspense, useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../ui/PageState';
import { MeQuery } from '../auth/operations';
import { GroupsQuery } from './operations';
import { Pending } from './Pending';
import { UnreadBadge } from './UnreadBadge';

// Only staff create groups: the form's code comes when they open it, not with the app.
const loadForm = () => import('./CreateGroupForm');
if (import.meta.env.MODE === 'test') void loadForm();
const CreateGroupForm = lazy(async () => ({ default: (await loadForm()).CreateGroupForm }));

/** Every working group of the term; administrators and coordinators create new ones. */
export function GroupsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('groups.title')} · ${t('app.name')}`);
  const { data, loading, error, refetch } = useQuery(GroupsQuery);
  const me = useQuery(MeQuery).data?.me;
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  if (!data && loading) return <PageLoading label={t('groups.loading')} />;
  if (!data) return <PageError title={t('groups.loadError')} error={error} onRetry={() => void refetch()} />;
  // The API lets both create a group (a coordinator creating one coordinates it): DESIGN, "Coordinator creates and runs working groups".
  const canCreate = me?.role === 'ADMIN' || me?.role === 'COORDINATOR';
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={1}>{t('groups.title')}</Title>
        {canCreate && (
          <Button
            variant={creating ? 'default' : 'filled'}
            aria-expanded={creating}
            aria-controls="new-group-form"
            onClick={() => setCreating((c) => !c)}
          >
            {creating ? t('groupAdmin.closeForm') : t('groupAdmin.create')}
          </Button>
        )}
      </Group>
      {created && (
        <Alert
          color="green"
          variant="light"
          role="status"
          data-testid="groups-outcome"
          withCloseButton
          closeButtonLabel={t('app.close')}
          onClose={() => setCreated(null)}
        >
          <Group gap="xs" wrap="wrap">
            <Text size="sm">{t('groupAdmin.created', { name: created.name })}</Text>
            <Anchor component={Link} to={`/groups/${created.id}`} size="sm">
              {t('groupAdmin.open', { name: created.name })}
            </Anchor>
          </Group>
        </Alert>
      )}
      {canCreate && creating && (
        <div id="new-group-form">
          <Suspense fallback={<Pending />}>
            <CreateGroupForm
              onCreated={(group) => {
                setCreated(group);
                setCreating(false);
              }}
            />
          </Suspense>
        </div>
      )}
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
