import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  Progress,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { VoteProgressNotice } from '@tribune/domain';
import { ErrorAlert } from '../app/PageState';
import { getFragmentData } from '../gql';
import type { VoteFieldsFragment } from '../gql/graphql';
import { useLiveConnection } from '../live/LiveConnectionProvider';
import {
  CastVoteMutation,
  CloseVoteMutation,
  MeetingVotesQuery,
  OpenVoteMutation,
  RecordVoteDecisionMutation,
  VoteFields,
} from './operations';

export interface VotePanelProps {
  meetingId: string;
  /** The agenda item being discussed (votes open on it). */
  agendaItem: { id: string; title: string } | null;
  canRun: boolean;
  /** The signed-in member's deputy id (to show the proxies they give or carry). */
  memberDeputyId?: string | null;
}

interface Member {
  id: string;
  fullName: string;
}

/**
 * Where this device keeps the receipt of a secret vote that may be changed (the server does not
 * link it to the voter); one per vote, and one per proxy carried.
 */
const receiptKey = (voteId: string, onBehalfOf?: string) => `tribune.vote-receipt.${voteId}${onBehalfOf ? `.${onBehalfOf}` : ''}`;

/**
 * The meeting's votes, live: the chair opens one on the current item and closes it; members cast
 * (and change, when allowed); everyone sees how many have voted, never how, then the results
 * with turnout and quorum; the chair records the decision from the result in one step.
 */
