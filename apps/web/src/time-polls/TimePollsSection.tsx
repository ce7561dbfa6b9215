import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { getFragmentData } from '../gql';
import { CreateTimePollForm } from './CreateTimePollForm';
import { GroupTimePollsQuery, TimePollFields } from './operations';

export const timePollPath = (groupId: string, pollId: string) => `/groups/${groupId}/time-polls/${pollId}`;

/** On a group's page: its time polls, and for its coordinators a form to propose slots. */
export function TimePollsSection({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error } = useQuery(GroupTimePollsQuery, { variables: { groupId }, fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);

  // The API's access policy says who coordinates the group (viewerCan); the web does not re-derive it.
  const canManage = !!data?.workingGroup?.viewerCan.coordinate;
  const polls = (data?.timePolls ?? []).map((p) => getFragmentData(TimePollFields, p));
  const myDeputyId = data?.me.deputy?.id;

  return (
    <Stack component="section" aria-labelledby="group-time-polls" gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3" id="group-time-polls">
          {t('timePolls.title')}
        </Title>
        {canManage && (
          <Button
            variant={creating ? 'default' : 'filled'}
            aria-expanded={creating}
            aria-controls="time-poll-form"
            onClick={() => setCreating((c) => !c)}
          >
            {creating ? t('schedule.close') : t('timePolls.create')}
          </Button>
        )}
      </Group>
      {canManage && creating && <CreateTimePollForm groupId={groupId} onCreated={(id) => void navigate(timePollPath(groupId, id))} />}
      {error && !data && <ErrorAlert error={error} />}
      {data && polls.length === 0 && <Text>{t('timePolls.none')}</Text>}
      {polls.length > 0 && (
        <Stack component="ul" className="plain-list" gap="xs" aria-labelledby="group-time-polls">
          {polls.map((p) => {
            const answered = !!myDeputyId && p.slots.some((s) => s.answers.some((a) => a.deputy.id === myDeputyId));
            return (
              <Paper component="li" key={p.id} withBorder p="xs" data-testid="time-poll-item">
                <Group gap="xs" wrap="wrap" justify="space-between">
                  <Anchor component={Link} to={timePollPath(groupId, p.id)} fw={600}>
                    <bdi>{p.title}</bdi>
                  </Anchor>
                  <Group gap={4}>
                    {p.status === 'OPEN' && myDeputyId && !answered && (
                      <Badge color="#a34100" variant="filled">
                        {t('timePolls.toAnswer')}
                      </Badge>
                    )}
                    <Badge color={p.status === 'OPEN' ? '#1b6e2e' : 'gray.8'} variant="filled">
                      {t(`timePolls.status.${p.status}`)}
                    </Badge>
                  </Group>
                </Group>
                <Text size="sm" c="dimmed">
                  {t('timePolls.slotCount', { count: p.slots.length })}
                </Text>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
