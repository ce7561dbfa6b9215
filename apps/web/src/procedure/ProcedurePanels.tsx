import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SpeakersPanel } from './speakers/SpeakersPanel';
import { VotePanel } from './votes/VotePanel';

interface Props {
  meetingId: string;
  /** The agenda item being discussed, if the chair set one. */
  currentItem: { id: string; title: string } | null;
  canRun: boolean;
  /** The signed-in person's deputy id when they are a member of the group. */
  memberDeputyId: string | null;
}

/** The sitting's procedure during a live meeting: the list of speakers and the votes, side by side (stacked on a phone). */
export function ProcedurePanels({ meetingId, currentItem, canRun, memberDeputyId }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="procedure-panels">
      {currentItem ? (
        <SpeakersPanel
          key={currentItem.id}
          meetingId={meetingId}
          agendaItemId={currentItem.id}
          canRun={canRun}
          memberDeputyId={memberDeputyId}
        />
      ) : (
        <Text size="sm" data-testid="speakers-no-item">
          {t('procedure.speakersNeedItem')}
        </Text>
      )}
      <VotePanel meetingId={meetingId} agendaItem={currentItem} canRun={canRun} memberDeputyId={memberDeputyId} />
    </SimpleGrid>
  );
}
