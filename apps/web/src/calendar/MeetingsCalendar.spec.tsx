import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { MockLink } from '@apollo/client/testing';
import { AppProviders } from '../app/providers';
import { createApolloClient } from '../graphql/client';
import { createI18n, type Language } from '../i18n';
import { periodBounds, visibleDays, type CalendarView, type DayKey } from './grid';
import { MeetingsCalendar } from './MeetingsCalendar';
import { CalendarRangeQuery } from './operations';

const meeting = (id: string, title: string, startsAt: string, status = 'SCHEDULED') => ({
  __typename: 'Meeting',
  id,
  title,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 90 * 60_000).toISOString(),
  status,
  group: { __typename: 'WorkingGroup', id: 'g1', name: 'Santé' },
});

const rangeMock = (view: CalendarView, day: DayKey, meetings: ReturnType<typeof meeting>[]) => ({
  request: { query: CalendarRangeQuery, variables: periodBounds(visibleDays(view, day)) },
  result: { data: { meetings } },
});

function renderCalendar(route: string, mocks: ReturnType<typeof rangeMock>[], lang: Language = 'fr') {
  const client = createApolloClient({ terminatingLink: new MockLink(mocks, { showWarnings: false }) });
  return render(
    <AppProviders client={client} i18n={createI18n(lang)}>
      <MemoryRouter initialEntries={[route]}>
        <MeetingsCalendar />
      </MemoryRouter>
    </AppProviders>,
  );
}

const cell = (day: DayKey) => document.querySelector<HTMLElement>(`[data-day="${day}"]`)!;

