import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeQuery } from '../auth/operations';
import { renderApp } from '../test/render';
import { graphQLErrorResult, meetingCan } from '../test/fixtures';
import { tokenOf } from '../test/live-fixtures';
import {
  CancelMeetingMutation,
  MeetingPageQuery,
  RemoveAgendaItemMutation,
  RescheduleMeetingMutation,
  UpdateAgendaItemMutation,
  UpdateMinutesMutation,
} from './operations';
import { MeetingOutcomesQuery } from './outcomes-operations';

type Role = 'DEPUTY' | 'COORDINATOR' | 'ADMIN';
const COORDINATOR = { id: 'u-coord', role: 'COORDINATOR' as Role };
const MEMBER = { id: 'u-amina', role: 'DEPUTY' as Role };

const item = (id: string, position: number, title: string, durationMinutes: number | null = null, description = '') => ({
  __typename: 'AgendaItem' as const,
  id,
  position,
  title,
  description,
  durationMinutes,
});
const AGENDA = [item('a1', 1, 'Accueil', 10), item('a2', 2, 'Logement', 30)];

interface Options {
  me?: { id: string; role: Role };
  status?: 'SCHEDULED' | 'LIVE' | 'ENDED' | 'CANCELLED';
  series?: boolean;
  startsAt?: string;
  endsAt?: string;
  cancelReason?: string | null;
  agenda?: ReturnType<typeof item>[];
  minutes?: string;
  versions?: Array<{ version: number; createdAt: string }>;
  reopenableUntil?: string | null;
  attendanceFinal?: boolean;
}

/** The meeting m1 of group g1 (coordinated by u-coord), as `me` sees it; answered once, in order. */
function pageMock(o: Options = {}) {
  const me = o.me ?? COORDINATOR;
  const member = me.role === 'DEPUTY';
  return {
    request: { query: MeetingPageQuery, variables: { id: 'm1' } },
    result: {
      data: {
        me: {
          __typename: 'User' as const,
          id: me.id,
          role: me.role,
          deputy: member ? { __typename: 'Deputy' as const, id: 'd-amina' } : null,
        },
        meeting: {
          __typename: 'Meeting' as const,
          id: 'm1',
          title: 'Réunion du groupe Santé',
          description: '',
          startsAt: o.startsAt ?? '2026-12-01T17:00:00.000Z',
          endsAt: o.endsAt ?? '2026-12-01T19:00:00.000Z',
          timeZone: 'Europe/Paris',
          status: o.status ?? 'SCHEDULED',
          attendanceFinal: o.attendanceFinal ?? o.status === 'ENDED',
          reopenableUntil: o.reopenableUntil ?? null,
          place: null,
          onlineUrl: null,
          cancelReason: o.cancelReason ?? null,
          minutes: o.minutes ?? '',
          minutesVersions: (o.versions ?? []).map((v) => ({ __typename: 'MinutesVersion' as const, ...v })),
          series: o.series ? { __typename: 'MeetingSeries' as const, id: 's1', rrule: 'FREQ=WEEKLY' } : null,
          // As the API's policy answers: u-coord coordinates g1, administrators coordinate every group.
          viewerCan: meetingCan({
            coordinate: me.role === 'ADMIN' || me.id === 'u-coord',
            run: me.role === 'ADMIN' || me.id === 'u-coord',
            moderate: me.id === 'u-coord',
            attend: member,
            discuss: member || me.id === 'u-coord',
          }),
          group: { __typename: 'WorkingGroup' as const, id: 'g1', name: 'Santé' },
          quorum: { __typename: 'Quorum' as const, members: 3, required: 2, confirmed: 0, present: 0, reached: false, expected: 0 },
          currentAgendaItem: null,
          agenda: o.agenda ?? AGENDA,
          attendance: [],
          myAttendance: member
            ? { __typename: 'AttendanceEntry' as const, response: null, deputy: { __typename: 'Deputy' as const, id: 'd-amina' } }
            : null,
        },
      },
    },
  };
}

const meMock = (me: { id: string; role: Role }) => ({
  request: { query: MeQuery },
  result: { data: { me: { __typename: 'User' as const, id: me.id, displayName: 'Claire Martin', role: me.role } } },
  maxUsageCount: Infinity,
});

