import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Group, Loader, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { ActionItemStatus, MeetingOutcomesQuery as OutcomesData } from '../gql/graphql';
import { formatDate } from '../i18n/format';
import { AssignActionMutation, MeetingOutcomesQuery, RecordDecisionMutation, SetActionStatusMutation } from './outcomes-operations';
import { useFormMutation } from '../graphql/useFormMutation';

type Meeting = NonNullable<OutcomesData['meeting']>;
type Action = Meeting['actionItems'][number];
const STATUSES: ActionItemStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
const REFETCH = { refetchQueries: ['MeetingOutcomes'], awaitRefetchQueries: true };

/**
 * A live or ended meeting's decisions and action items; its coordinators record and assign them.
 * The coordinators and an action's assignee move the action along (the API's rule).
 */
export function MeetingOutcomes({
  meetingId,
  canRecord,
  myDeputyId = null,
}: {
  meetingId: string;
  canRecord: boolean;
  myDeputyId?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MeetingOutcomesQuery, { variables: { id: meetingId } });

  return (
    <Stack component="section" aria-labelledby="meeting-outcomes" gap="sm">
      <Title order={2} size="h3" id="meeting-outcomes">
        {t('outcomes.title')}
      </Title>
      {!data && loading && (
        <Group role="status" gap="sm">
          <Loader size="sm" aria-hidden="true" />
          <Text>{t('outcomes.loading')}</Text>
        </Group>
      )}
      {!data && !loading && error && (
        <Stack gap="xs">
          <ErrorAlert error={error} />
          <Group>
            <Button variant="default" onClick={() => void refetch()}>
              {t('errors.retry')}
            </Button>
          </Group>
        </Stack>
      )}
      {data?.meeting && (
        <>
          <Title order={3} size="h4" id="outcomes-decisions">
            {t('outcomes.decisions')}
          </Title>
          {data.meeting.decisions.length === 0 ? (
            <Text>{t('outcomes.noDecisions')}</Text>
          ) : (
            <Stack component="ul" className="plain-list" gap="xs" aria-labelledby="outcomes-decisions">
              {data.meeting.decisions.map((d) => (
                <Paper component="li" withBorder p="sm" key={d.id} data-testid="decision">
                  {d.agendaItem && (
                    <Text size="sm" c="dimmed">
                      {d.agendaItem.title}
                    </Text>
                  )}
                  <Text dir="auto">{d.text}</Text>
                  {(d.votesFor != null || d.votesAgainst != null || d.votesAbstain != null) && (
                    <Text size="sm">
                      {t('outcomes.votes', { for: d.votesFor ?? 0, against: d.votesAgainst ?? 0, abstain: d.votesAbstain ?? 0 })}
                    </Text>
                  )}
                </Paper>
              ))}
            </Stack>
          )}
          {canRecord && <DecisionForm meeting={data.meeting} />}

          <Title order={3} size="h4" id="outcomes-actions">
            {t('outcomes.actions')}
          </Title>
          {data.meeting.actionItems.length === 0 ? (
            <Text>{t('outcomes.noActions')}</Text>
          ) : (
            <Stack component="ul" className="plain-list" gap="xs" aria-labelledby="outcomes-actions">
              {data.meeting.actionItems.map((a) => (
                <Paper component="li" withBorder p="sm" key={a.id} data-testid="action-item">
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Text fw={600} dir="auto">
                      {a.title}
                    </Text>
                    <Badge color="gray.8" variant="filled">
                      {t(`outcomes.status.${a.status}`)}
                    </Badge>
                  </Group>
                  <Text size="sm">
                    {[
                      a.assignee ? t('outcomes.assignedTo', { name: a.assignee.fullName }) : t('outcomes.unassigned'),
                      a.dueOn ? t('outcomes.due', { date: formatDate(a.dueOn, i18n.language) }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  {(canRecord || (myDeputyId != null && a.assignee?.id === myDeputyId)) && <ActionStatusSelect action={a} />}
                </Paper>
              ))}
            </Stack>
          )}
          {canRecord && <ActionForm meeting={data.meeting} />}
        </>
      )}
    </Stack>
  );
}

/** "" -> null, else a non-negative integer, or undefined when invalid. */
function count(value: string): number | null | undefined {
  if (!value.trim()) return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

function DecisionForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [itemId, setItemId] = useState('');
  const [text, setText] = useState('');
  const [votes, setVotes] = useState({ for: '', against: '', abstain: '' });
  const [errors, setErrors] = useState<{ item?: string; text?: string; votes?: string }>({});
  const [done, setDone] = useState(false);
  const [record, { loading, error }] = useFormMutation(RecordDecisionMutation, REFETCH);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const counts = { for: count(votes.for), against: count(votes.against), abstain: count(votes.abstain) };
    const next = {
      item: itemId ? undefined : t('outcomes.chooseItemError'),
      text: text.trim() ? undefined : t('outcomes.textError'),
      votes: Object.values(counts).some((c) => c === undefined) ? t('outcomes.votesError') : undefined,
    };
    setErrors(next);
    setDone(false);
    if (next.item || next.text || next.votes) return;
    const saved = await record({
      input: {
        agendaItemId: itemId,
        text: text.trim(),
        votesFor: counts.for,
        votesAgainst: counts.against,
        votesAbstain: counts.abstain,
      },
    });
    if (!saved) return;
    setText('');
    setVotes({ for: '', against: '', abstain: '' });
    setDone(true);
  };
  if (meeting.agenda.length === 0) return <Text size="sm">{t('outcomes.noAgenda')}</Text>;
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate aria-labelledby="decision-form-heading">
      <Stack gap="xs">
        <Title order={4} size="h5" id="decision-form-heading">
          {t('outcomes.recordDecision')}
        </Title>
        {error && <ErrorAlert error={error} />}
        {done && (
          <Alert color="green" variant="light" role="status">
            <Text size="sm">{t('outcomes.decisionDone')}</Text>
          </Alert>
        )}
        <NativeSelect
          label={t('outcomes.item')}
          required
          data={[
            { value: '', label: t('outcomes.chooseItem') },
            ...meeting.agenda.map((a) => ({ value: a.id, label: `${a.position}. ${a.title}` })),
          ]}
          value={itemId}
          onChange={(e) => setItemId(e.currentTarget.value)}
          error={errors.item}
        />
        <Textarea
          label={t('outcomes.text')}
          required
          autosize
          minRows={2}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors.text}
        />
        <Group gap="sm" wrap="wrap" align="flex-start">
          {(['for', 'against', 'abstain'] as const).map((k) => (
            <TextInput
              key={k}
              label={t(`outcomes.${k}`)}
              inputMode="numeric"
              w={110}
              value={votes[k]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setVotes((v) => ({ ...v, [k]: value }));
              }}
            />
          ))}
        </Group>
        {errors.votes && (
          <Text size="sm" c="red.9" role="alert">
            {errors.votes}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={loading}>
            {t('outcomes.recordSubmit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ActionForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [titleError, setTitleError] = useState<string>();
  const [done, setDone] = useState(false);
  const [assign, { loading, error }] = useFormMutation(AssignActionMutation, REFETCH);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setDone(false);
    if (!title.trim()) return setTitleError(t('outcomes.actionTitleError'));
    setTitleError(undefined);
    const saved = await assign({
      input: { meetingId: meeting.id, title: title.trim(), assigneeId: assigneeId || null, dueOn: dueOn || null },
    });
    if (!saved) return;
    setTitle('');
    setAssigneeId('');
    setDueOn('');
    setDone(true);
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate aria-labelledby="action-form-heading">
      <Stack gap="xs">
        <Title order={4} size="h5" id="action-form-heading">
          {t('outcomes.assignAction')}
        </Title>
        {error && <ErrorAlert error={error} />}
        {done && (
          <Alert color="green" variant="light" role="status">
            <Text size="sm">{t('outcomes.actionDone')}</Text>
          </Alert>
        )}
        <TextInput
          label={t('outcomes.actionTitle')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={titleError}
        />
        <Group gap="sm" wrap="wrap" align="flex-start">
          <NativeSelect
            label={t('outcomes.assignee')}
            data={[
              { value: '', label: t('outcomes.nobody') },
              ...meeting.group.members.map((m) => ({ value: m.deputy.id, label: m.deputy.fullName })),
            ]}
            value={assigneeId}
            onChange={(e) => setAssigneeId(e.currentTarget.value)}
            miw={200}
          />
          <TextInput type="date" label={t('outcomes.dueOn')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
        </Group>
        <Group>
          <Button type="submit" loading={loading}>
            {t('outcomes.assignSubmit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ActionStatusSelect({ action }: { action: Action }) {
  const { t } = useTranslation();
  const [setStatus, { loading, error }] = useFormMutation(SetActionStatusMutation, REFETCH);
  const [done, setDone] = useState(false);
  const change = async (status: ActionItemStatus) => {
    setDone(false);
    const saved = await setStatus({ input: { actionItemId: action.id, status } });
    if (!saved) return;
    setDone(true);
  };
  return (
    <Stack gap={4} mt={4}>
      {error && <ErrorAlert error={error} />}
      <NativeSelect
        label={t('meetingAdmin.actionStatus', { title: action.title })}
        data={STATUSES.map((s) => ({ value: s, label: t(`outcomes.status.${s}`) }))}
        value={action.status}
        disabled={loading}
        onChange={(e) => void change(e.currentTarget.value as ActionItemStatus)}
        maw={260}
        size="sm"
      />
      {done && (
        <Text size="sm" role="status">
          {t('meetingAdmin.actionStatusSaved', { title: action.title, status: t(`outcomes.status.${action.status}`) })}
        </Text>
      )}
    </Stack>
  );
}
