import { useState } from 'react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageError, PageLoading } from '../ui/PageState';
import { MeetingItem } from '../meetings/MeetingItem';
import { SubmitReportForm } from '../reports/SubmitReportForm';
import { UnreadBadge } from '../groups/UnreadBadge';
import { FieldReportItem } from './FieldReportItem';
import { HomeQuery } from './operations';
import { NeedsYou } from './NeedsYou';

/**
 * Home: my groups, my next meetings (with RSVP), my field reports. A deputy's groups are those
 * whose meetings the API lets them see; a coordinator's, those they coordinate.
 */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('home.title')} · ${t('app.name')}`);
  const { data, loading, error, refetch } = useQuery(HomeQuery);
  const [reporting, setReporting] = useState(false);

  if (!data && loading) return <PageLoading label={t('home.loading')} />;
  if (!data) return <PageError title={t('home.loadError')} error={error} onRetry={() => void refetch()} />;

  const { me, meetings, workingGroups, fieldReports } = data;
  const myDeputyId = me.deputy?.id ?? meetings.find((m) => m.myAttendance)?.myAttendance?.deputy.id;
  const visibleGroupIds = new Set(meetings.map((m) => m.group.id));
  const myGroups =
    me.role === 'DEPUTY'
      ? workingGroups.filter((g) => visibleGroupIds.has(g.id))
      : // Coordinators: the groups they coordinate; administrators coordinate them all (the API's viewerCan).
        workingGroups.filter((g) => g.viewerCan.coordinate);
  const myReports = me.role === 'DEPUTY' && myDeputyId ? fieldReports.filter((r) => r.author.id === myDeputyId) : fieldReports;
  const nextMeetings = meetings.slice(0, 5);

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>{t('home.title')}</Title>
        <Text>{t('home.welcome', { name: me.displayName })}</Text>
        {me.role === 'ADMIN' && (
          <Text>
            <Anchor component={Link} to="/term">
              {t('home.termLink')}
            </Anchor>
          </Text>
        )}
      </Stack>

      <NeedsYou />

      <Stack component="section" aria-labelledby="home-meetings" gap="sm">
        <Title order={2} size="h3" id="home-meetings">
          {t('home.nextMeetings')}
        </Title>
        {nextMeetings.length === 0 ? (
          <Text>{t('home.noMeetings')}</Text>
        ) : (
          <Stack component="ul" className="plain-list" gap="sm" aria-labelledby="home-meetings">
            {nextMeetings.map((m) => (
              <MeetingItem key={m.id} meeting={m} />
            ))}
          </Stack>
        )}
        <Anchor component={Link} to="/calendar" size="sm">
          {t('home.allMeetings')}
        </Anchor>
      </Stack>

      <Stack component="section" aria-labelledby="home-groups" gap="sm">
        <Title order={2} size="h3" id="home-groups">
          {me.role === 'ADMIN' ? t('home.allGroups') : t('home.myGroups')}
        </Title>
        {myGroups.length === 0 ? (
          <Text>{t('home.noGroups')}</Text>
        ) : (
          <SimpleGrid component="ul" className="plain-list" cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" aria-labelledby="home-groups">
            {myGroups.map((g) => (
              <Paper component="li" key={g.id} withBorder p="sm">
                <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                  <Anchor component={Link} to={`/groups/${g.id}`} fw={600}>
                    {g.name}
                  </Anchor>
                  <UnreadBadge count={g.unreadCount} />
                </Group>
                <Text size="sm" c="dimmed">
                  {g.theme}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </Stack>

      <Stack component="section" aria-labelledby="home-reports" gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3" id="home-reports">
            {me.role === 'DEPUTY' ? t('home.myReports') : t('home.reports')}
          </Title>
          {me.deputy && (
            <Button
              variant={reporting ? 'default' : 'filled'}
              aria-expanded={reporting}
              aria-controls="report-form"
              onClick={() => setReporting((r) => !r)}
            >
              {reporting ? t('reportForm.closeForm') : t('reportForm.open')}
            </Button>
          )}
          {me.role !== 'DEPUTY' && (
            <Anchor component={Link} to="/reports" size="sm">
              {t('home.triageLink')}
            </Anchor>
          )}
        </Group>
        {me.deputy && reporting && (
          <div id="report-form">
            <SubmitReportForm />
          </div>
        )}
        {myReports.length === 0 ? (
          <Text>{t('home.noReports')}</Text>
        ) : (
          <Stack component="ul" className="plain-list" gap="sm" aria-labelledby="home-reports">
            {myReports.slice(0, 10).map((r) => (
              <FieldReportItem key={r.id} report={r} showAuthor={me.role !== 'DEPUTY'} />
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
