import { useState, type FormEvent } from 'react';
import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { VoteFieldsFragment } from '../../gql/graphql';
import { CastVoteMutation } from '../operations';
import { useOptionLabel, type VoteMember } from './vote-labels';
import { useFormMutation } from '../../graphql/useFormMutation';

/**
 * Where this device keeps the receipt of a secret vote that may be changed (the server does not
 * link it to the voter); one per vote, and one per proxy carried.
 */
const receiptKey = (voteId: string, onBehalfOf?: string) => `tribune.vote-receipt.${voteId}${onBehalfOf ? `.${onBehalfOf}` : ''}`;

/** The member's own ballot, or who carries it when they gave their proxy; and the ballot of the member whose proxy they carry. */
export function Ballots({ vote, memberDeputyId }: { vote: VoteFieldsFragment; memberDeputyId: string | null }) {
  const { t } = useTranslation();
  const given = vote.proxies.find((p) => p.grantor.id === memberDeputyId);
  const carried = vote.proxies.find((p) => p.holder.id === memberDeputyId);
  return (
    <>
      {given ? (
        <Text size="sm" data-testid="proxy-given">
          {t('procedure.proxyGiven', { name: given.holder.fullName })}
        </Text>
      ) : (
        vote.canVote && <Ballot vote={vote} hasVoted={vote.hasVoted} />
      )}
      {carried && <Ballot vote={vote} onBehalfOf={carried.grantor} hasVoted={vote.voters.some((v) => v.id === carried.grantor.id)} />}
    </>
  );
}

function Ballot({ vote, onBehalfOf, hasVoted }: { vote: VoteFieldsFragment; onBehalfOf?: VoteMember; hasVoted: boolean }) {
  const { t } = useTranslation();
  const label = useOptionLabel();
  const [choice, setChoice] = useState<string>('');
  const [changing, setChanging] = useState(false);
  const [castVote, { loading, error }] = useFormMutation(CastVoteMutation);
  const [done, setDone] = useState('');

  if (hasVoted && !changing) {
    return (
      <Group gap="xs" wrap="wrap" data-testid={onBehalfOf ? 'proxy-ballot-done' : 'ballot-done'}>
        <Text size="sm" fw={600} role="status">
          {onBehalfOf ? `${t('procedure.proxyFor', { name: onBehalfOf.fullName })} ` : ''}
          {done || t('procedure.voted')}
        </Text>
        {vote.allowChange && (
          <Button size="xs" variant="default" onClick={() => setChanging(true)}>
            {t('procedure.changeVote')}
          </Button>
        )}
      </Group>
    );
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (choice === '') return;
    const key = receiptKey(vote.id, onBehalfOf?.id);
    const receipt = vote.secrecy === 'SECRET' ? localStorage.getItem(key) : null;
    const data = await castVote({
      input: { voteId: vote.id, choice: Number(choice), receipt: hasVoted ? receipt : null, onBehalfOf: onBehalfOf?.id ?? null },
    });
    if (!data) return;
    if (data.castVote.receipt) localStorage.setItem(key, data.castVote.receipt);
    setDone(data.castVote.firstCast === false ? t('procedure.voteChanged') : t('procedure.voted'));
    setChanging(false);
    setChoice('');
  };

  return (
    <form onSubmit={submit} noValidate data-testid={onBehalfOf ? 'proxy-ballot' : 'ballot'}>
      <Stack gap="xs">
        {error && <ErrorAlert error={error} />}
        <Radio.Group
          label={onBehalfOf ? t('procedure.proxyFor', { name: onBehalfOf.fullName }) : t('procedure.yourVote')}
          value={choice}
          onChange={setChoice}
          required
        >
          <Stack gap={4} mt={4}>
            {vote.options.map((o, i) => (
              <Radio key={o} value={String(i)} label={label(o)} />
            ))}
          </Stack>
        </Radio.Group>
        {vote.secrecy === 'SECRET' && (
          <Text size="xs" c="dimmed">
            {t('procedure.secretHint')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={loading} disabled={choice === ''}>
            {hasVoted
              ? t('procedure.changeVoteSubmit')
              : onBehalfOf
                ? t('procedure.castProxyVote', { name: onBehalfOf.fullName })
                : t('procedure.castVote')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
