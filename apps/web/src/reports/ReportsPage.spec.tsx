import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { groupCan, reportCan } from '../test/fixtures';
import { CloseFieldReportMutation, PlaceReportOnAgendaMutation, ReportsPageQuery, RouteFieldReportMutation } from './operations';

type Status = 'SUBMITTED' | 'TRIAGED' | 'ON_AGENDA' | 'CLOSED';
const COORDINATOR = { __typename: 'User', id: 'u-coord', role: 'COORDINATOR' };
// The coordinator coordinates Santé, not Logement (the API's viewerCan says so).
const health = { __typename: 'WorkingGroup', id: 'g-health', name: 'Santé', viewerCan: groupCan({ coordinate: true }) };
const housing = { __typename: 'WorkingGroup', id: 'g-housing', name: 'Logement', viewerCan: groupCan() };
const meeting = {
  __typename: 'Meeting',
  id: 'm1',
  title: 'Réunion santé de décembre',
  status: 'SCHEDULED',
  startsAt: '2026-12-08T17:00:00.000Z',
  group: { __typename: 'WorkingGroup', id: 'g-health' },
};

const report = (status: Status, o: { routedTo?: typeof health; onAgenda?: boolean } = {}) => ({
  __typename: 'FieldReport',
  id: 'r1',
  title: 'Refus de soins faute d’interprète',
  body: 'Des patientes renoncent aux consultations.',
  status,
  theme: 'Santé',
  territory: 'reg:11',
  territoryLabel: 'Île-de-France',
  anonymisedTestimony: false,
  createdAt: '2026-11-20T10:00:00.000Z',
  author: { __typename: 'Deputy', id: 'd1', fullName: 'Amina Haidari' },
  routedGroup: o.routedTo ? { __typename: 'WorkingGroup', id: o.routedTo.id, name: o.routedTo.name } : null,
  // Unrouted: any coordinator may route it; routed: its group's coordination acts on it.
  viewerCan: reportCan({ route: !o.routedTo || o.routedTo.viewerCan.coordinate, coordinate: !!o.routedTo?.viewerCan.coordinate }),
  agendaItem: o.onAgenda
    ? { __typename: 'AgendaItem', id: 'a9', meeting: { __typename: 'Meeting', id: 'm1', title: meeting.title } }
    : null,
  history: [
    {
      __typename: 'FieldReportEvent',
      at: '2026-11-20T10:00:00.000Z',
      fromStatus: null,
      toStatus: 'SUBMITTED',
      note: null,
      by: { __typename: 'User', id: 'u-amina', displayName: 'Amina Haidari' },
    },
  ],
});
const page = (r: ReturnType<typeof report>) => ({
  request: { query: ReportsPageQuery, variables: { status: null } },
  result: { data: { me: COORDINATOR, workingGroups: [health, housing], meetings: [meeting], fieldReports: [r] } },
});
const card = async () => screen.findByRole('listitem', { name: 'Refus de soins faute d’interprète' });

