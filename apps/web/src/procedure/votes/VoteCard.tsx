import { Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { VoteFieldsFragment } from '../../gql/graphql';
import { CloseVoteMutation } from '../operations';
import { Ballots } from './Ballots';
import { VoteResults } from './VoteResults';
import { useFormMutation } from '../../graphql/useFormMutation';

/** One vote: while open, how many have voted, the member's ballots and the chair's close; once closed, its results. */
export function VoteCard({
  vote,
  live,
  canRun,
  memberDeputyId,
}: {
  vote: VoteFieldsFragment;
  live?: { cast: number; eligible: number };
  canRun: boolean;
  memberDeputyId: string | null;
}) {
  const { t } = useTranslation();
  const [closeVote, closing] = useFormMutation(CloseVoteMutation);
  const cast = Math.max(vote.cast, vote.status === 'OPEN' ? (live?.cast ?? 0) : 0);
  const eligible = live?.eligible ?? vote.eligible;
  const headingId = `vote-${vote.id}`;

  return (
    <Paper component="li" withBorder p="sm" aria-labelledby={headingId} data-testid="vote-card" data-status={vote.status}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            <bdi>{vote.question}</bdi>
          </Title>
          <Badge color={vote.status === 'OPEN' ? '#1b6e2e' : 'gray.8'} variant="filled">
            {vote.status === 'OPEN' ? t('procedure.voteOpen') : t('procedure.voteClosed')}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {[
            vote.agendaItem.title,
            vote.secrecy === 'SECRET' ? t('procedure.secret') : t('procedure.named'),
            vote.allowChange ? t('procedure.changeAllowed') : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {vote.status === 'OPEN' ? (
          <>
            <Text size="sm" data-testid="vote-progress">
              {t('procedure.progress', { cast, eligible })}
            </Text>
            <Progress value={eligible ? (cast / eligible) * 100 : 0} aria-label={t('procedure.progress', { cast, eligible })} />
            <Ballots vote={vote} memberDeputyId={memberDeputyId} />
            {canRun && (
              <>
                {closing.error && <ErrorAlert error={closing.error} />}
                <Group>
                  <Button color="#a51d1d" loading={closing.loading} onClick={() => void closeVote({ input: { voteId: vote.id } })}>
                    {t('procedure.closeVote')}
                  </Button>
                </Group>
              </>
            )}
          </>
        ) : (
          vote.results && <VoteResults vote={vote} results={vote.results} canRun={canRun} />
        )}
      </Stack>
    </Paper>
  );
}
