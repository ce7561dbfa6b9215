import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LiveSessionQuery as Data } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageError, PageLoading } from '../ui/PageState';
import { formatTime } from '../i18n/format';
import { STATUS_COLOR } from '../meetings/MeetingItem';
import { hasRunControls, MeetingRunControls } from '../meetings/MeetingRunControls';
import { DiscussionView } from './discussion/Discussion';
import { PresenceList } from './discussion/PresenceList';
import { useLiveEvents } from './transport/useLiveEvents';
import { LiveSessionQuery, SetCurrentAgendaItemMutation } from './operations';
import { useChannel } from './discussion/useChannel';
import { ProcedurePanels } from '../procedure/ProcedurePanels';
import { SpeakersPanel } from '../procedure/speakers/SpeakersPanel';
import { VotePanel } from '../procedure/votes/VotePanel';
import { SittingTabs } from './SittingTabs';
import { PHONE_QUERY, useDockedComposer } from './docked-composer';
import './sitting.css';
import { QuorumLine } from '../procedure/QuorumLine';

/**
 * `/meetings/:id/live`: the session as it happens. The agenda with the current item, who is
 * present, the group's discussion (joined with the meeting, which records the attendance while
 * it is live); coordinators and the group's lead open and close it.
 */
export function LiveSessionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(LiveSessionQuery, { variables: { id } });
  useDocumentTitle(`${data?.meeting?.title ?? t('live.title')} · ${t('app.name')}`);

  if (!data && loading) return <PageLoading label={t('live.loading')} />;
  if (!data?.meeting) return <PageError title={t('live.loadError')} error={error} onRetry={() => void refetch()} />;
  return <LiveSession data={{ ...data, meeting: data.meeting }} refetch={() => void refetch()} />;
}

