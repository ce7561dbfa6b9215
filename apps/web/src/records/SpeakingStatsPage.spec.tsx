import { describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { graphQLErrorResult, meMock } from '../test/fixtures';
import { recordsGroupsMock as groupsMock, recordsTermsMock as termsMock } from '../test/records-fixtures';
import { RecordsMeetingsQuery, SpeakingStatsQuery } from './operations';

/** A row by person; its gender only feeds the test's aggregate (the page asks for no gender beside a name). */
const person = (deputyId: string, fullName: string, gender: string, seconds: number, speeches: number) => ({
  __typename: 'SpeakingTimeByPerson',
  deputyId,
  fullName,
  gender,
  seconds,
  speeches,
});
const row = ({ gender: _gender, ...p }: ReturnType<typeof person>) => p;
const stats = (people: ReturnType<typeof person>[]) => {
  const totalSeconds = people.reduce((a, p) => a + p.seconds, 0);
  return {
    __typename: 'SpeakingStats',
    totalSeconds,
    speeches: people.reduce((a, p) => a + p.speeches, 0),
    byPerson: people.map(row),
    byGender: ['MAN', 'OTHER', 'UNDISCLOSED', 'WOMAN'].map((gender) => {
      const mine = people.filter((p) => p.gender === gender);
      const seconds = mine.reduce((a, p) => a + p.seconds, 0);
      return {
        __typename: 'SpeakingTimeByGender',
        gender,
        seconds,
        speeches: mine.reduce((a, p) => a + p.speeches, 0),
        share: totalSeconds ? seconds / totalSeconds : 0,
      };
    }),
  };
};
const statsMock = (input: Record<string, string>, result: object) => ({
  request: { query: SpeakingStatsQuery, variables: { input } },
  result,
  maxUsageCount: Infinity,
});
const termStats = stats([
  person('d2', 'Bakary Diallo', 'MAN', 330, 3),
  person('d1', 'Amina Haidari', 'WOMAN', 200, 2),
  person('d3', 'Émilie Nkosi', 'WOMAN', 70, 1),
]);
const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\s/g, ' ');

