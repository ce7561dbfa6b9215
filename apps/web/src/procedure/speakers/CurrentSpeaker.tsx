import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EndFloorMutation } from '../operations';
import { SpeakingCountdown } from './SpeakingCountdown';
import type { ServerStamped, SpeakersAction } from './useSpeakers';

/** Who has the floor, with the time left on the server's clock; the chair ends the speech. */
export function CurrentSpeaker({
  stamped,
  canRun,
  agendaItemId,
  act,
}: {
  stamped: ServerStamped | null;
  canRun: boolean;
  agendaItemId: string;
  act: SpeakersAction;
}) {
  const { t } = useTranslation();
  const [endFloor, ending] = useMutation(EndFloorMutation);
  const current = stamped?.state.current;
  if (!stamped || !current) {
    return (
      <Text size="sm" data-testid="current-speaker">
        {t('procedure.nobodySpeaking')}
      </Text>
    );
  }
  return (
    <Paper p="xs" bg="indigo.0" data-testid="current-speaker">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <div>
          <Text fw={700}>
            <bdi>{current.fullName}</bdi> {t('procedure.hasFloor')}
          </Text>
          {current.pointOfOrder && (
            <Badge color="red.9" variant="filled">
              {t('procedure.pointOfOrderBadge')}
            </Badge>
          )}
        </div>
        <SpeakingCountdown speech={current} offsetMs={stamped.offsetMs} />
      </Group>
      {canRun && (
        <Group mt="xs">
          <Button
            color="#a51d1d"
            loading={ending.loading}
            onClick={() =>
              void act(
                () => endFloor({ variables: { input: { agendaItemId } } }),
                (r) => r.data?.endFloor,
                t('procedure.floorEnded'),
              )
            }
          >
            {t('procedure.endFloor')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
