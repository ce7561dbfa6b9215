import { Button, Group } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RequestFloorMutation, WithdrawFloorRequestMutation } from '../operations';
import type { SpeakersAction } from './useSpeakers';

/** A member asks for the floor (or raises a point of order), or withdraws the request once in the list. */
export function FloorRequestButtons({ agendaItemId, queued, act }: { agendaItemId: string; queued: boolean; act: SpeakersAction }) {
  const { t } = useTranslation();
  const [requestFloor, requesting] = useMutation(RequestFloorMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawFloorRequestMutation);
  const request = (pointOfOrder: boolean) =>
    void act(
      () => requestFloor({ variables: { input: { agendaItemId, pointOfOrder } } }),
      (r) => r.data?.requestFloor,
      t('procedure.requested'),
    );

  return (
    <Group gap="xs" wrap="wrap">
      {queued ? (
        <Button
          variant="default"
          loading={withdrawing.loading}
          onClick={() =>
            void act(
              () => withdraw({ variables: { input: { agendaItemId } } }),
              (r) => r.data?.withdrawFloorRequest,
              t('procedure.withdrawn'),
            )
          }
        >
          {t('procedure.withdraw')}
        </Button>
      ) : (
        <>
          <Button loading={requesting.loading} onClick={() => request(false)}>
            {t('procedure.askFloor')}
          </Button>
          <Button variant="outline" loading={requesting.loading} onClick={() => request(true)}>
            {t('procedure.pointOfOrder')}
          </Button>
        </>
      )}
    </Group>
  );
}
