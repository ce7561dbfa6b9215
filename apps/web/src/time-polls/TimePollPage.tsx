import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Badge, Button, Group, List, NativeSelect, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageError, PageLoading } from '../ui/PageState';
import { getFragmentData } from '../gql';
import type { ScheduleFromTimePollMutation as ScheduleResult, TimePollAnswerValue, TimePollFieldsFragment } from '../gql/graphql';
import { formatDateTime, formatShortDateTime, formatTime, userTimeZone } from '../i18n/format';
import { AnswerTimePollMutation, GroupTimePollsQuery, ScheduleFromTimePollMutation, TimePollFields } from './operations';
import { ConflictWarnings } from '../meetings/ConflictWarnings';
import { useFormMutation } from '../graphql/useFormMutation';

const ANSWERS: TimePollAnswerValue[] = ['YES', 'IF_NEED_BE', 'NO'];

/** `/groups/:groupId/time-polls/:pollId`: members answer per slot, everyone sees the tally, the coordinator schedules the best slot. */
export function TimePollPage() {
  const { groupId = '', pollId = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(GroupTimePollsQuery, { variables: { groupId }, fetchPolicy: 'cache-and-network' });
  const poll = data?.timePolls.map((p) => getFragmentData(TimePollFields, p)).find((p) => p.id === pollId);
  useDocumentTitle(`${poll?.title ?? t('timePolls.title')} · ${t('app.name')}`);

  if (!data && loading) return <PageLoading label={t('timePolls.loading')} />;
  if (!data?.workingGroup) return <PageError title={t('timePolls.loadError')} error={error} onRetry={() => void refetch()} />;
  if (!poll) return <PageError title={t('timePolls.notFound')} error={null} onRetry={() => void refetch()} />;

  const myDeputyId = data.me.deputy?.id ?? null;
  const isMember = !!myDeputyId && data.workingGroup.members.some((m) => m.deputy.id === myDeputyId);
  const canManage = data.workingGroup.viewerCan.coordinate;
  return (
    <TimePollView
      poll={poll}
      groupId={groupId}
      groupName={data.workingGroup.name}
      memberDeputyId={isMember ? myDeputyId : null}
      canManage={canManage}
    />
  );
}

interface ViewProps {
  poll: TimePollFieldsFragment;
  groupId: string;
  groupName: string;
  memberDeputyId: string | null;
  canManage: boolean;
}

function TimePollView({ poll, groupId, groupName, memberDeputyId, canManage }: ViewProps) {
  const { t, i18n } = useTranslation();
  const mine = userTimeZone();
  const open = poll.status === 'OPEN';
  const initial = () =>
    Object.fromEntries(
      poll.slots.flatMap((s) => s.answers.filter((a) => a.deputy.id === memberDeputyId).map((a) => [s.id, a.answer])),
    ) as Record<string, TimePollAnswerValue>;
  const [answers, setAnswers] = useState<Record<string, TimePollAnswerValue>>(initial);
  const [saved, setSaved] = useState(false);
  const [scheduled, setScheduled] = useState<Scheduled | null>(null);
  const [answer, answering] = useFormMutation(AnswerTimePollMutation);
  const slotLabel = (s: { startsAt: string; endsAt: string }) =>
    `${formatDateTime(s.startsAt, i18n.language, poll.timeZone)}–${formatTime(s.endsAt, i18n.language, poll.timeZone)}`;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const answered = await answer({
      input: { pollId: poll.id, answers: Object.entries(answers).map(([slotId, value]) => ({ slotId, answer: value })) },
    });
    if (!answered) return;
    setSaved(true);
  };

  const slots = (
    <Stack component="ol" className="plain-list" gap="sm" aria-label={t('timePolls.slots')} data-testid="time-poll-slots">
      {poll.slots.map((s) => (
        <Paper
          component="li"
          key={s.id}
          withBorder
          p="sm"
          data-testid="time-poll-slot"
          data-best={s.id === poll.bestSlotId ? 'true' : undefined}
        >
          <Stack gap={6}>
            <Group gap="xs" wrap="wrap">
              <Text fw={700} data-testid="slot-when">
                {slotLabel(s)}
              </Text>
              {s.id === poll.bestSlotId && (
                <Badge color="#1b6e2e" variant="filled">
                  {t('timePolls.best')}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {mine === poll.timeZone
                ? t('timePolls.zoneSame', { zone: poll.timeZone })
                : t('schedule.inYourZone', { when: formatShortDateTime(s.startsAt, i18n.language, mine), zone: mine })}
            </Text>
            <Text size="sm" data-testid="slot-tally">
              {t('timePolls.tally', { yes: s.tally.yes, ifNeedBe: s.tally.ifNeedBe, no: s.tally.no })}
            </Text>
            {memberDeputyId && open && (
              <Radio.Group
                label={t('timePolls.yourAnswer', { when: formatShortDateTime(s.startsAt, i18n.language, poll.timeZone) })}
                value={answers[s.id] ?? ''}
                onChange={(v) => {
                  setSaved(false);
                  setAnswers((all) => ({ ...all, [s.id]: v as TimePollAnswerValue }));
                }}
              >
                <Group gap="md" mt={4}>
                  {ANSWERS.map((a) => (
                    <Radio key={a} value={a} label={t(`timePolls.answer.${a}`)} />
                  ))}
                </Group>
              </Radio.Group>
            )}
            {s.answers.length > 0 && (
              <details>
                <summary>{t('timePolls.whoAnswered', { count: s.answers.length })}</summary>
                <List size="sm">
                  {s.answers.map((a) => (
                    <List.Item key={a.deputy.id}>
                      <bdi>{a.deputy.fullName}</bdi> : {t(`timePolls.answer.${a.answer}`)}
                    </List.Item>
                  ))}
                </List>
              </details>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Group gap="sm" wrap="wrap">
          <Title order={1}>
            <bdi>{poll.title}</bdi>
          </Title>
          <Badge color={open ? '#1b6e2e' : 'gray.8'} variant="filled" data-testid="time-poll-status">
            {t(`timePolls.status.${poll.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          <Anchor component={Link} to={`/groups/${groupId}`}>
            {groupName}
          </Anchor>
        </Text>
        {poll.description && <Text>{poll.description}</Text>}
        <Text size="sm">{t('timePolls.zoneNote', { zone: poll.timeZone })}</Text>
      </Stack>

      {!open && (
        <Alert color="gray" variant="light" data-testid="time-poll-closed">
          <Text size="sm">
            {t('timePolls.closed')}{' '}
            {poll.meeting && (
              <Anchor component={Link} to={`/meetings/${poll.meeting.id}`}>
                {t('timePolls.meetingLink', {
                  title: poll.meeting.title,
                  when: formatShortDateTime(poll.meeting.startsAt, i18n.language, poll.timeZone),
                })}
              </Anchor>
            )}
          </Text>
        </Alert>
      )}

      {memberDeputyId && open ? (
        <form onSubmit={submit} noValidate aria-label={t('timePolls.answerForm')}>
          <Stack gap="sm">
            {slots}
            {answering.error && <ErrorAlert error={answering.error} />}
            <Group gap="sm">
              <Button type="submit" loading={answering.loading} disabled={Object.keys(answers).length === 0}>
                {t('timePolls.saveAnswers')}
              </Button>
              <Text size="sm" role="status" data-testid="answers-saved">
                {saved ? t('timePolls.saved') : ''}
              </Text>
            </Group>
          </Stack>
        </form>
      ) : (
        slots
      )}

      {scheduled && <ScheduledNotice result={scheduled} timeZone={poll.timeZone} />}
      {canManage && open && <ScheduleFromPoll poll={poll} slotLabel={slotLabel} onScheduled={setScheduled} />}
    </Stack>
  );
}

type Scheduled = ScheduleResult['scheduleFromTimePoll'];

/** What scheduling did: the meeting, and who is already booked then (a warning, not a refusal). */
function ScheduledNotice({ result, timeZone }: { result: Scheduled; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <Alert color={result.conflicts.length ? 'orange' : 'green'} variant="light" role="status" data-testid="time-poll-scheduled">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('timePolls.scheduled')}{' '}
          <Anchor component={Link} to={`/meetings/${result.meeting.id}`}>
            {result.meeting.title}
          </Anchor>
        </Text>
        <ConflictWarnings conflicts={result.conflicts} warnings={result.warnings} timeZone={timeZone} />
      </Stack>
    </Alert>
  );
}

function ScheduleFromPoll({
  poll,
  slotLabel,
  onScheduled,
}: {
  poll: TimePollFieldsFragment;
  slotLabel: (s: { startsAt: string; endsAt: string }) => string;
  onScheduled: (r: Scheduled) => void;
}) {
  const { t } = useTranslation();
  const [slotId, setSlotId] = useState(poll.bestSlotId ?? poll.slots[0]?.id ?? '');
  const [place, setPlace] = useState('');
  const [schedule, { loading, error }] = useFormMutation(ScheduleFromTimePollMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = await schedule({ input: { pollId: poll.id, slotId: slotId || null, place: place.trim() || null } });
    if (data) onScheduled(data.scheduleFromTimePoll);
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="schedule-poll-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="schedule-poll-heading">
          {t('timePolls.scheduleTitle')}
        </Title>
        {error && <ErrorAlert error={error} />}
        <NativeSelect
          label={t('timePolls.slotToSchedule')}
          value={slotId}
          onChange={(e) => setSlotId(e.currentTarget.value)}
          data={poll.slots.map((s) => ({
            value: s.id,
            label: `${slotLabel(s)}${s.id === poll.bestSlotId ? ` (${t('timePolls.best')})` : ''}`,
          }))}
        />
        <TextInput label={t('schedule.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
        <Text size="sm">{t('timePolls.scheduleHint')}</Text>
        <Group>
          <Button type="submit" loading={loading}>
            {t('timePolls.scheduleSubmit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
