import { Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLiveEvents } from '../../live/transport/useLiveEvents';
import { MeetingSpeakingStatsQuery } from '../operations';

/**
 * The parity of who actually speaks in this sitting (ended speeches, by declared gender), read
 * again whenever the list of speakers changes on the channel.
 */
export function SpeakingParity({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation();
  const { data, refetch } = useQuery(MeetingSpeakingStatsQuery, { variables: { meetingId }, fetchPolicy: 'cache-and-network' });

  useLiveEvents({
    'speakers:updated': (s) => {
      if (s.meetingId === meetingId) void refetch().catch(() => undefined);
    },
  });

  const stats = data?.speakingStats;
  if (!stats || stats.totalSeconds === 0) return null;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const parts = stats.byGender
    .filter((g) => g.seconds > 0)
    .map((g) => t('procedure.parityPart', { gender: t(`procedure.genders.${g.gender}`), share: percent.format(g.share) }));
  return (
    <Text size="sm" data-testid="speaking-parity">
      {t('procedure.parity', { count: stats.speeches, parts: parts.join(' · ') })}
    </Text>
  );
}
