import { Group, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import { toRrule, weekdayOf, type RecurrenceEnd, type RecurrenceKind, type RecurrenceValue } from './recurrence';

const KINDS: RecurrenceKind[] = ['none', 'weekly', 'biweekly', 'monthly'];

interface Props {
  value: RecurrenceValue;
  onChange: (value: RecurrenceValue) => void;
  /** The first meeting's local date-time (YYYY-MM-DDTHH:mm), which gives the weekday. */
  startLocal: string;
  /** Error to show under the end fields. */
  error?: string;
}

/**
 * None / weekly / every two weeks / monthly on the n-th weekday of the first meeting, ending
 * after a number of meetings or on a date. Radio groups (arrow keys), and a sentence that says
 * what was picked (read out politely when it changes).
 */
export function RecurrencePicker({ value, onChange, startLocal, error }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const day = weekdayOf(startLocal);
  const weekdayName = day
    ? new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 7 + day.weekday)))
    : '';
  const ordinal = day ? (day.nth === -1 ? t('recurrence.last') : t(`recurrence.nth.n${day.nth as 1 | 2 | 3 | 4}`)) : '';
  const rule = toRrule(value, startLocal);

  const summary = (() => {
    if (value.kind === 'none') return t('recurrence.summaryNone');
    if (!day) return t('recurrence.pickDateFirst');
    const rhythm =
      value.kind === 'monthly'
        ? t('recurrence.summaryMonthly', { ordinal, weekday: weekdayName })
        : t(value.kind === 'weekly' ? 'recurrence.summaryWeekly' : 'recurrence.summaryBiweekly', { weekday: weekdayName });
    const end =
      value.end === 'count'
        ? t('recurrence.summaryCount', { count: value.count })
        : value.until
          ? t('recurrence.summaryUntil', { date: formatDate(value.until, i18n.language) })
          : '';
    return `${rhythm}${end ? `, ${end}` : ''}.`;
  })();

  return (
    <Stack gap="xs" data-testid="recurrence-picker" data-rrule={rule ?? ''}>
      <Radio.Group
        label={t('recurrence.label')}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: kind as RecurrenceKind })}
        name={`${id}-kind`}
      >
        <Group gap="md" mt={4} wrap="wrap">
          {KINDS.map((k) => (
            <Radio
              key={k}
              value={k}
              label={k === 'monthly' && day ? t('recurrence.monthlyOn', { ordinal, weekday: weekdayName }) : t(`recurrence.kind.${k}`)}
            />
          ))}
        </Group>
      </Radio.Group>
      {value.kind !== 'none' && (
        <>
          <Radio.Group
            label={t('recurrence.endLabel')}
            value={value.end}
            onChange={(end) => onChange({ ...value, end: end as RecurrenceEnd })}
            name={`${id}-end`}
          >
            <Group gap="md" mt={4}>
              <Radio value="count" label={t('recurrence.endCount')} />
              <Radio value="until" label={t('recurrence.endUntil')} />
            </Group>
          </Radio.Group>
          {value.end === 'count' ? (
            <NumberInput
              label={t('recurrence.count')}
              min={2}
              max={110}
              allowDecimal={false}
              value={value.count}
              onChange={(n) => onChange({ ...value, count: typeof n === 'number' ? n : Number(n) || 0 })}
              error={error}
              maw={220}
            />
          ) : (
            <TextInput
              type="date"
              label={t('recurrence.until')}
              value={value.until}
              onChange={(e) => onChange({ ...value, until: e.currentTarget.value })}
              error={error}
              maw={220}
            />
          )}
        </>
      )}
      <Text size="sm" aria-live="polite" data-testid="recurrence-summary">
        {summary}
      </Text>
    </Stack>
  );
}
