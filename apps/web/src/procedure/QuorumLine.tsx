import { useEffect } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from '@tribune/domain';
import { useLiveEvents } from '../live/transport/useLiveEvents';
import { MeetingQuorumQuery } from './operations';

/**
 * Present members against members, and whether the quorum holds: the same count the server
 * records with each vote (members whose presence the live meeting recorded), read again
 * whenever presence changes on the channel or a vote opens or closes.
 */
export function QuorumLine({ meetingId, presence }: { meetingId: string; presence: PresenceEntry[] }) {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(MeetingQuorumQuery, { variables: { id: meetingId }, fetchPolicy: 'cache-and-network' });

  // Joining the meeting records the presence before the channel hears of it: read the count again.
  const presentKey = presence
    .filter((p) => p.meetingId === meetingId && p.deputyId)
    .map((p) => p.deputyId)
    .sort()
    .join(',');
  useEffect(() => {
    void refetch().catch(() => undefined);
  }, [presentKey, refetch]);

  const again = (n: { meetingId: string }) => {
    if (n.meetingId === meetingId) void refetch().catch(() => undefined);
  };
  useLiveEvents({ 'vote:opened': again, 'vote:closed': again });

  const q = data?.meeting?.quorum;
  if (!q) return null;
  return (
    <Group gap="xs" wrap="wrap" role="status" aria-live="polite" data-testid="quorum-line">
      <Text size="sm" fw={600}>
        {t('procedure.quorumLine', { present: q.present, members: q.members, required: q.required })}
      </Text>
      <Badge color={q.reached ? '#1b6e2e' : '#a34100'} variant="filled" data-testid="quorum-state">
        {q.reached ? t('procedure.quorumReached') : t('procedure.quorumNotReached')}
      </Badge>
    </Group>
  );
}