describe('field report triage', () => {
  it("routes a new report to one of the coordinator's groups, with a note", async () => {
    const routed = report('TRIAGED', { routedTo: health });
    renderApp({
      route: '/reports',
      mocks: [
        page(report('SUBMITTED')),
        {
          request: {
            query: RouteFieldReportMutation,
            variables: { input: { reportId: 'r1', groupId: 'g-health', note: 'À voir en décembre' } },
          },
          result: { data: { routeFieldReport: routed } },
        },
        page(routed),
      ],
    });
    const form = await screen.findByRole('form', { name: 'Transmettre « Refus de soins faute d’interprète »' });
    // Only the groups the coordinator runs are offered.
    const select = within(form).getByRole('combobox', { name: 'Transmettre au groupe' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choisir un groupe', 'Santé']);
    await userEvent.click(within(form).getByRole('button', { name: 'Transmettre' }));
    expect(within(form).getByText('Choisissez un groupe.')).toBeInTheDocument();
    await userEvent.selectOptions(select, 'Santé');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Remarque (facultatif)' }), 'À voir en décembre');
    await userEvent.click(within(form).getByRole('button', { name: 'Transmettre' }));
    expect(await within(await card()).findByText('Transmise au groupe Santé')).toBeInTheDocument();
  });

  it('places a routed report on a coming meeting of its group', async () => {
    const placed = report('ON_AGENDA', { routedTo: health, onAgenda: true });
    renderApp({
      route: '/reports',
      mocks: [
        page(report('TRIAGED', { routedTo: health })),
        {
          request: { query: PlaceReportOnAgendaMutation, variables: { input: { reportId: 'r1', meetingId: 'm1' } } },
          result: { data: { placeReportOnAgenda: placed } },
        },
        page(placed),
      ],
    });
    const form = await screen.findByRole('form', { name: 'Inscrire « Refus de soins faute d’interprète » à l’ordre du jour' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Inscrire à l’ordre du jour de' }), 'm1');
    await userEvent.click(within(form).getByRole('button', { name: 'Inscrire' }));
    expect(await within(await card()).findByRole('link', { name: meeting.title })).toHaveAttribute('href', '/meetings/m1');
  });

  it('asks why before closing a report, for the person who sent it', async () => {
    const closed = { ...report('CLOSED', { routedTo: health }), history: [] };
    renderApp({
      route: '/reports',
      mocks: [
        page(report('TRIAGED', { routedTo: health })),
        {
          request: {
            query: CloseFieldReportMutation,
            variables: { input: { reportId: 'r1', note: 'Déjà traité par le groupe Logement' } },
          },
          result: { data: { closeFieldReport: closed } },
        },
        page(closed),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Classer « Refus de soins faute d’interprète »' }));
    const form = await screen.findByRole('form', { name: 'Classer « Refus de soins faute d’interprète » avec une explication' });
    await userEvent.click(within(form).getByRole('button', { name: 'Classer la remontée' }));
    expect(within(form).getByText('Expliquez pourquoi, pour la personne qui l’a envoyée.')).toBeInTheDocument();
    await userEvent.type(
      within(form).getByRole('textbox', { name: /Pourquoi la remontée est classée/ }),
      'Déjà traité par le groupe Logement',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Classer la remontée' }));
    // The refetched list replaces the card: wait for the new status, not the old badge.
    await waitFor(async () => expect(within(await card()).getByTestId('triage-status')).toHaveTextContent('Close'));
  });

  it('says the steps the application made in the reader’s words (taken off an agenda), and a person’s note as written', async () => {
    const by = { __typename: 'User', id: 'u-coord', displayName: 'Samir Haddad' };
    const step = (at: string, fromStatus: Status | null, toStatus: Status, note: string | null) => ({
      __typename: 'FieldReportEvent',
      at,
      fromStatus,
      toStatus,
      note,
      by,
    });
    const r = {
      ...report('TRIAGED', { routedTo: health }),
      history: [
        step('2026-11-20T10:00:00.000Z', null, 'SUBMITTED', null),
        step('2026-11-21T10:00:00.000Z', 'SUBMITTED', 'TRIAGED', 'À voir en décembre'),
        step('2026-11-22T10:00:00.000Z', 'TRIAGED', 'ON_AGENDA', null),
        step('2026-11-23T10:00:00.000Z', 'ON_AGENDA', 'TRIAGED', null),
      ],
    };
    // The fixture types its one step's statuses and note as null; these steps have others.
    renderApp({ route: '/reports', mocks: [page(r as unknown as ReturnType<typeof report>)] });
    const history = within(await card()).getByTestId('triage-history');
    const steps = within(history)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps[1]).toContain('— À voir en décembre');
    expect(steps[3]).toContain('— retirée de l’ordre du jour');
    expect(history).not.toHaveTextContent(/Agenda of|Removed from|Decision of/);
  });
});
