import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { SpeakerEntry } from '@tribune/domain';
import { MoveButtons, useMoveFocus, type MoveDirection } from '../../ui/MoveButtons';
import { GiveFloorMutation, ReorderSpeakersMutation } from '../operations';
import { OverrideReasonForm } from './OverrideReasonForm';
import type { SpeakersStateData, SpeakersView } from './useSpeakers';

interface QueueProps {
  state: SpeakersView;
  canRun: boolean;
  agendaItemId: string;
  memberDeputyId: string | null;
  onState: (s: SpeakersStateData) => void;
  onError: (e: unknown) => void;
  onAnnounce: (text: string) => void;
}

/**
 * The queue in the order the floor will be given (the server orders it by the rule in force).
 * The chair gives the floor to the head of the list, or to someone else with a recorded reason
 * when the alternating rule says otherwise; without the rule, the chair moves people up and down.
 */
export function SpeakersQueue({ state, canRun, agendaItemId, memberDeputyId, onState, onError, onAnnounce }: QueueProps) {
  const { t } = useTranslation();
  const [giveFloor, giving] = useMutation(GiveFloorMutation);
  const [reorder] = useMutation(ReorderSpeakersMutation);
  const [overriding, setOverriding] = useState<SpeakerEntry | null>(null);
  const queue = state.queue;
  // Focus follows the moved person once the server's new order is drawn (never resting on <body>).
  const moveFocus = useMoveFocus(queue);

  const give = async (entry: SpeakerEntry, overrideReason?: string) => {
    onError(null);
    try {
      const { data } = await giveFloor({
        variables: { input: { agendaItemId, requestId: entry.requestId, overrideReason: overrideReason ?? null } },
      });
      if (data) onState(data.giveFloor);
      setOverriding(null);
      onAnnounce(t('procedure.floorGiven', { name: entry.fullName }));
    } catch (e) {
      onError(e);
    }
  };

  const move = async (entry: SpeakerEntry, dir: MoveDirection) => {
    const ids = queue.map((q) => q.requestId);
    const at = ids.indexOf(entry.requestId);
    const to = dir === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= ids.length || queue[to].pointOfOrder) return;
    [ids[at], ids[to]] = [ids[to], ids[at]];
    moveFocus.follow(entry.requestId, dir);
    onError(null);
    try {
      const { data } = await reorder({ variables: { input: { agendaItemId, requestIds: ids } } });
      if (data) onState(data.reorderSpeakers);
      onAnnounce(t('procedure.moved', { name: entry.fullName, position: to + 1, total: ids.length }));
    } catch (e) {
      moveFocus.cancel();
      onError(e);
    }
  };

  const firstFloorIndex = queue.findIndex((q) => !q.pointOfOrder);

  return (
    <Stack gap="xs">
      <Title order={3} size="h5" id="speakers-queue-heading">
        {t('procedure.queue', { count: queue.length })}
      </Title>
      {queue.length === 0 ? (
        <Text size="sm">{t('procedure.queueEmpty')}</Text>
      ) : (
        <Stack component="ol" className="plain-list" gap={4} aria-labelledby="speakers-queue-heading" data-testid="speakers-queue">
          {queue.map((entry, index) => {
            const isHead = index === 0;
            const needsReason = canRun && state.alternating && !isHead;
            return (
              <Paper component="li" key={entry.requestId} withBorder p="xs" data-testid="speaker-entry" data-deputy-id={entry.deputyId}>
                <Group justify="space-between" gap="xs" wrap="wrap" align="center">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600} data-testid="speaker-name">
                      <span aria-hidden="true">{index + 1}. </span>
                      <bdi>{entry.fullName}</bdi>
                      {entry.deputyId === memberDeputyId ? ` ${t('procedure.you')}` : ''}
                    </Text>
                    <Group gap={4} wrap="wrap">
                      {entry.pointOfOrder && (
                        <Badge size="sm" color="red.9" variant="filled">
                          {t('procedure.pointOfOrderBadge')}
                        </Badge>
                      )}
                      {/* No declared gender beside a name: the server orders the alternation (issue 12). */}
                      {state.alternating && !entry.pointOfOrder && (
                        <Badge size="sm" color={entry.firstTime ? 'teal.9' : 'gray.8'} variant="outline" data-testid="speaker-first">
                          {entry.firstTime ? t('procedure.firstTime') : t('procedure.spokeAlready')}
                        </Badge>
                      )}
                    </Group>
                  </div>
                  {canRun && (
                    <Group gap={4} wrap="nowrap">
                      {!state.alternating && !entry.pointOfOrder && (
                        <MoveButtons
                          id={entry.requestId}
                          focus={moveFocus}
                          upLabel={t('procedure.moveUp', { name: entry.fullName })}
                          downLabel={t('procedure.moveDown', { name: entry.fullName })}
                          canMoveUp={index > firstFloorIndex}
                          canMoveDown={index !== queue.length - 1}
                          onMove={(dir) => void move(entry, dir)}
                        />
                      )}
                      <Button
                        size="xs"
                        variant={isHead ? 'filled' : 'default'}
                        loading={giving.loading && overriding === null && isHead}
                        aria-label={t('procedure.giveFloorTo', { name: entry.fullName })}
                        onClick={() => {
                          if (needsReason) setOverriding(entry);
                          else void give(entry);
                        }}
                      >
                        {t('procedure.giveFloor')}
                      </Button>
                    </Group>
                  )}
                </Group>
                {overriding?.requestId === entry.requestId && (
                  <OverrideReasonForm
                    key={entry.requestId}
                    head={queue[0].fullName}
                    name={entry.fullName}
                    busy={giving.loading}
                    onGive={(reason) => void give(entry, reason)}
                    onCancel={() => setOverriding(null)}
                  />
                )}
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