function LiveSession({ data, refetch }: { data: Data & { meeting: NonNullable<Data['meeting']> }; refetch: () => void }) {
  const { t, i18n } = useTranslation();
  const { me, meeting: m } = data;
  const live = m.status === 'LIVE';
  const view = useChannel(m.group.id, live ? m.id : undefined);
  const [moveOn, moveState] = useMutation(SetCurrentAgendaItemMutation);

  // Someone else opened, closed or moved the meeting on: read it again.
  const onChange = (n: { meetingId: string }) => {
    if (n.meetingId === m.id) refetch();
  };
  useLiveEvents({ 'meeting:updated': onChange, 'agenda:updated': onChange });

  // Chairing and moderating are the API's answers (its access policy), never re-derived here.
  const canRun = m.viewerCan.run;
  const current = m.agenda.find((a) => a.id === m.currentAgendaItem?.id);
  const canModerate = m.viewerCan.moderate;
  // The server moves to the item after the current one (the first when none); past the last, to none.
  const next = current ? m.agenda[m.agenda.indexOf(current) + 1] : m.agenda[0];
  // A phone: the discussion first, the rest in tabs, the composer docked at the bottom (issue 16).
  const phone = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false }) ?? false;
  const phoneRef = useDockedComposer(phone);

  const memberDeputyId = m.viewerCan.attend && me.deputy ? me.deputy.id : null;
  const discussion = <DiscussionView view={view} showPresence={false} canModerate={canModerate} />;
  const presence = <PresenceList presence={view.presence} userId={view.userId} headingOrder={2} />;
  const runControls = hasRunControls(m) && (
    <Paper withBorder p="sm" component="section" aria-labelledby="live-run">
      <Stack gap="xs">
        <Title order={2} size="h4" id="live-run">
          {t('live.run')}
        </Title>
        {moveState.error && <ErrorAlert error={moveState.error} />}
        <MeetingRunControls meeting={m} labels="live" />
        {live && m.agenda.length > 0 && (
          <Button
            variant="light"
            className="live-next-item"
            loading={moveState.loading}
            onClick={() => void moveOn({ variables: { input: { meetingId: m.id } } }).catch(() => undefined)}
            data-testid="next-item"
          >
            {next
              ? current
                ? t('live.nextItem', { title: next.title })
                : t('live.firstItem', { title: next.title })
              : t('live.closeAgenda')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
  const agenda = (
    <Stack component="section" aria-labelledby="live-agenda" gap="xs">
      <Title order={2} size="h5" id="live-agenda">
        {t('live.agenda')}
      </Title>
      {m.agenda.length === 0 ? (
        <Text size="sm">{t('live.agendaEmpty')}</Text>
      ) : (
        <ol className="plain-list" aria-labelledby="live-agenda" data-testid="live-agenda">
          {m.agenda.map((item, index) => {
            const isCurrent = live && item.id === m.currentAgendaItem?.id;
            return (
              <Paper
                component="li"
                key={item.id}
                withBorder
                p="xs"
                mb={4}
                className="live-agenda-item"
                aria-current={isCurrent ? 'step' : undefined}
              >
                <Text component="div" size="sm" fw={isCurrent ? 700 : 500}>
                  <span aria-hidden="true">{index + 1}. </span>
                  <bdi>{item.title}</bdi>
                  {isCurrent && (
                    <Badge ms="xs" size="sm" color="indigo.9" variant="filled">
                      {t('live.current')}
                    </Badge>
                  )}
                </Text>
                {item.durationMinutes ? (
                  <Text size="xs" c="dimmed">
                    {item.durationMinutes} min
                  </Text>
                ) : null}
              </Paper>
            );
          })}
        </ol>
      )}
    </Stack>
  );

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1}>{m.title}</Title>
          <Badge color={STATUS_COLOR[m.status]} variant="filled" data-testid="live-status">
            {t(`meeting.status.${m.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          <Anchor component={Link} to={`/groups/${m.group.id}`}>
            {m.group.name}
          </Anchor>
          {' · '}
          <time dateTime={m.startsAt}>{formatTime(m.startsAt, i18n.language, m.timeZone)}</time>–
          {formatTime(m.endsAt, i18n.language, m.timeZone)} ({m.timeZone}){' · '}
          <Anchor component={Link} to={`/meetings/${m.id}`}>
            {t('live.backToMeeting')}
          </Anchor>
        </Text>
        {live && (
          <Text fw={700} data-testid="current-item" aria-live="polite">
            {current ? t('live.currentItem', { title: current.title }) : t('live.noCurrentItem')}
          </Text>
        )}
        {live && <QuorumLine meetingId={m.id} presence={view.presence} />}
        {m.status === 'SCHEDULED' && <Text>{t('live.notStarted')}</Text>}
        {m.status === 'ENDED' && <Text>{t('live.ended')}</Text>}
        {m.status === 'CANCELLED' && <Text c="red.9">{t('live.cancelled')}</Text>}
      </Stack>

      {phone ? (
        <div className="sitting-phone" ref={phoneRef}>
          <SittingTabs
            sections={[
              { id: 'discussion', content: discussion },
              ...(live
                ? [
                    {
                      id: 'speakers' as const,
                      content: current ? (
                        <SpeakersPanel
                          key={current.id}
                          meetingId={m.id}
                          agendaItemId={current.id}
                          canRun={canRun}
                          memberDeputyId={memberDeputyId}
                        />
                      ) : (
                        <Text size="sm" data-testid="speakers-no-item">
                          {t('procedure.speakersNeedItem')}
                        </Text>
                      ),
                    },
                    {
                      id: 'votes' as const,
                      content: <VotePanel meetingId={m.id} agendaItem={current ?? null} canRun={canRun} memberDeputyId={memberDeputyId} />,
                    },
                  ]
                : []),
              {
                id: 'agenda',
                content: (
                  <Stack gap="md">
                    {runControls}
                    {agenda}
                  </Stack>
                ),
              },
              { id: 'presence', content: presence },
            ]}
          />
        </div>
      ) : (
        <>
          {runControls}
          {live && <ProcedurePanels meetingId={m.id} currentItem={current ?? null} canRun={canRun} memberDeputyId={memberDeputyId} />}
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8 }}>{discussion}</Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                {presence}
                {agenda}
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
