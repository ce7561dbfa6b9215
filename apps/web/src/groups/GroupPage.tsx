import { useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../ui/PageState';
import { FieldReportItem } from '../home/FieldReportItem';
import { Discussion } from '../live/discussion/Discussion';
import { LiveNowNotice } from '../live/JoinLive';
import { MeetingItem } from '../meetings/MeetingItem';
import { ScheduleMeetingForm } from '../meetings/ScheduleMeetingForm';
import { TimePollsSection } from '../time-polls/TimePollsSection';
import { TextsSection } from '../texts/TextsSection';
import { GroupMembers } from './GroupMembers';
import { GroupPageQuery } from './operations';

/** A working group: members and roles (its coordinators manage them), upcoming and past meetings, the reports routed here; coordinators schedule meetings. */
export function GroupPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(GroupPageQuery, { variables: { id } });
  const [scheduling, setScheduling] = useState(false);
  useDocumentTitle(`${data?.workingGroup?.name ?? t('groups.title')} · ${t('app.name')}`);

  if (!data && loading) return <PageLoading label={t('groups.loadingOne')} />;
  if (!data?.workingGroup) return <PageError title={t('groups.loadErrorOne')} error={error} onRetry={() => void refetch()} />;

  const { me, upcoming, past, fieldReports } = data;
  const g = data.workingGroup;
  // What the person may do here is the API's answer (its access policy), never re-derived.
  const canManage = g.viewerCan.coordinate;

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>{g.name}</Title>
        <Text fw={600}>{g.theme}</Text>
        {g.description && <Text>{g.description}</Text>}
        {g.coordinators.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('groups.coordinatedBy', { names: g.coordinators.map((c) => c.displayName).join(', ') })}
          </Text>
        )}
      </Stack>

      <LiveNowNotice meetings={[...upcoming, ...past]} />

      <GroupMembers group={g} canManage={canManage} isAdmin={me.role === 'ADMIN'} />

      <Stack component="section" aria-labelledby="group-upcoming" gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3" id="group-upcoming">
            {t('groups.upcoming')}
          </Title>
          {canManage && (
            <Button
              variant={scheduling ? 'default' : 'filled'}
              aria-expanded={scheduling}
              aria-controls="schedule-form"
              onClick={() => setScheduling((s) => !s)}
            >
              {scheduling ? t('schedule.close') : t('schedule.open')}
            </Button>
          )}
        </Group>
        {canManage && scheduling && (
          <div id="schedule-form">
            <ScheduleMeetingForm groupId={g.id} onScheduled={() => void refetch()} />
          </div>
        )}
        {upcoming.length === 0 ? (
          <Text>{t('groups.noUpcoming')}</Text>
        ) : (
          <Stack component="ul" className="plain-list" gap="sm" aria-labelledby="group-upcoming">
            {upcoming.map((m) => (
              <MeetingItem key={m.id} meeting={m} showGroup={false} />
            ))}
          </Stack>
        )}
      </Stack>

      <TimePollsSection groupId={g.id} />

      <TextsSection groupId={g.id} />

      <Stack component="section" aria-labelledby="group-past" gap="sm">
        <Title order={2} size="h3" id="group-past">
          {t('groups.past')}
        </Title>
        {past.length === 0 ? (
          <Text>{t('groups.noPast')}</Text>
        ) : (
          <Stack component="ul" className="plain-list" gap="sm" aria-labelledby="group-past">
            {past.map((m) => (
              <MeetingItem key={m.id} meeting={m} showGroup={false} rsvp={false} />
            ))}
          </Stack>
        )}
      </Stack>

      {g.viewerCan.discuss && <Discussion groupId={g.id} canModerate={g.viewerCan.moderate} />}

      <Stack component="section" aria-labelledby="group-reports" gap="sm">
        <Title order={2} size="h3" id="group-reports">
          {t('groups.reports')}
        </Title>
        {fieldReports.length === 0 ? (
          <Text>{t('groups.noReports')}</Text>
        ) : (
          <Stack component="ul" className="plain-list" gap="sm" aria-labelledby="group-reports">
            {fieldReports.map((r) => (
              <FieldReportItem key={r.id} report={r} showAuthor />
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
