import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, renderWithApi } from '../test/fake-api';
import { TimePollPage } from './TimePollPage';
import { groupCan } from '../test/fixtures';

const slot = (id: string, startsAt: string, endsAt: string, yes: number, ifNeedBe: number, no: number, answers: unknown[] = []) => ({
  __typename: 'TimePollSlot',
  id,
  startsAt,
  endsAt,
  tally: { __typename: 'TimePollTally', yes, ifNeedBe, no },
  answers,
});

function aPoll(over: Record<string, unknown> = {}) {
  return {
    __typename: 'TimePoll',
    id: 'p1',
    title: 'Réunion de décembre',
    description: '',
    status: 'OPEN',
    timeZone: 'Europe/Paris',
    createdAt: '2026-11-27T10:00:00.000Z',
    closedAt: null,
    bestSlotId: 's2',
    meeting: null,
    slots: [
      slot('s1', '2026-12-07T17:00:00.000Z', '2026-12-07T19:00:00.000Z', 0, 1, 1),
      slot('s2', '2026-12-08T17:00:00.000Z', '2026-12-08T19:00:00.000Z', 2, 0, 0, [
        { __typename: 'TimePollAnswer', answer: 'YES', deputy: { __typename: 'Deputy', id: 'd-amina', fullName: 'Amina Haidari' } },
      ]),
    ],
    ...over,
  };
}

function page(me: { role: string; deputyId: string | null; id?: string }, poll: Record<string, unknown>) {
  return {
    me: { __typename: 'User', id: me.id ?? 'u-me', role: me.role, deputy: me.deputyId ? { __typename: 'Deputy', id: me.deputyId } : null },
    workingGroup: {
      __typename: 'WorkingGroup',
      id: 'g1',
      name: 'Santé',
      viewerCan: groupCan({ coordinate: me.role === 'ADMIN' || me.id === 'u-coord' }),
      members: [
        { __typename: 'GroupMember', id: 'gm1', deputy: { __typename: 'Deputy', id: 'd-amina' } },
        { __typename: 'GroupMember', id: 'gm2', deputy: { __typename: 'Deputy', id: 'd-yonas' } },
      ],
    },
    timePolls: [poll],
  };
}

const ROUTE = { path: '/groups/:groupId/time-polls/:pollId', url: '/groups/g1/time-polls/p1' };

describe('TimePollPage', () => {
  it('shows each slot on the Paris clock with the tally and the best slot, and sends a member’s answers per slot', async () => {
    const api = fakeApi((name) =>
      name === 'AnswerTimePoll' ? { answerTimePoll: aPoll() } : page({ role: 'DEPUTY', deputyId: 'd-yonas' }, aPoll()),
    );
    renderWithApi(<TimePollPage />, api, undefined, ROUTE);

    await screen.findByRole('heading', { level: 1, name: 'Réunion de décembre' });
    const slots = screen.getAllByTestId('time-poll-slot');
    expect(within(slots[0]).getByTestId('slot-when')).toHaveTextContent('lundi 7 décembre 2026 à 18:00–20:00');
    expect(within(slots[0]).getByTestId('slot-tally')).toHaveTextContent('Oui : 0 · Si besoin : 1 · Non : 1');
    expect(slots[1]).toHaveAttribute('data-best', 'true');
    expect(within(slots[1]).getByText('Meilleur créneau')).toBeInTheDocument();
    // A member, not a coordinator: no scheduling.
    expect(screen.queryByRole('button', { name: 'Planifier et clore le sondage' })).not.toBeInTheDocument();

    await userEvent.click(within(slots[0]).getByRole('radio', { name: 'Non' }));
    await userEvent.click(within(slots[1]).getByRole('radio', { name: 'Si besoin' }));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer mes réponses' }));
    await waitFor(() => expect(screen.getByTestId('answers-saved')).toHaveTextContent('Vos réponses sont enregistrées.'));
    expect(api.sent.find((s) => s.name === 'AnswerTimePoll')?.variables).toEqual({
      input: {
        pollId: 'p1',
        answers: [
          { slotId: 's1', answer: 'NO' },
          { slotId: 's2', answer: 'IF_NEED_BE' },
        ],
      },
    });
  });

  it('lets the group’s coordinator schedule the best slot in one step and shows the conflicts it found', async () => {
    let poll = aPoll();
    const api = fakeApi((name) => {
      if (name === 'ScheduleFromTimePoll') {
        poll = aPoll({
          status: 'CLOSED',
          closedAt: '2026-11-27T11:00:00.000Z',
          meeting: { __typename: 'Meeting', id: 'm9', title: 'Réunion de décembre', startsAt: '2026-12-08T17:00:00.000Z' },
        });
        return {
          scheduleFromTimePoll: {
            __typename: 'ScheduleFromTimePollPayload',
            meeting: { __typename: 'Meeting', id: 'm9', title: 'Réunion de décembre', startsAt: '2026-12-08T17:00:00.000Z' },
            poll,
            conflicts: [
              {
                __typename: 'MeetingConflict',
                deputyId: 'd-amina',
                deputyName: 'Amina Haidari',
                startsAt: '2026-12-08T17:30:00.000Z',
                meeting: { __typename: 'Meeting', id: 'm3', title: 'Droits des femmes' },
              },
            ],
            warnings: [],
          },
        };
      }
      return page({ role: 'COORDINATOR', deputyId: null, id: 'u-coord' }, poll);
    });
    renderWithApi(<TimePollPage />, api, undefined, ROUTE);

    const chosen = await screen.findByRole('combobox', { name: 'Créneau retenu' });
    expect(chosen).toHaveValue('s2');
    expect(screen.queryByRole('button', { name: 'Enregistrer mes réponses' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Planifier et clore le sondage' }));

    const done = await screen.findByTestId('time-poll-scheduled');
    expect(done).toHaveTextContent('Réunion planifiée : Réunion de décembre');
    expect(done).toHaveTextContent('Attention : 1 conflit d’agenda.');
    expect(done).toHaveTextContent('Amina Haidari est déjà en réunion « Droits des femmes »');
    expect(api.sent.find((s) => s.name === 'ScheduleFromTimePoll')?.variables).toEqual({
      input: { pollId: 'p1', slotId: 's2', place: null },
    });
    expect(screen.getByTestId('time-poll-status')).toHaveTextContent('Clos');
    expect(screen.queryByRole('button', { name: 'Planifier et clore le sondage' })).not.toBeInTheDocument();
  });
});
