import { useEffect } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from '@tribune/domain';
import { useLiveConnection } from '../live/LiveConnectionProvider';
import { MeetingQuorumQuery } from './operations';

/**
 * Present members against members, and whether the quorum holds: the same count the server
 * records with each vote (members whose presence the live meeting recorded), read again
 * whenever presence changes on the channel or a vote opens or closes.
 */
export function QuorumLine({ meetingId, presence }: { meetingId: string; presence: PresenceEntry[] }) {
  const { t } = useTranslation();
  const { socket } = useLiveConnection();
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

  useEffect(() => {
    if (!socket) return;
    const again = (n: { meetingId: string }) => {
      if (n.meetingId === meetingId) void refetch().catch(() => undefined);
    };
    socket.on('vote:opened', again);
    socket.on('vote:closed', again);
    return () => {
      socket.off('vote:opened', again);
      socket.off('vote:closed', again);
    };
  }, [socket, meetingId, refetch]);

  const q = data?.meeting.quorum;
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