describe('MeetingsCalendar', () => {
  beforeEach(() => {
    // Only the clock is faked (Apollo's timers stay real): "today" is Wednesday 24 March 2027.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-24T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows the month on whole weeks, today marked, each meeting a link on its Paris day', async () => {
    renderCalendar('/calendar', [
      rangeMock('month', '2027-03-24', [
        meeting('m1', 'Santé mentale', '2027-03-24T17:00:00Z'),
        meeting('m2', 'Bilan', '2027-03-31T22:30:00Z'),
      ]),
    ]);

    const grid = await screen.findByRole('table', { name: 'mars 2027' });
    expect(within(grid).getAllByRole('row')).toHaveLength(6); // the weekday names and five weeks
    const headers = within(grid).getAllByRole('columnheader');
    expect(headers.map((h) => h.querySelector('.cal-wd-short')?.textContent)).toEqual([
      'lun.',
      'mar.',
      'mer.',
      'jeu.',
      'ven.',
      'sam.',
      'dim.',
    ]);
    expect(headers[0]).toHaveAccessibleName('lun.'); // the one-letter form a phone shows is not read out
    expect(headers[0].querySelector('abbr')).toHaveAttribute('title', 'lundi');
    const link = await within(cell('2027-03-24')).findByRole('link', { name: /Santé mentale/ });
    expect(link).toHaveAttribute('href', '/meetings/m1');
    expect(link).toHaveTextContent('18:00'); // winter time in Paris
    expect(cell('2027-03-24')).toHaveAttribute('aria-current', 'date');
    expect(cell('2027-03-24')).toHaveTextContent('aujourd’hui');
    // 22:30 UTC on 31 March is 00:30 on 1 April in Paris: April's first day, greyed in March's grid.
    expect(within(cell('2027-04-01')).getByRole('link', { name: /Bilan/ })).toHaveTextContent('00:30');
    expect(cell('2027-04-01')).toHaveAttribute('data-outside', 'true');
    expect(cell('2027-03-31').querySelector('a')).toBeNull();
  });

  it('moves between months with Page Down / Page Up and the buttons, focus on the new month’s title', async () => {
    renderCalendar('/calendar?view=month&date=2027-03-24', [
      rangeMock('month', '2027-03-24', []),
      rangeMock('month', '2027-04-01', [meeting('m3', 'Logement', '2027-04-07T16:00:00Z')]),
      rangeMock('month', '2027-02-01', []),
    ]);
    await screen.findByRole('table', { name: 'mars 2027' });
    expect(await screen.findByText('Aucune réunion sur cette période.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Aujourd’hui' }));
    await userEvent.keyboard('{PageDown}');
    expect(await screen.findByRole('table', { name: 'avril 2027' })).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByTestId('calendar-period'));
    // Summer time now: 16:00 UTC is 18:00 in Paris.
    expect(await screen.findByRole('link', { name: /Logement/ })).toHaveTextContent('18:00');

    await userEvent.keyboard('{PageUp}{PageUp}');
    expect(await screen.findByRole('table', { name: 'février 2027' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Mois suivant' }));
    expect(await screen.findByRole('table', { name: 'mars 2027' })).toBeInTheDocument();
  });

  it('lists the week the clocks go forward day by day, with each meeting on its Paris day and time', async () => {
    renderCalendar('/calendar?view=week&date=2027-03-24', [
      rangeMock('week', '2027-03-24', [
        meeting('w1', 'Avant le changement', '2027-03-27T09:00:00Z'), // Saturday 10:00 winter time
        meeting('w2', 'Après le changement', '2027-03-28T08:00:00Z'), // Sunday 10:00 summer time
        meeting('w3', 'Annulée', '2027-03-22T17:00:00Z', 'CANCELLED'),
      ]),
      rangeMock('week', '2027-03-31', []),
    ]);

    const week = await screen.findByRole('list', { name: 'Semaine du 22 mars au 28 mars 2027' });
    const days = within(week)
      .getAllByRole('listitem')
      .filter((li) => li.hasAttribute('data-day'));
    expect(days.map((d) => d.getAttribute('data-day'))).toEqual([
      '2027-03-22',
      '2027-03-23',
      '2027-03-24',
      '2027-03-25',
      '2027-03-26',
      '2027-03-27',
      '2027-03-28',
    ]);
    expect(within(days[2]).getByRole('heading', { level: 3 })).toHaveTextContent('mercredi 24 mars aujourd’hui');
    expect(await within(days[5]).findByRole('link', { name: /Avant le changement/ })).toHaveTextContent('10:00–11:30');
    expect(within(days[6]).getByRole('link', { name: /Après le changement/ })).toHaveTextContent('10:00–11:30');
    expect(within(days[0]).getByRole('link', { name: /Annulée/ })).toHaveTextContent('(annulée)');

    await userEvent.click(screen.getByRole('button', { name: 'Semaine suivante' }));
    expect(await screen.findByRole('list', { name: 'Semaine du 29 mars au 4 avril 2027' })).toBeInTheDocument();
  });

  it('switches from month to week with the view control', async () => {
    renderCalendar('/calendar?date=2027-03-24', [rangeMock('month', '2027-03-24', []), rangeMock('week', '2027-03-24', [])]);
    await screen.findByRole('table', { name: 'mars 2027' });
    await userEvent.click(screen.getByRole('radio', { name: 'Semaine' }));
    expect(await screen.findByRole('list', { name: 'Semaine du 22 mars au 28 mars 2027' })).toBeInTheDocument();
  });

  it('reads right to left in Arabic, the “previous” arrow pointing right, times on a 24-hour clock', async () => {
    localStorage.setItem('tribune.lang', 'ar');
    renderCalendar(
      '/calendar?date=2027-03-24',
      [rangeMock('month', '2027-03-24', [meeting('m1', 'اجتماع', '2027-03-24T17:00:00Z')])],
      'ar',
    );
    await screen.findByRole('table', { name: 'مارس 2027' });
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('button', { name: 'الشهر السابق' })).toHaveTextContent('›');
    expect(screen.getByRole('button', { name: 'الشهر التالي' })).toHaveTextContent('‹');
    expect(await screen.findByRole('link', { name: /اجتماع/ })).toHaveTextContent('18:00');
  });

  it('gives the reader’s own time beside the Paris time when their zone differs', async () => {
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...real.call(this), timeZone: 'America/Toronto' };
    });
    try {
      renderCalendar('/calendar?view=week&date=2027-03-24', [
        rangeMock('week', '2027-03-24', [meeting('t1', 'Santé mentale', '2027-03-24T17:00:00Z')]),
      ]);
      // Toronto is already on summer time (since 14 March), Paris not yet: 18:00 in Paris, 13:00 in Toronto.
      expect(await screen.findByRole('link', { name: /Santé mentale/ })).toHaveTextContent('18:00–19:30 (13:00)');
      expect(screen.getByText(/entre parenthèses, chez vous \(America\/Toronto\)/)).toBeInTheDocument();
    } finally {
      spy.mockRestore();
    }
  });
});
