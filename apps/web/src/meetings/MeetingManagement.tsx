import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { formatInTimeZone } from 'date-fns-tz';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { MeetingScope, RescheduleMeetingMutation as RescheduleResult } from '../gql/graphql';
import { CancelMeetingMutation, RescheduleMeetingMutation } from './operations';
import { ConflictWarnings } from './ConflictWarnings';
import { zonedSpan } from './local-time';
import { useFormMutation } from '../graphql/useFormMutation';
import { AppModal, ConfirmButtons } from '../ui/ConfirmDialog';

export interface ManagedMeeting {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  series?: { id: string } | null;
}

const REFETCH = { refetchQueries: ['MeetingPage'], awaitRefetchQueries: true };
const SCOPES: MeetingScope[] = ['THIS', 'THIS_AND_FOLLOWING'];
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** "2026-12-01T18:00" of an instant on the meeting's own clock (what a datetime-local input holds). */
const wallClock = (iso: string, zone: string) => formatInTimeZone(new Date(iso), zone, "yyyy-MM-dd'T'HH:mm");

/**
 * A scheduled meeting's coordinators (and administrators) move it or cancel it; for a series,
 * the change can reach the following occurrences too. Times are typed on the meeting's clock.
 */
export function MeetingManagement({ meeting }: { meeting: ManagedMeeting }) {
  const { t } = useTranslation();
  const [formOpen, setFormOpen] = useState(false);
  const [cancelOpen, setCancelOpen] = useState(false);
  const [result, setResult] = useState<RescheduleResult['rescheduleMeeting'] | null>(null);
  const rescheduleButton = useRef<HTMLButtonElement>(null);

  return (
    <Stack component="section" aria-labelledby="meeting-manage" gap="xs">
      <Title order={2} size="h3" id="meeting-manage">
        {t('meetingAdmin.heading')}
      </Title>
      {result && (
        <Alert color={result.conflicts.length ? 'orange' : 'green'} variant="light" role="status" data-testid="reschedule-result">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('meetingAdmin.rescheduled', { count: result.occurrences.length })}
            </Text>
            <ConflictWarnings conflicts={result.conflicts} warnings={result.warnings} timeZone={meeting.timeZone} />
          </Stack>
        </Alert>
      )}
      <Group gap="sm">
        <Button
          ref={rescheduleButton}
          variant="default"
          aria-expanded={formOpen}
          aria-controls="reschedule-form"
          onClick={() => setFormOpen((o) => !o)}
        >
          {formOpen ? t('meetingAdmin.closeForm') : t('meetingAdmin.reschedule')}
        </Button>
        <Button color="red.9" variant="outline" onClick={() => setCancelOpen(true)}>
          {t('meetingAdmin.cancel')}
        </Button>
      </Group>
      {formOpen && (
        <RescheduleForm
          meeting={meeting}
          onDone={(r) => {
            setResult(r);
            setFormOpen(false);
            rescheduleButton.current?.focus();
          }}
        />
      )}
      <AppModal opened={cancelOpen} onClose={() => setCancelOpen(false)} title={t('meetingAdmin.cancelTitle', { title: meeting.title })}>
        {cancelOpen && <CancelForm meeting={meeting} onClose={() => setCancelOpen(false)} />}
      </AppModal>
    </Stack>
  );
}

function ScopeSelect({ value, onChange }: { value: MeetingScope; onChange: (s: MeetingScope) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('meetingAdmin.scope')}
      data={SCOPES.map((s) => ({ value: s, label: t(`meetingAdmin.scope${s}`) }))}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as MeetingScope)}
    />
  );
}

function RescheduleForm({ meeting, onDone }: { meeting: ManagedMeeting; onDone: (r: RescheduleResult['rescheduleMeeting']) => void }) {
  const { t } = useTranslation();
  const zone = meeting.timeZone;
  const [start, setStart] = useState(() => wallClock(meeting.startsAt, zone));
  const [end, setEnd] = useState(() => wallClock(meeting.endsAt, zone));
  const [scope, setScope] = useState<MeetingScope>('THIS');
  const [errors, setErrors] = useState<{ start?: string; end?: string }>({});
  const [reschedule, { loading, error }] = useFormMutation(RescheduleMeetingMutation, REFETCH);
  // The form opens under its button: focus follows to its first field.
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => firstField.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // On the meeting's clock, by the one rule for skipped or repeated times (local-time.ts).
    const span = LOCAL.test(start) && LOCAL.test(end) ? zonedSpan(start, end, zone) : null;
    const next = {
      start: LOCAL.test(start) ? undefined : t('auth.required'),
      end: !LOCAL.test(end) ? t('auth.required') : span && end <= start ? t('meetingAdmin.endBeforeStart') : undefined,
    };
    setErrors(next);
    if (next.start || next.end || !span) return;
    const data = await reschedule({
      input: { meetingId: meeting.id, startsAt: span.startsAt, endsAt: span.endsAt, ...(meeting.series ? { scope } : {}) },
    });
    if (data) onDone(data.rescheduleMeeting);
  };

  return (
    <Paper withBorder p="sm" component="form" id="reschedule-form" onSubmit={submit} noValidate aria-labelledby="reschedule-heading">
      <Stack gap="xs">
        <Title order={3} size="h5" id="reschedule-heading">
          {t('meetingAdmin.rescheduleTitle')}
        </Title>
        {error && <ErrorAlert error={error} />}
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            type="datetime-local"
            label={t('meetingAdmin.start')}
            description={t('meetingAdmin.zoneClock', { zone })}
            required
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
            error={errors.start}
            ref={firstField}
          />
          <TextInput
            type="datetime-local"
            label={t('meetingAdmin.end')}
            description={t('meetingAdmin.zoneClock', { zone })}
            required
            value={end}
            onChange={(e) => setEnd(e.currentTarget.value)}
            error={errors.end}
          />
        </Group>
        {meeting.series && <ScopeSelect value={scope} onChange={setScope} />}
        <Group>
          <Button type="submit" loading={loading}>
            {t('meetingAdmin.rescheduleSubmit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The reason is required (members see it); the dialog starts on the harmless choice. */
function CancelForm({ meeting, onClose }: { meeting: ManagedMeeting; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [scope, setScope] = useState<MeetingScope>('THIS');
  const [cancel, { loading, error }] = useFormMutation(CancelMeetingMutation, REFETCH);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(t('meetingAdmin.reasonError'));
      return;
    }
    setReasonError(undefined);
    const saved = await cancel({ input: { meetingId: meeting.id, reason: reason.trim(), ...(meeting.series ? { scope } : {}) } });
    if (!saved) return;
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('meetingAdmin.cancelText')}</Text>
        {error && <ErrorAlert error={error} />}
        <Textarea
          label={t('meetingAdmin.reason')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={reasonError}
        />
        {meeting.series && <ScopeSelect value={scope} onChange={setScope} />}
        <ConfirmButtons
          keepLabel={t('meetingAdmin.keep')}
          onKeep={onClose}
          confirmLabel={t('meetingAdmin.cancelConfirm')}
          color="red.9"
          busy={loading}
        />
      </Stack>
    </form>
  );
}
