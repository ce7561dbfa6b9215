import { NativeSelect, Stack, Switch } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SetSpeakingRulesMutation } from '../operations';
import type { SpeakersAction, SpeakersView } from './useSpeakers';

const SPEAKING_TIMES = [60, 120, 180, 300, 600];

/** The chair's rules of the sitting: the alternating rule on or off, and the speaking time. */
export function SpeakingRulesControls({
  meetingId,
  state,
  act,
  reload,
}: {
  meetingId: string;
  state: SpeakersView;
  act: SpeakersAction;
  reload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [setRules, settingRules] = useMutation(SetSpeakingRulesMutation);

  return (
    <Stack gap="xs">
      <Switch
        label={t('procedure.alternatingToggle')}
        checked={state.alternating}
        disabled={settingRules.loading}
        onChange={(e) => {
          const alternating = e.currentTarget.checked;
          void act(
            () => setRules({ variables: { input: { meetingId, alternating } } }).then(() => reload()),
            undefined,
            alternating ? t('procedure.alternatingOn') : t('procedure.alternatingOff'),
          );
        }}
      />
      <NativeSelect
        label={t('procedure.speakingTime')}
        value={String(state.speakingTimeSeconds)}
        disabled={settingRules.loading}
        data={[...new Set([...SPEAKING_TIMES, state.speakingTimeSeconds])]
          .sort((a, b) => a - b)
          .map((s) => ({
            value: String(s),
            label: t('procedure.minutesSeconds', { minutes: Math.floor(s / 60), seconds: String(s % 60).padStart(2, '0') }),
          }))}
        onChange={(e) => {
          const speakingTimeSeconds = Number(e.currentTarget.value);
          void act(() => setRules({ variables: { input: { meetingId, speakingTimeSeconds } } }).then(() => reload()));
        }}
        maw={220}
      />
    </Stack>
  );
}
