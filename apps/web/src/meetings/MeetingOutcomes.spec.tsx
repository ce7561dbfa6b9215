import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { MockLink } from '@apollo/client/testing';
import { AppProviders } from '../app/providers';
import { createApolloClient } from '../graphql/client';
import { createI18n } from '../i18n';
import { graphQLErrorResult } from '../test/fixtures';
import { MeetingOutcomes } from './MeetingOutcomes';
import { MeetingOutcomesQuery, SetActionStatusMutation } from './outcomes-operations';

const action = (id: string, title: string, status: string, assignee: { id: string; fullName: string } | null) => ({
  __typename: 'ActionItem' as const,
  id,
  title,
  status,
  dueOn: null,
  assignee: assignee && { __typename: 'Deputy' as const, ...assignee },
});
const AMINA = { id: 'd-amina', fullName: 'Amina Haidari' };
const BAKARY = { id: 'd-bakary', fullName: 'Bakary Diallo' };

const outcomesMock = (roomStatus = 'OPEN') => ({
  request: { query: MeetingOutcomesQuery, variables: { id: 'm1' } },
  result: {
    data: {
      meeting: {
        __typename: 'Meeting' as const,
        id: 'm1',
        agenda: [],
        decisions: [],
        actionItems: [action('x1', 'Réserver la salle', roomStatus, AMINA), action('x2', 'Écrire à la mairie', 'OPEN', BAKARY)],
        group: { __typename: 'WorkingGroup' as const, id: 'g1', members: [] },
      },
    },
  },
});

/** MeetingOutcomes alone, with the app's providers, answering from mocked API responses. */
function renderOutcomes(props: { canRecord: boolean; myDeputyId: string | null }, mocks: ReadonlyArray<MockLink.MockedResponse>) {
  const client = createApolloClient({ terminatingLink: new MockLink(mocks, { showWarnings: false }) });
  return render(
    <AppProviders client={client} i18n={createI18n('fr')}>
      <MemoryRouter>
        <MeetingOutcomes meetingId="m1" {...props} />
      </MemoryRouter>
    </AppProviders>,
  );
}

const actionItem = (title: string) => screen.getAllByTestId('action-item').find((li) => li.textContent?.includes(title))!;

describe('MeetingOutcomes: action items', () => {
  it("changes an action item's status", async () => {
    const setStatus = vi.fn(() => ({ data: { setActionStatus: { __typename: 'ActionItem' as const, id: 'x1', status: 'DONE' } } }));
    renderOutcomes({ canRecord: false, myDeputyId: 'd-amina' }, [
      outcomesMock(),
      { request: { query: SetActionStatusMutation, variables: { input: { actionItemId: 'x1', status: 'DONE' } } }, result: setStatus },
      outcomesMock('DONE'),
    ]);

    // The assignee changes their own action, not the others'.
    const select = await screen.findByRole('combobox', { name: 'Statut de « Réserver la salle »' });
    expect(screen.queryByRole('combobox', { name: 'Statut de « Écrire à la mairie »' })).not.toBeInTheDocument();
    expect(select).toHaveValue('OPEN');

    await userEvent.selectOptions(select, 'DONE');

    expect(await within(actionItem('Réserver la salle')).findByRole('status')).toHaveTextContent('« Réserver la salle » : Faite.');
    expect(setStatus).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(select).toHaveValue('DONE'));
  });

  it('lets the coordinators change every action, and shows a refusal in words', async () => {
    renderOutcomes({ canRecord: true, myDeputyId: null }, [
      outcomesMock(),
      {
        request: { query: SetActionStatusMutation, variables: { input: { actionItemId: 'x2', status: 'IN_PROGRESS' } } },
        result: graphQLErrorResult('FORBIDDEN', 'Not allowed.'),
      },
    ]);
    expect(await screen.findByRole('combobox', { name: 'Statut de « Réserver la salle »' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Statut de « Écrire à la mairie »' }), 'IN_PROGRESS');
    expect(await within(actionItem('Écrire à la mairie')).findByRole('alert')).toBeInTheDocument();
  });

  it('gives a member no status control for an action that is not theirs', async () => {
    renderOutcomes({ canRecord: false, myDeputyId: 'd-someone' }, [outcomesMock()]);
    expect(await screen.findByText('Réserver la salle')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
