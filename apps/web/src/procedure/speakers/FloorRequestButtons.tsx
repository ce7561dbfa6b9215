import { useEffect, useRef } from 'react';
import { Button, Group } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RequestFloorMutation, WithdrawFloorRequestMutation } from '../operations';
import type { SpeakersAction } from './useSpeakers';

/**
 * A member asks for the floor (or raises a point of order), or withdraws the request once in the list.
 * Keyboard focus stays where the person is (issue 16): asking and withdrawing are one button whose
 * words change (never disabled while the answer comes, which would drop the focus), and pressing
 * the point-of-order button, which goes once in the list, hands the focus to it.
 */
export function FloorRequestButtons({ agendaItemId, queued, act }: { agendaItemId: string; queued: boolean; act: SpeakersAction }) {
  const { t } = useTranslation();
  const [requestFloor, requesting] = useMutation(RequestFloorMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawFloorRequestMutation);
  const busy = requesting.loading || withdrawing.loading;
  const floorButton = useRef<HTMLButtonElement>(null);
  const pressed = useRef(false);

  useEffect(() => {
    if (pressed.current && (!document.activeElement || document.activeElement === document.body)) floorButton.current?.focus();
    pressed.current = false;
  }, [queued]);

  const press = (work: () => void) => {
    if (busy) return;
    pressed.current = true;
    work();
  };
  const request = (pointOfOrder: boolean) =>
    void act(
      () => requestFloor({ variables: { input: { agendaItemId, pointOfOrder } } }),
      (r) => r.data?.requestFloor,
      t('procedure.requested'),
    );
  const withdrawRequest = () =>
    void act(
      () => withdraw({ variables: { input: { agendaItemId } } }),
      (r) => r.data?.withdrawFloorRequest,
      t('procedure.withdrawn'),
    );

  return (
    <Group gap="xs" wrap="wrap" aria-busy={busy || undefined}>
      <Button
        ref={floorButton}
        variant={queued ? 'default' : 'filled'}
        onClick={() => press(queued ? withdrawRequest : () => request(false))}
      >
        {queued ? t('procedure.withdraw') : t('procedure.askFloor')}
      </Button>
      {!queued && (
        <Button variant="outline" onClick={() => press(() => request(true))}>
          {t('procedure.pointOfOrder')}
        </Button>
      )}
    </Group>
  );
}
