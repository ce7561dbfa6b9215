import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWidget } from '../test/render';
import { RecurrencePicker } from './RecurrencePicker';
import { NO_RECURRENCE, toRrule, weekdayOf, type RecurrenceValue } from './recurrence';

function Harness({ startLocal }: { startLocal: string }) {
  const [value, setValue] = useState<RecurrenceValue>(NO_RECURRENCE);
  return <RecurrencePicker value={value} onChange={setValue} startLocal={startLocal} />;
}

const rrule = () => screen.getByTestId('recurrence-picker').getAttribute('data-rrule');

describe('recurrence picker', () => {
  it('is a one-off meeting until something else is picked', () => {
    renderWidget(<Harness startLocal="2026-12-01T18:00" />);
    expect(screen.getByRole('radio', { name: 'Aucune' })).toBeChecked();
    expect(rrule()).toBe('');
    expect(screen.getByTestId('recurrence-summary')).toHaveTextContent('Réunion unique.');
    expect(screen.queryByLabelText('Nombre de réunions')).not.toBeInTheDocument();
  });

  it('builds a weekly rule on the first meeting’s weekday, with a count, by keyboard', async () => {
    renderWidget(<Harness startLocal="2026-12-01T18:00" />);
    screen.getByRole('radio', { name: 'Aucune' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Chaque semaine' })).toBeChecked();
    const count = screen.getByLabelText('Nombre de réunions');
    await userEvent.clear(count);
    await userEvent.type(count, '4');
    expect(rrule()).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=4');
    expect(screen.getByTestId('recurrence-summary')).toHaveTextContent('Chaque semaine le mardi, 4 fois.');
  });

  it('every two weeks until a date', async () => {
    renderWidget(<Harness startLocal="2026-12-03T10:00" />);
    await userEvent.click(screen.getByRole('radio', { name: 'Toutes les deux semaines' }));
    await userEvent.click(screen.getByRole('radio', { name: 'À une date' }));
    const until = screen.getByLabelText('Dernier jour possible');
    await userEvent.type(until, '2026-12-31');
    expect(rrule()).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20261231');
    expect(screen.getByTestId('recurrence-summary')).toHaveTextContent('Toutes les deux semaines le jeudi, jusqu’au 31 décembre 2026.');
  });

  it('monthly on the n-th weekday of the first meeting (and "last" for a fifth one)', async () => {
    renderWidget(<Harness startLocal="2026-12-08T18:00" />);
    await userEvent.click(screen.getByRole('radio', { name: 'Chaque mois, le deuxième mardi' }));
    expect(rrule()).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU;COUNT=6');
    expect(weekdayOf('2026-12-29')).toEqual({ weekday: 2, nth: -1 });
    expect(toRrule({ kind: 'monthly', end: 'count', count: 3, until: '' }, '2026-12-29T18:00')).toBe(
      'FREQ=MONTHLY;INTERVAL=1;BYDAY=-1TU;COUNT=3',
    );
  });

  it('has no rule for an incomplete choice, and speaks English', async () => {
    expect(toRrule({ kind: 'weekly', end: 'count', count: 1, until: '' }, '2026-12-01')).toBeNull();
    expect(toRrule({ kind: 'weekly', end: 'until', count: 4, until: '' }, '2026-12-01')).toBeNull();
    expect(toRrule({ kind: 'weekly', end: 'count', count: 4, until: '' }, '')).toBeNull();
    renderWidget(<Harness startLocal="2026-12-01T18:00" />, { lang: 'en' });
    await userEvent.click(screen.getByRole('radio', { name: 'Every week' }));
    expect(screen.getByTestId('recurrence-summary')).toHaveTextContent('Every week on Tuesday, 6 times.');
  });
});
