import { useState, type FormEvent } from 'react';
import { Badge, Button, Group, List, NativeSelect, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Link } from 'react-router';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { getFragmentData, type FragmentType } from '../gql';
import type { ReportsPageQuery as ReportsPageData } from '../gql/graphql';
import { REPORT_COLOR } from '../home/FieldReportItem';
import { formatShortDateTime, PARIS } from '../i18n/format';
import { CloseFieldReportMutation, PlaceReportOnAgendaMutation, ReportTriageFragment, RouteFieldReportMutation } from './operations';
import { territoryName } from '../territories/name';
import { useFormMutation } from '../graphql/useFormMutation';

type Group = ReportsPageData['workingGroups'][number];
type Meeting = ReportsPageData['meetings'][number];
const REFETCH = { refetchQueries: ['ReportsPage'], awaitRefetchQueries: true };

/** One report for triage: what it says, its history, and what the reader may do with it now. */
export function ReportTriageCard(props: { report: FragmentType<typeof ReportTriageFragment>; groups: Group[]; meetings: Meeting[] }) {
  const { t, i18n } = useTranslation();
  const r = getFragmentData(ReportTriageFragment, props.report);
  const headingId = `report-${r.id}-title`;
  // Who may route, place and close is the API's answer (viewerCan); the status says when.
  const canRoute = (r.status === 'SUBMITTED' || r.status === 'TRIAGED') && r.viewerCan.route && props.groups.length > 0;
  const canPlace = r.status === 'TRIAGED' && r.viewerCan.coordinate;
  const canClose = (r.status === 'SUBMITTED' || r.status === 'TRIAGED') && r.viewerCan.coordinate;
  const groupMeetings = props.meetings.filter((m) => m.group.id === r.routedGroup?.id && m.status === 'SCHEDULED');

  return (
    <Paper component="li" withBorder p="md" data-testid="triage-report" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text component="h2" fw={700} size="lg" m={0} id={headingId}>
            {r.title}
          </Text>
          <Badge color={REPORT_COLOR[r.status]} variant="filled" data-testid="triage-status">
            {t(`report.status.${r.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {[territoryName(r, t), r.theme, r.author.fullName, formatShortDateTime(r.createdAt, i18n.language, PARIS)].join(' · ')}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }} dir="auto">
          {r.body}
        </Text>
        {r.anonymisedTestimony && <Text size="sm">{t('reports.anonymised')}</Text>}
        {r.routedGroup && <Text size="sm">{t('report.routedTo', { group: r.routedGroup.name })}</Text>}
        {r.agendaItem && (
          <Text size="sm">
            {t('reports.onAgendaOf')}{' '}
            <Anchor component={Link} to={`/meetings/${r.agendaItem.meeting.id}`}>
              {r.agendaItem.meeting.title}
            </Anchor>
          </Text>
        )}
        <details>
          <summary>{t('reports.history', { count: r.history.length })}</summary>
          <List size="sm" mt="xs" data-testid="triage-history">
            {r.history.map((h, i) => (
              <List.Item key={i}>
                {t('reports.event', {
                  when: formatShortDateTime(h.at, i18n.language, PARIS),
                  status: t(`report.status.${h.toStatus}`),
                  by: h.by.displayName,
                })}
                {h.fromStatus === 'ON_AGENDA' && h.toStatus === 'TRIAGED' ? ` — ${t('reports.removedFromAgenda')}` : ''}
                {h.note ? ` — ${h.note}` : ''}
              </List.Item>
            ))}
          </List>
        </details>
        {canRoute && <RouteForm reportId={r.id} title={r.title} groups={props.groups} current={r.routedGroup?.id} />}
        {canPlace && <PlaceForm reportId={r.id} title={r.title} meetings={groupMeetings} />}
        {canClose && <CloseForm reportId={r.id} title={r.title} />}
      </Stack>
    </Paper>
  );
}

function RouteForm({ reportId, title, groups, current }: { reportId: string; title: string; groups: Group[]; current?: string }) {
  const { t } = useTranslation();
  const [groupId, setGroupId] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [route, { loading, error }] = useFormMutation(RouteFieldReportMutation, REFETCH);
  const options = groups.filter((g) => g.id !== current);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!groupId) return setMissing(true);
    setMissing(false);
    await route({ input: { reportId, groupId, note: note.trim() || null } });
  };
  if (options.length === 0) return null;
  return (
    <form onSubmit={submit} noValidate aria-label={t('reports.routeFormLabel', { title })}>
      <Stack gap="xs">
        {error && <ErrorAlert error={error} />}
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={current ? t('reports.rerouteTo') : t('reports.routeTo')}
            data={[{ value: '', label: t('reports.chooseGroup') }, ...options.map((g) => ({ value: g.id, label: g.name }))]}
            value={groupId}
            onChange={(e) => setGroupId(e.currentTarget.value)}
            error={missing ? t('reports.chooseGroupError') : undefined}
            miw={200}
          />
          <TextInput label={t('reports.routeNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} miw={200} />
          <Button type="submit" loading={loading}>
            {t('reports.route')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PlaceForm({ reportId, title, meetings }: { reportId: string; title: string; meetings: Meeting[] }) {
  const { t, i18n } = useTranslation();
  const [meetingId, setMeetingId] = useState('');
  const [missing, setMissing] = useState(false);
  const [place, { loading, error }] = useFormMutation(PlaceReportOnAgendaMutation, REFETCH);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!meetingId) return setMissing(true);
    setMissing(false);
    await place({ input: { reportId, meetingId } });
  };
  if (meetings.length === 0) return <Text size="sm">{t('reports.noMeetingToPlace')}</Text>;
  return (
    <form onSubmit={submit} noValidate aria-label={t('reports.placeFormLabel', { title })}>
      <Stack gap="xs">
        {error && <ErrorAlert error={error} />}
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('reports.placeOn')}
            data={[
              { value: '', label: t('reports.chooseMeeting') },
              ...meetings.map((m) => ({ value: m.id, label: `${m.title} (${formatShortDateTime(m.startsAt, i18n.language, PARIS)})` })),
            ]}
            value={meetingId}
            onChange={(e) => setMeetingId(e.currentTarget.value)}
            error={missing ? t('reports.chooseMeetingError') : undefined}
            miw={200}
            maw="100%"
          />
          <Button type="submit" loading={loading}>
            {t('reports.place')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CloseForm({ reportId, title }: { reportId: string; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [close, { loading, error }] = useFormMutation(CloseFieldReportMutation, REFETCH);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!note.trim()) return setMissing(true);
    setMissing(false);
    await close({ input: { reportId, note: note.trim() } });
  };
  if (!open) {
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)} aria-label={t('reports.closeOpenLabel', { title })}>
          {t('reports.closeOpen')}
        </Button>
      </Group>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('reports.closeFormLabel', { title })}>
      <Stack gap="xs">
        {error && <ErrorAlert error={error} />}
        <Textarea
          label={t('reports.closeNote')}
          required
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={missing ? t('reports.closeNoteError') : undefined}
          data-autofocus
        />
        <Group gap="sm">
          <Button type="submit" color="red.9" loading={loading}>
            {t('reports.close')}
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('reports.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
