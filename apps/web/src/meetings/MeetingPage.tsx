import { useState, type FormEvent } from 'react';
import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageError, PageLoading } from '../ui/PageState';
import { getFragmentData } from '../gql';
import { formatDateTime, formatTime, userTimeZone } from '../i18n/format';
import { JoinLiveButton } from '../live/JoinLive';
import { AgendaEditor, type AgendaChanges } from './AgendaEditor';
import { STATUS_COLOR } from './MeetingItem';
import { MeetingManagement } from './MeetingManagement';
import { MeetingMinutes } from './MeetingMinutes';
import { MeetingOutcomes } from './MeetingOutcomes';
import {
  AddAgendaItemMutation,
  AgendaItemFieldsFragment,
  MeetingPageQuery,
  RemoveAgendaItemMutation,
  ReorderAgendaMutation,
  UpdateAgendaItemMutation,
} from './operations';
import { RsvpButtons } from './RsvpButtons';
import { AddToCalendarLink } from '../calendar/AddToCalendarLink';
import { hasRunControls, MeetingRunControls } from './MeetingRunControls';
import { useFormMutation } from '../graphql/useFormMutation';

/**
 * A meeting: when (its own clock and the reader's), where, quorum, agenda, minutes. Coordinators
 * reschedule or cancel it, edit the agenda and the minutes, and open/close it.
 */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MeetingPageQuery, { variables: { id } });
  const [reorder] = useMutation(ReorderAgendaMutation);
  const [addItem, addState] = useFormMutation(AddAgendaItemMutation);
  const [updateItem] = useMutation(UpdateAgendaItemMutation, { refetchQueries: ['MeetingPage'], awaitRefetchQueries: true });
  const [removeItem] = useMutation(RemoveAgendaItemMutation, { refetchQueries: ['MeetingPage'], awaitRefetchQueries: true });
  const [newTitle, setNewTitle] = useState('');
  const [newTitleError, setNewTitleError] = useState<string>();
  const [reorderError, setReorderError] = useState<unknown>(null);
  useDocumentTitle(`${data?.meeting?.title ?? t('meeting.title')} · ${t('app.name')}`);

  if (!data && loading) return <PageLoading label={t('meeting.loading')} />;
  if (!data?.meeting) return <PageError title={t('meeting.loadError')} error={error} onRetry={() => void refetch()} />;

  const { me } = data;
  const m = data.meeting;
  const agenda = getFragmentData(AgendaItemFieldsFragment, m.agenda);
  // Coordination of the meeting is the API's answer (viewerCan), not re-derived from roles here.
  const canManage = m.viewerCan.coordinate;
  const editable = canManage && (m.status === 'SCHEDULED' || m.status === 'LIVE');
  const mine = userTimeZone();
  const answered = m.attendance.filter((a) => a.response);

  const saveOrder = async (itemIds: string[]) => {
    setReorderError(null);
    try {
      await reorder({
        variables: { input: { meetingId: m.id, itemIds } },
        update(cache, { data: result }) {
          if (!result) return;
          cache.modify({
            id: cache.identify({ __typename: 'Meeting', id: m.id }),
            fields: {
              agenda: (_existing, { toReference }) =>
                result.reorderAgenda.map((i) =>
                  toReference({ __typename: 'AgendaItem', id: getFragmentData(AgendaItemFieldsFragment, i).id }),
                ),
            },
          });
        },
      });
    } catch (e) {
      setReorderError(e);
      throw e;
    }
  };

  // Errors are thrown back to the editor, which shows them beside the item.
  const saveItem = async (agendaItemId: string, changes: AgendaChanges) => {
    await updateItem({ variables: { input: { agendaItemId, ...changes } } });
  };
  const deleteItem = async (agendaItemId: string) => {
    await removeItem({ variables: { input: { agendaItemId } } });
  };

  const submitItem = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!newTitle.trim()) {
      setNewTitleError(t('auth.required'));
      return;
    }
    setNewTitleError(undefined);
    const saved = await addItem({ input: { meetingId: m.id, title: newTitle.trim() } });
    if (!saved) return;
    setNewTitle('');
  };

  return (
    <Stack gap="xl">
      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Title order={1}>{m.title}</Title>
          <Badge color={STATUS_COLOR[m.status]} variant="filled">
            {t(`meeting.status.${m.status}`)}
          </Badge>
        </Group>
        <Text>
          <Anchor component={Link} to={`/groups/${m.group.id}`} data-testid="meeting-group">
            {m.group.name}
          </Anchor>
        </Text>
        <Text data-testid="meeting-when">
          <time dateTime={m.startsAt}>{formatDateTime(m.startsAt, i18n.language, m.timeZone)}</time>
          {' – '}
          {formatTime(m.endsAt, i18n.language, m.timeZone)} ({t('meeting.zone', { zone: m.timeZone })})
        </Text>
        {mine !== m.timeZone && (
          <Text size="sm" data-testid="meeting-when-local">
            {t('meeting.yourTimeLong', { when: formatDateTime(m.startsAt, i18n.language, mine), zone: mine })}
          </Text>
        )}
        {m.place && <Text>{t('meeting.place', { place: m.place })}</Text>}
        {m.onlineUrl && (
          <Text>
            {t('meeting.online')}{' '}
            <Anchor href={m.onlineUrl} target="_blank" rel="noreferrer">
              {m.onlineUrl}
            </Anchor>
          </Text>
        )}
        {m.series && <Text size="sm">{t('meeting.recurring')}</Text>}
        {m.status !== 'CANCELLED' && <AddToCalendarLink meetingId={m.id} />}
        {m.status === 'CANCELLED' && m.cancelReason && <Text c="red.9">{t('meeting.cancelled', { reason: m.cancelReason })}</Text>}
        {m.status === 'ENDED' && !m.attendanceFinal && <Text data-testid="attendance-not-final">{t('meetingRun.notFinal')}</Text>}
        {m.description && <Text size="sm">{m.description}</Text>}
        <Group>
          <JoinLiveButton meeting={m} />
        </Group>
      </Stack>

      {m.myAttendance && (m.status === 'SCHEDULED' || m.status === 'LIVE') && (
        <Stack component="section" aria-labelledby="meeting-rsvp" gap="xs">
          <Title order={2} size="h3" id="meeting-rsvp">
            {t('rsvp.heading')}
          </Title>
          <RsvpButtons meeting={m} />
        </Stack>
      )}

      {canManage && m.status === 'SCHEDULED' && <MeetingManagement meeting={m} />}

      {hasRunControls(m) && (
        <Stack component="section" aria-labelledby="meeting-run" gap="xs">
          <Title order={2} size="h3" id="meeting-run">
            {t('meeting.run')}
          </Title>
          <MeetingRunControls meeting={m} labels="meeting" />
        </Stack>
      )}

      <Stack component="section" aria-labelledby="meeting-agenda" gap="sm">
        <Title order={2} size="h3" id="meeting-agenda">
          {t('agenda.title')}
        </Title>
        {reorderError ? <ErrorAlert error={reorderError} /> : null}
        <AgendaEditor
          items={agenda}
          editable={editable}
          onReorder={saveOrder}
          currentId={m.currentAgendaItem?.id}
          onUpdate={saveItem}
          onRemove={deleteItem}
        />
        {editable && (
          <Paper withBorder p="sm" component="form" onSubmit={submitItem} noValidate aria-labelledby="agenda-add-heading">
            <Stack gap="xs">
              <Title order={3} size="h5" id="agenda-add-heading">
                {t('agenda.add')}
              </Title>
              {addState.error && <ErrorAlert error={addState.error} />}
              <TextInput
                label={t('agenda.itemTitle')}
                value={newTitle}
                onChange={(e) => setNewTitle(e.currentTarget.value)}
                error={newTitleError}
                required
              />
              <Group>
                <Button type="submit" loading={addState.loading}>
                  {t('agenda.addSubmit')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}
      </Stack>

      {(m.status === 'LIVE' || m.status === 'ENDED') && (
        <MeetingOutcomes meetingId={m.id} canRecord={canManage} myDeputyId={me.deputy?.id ?? null} />
      )}

      {(m.status !== 'CANCELLED' || m.minutes) && <MeetingMinutes meeting={m} canEdit={canManage && m.status !== 'CANCELLED'} />}

      <Stack component="section" aria-labelledby="meeting-attendance" gap="xs">
        <Title order={2} size="h3" id="meeting-attendance">
          {t('meeting.attendance')}
        </Title>
        <Text data-testid="quorum">
          {t('meeting.quorum', { confirmed: m.quorum.confirmed, members: m.quorum.members, required: m.quorum.required })}
        </Text>
        {answered.length > 0 && (
          <List size="sm">
            {answered.map((a) => (
              <List.Item key={a.deputy.id}>
                {t('meeting.answer', { name: a.deputy.fullName, response: t(`rsvp.${a.response!}`) })}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}
