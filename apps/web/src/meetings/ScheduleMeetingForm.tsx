import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PARIS, formatShortDateTime, userTimeZone } from '../i18n/format';
import { ScheduleMeetingMutation } from './operations';
import { zonedSpanFor } from './local-time';
import { RecurrencePicker } from './RecurrencePicker';
import { NO_RECURRENCE, toRrule, type RecurrenceValue } from './recurrence';
import type { ScheduleMeetingMutation as ScheduleResult } from '../gql/graphql';
import { ConflictWarnings } from './ConflictWarnings';
import { useFormMutation } from '../graphql/useFormMutation';

const DURATIONS = [30, 60, 90, 120, 180];

/** A coordinator schedules a meeting of a group (Europe/Paris clock), once or recurring, and sees who is already booked. */
export function ScheduleMeetingForm({ groupId, onScheduled }: { groupId: string; onScheduled?: () => void }) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [start, setStart] = useState('');
  const [duration, setDuration] = useState('120');
  const [place, setPlace] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [recurrence, setRecurrence] = useState<RecurrenceValue>(NO_RECURRENCE);
  const [errors, setErrors] = useState<{ title?: string; start?: string; recurrence?: string }>({});
  const [result, setResult] = useState<ScheduleResult['scheduleMeeting'] | null>(null);
  const [schedule, { loading, error, reset }] = useFormMutation(ScheduleMeetingMutation);
  const mine = userTimeZone();

  // Typed on the Paris clock: the times to send, by the one rule for skipped or repeated times.
  const span = zonedSpanFor(start, Number(duration), PARIS);
  const startsAt = span?.start ?? null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const rrule = toRrule(recurrence, start);
    const next = {
      title: title.trim() ? undefined : t('auth.required'),
      start: startsAt ? undefined : t('auth.required'),
      recurrence: recurrence.kind !== 'none' && !rrule ? t('recurrence.invalid') : undefined,
    };
    setErrors(next);
    if (next.title || next.start || next.recurrence || !span) return;
    reset();
    setResult(null);
    const data = await schedule({
      input: {
        groupId,
        title: title.trim(),
        startsAt: span.startsAt,
        endsAt: span.endsAt,
        timeZone: PARIS,
        place: place.trim() || null,
        onlineUrl: onlineUrl.trim() || null,
        recurrence: rrule,
      },
    });
    if (data) {
      setResult(data.scheduleMeeting);
      setTitle('');
      setRecurrence(NO_RECURRENCE);
      onScheduled?.();
    }
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="schedule-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="schedule-heading">
          {t('schedule.title')}
        </Title>
        {error && <ErrorAlert error={error} />}
        {result && (
          <Alert color={result.conflicts.length ? 'orange' : 'green'} variant="light" role="status" data-testid="schedule-result">
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('schedule.done', { count: result.occurrences.length })}{' '}
                <Anchor component={Link} to={`/meetings/${result.meeting.id}`}>
                  {result.meeting.title}
                </Anchor>
              </Text>
              <ConflictWarnings conflicts={result.conflicts} warnings={result.warnings} timeZone={PARIS} />
            </Stack>
          </Alert>
        )}
        <TextInput
          label={t('schedule.fieldTitle')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            type="datetime-local"
            label={t('schedule.start')}
            description={t('schedule.parisClock')}
            required
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
            error={errors.start}
          />
          <NativeSelect
            label={t('schedule.duration')}
            data={DURATIONS.map((d) => ({ value: String(d), label: t('schedule.minutes', { count: d }) }))}
            value={duration}
            onChange={(e) => setDuration(e.currentTarget.value)}
            maw={180}
          />
        </Group>
        {startsAt && (
          <Text size="sm" data-testid="schedule-local-time">
            {mine === PARIS
              ? t('schedule.sameZone')
              : t('schedule.inYourZone', { when: formatShortDateTime(startsAt.toISOString(), i18n.language, mine), zone: mine })}
          </Text>
        )}
        <TextInput label={t('schedule.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
        <TextInput label={t('schedule.onlineUrl')} type="url" value={onlineUrl} onChange={(e) => setOnlineUrl(e.currentTarget.value)} />
        <RecurrencePicker value={recurrence} onChange={setRecurrence} startLocal={start} error={errors.recurrence} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('schedule.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
