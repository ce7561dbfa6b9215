import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { graphQLErrorResult, meMock } from '../test/fixtures';
import { recordsGroupsMock as groupsMock, recordsTermsMock as termsMock } from '../test/records-fixtures';
import { AttendanceRecordQuery } from './operations';

const row = (deputyId: string, fullName: string, meetings: number, present: number, excused: number) => ({
  __typename: 'DeputyAttendance',
  deputyId,
  fullName,
  meetings,
  present,
  excused,
  absent: meetings - present - excused,
  rate: meetings ? present / meetings : 0,
});
const rows = [row('d1', 'Amina Haidari', 4, 3, 1), row('d2', 'Émilie Nkosi', 4, 1, 0), row('d3', 'Bakary Diallo', 2, 2, 0)];

const recordMock = (result: object, groupId: string | null = null) => ({
  request: { query: AttendanceRecordQuery, variables: { termId: 't1', groupId } },
  result,
  maxUsageCount: Infinity,
});

/** Text as read, with the narrow no-break spaces Intl puts before "%" as plain spaces. */
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => (c.textContent ?? '').replace(/\s/g, ' '));
const bodyNames = () =>
  within(screen.getByTestId('attendance-table'))
    .getAllByTestId('attendance-row')
    .map((r) => within(r).getByRole('rowheader').textContent);

