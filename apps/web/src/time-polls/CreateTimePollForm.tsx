import { useState, type FormEvent } from 'react';
import { ActionIcon, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { getFragmentData } from '../gql';
import { PARIS, formatShortDateTime, userTimeZone } from '../i18n/format';
import { zonedSpanFor } from '../meetings/local-time';
import { CreateTimePollMutation, TimePollFields } from './operations';
import { useFormMutation } from '../graphql/useFormMutation';

const DURATIONS = [30, 60, 90, 120, 180];

interface SlotDraft {
  key: number;
  /** `YYYY-MM-DDTHH:mm` on the Paris clock (a datetime-local value). */
  start: string;
  minutes: string;
}

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A coordinator proposes several slots (on the Paris clock, each shown in their own zone too). */
export function CreateTimePollForm({ groupId, onCreated }: { groupId: string; onCreated: (pollId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [slots, setSlots] = useState<SlotDraft[]>([
    { key: 1, start: '', minutes: '120' },
    { key: 2, start: '', minutes: '120' },
  ]);
  const [errors, setErrors] = useState<{ title?: string; slots?: string }>({});
  const [create, { loading, error }] = useFormMutation(CreateTimePollMutation);
  const mine = userTimeZone();

  const update = (key: number, change: Partial<SlotDraft>) => setSlots((all) => all.map((s) => (s.key === key ? { ...s, ...change } : s)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const filled = slots.filter((s) => LOCAL.test(s.start));
    const next = {
      title: title.trim() ? undefined : t('auth.required'),
      slots: filled.length < 2 ? t('timePolls.slotsTooFew') : undefined,
    };
    setErrors(next);
    if (next.title || next.slots) return;
    const data = await create({
      input: {
        groupId,
        title: title.trim(),
        description: description.trim(),
        timeZone: PARIS,
        // Slots are instants (the rule for skipped or repeated times applied here, local-time.ts).
        slots: filled.map((s) => {
          const span = zonedSpanFor(s.start, Number(s.minutes), PARIS)!;
          return { startsAt: span.start.toISOString(), endsAt: span.end.toISOString() };
        }),
      },
    });
    if (data) onCreated(getFragmentData(TimePollFields, data.createTimePoll).id);
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="time-poll-create-heading" id="time-poll-form">
      <Stack gap="sm">
        <Title order={3} size="h4" id="time-poll-create-heading">
          {t('timePolls.createTitle')}
        </Title>
        {error && <ErrorAlert error={error} />}
        <TextInput
          label={t('timePolls.fieldTitle')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        <Textarea
          label={t('timePolls.fieldDescription')}
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Text size="sm">{t('timePolls.parisClock')}</Text>
        <Stack component="ol" className="plain-list" gap="xs" aria-label={t('timePolls.slots')}>
          {slots.map((s, index) => {
            const startsAt = LOCAL.test(s.start) ? (zonedSpanFor(s.start, Number(s.minutes), PARIS)?.start ?? null) : null;
            return (
              <Paper component="li" key={s.key} withBorder p="xs" data-testid="slot-draft">
                <Group gap="sm" align="flex-end" wrap="wrap">
                  <TextInput
                    type="datetime-local"
                    label={t('timePolls.slotStart', { n: index + 1 })}
                    value={s.start}
                    onChange={(e) => update(s.key, { start: e.currentTarget.value })}
                  />
                  <NativeSelect
                    label={t('timePolls.slotDuration', { n: index + 1 })}
                    data={DURATIONS.map((d) => ({ value: String(d), label: t('schedule.minutes', { count: d }) }))}
                    value={s.minutes}
                    onChange={(e) => update(s.key, { minutes: e.currentTarget.value })}
                    maw={160}
                  />
                  {slots.length > 2 && (
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('timePolls.removeSlot', { n: index + 1 })}
                      onClick={() => setSlots((all) => all.filter((x) => x.key !== s.key))}
                    >
                      <span aria-hidden="true">×</span>
                    </ActionIcon>
                  )}
                </Group>
                {startsAt && mine !== PARIS && (
                  <Text size="xs" mt={4}>
                    {t('schedule.inYourZone', { when: formatShortDateTime(startsAt.toISOString(), i18n.language, mine), zone: mine })}
                  </Text>
                )}
              </Paper>
            );
          })}
        </Stack>
        {errors.slots && (
          <Text size="sm" c="red.9" role="alert">
            {errors.slots}
          </Text>
        )}
        <Group gap="sm">
          <Button
            variant="default"
            onClick={() =>
              setSlots((all) => [
                ...all,
                { key: Math.max(0, ...all.map((x) => x.key)) + 1, start: '', minutes: all.at(-1)?.minutes ?? '120' },
              ])
            }
          >
            {t('timePolls.addSlot')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('timePolls.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