const outcomesMock = {
  request: { query: MeetingOutcomesQuery, variables: { id: 'm1' } },
  result: {
    data: {
      meeting: {
        __typename: 'Meeting' as const,
        id: 'm1',
        agenda: AGENDA.map(({ __typename, id, position, title }) => ({ __typename, id, position, title })),
        decisions: [],
        actionItems: [],
        group: { __typename: 'WorkingGroup' as const, id: 'g1', members: [] },
      },
    },
  },
  maxUsageCount: Infinity,
};

const open = (mocks: object[], me = COORDINATOR) =>
  renderApp({ route: '/meetings/m1', mocks: [meMock(me), ...(mocks as never[])], token: tokenOf(me.id) });

const titles = () =>
  within(screen.getByTestId('agenda'))
    .getAllByTestId('agenda-title')
    .map((t) => t.textContent);

describe('MeetingPage: managing a meeting', () => {
  it('reschedules a meeting and shows the conflict warnings', async () => {
    const rescheduled = vi.fn(() => ({
      data: {
        rescheduleMeeting: {
          __typename: 'MeetingPayload' as const,
          meeting: { __typename: 'Meeting' as const, id: 'm1', startsAt: '2026-12-08T17:30:00.000Z', endsAt: '2026-12-08T19:00:00.000Z' },
          occurrences: [
            { __typename: 'Meeting' as const, id: 'm1' },
            { __typename: 'Meeting' as const, id: 'm2' },
          ],
          conflicts: [
            {
              __typename: 'MeetingConflict' as const,
              deputyId: 'd-amina',
              deputyName: 'Amina Haidari',
              startsAt: '2026-12-08T17:00:00.000Z',
              meeting: { __typename: 'Meeting' as const, id: 'm9', title: 'Groupe Logement' },
            },
          ],
          warnings: [
            {
              __typename: 'Warning' as const,
              code: 'SCHEDULING_CONFLICT',
              params: {
                deputy: 'Amina Haidari',
                meeting: 'Groupe Logement',
                startsAt: '2026-12-08T17:00:00.000Z',
                timeZone: 'Europe/Paris',
              },
              message: 'Amina Haidari is already in "Groupe Logement".',
            },
          ],
        },
      },
    }));
    open([
      pageMock({ series: true }),
      {
        // 18:30–20:00 on the Paris clock, written as such (the series' following meetings too).
        request: {
          query: RescheduleMeetingMutation,
          variables: {
            input: {
              meetingId: 'm1',
              startsAt: '2026-12-08T18:30:00+01:00',
              endsAt: '2026-12-08T20:00:00+01:00',
              scope: 'THIS_AND_FOLLOWING',
            },
          },
        },
        result: rescheduled,
      },
      pageMock({ series: true, startsAt: '2026-12-08T17:30:00.000Z', endsAt: '2026-12-08T19:00:00.000Z' }),
    ]);

    await userEvent.click(await screen.findByRole('button', { name: 'Changer l’horaire' }));
    const start = screen.getByLabelText(/^Début/);
    // Filled in with the meeting's own clock, and focused.
    expect(start).toHaveValue('2026-12-01T18:00');
    expect(start).toHaveFocus();
    fireEvent.change(start, { target: { value: '2026-12-08T18:30' } });
    fireEvent.change(screen.getByLabelText(/^Fin/), { target: { value: '2026-12-08T20:00' } });
    await userEvent.selectOptions(screen.getByLabelText('Réunions concernées'), 'THIS_AND_FOLLOWING');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le nouvel horaire' }));

    const result = await screen.findByTestId('reschedule-result');
    expect(rescheduled).toHaveBeenCalledTimes(1);
    expect(result).toHaveTextContent('Nouvel horaire enregistré (2 réunion(s) déplacée(s)).');
    expect(result).toHaveTextContent('Attention : 1 conflit d’agenda.');
    expect(result).toHaveTextContent(/Amina Haidari est déjà en réunion « Groupe Logement »/);
    // The API's warning repeats that clash: listed once, never in the server's English.
    expect(result).not.toHaveTextContent('is already in');
    expect(within(result).getAllByText(/Amina Haidari/)).toHaveLength(1);
    // The page shows the new time (refetched).
    await waitFor(() => expect(screen.getByTestId('meeting-when')).toHaveTextContent(/8 décembre 2026/));
  });

  it('refuses an end before the start without calling the API', async () => {
    open([pageMock()]);
    await userEvent.click(await screen.findByRole('button', { name: 'Changer l’horaire' }));
    fireEvent.change(screen.getByLabelText(/^Fin/), { target: { value: '2026-12-01T17:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le nouvel horaire' }));
    expect(await screen.findByText('La fin doit venir après le début.')).toBeInTheDocument();
  });

  it('asks for a reason before cancelling', async () => {
    const cancelled = vi.fn(() => ({
      data: {
        cancelMeeting: {
          __typename: 'MeetingPayload' as const,
          meeting: { __typename: 'Meeting' as const, id: 'm1', status: 'CANCELLED', cancelReason: 'Salle indisponible' },
          occurrences: [{ __typename: 'Meeting' as const, id: 'm1' }],
        },
      },
    }));
    open([
      pageMock(),
      {
        request: { query: CancelMeetingMutation, variables: { input: { meetingId: 'm1', reason: 'Salle indisponible' } } },
        result: cancelled,
      },
      pageMock({ status: 'CANCELLED', cancelReason: 'Salle indisponible' }),
    ]);

    await userEvent.click(await screen.findByRole('button', { name: 'Annuler la réunion' }));
    const dialog = await screen.findByRole('dialog', { name: 'Annuler « Réunion du groupe Santé » ?' });
    // The harmless choice has the focus.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Garder la réunion' })).toHaveFocus());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Oui, annuler la réunion' }));
    expect(await within(dialog).findByText('Donnez la raison : les membres la verront.')).toBeInTheDocument();
    expect(cancelled).not.toHaveBeenCalled();

    await userEvent.type(within(dialog).getByLabelText(/Raison de l’annulation/), 'Salle indisponible');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Oui, annuler la réunion' }));

    expect(await screen.findByText('Annulée : Salle indisponible')).toBeInTheDocument();
    expect(cancelled).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Cancelled: nothing left to manage.
    expect(screen.queryByRole('button', { name: 'Changer l’horaire' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Annuler la réunion' })).not.toBeInTheDocument();
  });

  it('edits and removes an agenda item', async () => {
    const updated = vi.fn(() => ({ data: { updateAgendaItem: item('a2', 2, 'Logement d’urgence', 45, 'Point sur les hébergements') } }));
    const removed = vi.fn(() => ({ data: { removeAgendaItem: [item('a2', 1, 'Logement d’urgence', 45, 'Point sur les hébergements')] } }));
    open([
      pageMock(),
      {
        request: {
          query: UpdateAgendaItemMutation,
          variables: {
            input: { agendaItemId: 'a2', title: 'Logement d’urgence', description: 'Point sur les hébergements', durationMinutes: 45 },
          },
        },
        result: updated,
      },
      pageMock({ agenda: [AGENDA[0], item('a2', 2, 'Logement d’urgence', 45, 'Point sur les hébergements')] }),
      { request: { query: RemoveAgendaItemMutation, variables: { input: { agendaItemId: 'a1' } } }, result: removed },
      pageMock({ agenda: [item('a2', 1, 'Logement d’urgence', 45, 'Point sur les hébergements')] }),
    ]);

    await userEvent.click(await screen.findByRole('button', { name: 'Modifier « Logement »' }));
    const form = screen.getByRole('form', { name: 'Modifier le point « Logement »' });
    const title = within(form).getByLabelText(/Intitulé du point/);
    expect(title).toHaveFocus();
    await userEvent.clear(title);
    await userEvent.type(title, 'Logement d’urgence');
    await userEvent.type(within(form).getByLabelText('Description (facultatif)'), 'Point sur les hébergements');
    const duration = within(form).getByLabelText('Durée en minutes (facultatif)');
    await userEvent.clear(duration);
    await userEvent.type(duration, '45');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(titles()).toEqual(['1. Accueil', '2. Logement d’urgence']));
    expect(updated).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Point sur les hébergements')).toBeInTheDocument();
    expect(screen.getByTestId('agenda-announcer')).toHaveTextContent('« Logement » modifié.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Modifier « Logement d’urgence »' })).toHaveFocus());

    await userEvent.click(screen.getByRole('button', { name: 'Retirer « Accueil »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retirer « Accueil » de l’ordre du jour ?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retirer le point' }));

    await waitFor(() => expect(titles()).toEqual(['1. Logement d’urgence']));
    expect(removed).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('agenda-announcer')).toHaveTextContent('« Accueil » retiré de l’ordre du jour.');
    // Focus goes to the item that took its place.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Modifier « Logement d’urgence »' })).toHaveFocus());
  });

  it('shows the refusal in words when an item with a decision cannot be removed', async () => {
    open([
      pageMock(),
      {
        request: { query: RemoveAgendaItemMutation, variables: { input: { agendaItemId: 'a1' } } },
        result: graphQLErrorResult('CONFLICT', 'A decision was recorded on this item.'),
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Retirer « Accueil »' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retirer le point' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Quelqu’un vient de modifier ces données. Rechargez et réessayez.');
    expect(titles()).toEqual(['1. Accueil', '2. Logement']);
  });

  it('saves the minutes as a new version', async () => {
    const saved = vi.fn(() => ({
      data: {
        updateMinutes: {
          __typename: 'Meeting' as const,
          id: 'm1',
          minutes: 'Décidé : ouvrir une permanence.',
          minutesVersions: [
            { __typename: 'MinutesVersion' as const, version: 1, createdAt: '2026-12-01T19:00:00.000Z' },
            { __typename: 'MinutesVersion' as const, version: 2, createdAt: '2026-12-02T09:00:00.000Z' },
          ],
        },
      },
    }));
    const v1 = { version: 1, createdAt: '2026-12-01T19:00:00.000Z' };
    open([
      pageMock({ status: 'ENDED', minutes: 'Brouillon de séance', versions: [v1] }),
      outcomesMock,
      {
        request: { query: UpdateMinutesMutation, variables: { input: { meetingId: 'm1', body: 'Décidé : ouvrir une permanence.' } } },
        result: saved,
      },
      pageMock({
        status: 'ENDED',
        minutes: 'Décidé : ouvrir une permanence.',
        versions: [v1, { version: 2, createdAt: '2026-12-02T09:00:00.000Z' }],
      }),
    ]);

    expect(await screen.findByTestId('minutes-text')).toHaveTextContent('Brouillon de séance');
    expect(screen.getByTestId('minutes-version')).toHaveTextContent(/^Version 1, enregistrée le mardi 1 décembre 2026/);

    await userEvent.click(screen.getByRole('button', { name: 'Modifier le compte rendu' }));
    const field = screen.getByLabelText('Texte du compte rendu');
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription('Chaque enregistrement crée une nouvelle version ; les précédentes sont conservées.');
    await userEvent.clear(field);
    await userEvent.type(field, 'Décidé : ouvrir une permanence.');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le compte rendu' }));

    expect(await screen.findByText('Compte rendu enregistré.')).toBeInTheDocument();
    expect(saved).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('minutes-text')).toHaveTextContent('Décidé : ouvrir une permanence.');
    expect(screen.getByTestId('minutes-version')).toHaveTextContent(/^Version 2, enregistrée le mercredi 2 décembre 2026/);
    expect(screen.getByRole('button', { name: 'Modifier le compte rendu' })).toHaveFocus();
  });

  it('hides the management buttons from members', async () => {
    open([pageMock({ me: MEMBER, minutes: 'Ordre du jour envoyé.' })], MEMBER);
    expect(await screen.findByTestId('minutes-text')).toHaveTextContent('Ordre du jour envoyé.');
    expect(titles()).toEqual(['1. Accueil', '2. Logement']);
    expect(screen.queryByRole('heading', { name: 'Gérer la réunion' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Changer l’horaire' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Annuler la réunion' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Modifier « / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Retirer « / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Modifier le compte rendu' })).not.toBeInTheDocument();
  });

  it("says when an ended meeting's attendance does not count, and offers reopening to its coordinator only", async () => {
    const until = new Date(Date.now() + 3600_000).toISOString();
    open([pageMock({ status: 'ENDED', attendanceFinal: false, reopenableUntil: until }), outcomesMock]);
    expect(await screen.findByTestId('attendance-not-final', undefined, { timeout: 5000 })).toHaveTextContent(
      'Les présences de cette réunion ne comptent pas dans le registre',
    );
    const run = screen.getByRole('heading', { name: 'Conduire la réunion' }).parentElement!;
    expect(within(run).getByRole('button', { name: 'Rouvrir la réunion' })).toBeInTheDocument();
    expect(within(run).queryByRole('button', { name: 'Clore la réunion' })).not.toBeInTheDocument();
  });

  it('offers a member no reopening of an ended meeting', async () => {
    open([pageMock({ me: MEMBER, status: 'ENDED', reopenableUntil: new Date(Date.now() + 3600_000).toISOString() }), outcomesMock], MEMBER);
    await screen.findByTestId('agenda', undefined, { timeout: 5000 });
    expect(screen.queryByRole('heading', { name: 'Conduire la réunion' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rouvrir la réunion' })).not.toBeInTheDocument();
  });
});
