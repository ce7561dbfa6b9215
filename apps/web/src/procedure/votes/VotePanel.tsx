import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { getFragmentData } from '../../gql';
import { useLiveEvents } from '../../live/transport/useLiveEvents';
import { MeetingVotesQuery, VoteFields } from '../operations';
import { OpenVoteForm } from './OpenVoteForm';
import { VoteCard } from './VoteCard';
import type { VoteMember } from './vote-labels';

export interface VotePanelProps {
  meetingId: string;
  /** The agenda item being discussed (votes open on it). */
  agendaItem: { id: string; title: string } | null;
  canRun: boolean;
  /** The signed-in member's deputy id (to show the proxies they give or carry). */
  memberDeputyId?: string | null;
}

/**
 * The meeting's votes, live: the chair opens one on the current item and closes it; members cast
 * (and change, when allowed); everyone sees how many have voted, never how, then the results
 * with turnout and quorum; the chair records the decision from the result in one step.
 */
export function VotePanel({ meetingId, agendaItem, canRun, memberDeputyId = null }: VotePanelProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MeetingVotesQuery, { variables: { id: meetingId }, fetchPolicy: 'cache-and-network' });
  const [progress, setProgress] = useState<Record<string, { cast: number; eligible: number }>>({});
  const [announcement, setAnnouncement] = useState('');
  const [opening, setOpening] = useState(false);

  useLiveEvents({
    'vote:opened': (n) => {
      if (n.meetingId !== meetingId) return;
      setAnnouncement(t('procedure.voteOpenedNotice', { question: n.question }));
      void refetch().catch(() => undefined);
    },
    'vote:progress': (n) => {
      if (n.meetingId === meetingId) setProgress((p) => ({ ...p, [n.voteId]: { cast: n.cast, eligible: n.eligible } }));
    },
    'vote:closed': (n) => {
      if (n.meetingId !== meetingId) return;
      setAnnouncement(t('procedure.voteClosedNotice'));
      void refetch().catch(() => undefined);
    },
    // Back from a lost connection: events may have been missed.
    connect: () => void refetch().catch(() => undefined),
  });

  const votes = [...(data?.meeting?.votes ?? []).map((v) => getFragmentData(VoteFields, v))].sort((a, b) =>
    b.openedAt.localeCompare(a.openedAt),
  );
  const members: VoteMember[] = (data?.meeting?.group.members ?? []).map((m) => m.deputy);
  // One vote open at a time in a meeting (the server refuses a second).
  const oneOpen = votes.some((v) => v.status === 'OPEN');

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="votes-heading" data-testid="vote-panel">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="votes-heading">
            {t('procedure.votes')}
          </Title>
          {canRun && agendaItem && !oneOpen && (
            <Button
              variant={opening ? 'default' : 'filled'}
              aria-expanded={opening}
              aria-controls="open-vote-form"
              onClick={() => setOpening((o) => !o)}
            >
              {opening ? t('procedure.closeForm') : t('procedure.openVote')}
            </Button>
          )}
        </Group>
        {canRun && !agendaItem && <Text size="sm">{t('procedure.voteNeedsItem')}</Text>}
        {canRun && agendaItem && opening && !oneOpen && (
          <OpenVoteForm
            agendaItem={agendaItem}
            members={members}
            onOpened={(question) => {
              setOpening(false);
              setAnnouncement(t('procedure.voteOpenedNotice', { question }));
              void refetch().catch(() => undefined);
            }}
          />
        )}
        {error && !data && <ErrorAlert error={error} />}
        {data && votes.length === 0 && <Text size="sm">{t('procedure.noVotes')}</Text>}
        {votes.length > 0 && (
          <Stack component="ul" className="plain-list" gap="sm" aria-labelledby="votes-heading">
            {votes.map((v) => (
              <VoteCard key={v.id} vote={v} live={progress[v.id]} canRun={canRun} memberDeputyId={memberDeputyId} />
            ))}
          </Stack>
        )}
        <div className="visually-hidden" aria-live="polite" role="status" data-testid="votes-announcer">
          {announcement}
        </div>
      </Stack>
    </Paper>
  );
}
