import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CurrentSpeaker } from './CurrentSpeaker';
import { FloorRequestButtons } from './FloorRequestButtons';
import { SpeakersQueue } from './SpeakersQueue';
import { SpeakingParity } from './SpeakingParity';
import { SpeakingRulesControls } from './SpeakingRulesControls';
import { fromGraphql, useSpeakers, type SpeakersAction } from './useSpeakers';

export interface SpeakersPanelProps {
  meetingId: string;
  agendaItemId: string;
  /** Administrator, coordinator of the group or its lead. */
  canRun: boolean;
  /** The signed-in member's deputy id, when they belong to the group. */
  memberDeputyId: string | null;
}

/** The list of speakers of the current agenda item, live: members ask for the floor; the chair gives it. */
export function SpeakersPanel({ meetingId, agendaItemId, canRun, memberDeputyId }: SpeakersPanelProps) {
  const { t } = useTranslation();
  const { stamped, loadError, apply, reload } = useSpeakers(meetingId, agendaItemId);
  const [actionError, setActionError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');

  const act: SpeakersAction = async (run, pick, said) => {
    setActionError(null);
    try {
      const result = await run();
      const state = pick?.(result);
      if (state) apply(fromGraphql(state));
      if (said) setAnnouncement(said);
    } catch (e) {
      setActionError(e);
    }
  };

  const state = stamped?.state;

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="speakers-heading" data-testid="speakers-panel">
      <Stack gap="sm">
        <Title order={2} size="h4" id="speakers-heading">
          {t('procedure.speakers')}
        </Title>
        {loadError && !state ? (
          <>
            <ErrorAlert error={loadError} />
            <Group>
              <Button variant="default" onClick={() => void reload()}>
                {t('errors.retry')}
              </Button>
            </Group>
          </>
        ) : !state ? (
          <Text size="sm" role="status">
            {t('procedure.speakersLoading')}
          </Text>
        ) : (
          <>
            <div data-testid="speakers-rule">
              <Badge variant="filled" color={state.alternating ? '#5f3dc4' : 'gray.8'}>
                {state.alternating ? t('procedure.alternatingOn') : t('procedure.alternatingOff')}
              </Badge>{' '}
              <Text span size="sm">
                {state.alternating ? t('procedure.ruleAlternating') : t('procedure.rulePlain')}
              </Text>
            </div>

            <CurrentSpeaker stamped={stamped} canRun={canRun} agendaItemId={agendaItemId} act={act} />

            {actionError !== null && <ErrorAlert error={actionError} />}

            {memberDeputyId && (
              <FloorRequestButtons agendaItemId={agendaItemId} queued={state.queue.some((q) => q.deputyId === memberDeputyId)} act={act} />
            )}

            <SpeakingParity meetingId={meetingId} />

            <SpeakersQueue
              state={state}
              canRun={canRun}
              agendaItemId={agendaItemId}
              memberDeputyId={memberDeputyId}
              onState={(s) => apply(fromGraphql(s))}
              onError={setActionError}
              onAnnounce={setAnnouncement}
            />

            {canRun && <SpeakingRulesControls meetingId={meetingId} state={state} act={act} reload={reload} />}
          </>
        )}
        <div className="visually-hidden" aria-live="polite" role="status" data-testid="speakers-announcer">
          {announcement}
        </div>
      </Stack>
    </Paper>
  );
}
