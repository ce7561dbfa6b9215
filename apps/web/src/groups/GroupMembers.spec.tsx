import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { graphQLErrorResult, groupCan } from '../test/fixtures';
import {
  AddGroupCoordinatorMutation,
  AddGroupMemberMutation,
  GroupCoordinatorChoicesQuery,
  GroupDeputyChoicesQuery,
  GroupPageQuery,
  RemoveGroupMemberMutation,
} from './operations';

const deputy = (id: string, fullName: string, territoryLabel = 'Île-de-France') => ({
  __typename: 'Deputy',
  id,
  fullName,
  territory: 'reg:11',
  territoryLabel,
});
const amina = deputy('d1', 'Amina Haidari');
const emilie = deputy('d2', 'Émilie Nkosi', 'Occitanie');
const yusuf = deputy('d3', 'Yusuf Demir', 'Bretagne');
const member = (d: ReturnType<typeof deputy>, role: string) => ({
  __typename: 'GroupMember',
  id: `m-${d.id}`,
  role,
  startsOn: '2025-02-01',
  deputy: d,
});
const coordinator = { __typename: 'User', id: 'u-coord', displayName: 'Coordination sociale' };

/** The group page as the API answers it to `me` (id, role), with these members and coordinators; `viewerCan` as the API's policy answers it. */
const groupPage = (
  me: { id: string; role: string },
  members: ReturnType<typeof member>[],
  coordinators = [coordinator],
  can: Parameters<typeof groupCan>[0] = {},
) => ({
  request: { query: GroupPageQuery, variables: { id: 'g1' } },
  result: {
    data: {
      me: { __typename: 'User', ...me },
      workingGroup: {
        __typename: 'WorkingGroup',
        id: 'g1',
        name: 'Santé',
        theme: 'Accès aux soins',
        description: '',
        coordinators,
        members,
        viewerCan: groupCan({ coordinate: me.role === 'ADMIN' || coordinators.some((c) => c.id === me.id), ...can }),
      },
      upcoming: [],
      past: [],
      fieldReports: [],
    },
  },
});
const asCoordinator = { id: 'u-coord', role: 'COORDINATOR' };
const asAdmin = { id: 'u-admin', role: 'ADMIN' };
const deputyChoices = { request: { query: GroupDeputyChoicesQuery }, result: { data: { deputies: [amina, emilie, yusuf] } } };

// jsdom has no layout, so floating-ui takes the select's input for scrolled out of view and hides the dropdown (display: none).
const optionsShown = () =>
  within(screen.getByRole('listbox', { hidden: true }))
    .getAllByRole('option', { hidden: true })
    .map((o) => o.textContent);
const membersList = () => screen.getByRole('list', { name: /^Membre/ });