describe('SpeakingStatsPage', () => {
  it('writes out the women’s share of speaking time over the term, by declared gender and by person', async () => {
    renderApp({
      route: '/records/speaking',
      mocks: [meMock, termsMock, groupsMock, statsMock({ termId: 't1' }, { data: { speakingStats: termStats } })],
    });
    expect(text(await screen.findByTestId('women-share'))).toBe('Part des femmes dans le temps de parole : 45 %');
    expect(screen.getByRole('heading', { level: 2, name: /Part des femmes/ })).toBeInTheDocument();
    expect(screen.getByTestId('speaking-total')).toHaveTextContent('6 interventions, 10 min 00 s au total.');
    const genders = within(screen.getByRole('list', { name: 'Temps de parole par genre déclaré' })).getAllByRole('listitem');
    // Women and men always; a gender nobody spoke as is left out.
    expect(genders.map(text)).toEqual([
      'Femmes : 45 % du temps (4 min 30 s, 3 interventions)',
      'Hommes : 55 % du temps (5 min 30 s, 3 interventions)',
    ]);

    const table = screen.getByRole('table', { name: 'Temps de parole par personne, du plus long au plus court.' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Bakary Diallo', 'Amina Haidari', 'Émilie Nkosi']);
    // No declared gender beside a name (issue 12): only the aggregate above.
    expect(within(rows[2]).getAllByRole('cell').map(text)).toEqual(['1', '1 min 10 s', '12 %']);
    expect(within(table).queryByRole('columnheader', { name: 'Genre déclaré' })).not.toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .every((th) => th.getAttribute('scope') === 'col'),
    ).toBe(true);
  });

  it('reads a group’s statistics, then one meeting’s, when the scope changes', async () => {
    renderApp({
      route: '/records/speaking',
      mocks: [
        meMock,
        termsMock,
        groupsMock,
        statsMock({ termId: 't1' }, { data: { speakingStats: termStats } }),
        statsMock({ groupId: 'g1' }, { data: { speakingStats: stats([person('d1', 'Amina Haidari', 'WOMAN', 200, 2)]) } }),
        statsMock(
          { groupId: 'g2' },
          { data: { speakingStats: stats([person('d2', 'Bakary Diallo', 'MAN', 90, 1), person('d9', 'Sam Roy', 'OTHER', 30, 1)]) } },
        ),
        {
          request: { query: RecordsMeetingsQuery, variables: { groupId: 'g2' } },
          result: {
            data: {
              meetings: [
                { __typename: 'Meeting', id: 'm2', title: 'Séance de novembre', startsAt: '2026-11-03T17:00:00.000Z', status: 'ENDED' },
                { __typename: 'Meeting', id: 'm1', title: 'Séance annulée', startsAt: '2026-10-03T17:00:00.000Z', status: 'CANCELLED' },
              ],
            },
          },
          maxUsageCount: Infinity,
        },
        statsMock({ meetingId: 'm2' }, { data: { speakingStats: stats([person('d2', 'Bakary Diallo', 'MAN', 90, 1)]) } }),
      ],
    });
    await screen.findByTestId('women-share');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Périmètre' }), 'Un groupe');
    expect(text(await screen.findByText(/^Part des femmes/, {}, { timeout: 2000 }))).toBe(
      'Part des femmes dans le temps de parole : 100 %',
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Groupe de travail' }), 'Santé');
    await screen.findByText('Sam Roy');
    expect(text(screen.getByTestId('women-share'))).toBe('Part des femmes dans le temps de parole : 0 %');
    expect(screen.getByTestId('gender-share-OTHER')).toHaveTextContent(/^Autres : 25\s% du temps \(30 s, 1 intervention\)$/);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Périmètre' }), 'Une réunion');
    const meeting = await screen.findByRole('combobox', { name: 'Réunion' });
    // Only meetings that took place.
    expect(
      within(meeting)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([expect.stringMatching(/^Séance de novembre · /)]);
    await screen.findByTestId('speaking-total');
    expect(await screen.findByText('1 intervention, 1 min 30 s au total.')).toBeInTheDocument();
    expect(screen.queryByText('Sam Roy')).toBeNull();
  });

  it('says so in words when nobody has spoken yet', async () => {
    renderApp({
      route: '/records/speaking',
      mocks: [meMock, termsMock, groupsMock, statsMock({ termId: 't1' }, { data: { speakingStats: stats([]) } })],
    });
    expect(await screen.findByTestId('speaking-empty')).toHaveTextContent('Aucune intervention terminée dans ce périmètre.');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByTestId('women-share')).toBeNull();
  });

  it('explains an error in words and offers to try again', async () => {
    renderApp({
      route: '/records/speaking',
      mocks: [
        meMock,
        termsMock,
        groupsMock,
        statsMock({ termId: 't1' }, graphQLErrorResult('FORBIDDEN', 'Term-wide statistics are for administrators and coordinators.')),
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Vous n’avez pas le droit de faire cela.');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });

  it('is written in English and Arabic too', async () => {
    renderApp({
      route: '/records/speaking',
      lang: 'en',
      mocks: [meMock, termsMock, groupsMock, statsMock({ termId: 't1' }, { data: { speakingStats: termStats } })],
    });
    expect(text(await screen.findByTestId('women-share'))).toBe('Women’s share of speaking time: 45%');
    expect(screen.getByRole('navigation', { name: 'Records' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Speaking time' })).toHaveAttribute('aria-current', 'page');
    cleanup();

    renderApp({
      route: '/records/speaking',
      lang: 'ar',
      mocks: [meMock, termsMock, groupsMock, statsMock({ termId: 't1' }, { data: { speakingStats: termStats } })],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'وقت الكلام والمناصفة' })).toBeInTheDocument();
    expect(text(await screen.findByTestId('women-share'))).toMatch(/^حصة النساء من وقت الكلام: /);
  });
});