export function VotePanel({ meetingId, agendaItem, canRun, memberDeputyId = null }: VotePanelProps) {
  const { t } = useTranslation();
  const { socket } = useLiveConnection();
  const { data, error, refetch } = useQuery(MeetingVotesQuery, { variables: { id: meetingId }, fetchPolicy: 'cache-and-network' });
  const [progress, setProgress] = useState<Record<string, { cast: number; eligible: number }>>({});
  const [announcement, setAnnouncement] = useState('');
  const [opening, setOpening] = useState(false);

  useEffect(() => {
    if (!socket) return;
    const onOpened = (n: { meetingId: string; question: string }) => {
      if (n.meetingId !== meetingId) return;
      setAnnouncement(t('procedure.voteOpenedNotice', { question: n.question }));
      void refetch().catch(() => undefined);
    };
    const onProgress = (n: VoteProgressNotice) => {
      if (n.meetingId === meetingId) setProgress((p) => ({ ...p, [n.voteId]: { cast: n.cast, eligible: n.eligible } }));
    };
    const onClosed = (n: { meetingId: string }) => {
      if (n.meetingId !== meetingId) return;
      setAnnouncement(t('procedure.voteClosedNotice'));
      void refetch().catch(() => undefined);
    };
    // Back from a lost connection: events may have been missed.
    const onConnect = () => void refetch().catch(() => undefined);
    socket.on('vote:opened', onOpened);
    socket.on('vote:progress', onProgress);
    socket.on('vote:closed', onClosed);
    socket.on('connect', onConnect);
    return () => {
      socket.off('vote:opened', onOpened);
      socket.off('vote:progress', onProgress);
      socket.off('vote:closed', onClosed);
      socket.off('connect', onConnect);
    };
  }, [socket, meetingId, refetch, t]);

  const votes = [...(data?.meeting.votes ?? []).map((v) => getFragmentData(VoteFields, v))].sort((a, b) =>
    b.openedAt.localeCompare(a.openedAt),
  );
  const members: Member[] = (data?.meeting.group.members ?? []).map((m) => m.deputy);
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

function OpenVoteForm({
  agendaItem,
  members,
  onOpened,
}: {
  agendaItem: { id: string; title: string };
  members: Member[];
  onOpened: (question: string) => void;
}) {
  const { t } = useTranslation();
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<'standard' | 'custom'>('standard');
  const [custom, setCustom] = useState('');
  const [secrecy, setSecrecy] = useState<'NAMED' | 'SECRET'>('NAMED');
  const [eligibility, setEligibility] = useState<'PRESENT' | 'MEMBERS'>('PRESENT');
  const [allowChange, setAllowChange] = useState(false);
  const [proxies, setProxies] = useState<Array<{ key: number; grantorId: string; holderId: string }>>([]);
  const [errors, setErrors] = useState<{ question?: string; options?: string }>({});
  const [open, { loading, error }] = useMutation(OpenVoteMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const options =
      kind === 'custom'
        ? custom
            .split('\n')
            .map((o) => o.trim())
            .filter(Boolean)
        : null;
    const next = {
      question: question.trim() ? undefined : t('auth.required'),
      options: options && options.length < 2 ? t('procedure.optionsTooFew') : undefined,
    };
    setErrors(next);
    if (next.question || next.options) return;
    try {
      await open({
        variables: {
          input: {
            agendaItemId: agendaItem.id,
            question: question.trim(),
            // Default (null): For, Against, Abstain, in the API's words; shown in the reader's language.
            options: options ?? null,
            secrecy,
            eligibility,
            allowChange,
            proxies: proxies.filter((p) => p.grantorId && p.holderId).map(({ grantorId, holderId }) => ({ grantorId, holderId })),
          },
        },
      });
      onOpened(question.trim());
    } catch {
      // Shown from `error`.
    }
  };

  return (
    <Paper withBorder p="sm" component="form" id="open-vote-form" onSubmit={submit} noValidate aria-labelledby="open-vote-heading">
      <Stack gap="sm">
        <Title order={3} size="h5" id="open-vote-heading">
          {t('procedure.openVoteOn', { title: agendaItem.title })}
        </Title>
        {error && <ErrorAlert error={error} />}
        <TextInput
          label={t('procedure.question')}
          required
          value={question}
          onChange={(e) => setQuestion(e.currentTarget.value)}
          error={errors.question}
        />
        <Radio.Group label={t('procedure.options')} value={kind} onChange={(v) => setKind(v as 'standard' | 'custom')}>
          <Stack gap={4} mt={4}>
            <Radio value="standard" label={t('procedure.optionsStandard')} />
            <Radio value="custom" label={t('procedure.optionsCustom')} />
          </Stack>
        </Radio.Group>
        {kind === 'custom' && (
          <Textarea
            label={t('procedure.optionsList')}
            description={t('procedure.optionsListHint')}
            autosize
            minRows={3}
            value={custom}
            onChange={(e) => setCustom(e.currentTarget.value)}
            error={errors.options}
          />
        )}
        <Radio.Group label={t('procedure.secrecy')} value={secrecy} onChange={(v) => setSecrecy(v as 'NAMED' | 'SECRET')}>
          <Stack gap={4} mt={4}>
            <Radio value="NAMED" label={t('procedure.named')} />
            <Radio value="SECRET" label={t('procedure.secret')} />
          </Stack>
        </Radio.Group>
        <Radio.Group label={t('procedure.eligibility')} value={eligibility} onChange={(v) => setEligibility(v as 'PRESENT' | 'MEMBERS')}>
          <Stack gap={4} mt={4}>
            <Radio value="PRESENT" label={t('procedure.eligiblePresent')} />
            <Radio value="MEMBERS" label={t('procedure.eligibleMembers')} />
          </Stack>
        </Radio.Group>
        <Checkbox label={t('procedure.allowChange')} checked={allowChange} onChange={(e) => setAllowChange(e.currentTarget.checked)} />
        <Fieldset legend={t('procedure.proxies')} variant="unstyled">
          <Stack gap="xs">
            <Text size="xs" c="dimmed">
              {t('procedure.proxiesHint')}
            </Text>
            {proxies.map((p, i) => {
              const choices = [{ value: '', label: '—' }, ...members.map((m) => ({ value: m.id, label: m.fullName }))];
              const change = (field: 'grantorId' | 'holderId', value: string) =>
                setProxies((all) => all.map((x) => (x.key === p.key ? { ...x, [field]: value } : x)));
              return (
                <Group key={p.key} gap="xs" align="flex-end" wrap="wrap" data-testid="proxy-row">
                  <NativeSelect
                    label={t('procedure.proxyGrantor', { n: i + 1 })}
                    data={choices}
                    value={p.grantorId}
                    onChange={(e) => change('grantorId', e.currentTarget.value)}
                  />
                  <NativeSelect
                    label={t('procedure.proxyHolder', { n: i + 1 })}
                    data={choices}
                    value={p.holderId}
                    onChange={(e) => change('holderId', e.currentTarget.value)}
                  />
                  <Button variant="default" onClick={() => setProxies((all) => all.filter((x) => x.key !== p.key))}>
                    {t('procedure.proxyRemove', { n: i + 1 })}
                  </Button>
                </Group>
              );
            })}
            <Group>
              <Button
                variant="default"
                size="xs"
                onClick={() =>
                  setProxies((all) => [...all, { key: Math.max(0, ...all.map((x) => x.key)) + 1, grantorId: '', holderId: '' }])
                }
              >
                {t('procedure.proxyAdd')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={loading}>
            {t('procedure.openVoteSubmit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** For, Against, Abstain (the API's default options) in the reader's language; custom options as written. */
function useOptionLabel() {
  const { t } = useTranslation();
  return (option: string) => {
    const known = { For: t('procedure.optionFor'), Against: t('procedure.optionAgainst'), Abstain: t('procedure.optionAbstain') } as Record<
      string,
      string
    >;
    return known[option] ?? option;
  };
}

function VoteCard({
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
  const [closeVote, closing] = useMutation(CloseVoteMutation);
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
                  <Button
                    color="#a51d1d"
                    loading={closing.loading}
                    onClick={() => void closeVote({ variables: { input: { voteId: vote.id } } }).catch(() => undefined)}
                  >
                    {t('procedure.closeVote')}
                  </Button>
                </Group>
              </>
            )}
          </>
        ) : (
          vote.results && <Results vote={vote} results={vote.results} canRun={canRun} />
        )}
      </Stack>
    </Paper>
  );
}

/** The member's own ballot, or who carries it when they gave their proxy; and the ballot of the member whose proxy they carry. */
function Ballots({ vote, memberDeputyId }: { vote: VoteFieldsFragment; memberDeputyId: string | null }) {
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

function Ballot({ vote, onBehalfOf, hasVoted }: { vote: VoteFieldsFragment; onBehalfOf?: Member; hasVoted: boolean }) {
  const { t } = useTranslation();
  const label = useOptionLabel();
  const [choice, setChoice] = useState<string>('');
  const [changing, setChanging] = useState(false);
  const [castVote, { loading, error }] = useMutation(CastVoteMutation);
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
    try {
      const { data } = await castVote({
        variables: {
          input: { voteId: vote.id, choice: Number(choice), receipt: hasVoted ? receipt : null, onBehalfOf: onBehalfOf?.id ?? null },
        },
      });
      if (data?.castVote.receipt) localStorage.setItem(key, data.castVote.receipt);
      setDone(data?.castVote.firstCast === false ? t('procedure.voteChanged') : t('procedure.voted'));
      setChanging(false);
      setChoice('');
    } catch {
      // Shown from `error`.
    }
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

function Results({
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
  const [record, { loading, error }] = useMutation(RecordVoteDecisionMutation);

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
              void record({ variables: { input: { voteId: vote.id, text: text.trim() } } }).catch(() => undefined);
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