describe('GroupMembers', () => {
  it('adds a member with a role', async () => {
    renderApp({
      route: '/groups/g1',
      mocks: [
        groupPage(asCoordinator, [member(amina, 'LEAD')]),
        deputyChoices,
        {
          request: { query: AddGroupMemberMutation, variables: { input: { groupId: 'g1', deputyId: 'd2', role: 'RAPPORTEUR' } } },
          result: { data: { addGroupMember: { __typename: 'GroupMember', id: 'm-d2', role: 'RAPPORTEUR', scheduleConflicts: [] } } },
        },
        groupPage(asCoordinator, [member(amina, 'LEAD'), member(emilie, 'RAPPORTEUR')]),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Ajouter un membre' }));
    const form = await screen.findByRole('form', { name: 'Ajouter un membre au groupe' });
    const search = within(form).getByRole('combobox', { name: /Député·e/ });
    // Amina is already in the group: only the others are offered, and typing narrows them.
    await userEvent.click(search);
    expect(optionsShown()).toEqual(['Émilie Nkosi', 'Yusuf Demir']);
    await userEvent.type(search, 'nko');
    expect(optionsShown()).toEqual(['Émilie Nkosi']);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(search).toHaveValue('Émilie Nkosi');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Rôle dans le groupe' }), 'Rapporteur·e');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter au groupe' }));

    expect(await screen.findByTestId('members-outcome')).toHaveTextContent('Émilie Nkosi a rejoint le groupe (Rapporteur·e).');
    await waitFor(() => expect(within(membersList()).getAllByRole('listitem')).toHaveLength(2));
    const added = within(membersList()).getAllByRole('listitem')[1]!;
    expect(added).toHaveTextContent('Émilie Nkosi');
    expect(added).toHaveTextContent('Rapporteur·e');
  });

  it("warns when the new member is already in another meeting at the time of one of the group's", async () => {
    const clash = {
      __typename: 'MeetingConflict',
      deputyId: 'd3',
      deputyName: 'Yusuf Demir',
      startsAt: '2026-12-08T17:00:00.000Z',
      meeting: { __typename: 'Meeting', id: 'm9', title: 'Plénière santé' },
    };
    renderApp({
      route: '/groups/g1',
      mocks: [
        groupPage(asCoordinator, []),
        deputyChoices,
        {
          request: { query: AddGroupMemberMutation, variables: { input: { groupId: 'g1', deputyId: 'd3', role: 'MEMBER' } } },
          result: { data: { addGroupMember: { __typename: 'GroupMember', id: 'm-d3', role: 'MEMBER', scheduleConflicts: [clash] } } },
        },
        groupPage(asCoordinator, [member(yusuf, 'MEMBER')]),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Ajouter un membre' }));
    const form = await screen.findByRole('form', { name: 'Ajouter un membre au groupe' });
    await userEvent.type(within(form).getByRole('combobox', { name: /Député·e/ }), 'Yusuf');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter au groupe' }));

    expect(await screen.findByTestId('members-outcome')).toHaveTextContent('Yusuf Demir a rejoint le groupe');
    const warning = await screen.findByTestId('members-conflicts');
    expect(warning).toHaveTextContent('Attention : 1 conflit d’agenda.');
    expect(warning).toHaveTextContent('Yusuf Demir est déjà en réunion « Plénière santé » le');
  });

  it('asks for a deputy before sending, and shows the API refusal in words', async () => {
    renderApp({
      route: '/groups/g1',
      mocks: [
        groupPage(asCoordinator, []),
        deputyChoices,
        {
          request: { query: AddGroupMemberMutation, variables: { input: { groupId: 'g1', deputyId: 'd3', role: 'MEMBER' } } },
          result: graphQLErrorResult('CONFLICT', 'Yusuf Demir is already a member of "Santé".'),
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Ajouter un membre' }));
    const form = await screen.findByRole('form', { name: 'Ajouter un membre au groupe' });
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter au groupe' }));
    expect(within(form).getByText('Ce champ est obligatoire.')).toBeInTheDocument();

    await userEvent.type(within(form).getByRole('combobox', { name: /Député·e/ }), 'Yusuf');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter au groupe' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Cette personne est déjà membre du groupe.');
  });

  it('asks for confirmation before removing a member', async () => {
    renderApp({
      route: '/groups/g1',
      mocks: [
        groupPage(asCoordinator, [member(amina, 'LEAD'), member(emilie, 'MEMBER')]),
        {
          request: { query: RemoveGroupMemberMutation, variables: { input: { groupId: 'g1', deputyId: 'd2' } } },
          result: { data: { removeGroupMember: { __typename: 'GroupMember', id: 'm-d2', endsOn: '2026-11-27' } } },
        },
        groupPage(asCoordinator, [member(amina, 'LEAD')]),
      ],
    });
    const remove = await screen.findByRole('button', { name: 'Retirer Émilie Nkosi du groupe' });
    await userEvent.click(remove);
    const dialog = await screen.findByRole('dialog', { name: 'Retirer Émilie Nkosi du groupe ?' });
    expect(dialog).toHaveTextContent('Émilie Nkosi ne sera plus membre à partir d’aujourd’hui.');
    // The harmless choice has the focus; Escape cancels and nothing is removed.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuler' })));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(membersList()).getAllByRole('listitem')).toHaveLength(2);

    await userEvent.click(remove);
    const again = await screen.findByRole('dialog', { name: 'Retirer Émilie Nkosi du groupe ?' });
    await userEvent.click(within(again).getByRole('button', { name: 'Retirer du groupe' }));
    expect(await screen.findByTestId('members-outcome')).toHaveTextContent('Émilie Nkosi ne fait plus partie du groupe.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(within(membersList()).getAllByRole('listitem')).toHaveLength(1));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: /^Membre/ })));
  });

  it('shows the API refusal of a removal in the dialog', async () => {
    renderApp({
      route: '/groups/g1',
      mocks: [
        groupPage(asAdmin, [member(emilie, 'MEMBER')], []),
        {
          request: { query: RemoveGroupMemberMutation, variables: { input: { groupId: 'g1', deputyId: 'd2' } } },
          result: graphQLErrorResult('NOT_FOUND', 'Current membership of deputy d2 in "Santé" not found.'),
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Retirer Émilie Nkosi du groupe' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retirer du groupe' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Cette personne n’est déjà plus membre du groupe.');
  });

  it('shows the list read-only to a member', async () => {
    renderApp({
      route: '/groups/g1',
      mocks: [groupPage({ id: 'u-amina', role: 'DEPUTY' }, [member(amina, 'LEAD'), member(emilie, 'MEMBER')])],
    });
    const list = await screen.findByRole('list', { name: /^Membres/ });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Amina HaidariÎle-de-FranceResponsable', 'Émilie NkosiOccitanieMembre']);
    expect(within(list).queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Ajouter un membre' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ajouter une coordination' })).toBeNull();
  });

  it('shows the list read-only to a coordinator of another group', async () => {
    renderApp({ route: '/groups/g1', mocks: [groupPage({ id: 'u-other', role: 'COORDINATOR' }, [member(amina, 'LEAD')])] });
    const list = await screen.findByRole('list', { name: /^Membre/ });
    expect(within(list).queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Ajouter un membre' })).toBeNull();
  });

  it('lets only administrators add a coordinator, chosen among the coordinator accounts', async () => {
    renderApp({
      route: '/groups/g1',
      mocks: [
        groupPage(asAdmin, [member(amina, 'LEAD')]),
        {
          request: { query: GroupCoordinatorChoicesQuery },
          result: {
            data: {
              users: [
                { __typename: 'User', id: 'u-admin', displayName: 'Claire Martin', role: 'ADMIN' },
                { ...coordinator, role: 'COORDINATOR' },
                { __typename: 'User', id: 'u-coord2', displayName: 'Coordination juridique', role: 'COORDINATOR' },
                { __typename: 'User', id: 'u-amina', displayName: 'Amina Haidari', role: 'DEPUTY' },
              ],
            },
          },
        },
        {
          request: { query: AddGroupCoordinatorMutation, variables: { input: { groupId: 'g1', userId: 'u-coord2' } } },
          result: {
            data: {
              addGroupCoordinator: {
                __typename: 'WorkingGroup',
                id: 'g1',
                coordinators: [coordinator, { __typename: 'User', id: 'u-coord2', displayName: 'Coordination juridique' }],
              },
            },
          },
        },
        groupPage(
          asAdmin,
          [member(amina, 'LEAD')],
          [coordinator, { __typename: 'User', id: 'u-coord2', displayName: 'Coordination juridique' }],
        ),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Ajouter une coordination' }));
    const form = await screen.findByRole('form', { name: 'Confier la coordination du groupe' });
    await userEvent.click(within(form).getByRole('combobox', { name: /Compte de coordination/ }));
    // Not the administrator, not a deputy, not the group's current coordinator.
    expect(optionsShown()).toEqual(['Coordination juridique']);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await userEvent.click(within(form).getByRole('button', { name: 'Confier la coordination' }));
    expect(await screen.findByTestId('members-outcome')).toHaveTextContent('Coordination juridique coordonne maintenant le groupe.');
    expect(await screen.findByText('Coordination : Coordination sociale, Coordination juridique')).toBeInTheDocument();
  });

  it("offers the group's discussion only to those the API lets read it: not to an administrator who is neither member nor coordinator", async () => {
    renderApp({
      route: '/groups/g1',
      mocks: [groupPage(asAdmin, [member(amina, 'LEAD')], [coordinator], { discuss: false, moderate: false })],
    });
    expect(await screen.findByRole('list', { name: /^Membre/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Discussion' })).toBeNull();
  });
});