describe('AttendanceRecordPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows every deputy’s present, excused and absent counts with the rate, in an accessible table sorted by any column', async () => {
    renderApp({ route: '/records/attendance', mocks: [meMock, termsMock, groupsMock, recordMock({ data: { attendanceRecord: rows } })] });
    const table = await screen.findByRole('table', { name: /Présences par député·e \(Mandature 2025-2027 · Tous les groupes\)/ });
    expect(screen.getByRole('region', { name: /Présences par député·e/ })).toHaveAttribute('tabindex', '0');
    expect(screen.getByTestId('attendance-overall')).toHaveTextContent(
      /^Taux de présence global : 60\s% \(6 présences sur 10 convocations\)\.$/,
    );
    const amina = within(table).getByRole('row', { name: /Amina Haidari/ });
    expect(cells(amina)).toEqual(['4', '3', '1', '0', '75 %']);

    // By name first, in the reader's alphabetical order (É sorts with E).
    expect(bodyNames()).toEqual(['Amina Haidari', 'Bakary Diallo', 'Émilie Nkosi']);
    const nameHeader = within(table).getByRole('columnheader', { name: /Député·e/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(nameHeader).toHaveAttribute('scope', 'col');

    const rate = within(table).getByRole('button', { name: /Taux de présence/ });
    await userEvent.click(rate);
    expect(within(table).getByRole('columnheader', { name: /Taux de présence/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(nameHeader).not.toHaveAttribute('aria-sort');
    expect(bodyNames()).toEqual(['Émilie Nkosi', 'Amina Haidari', 'Bakary Diallo']);
    await userEvent.click(rate);
    expect(within(table).getByRole('columnheader', { name: /Taux de présence/ })).toHaveAttribute('aria-sort', 'descending');
    expect(bodyNames()).toEqual(['Bakary Diallo', 'Amina Haidari', 'Émilie Nkosi']);

    // Keyboard: the header buttons are reachable and work with Enter; ties keep alphabetical order.
    within(table)
      .getByRole('button', { name: /Excusé·e/ })
      .focus();
    await userEvent.keyboard('{Enter}');
    expect(bodyNames()).toEqual(['Bakary Diallo', 'Émilie Nkosi', 'Amina Haidari']);
  });

  it('is reached from the administrators’ main navigation, /records leading to it', async () => {
    renderApp({ route: '/records', mocks: [meMock, termsMock, groupsMock, recordMock({ data: { attendanceRecord: rows } })] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Registre des présences' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(await within(nav).findByRole('link', { name: 'Registres' })).toHaveAttribute('aria-current', 'page');
    expect(within(screen.getByRole('navigation', { name: 'Registres' })).getByRole('link', { name: 'Présences' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('reads the record of one group when a group is chosen', async () => {
    renderApp({
      route: '/records/attendance',
      mocks: [
        meMock,
        termsMock,
        groupsMock,
        recordMock({ data: { attendanceRecord: rows } }),
        recordMock({ data: { attendanceRecord: [row('d3', 'Bakary Diallo', 1, 0, 0)] } }, 'g2'),
      ],
    });
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Groupe de travail' }), 'Santé');
    await screen.findByRole('table', { name: /Mandature 2025-2027 · Santé/ });
    expect(bodyNames()).toEqual(['Bakary Diallo']);
    expect(cells(screen.getByRole('row', { name: /Bakary Diallo/ }))).toEqual(['1', '0', '0', '1', '0 %']);
  });

  it('says in words that the record is empty when nobody is a member in that scope', async () => {
    renderApp({ route: '/records/attendance', mocks: [meMock, termsMock, groupsMock, recordMock({ data: { attendanceRecord: [] } })] });
    expect(await screen.findByTestId('attendance-empty')).toHaveTextContent(
      'Personne n’est membre d’un groupe dans ce périmètre : le registre est vide.',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a deputy without meetings as such, not as 0 %', async () => {
    renderApp({
      route: '/records/attendance',
      mocks: [meMock, termsMock, groupsMock, recordMock({ data: { attendanceRecord: [row('d1', 'Amina Haidari', 0, 0, 0)] } })],
    });
    const amina = await screen.findByRole('row', { name: /Amina Haidari/ });
    expect(within(amina).getAllByRole('cell').at(-1)).toHaveTextContent('aucune réunion');
    expect(screen.getByTestId('attendance-overall')).toHaveTextContent('Aucune réunion n’est encore terminée dans ce périmètre.');
  });

  it('explains a refusal in words and offers to try again', async () => {
    renderApp({
      route: '/records/attendance',
      mocks: [meMock, termsMock, groupsMock, recordMock(graphQLErrorResult('FORBIDDEN', 'Administrators only.'))],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Vous n’avez pas le droit de faire cela.');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('downloads the CSV with the signed-in token in the Authorization header, never in the address', async () => {
    const fetchMock = vi.fn(async () => new Response('deputy_id,deputy\r\n', { status: 200, headers: { 'content-type': 'text/csv' } }));
    vi.stubGlobal('fetch', fetchMock);
    const created: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(Object.create(URL), { createObjectURL: (b: Blob) => (created.push(b), 'blob:csv'), revokeObjectURL: () => undefined }),
    );
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    renderApp({
      route: '/records/attendance',
      token: 'secret-token',
      mocks: [meMock, termsMock, groupsMock, recordMock({ data: { attendanceRecord: rows } })],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Télécharger le CSV' }));

    expect(await screen.findByTestId('download-status')).toHaveTextContent('Fichier téléchargé : presences-mandature-2025-2027.csv');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/attendance-record/t1.csv?lang=fr');
    expect(url).not.toContain('secret-token');
    expect(init.headers).toEqual({ authorization: 'Bearer secret-token' });
    expect(clicked[0].download).toBe('presences-mandature-2025-2027.csv');
    expect(clicked[0].getAttribute('href')).toBe('blob:csv');
    expect(await created[0].text()).toBe('deputy_id,deputy\r\n');
  });

  it('says why the CSV did not come', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"code":"FORBIDDEN"}', { status: 403 })),
    );
    renderApp({ route: '/records/attendance', mocks: [meMock, termsMock, groupsMock, recordMock({ data: { attendanceRecord: rows } })] });
    await userEvent.click(await screen.findByRole('button', { name: 'Télécharger le CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le fichier n’a pas pu être téléchargé. Vous n’avez pas le droit de faire cela.',
    );

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Télécharger le CSV' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Impossible de joindre le serveur.'));
  });
});
