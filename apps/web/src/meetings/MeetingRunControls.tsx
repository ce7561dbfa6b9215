import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorReason } from '@tribune/domain';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { apiError } from '../graphql/errors';
import { formatDateTime } from '../i18n/format';
import { EndMeetingMutation, ReopenMeetingMutation, StartMeetingMutation } from './operations';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/** What the controls need of a meeting (spread in the meeting page's and the live session's queries). */
export const MeetingRunFragment = graphql(`
  fragment MeetingRun_meeting on Meeting {
    id
    title
    status
    startsAt
    timeZone
    reopenableUntil
    viewerCan {
      run
      coordinate
    }
  }
`);

function runControls(meeting: FragmentType<typeof MeetingRunFragment>) {
  const m = getFragmentData(MeetingRunFragment, meeting);
  return {
    canRun: m.viewerCan.run && (m.status === 'SCHEDULED' || m.status === 'LIVE'),
    // While the API says it may be (reopenableUntil), and for those who coordinate the meeting.
    canReopen: m.viewerCan.coordinate && m.status === 'ENDED' && !!m.reopenableUntil && Date.parse(m.reopenableUntil) > Date.now(),
  };
}

/** Whether the viewer has anything to do here (pages show the section only then). */
export function hasRunControls(meeting: FragmentType<typeof MeetingRunFragment>): boolean {
  const { canRun, canReopen } = runControls(meeting);
  return canRun || canReopen;
}

/**
 * Open, close and reopen a meeting's session, none of it by a single misclick (issue 12): the
 * API refuses to open a meeting more than 2 hours early unless asked again (reason
 * MEETING_NOT_DUE), so the page asks the person, showing the scheduled time, and then confirms;
 * closing always asks first; a meeting closed by mistake can be reopened while the API says it
 * may (reopenableUntil), by those who coordinate it. The rule itself stays on the server.
 */
export function MeetingRunControls(props: { meeting: FragmentType<typeof MeetingRunFragment>; labels: 'meeting' | 'live' }) {
  const { t, i18n } = useTranslation();
  const m = getFragmentData(MeetingRunFragment, props.meeting);
  const [start, startState] = useMutation(StartMeetingMutation);
  const [end, endState] = useMutation(EndMeetingMutation);
  const [reopen, reopenState] = useMutation(ReopenMeetingMutation);
  const [dialog, setDialog] = useState<'early' | 'end' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const scheduled = formatDateTime(m.startsAt, i18n.language, m.timeZone);
  const { canReopen } = runControls(props.meeting);
  if (!hasRunControls(props.meeting)) return null;

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      setDialog(null);
    } catch (e) {
      // Too early: ask, with the scheduled time, instead of showing a refusal.
      if (apiError(e).reason === ErrorReason.MEETING_NOT_DUE) setDialog('early');
      else {
        setDialog(null);
        setError(e);
      }
    }
  };
  const doStart = (confirmEarly: boolean) => run(() => start({ variables: { input: { meetingId: m.id, confirmEarly } } }));

  return (
    <Stack gap="xs">
      {error ? <ErrorAlert error={error} /> : null}
      <Group>
        {m.status === 'SCHEDULED' && m.viewerCan.run && (
          <Button loading={startState.loading && dialog === null} onClick={() => void doStart(false)}>
            {t(`${props.labels}.start`)}
          </Button>
        )}
        {m.status === 'LIVE' && m.viewerCan.run && (
          <Button color="#a51d1d" onClick={() => setDialog('end')}>
            {t(`${props.labels}.end`)}
          </Button>
        )}
        {canReopen && (
          <Button
            variant="default"
            loading={reopenState.loading}
            onClick={() => void run(() => reopen({ variables: { input: { meetingId: m.id } } }))}
          >
            {t('meetingRun.reopen')}
          </Button>
        )}
      </Group>
      {canReopen && (
        <Text size="sm" c="dimmed">
          {t('meetingRun.reopenHint', { until: formatDateTime(m.reopenableUntil!, i18n.language, m.timeZone) })}
        </Text>
      )}

      <ConfirmDialog
        opened={dialog === 'early'}
        title={t('meetingRun.earlyTitle')}
        keepLabel={t('meetingRun.keepScheduled')}
        onKeep={() => setDialog(null)}
        confirmLabel={t('meetingRun.startNow')}
        busy={startState.loading}
        onConfirm={() => void doStart(true)}
      >
        <Text>{t('meetingRun.earlyBody', { title: m.title, when: scheduled, zone: m.timeZone })}</Text>
        <Text size="sm">{t('meetingRun.earlyAttendance')}</Text>
      </ConfirmDialog>

      <ConfirmDialog
        opened={dialog === 'end'}
        title={t('meetingRun.endTitle')}
        keepLabel={t('meetingRun.keepOpen')}
        onKeep={() => setDialog(null)}
        confirmLabel={t('meetingRun.endNow')}
        color="#a51d1d"
        busy={endState.loading}
        onConfirm={() => void run(() => end({ variables: { input: { meetingId: m.id } } }))}
      >
        <Text>{t('meetingRun.endBody', { title: m.title })}</Text>
        <Text size="sm">{t('meetingRun.endUndo')}</Text>
      </ConfirmDialog>
    </Stack>
  );
}
