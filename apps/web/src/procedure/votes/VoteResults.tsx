import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { VoteFieldsFragment } from '../../gql/graphql';
import { RecordVoteDecisionMutation } from '../operations';
import { useOptionLabel } from './vote-labels';
import { useFormMutation } from '../../graphql/useFormMutation';

/** A closed vote's counts, turnout, quorum and named votes; the chair records the decision from them in one step. */
export function VoteResults({
  vote,
  results,
  canRun,
}: {
  vote: VoteFieldsFragment;
  results: NonNullable<VoteFieldsFragment['results']>;
  canRun: boolean;
}) {
  const { t, i18n } = useTranslation();
  const label = useOptionLabel();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const summary = results.counts.map((c) => `${label(c.option)} ${c.count}`).join(', ');
  const [text, setText] = useState(() => `${vote.question} — ${summary}`);
  const [record, { loading, error }] = useFormMutation(RecordVoteDecisionMutation);

  return (
    <Stack gap="xs" data-testid="vote-results">
      <Stack component="ul" className="plain-list" gap={2} aria-label={t('procedure.results')}>
        {results.counts.map((c) => (
          <Text component="li" size="sm" key={c.option} data-testid="vote-count">
            <bdi>{label(c.option)}</bdi> : <strong>{c.count}</strong>
          </Text>
        ))}
      </Stack>
      <Text size="sm" data-testid="vote-turnout">
        {t('procedure.turnout', { cast: results.cast, eligible: results.eligible, percent: percent.format(results.turnout) })}
      </Text>
      <Text size="sm" data-testid="vote-quorum">
        {t('procedure.quorumAtClose', {
          present: results.quorum.present,
          members: results.quorum.members,
          required: results.quorum.required,
        })}{' '}
        <strong>{results.quorum.reached ? t('procedure.quorumReached') : t('procedure.quorumNotReached')}</strong>
      </Text>
      {vote.namedVotes && vote.namedVotes.length > 0 && (
        <details data-testid="named-votes">
          <summary>{t('procedure.namedVotes', { count: vote.namedVotes.length })}</summary>
          <Stack component="ul" gap={2} mt={4}>
            {vote.namedVotes.map((n) => (
              <Text component="li" size="sm" key={n.deputy.id}>
                <bdi>{n.deputy.fullName}</bdi> : {label(n.option)}
                {n.castBy.id !== n.deputy.id ? ` ${t('procedure.byProxy', { name: n.castBy.fullName })}` : ''}
              </Text>
            ))}
          </Stack>
        </details>
      )}
      {vote.decision ? (
        <Alert color="green" variant="light" data-testid="vote-decision">
          <Text size="sm">
            {t('procedure.decisionRecorded')} <bdi>{vote.decision.text}</bdi>
          </Text>
        </Alert>
      ) : (
        canRun && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!text.trim()) return;
              void record({ input: { voteId: vote.id, text: text.trim() } });
            }}
          >
            <Stack gap="xs">
              {error && <ErrorAlert error={error} />}
              <Textarea
                label={t('procedure.decisionText')}
                autosize
                minRows={2}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                required
              />
              <Group>
                <Button type="submit" loading={loading}>
                  {t('procedure.recordDecision')}
                </Button>
              </Group>
            </Stack>
          </form>
        )
      )}
    </Stack>
  );
}
