import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { graphQLErrorResult, meMock } from '../test/fixtures';
import { MeQuery } from '../auth/operations';
import { CreateWorkingGroupMutation, GroupsQuery, NewGroupTermQuery } from './operations';

const group = (id: string, name: string, theme: string) => ({
  __typename: 'WorkingGroup',
  id,
  name,
  theme,
  description: '',
  unreadCount: 0,
  members: [],
});
const groups = (list: ReturnType<typeof group>[]) => ({ request: { query: GroupsQuery }, result: { data: { workingGroups: list } } });
const currentTerm = {
  request: { query: NewGroupTermQuery },
  result: { data: { currentTerm: { __typename: 'Term', id: 'term-1', name: 'Mandature 2025-2027' } } },
};
const input = { termId: 'term-1', name: 'Logement', theme: 'Droit au logement', description: 'Urgences.' };
const meAs = (role: string) => ({
  request: { query: MeQuery },
  result: { data: { me: { __typename: 'User', id: 'u9', displayName: 'Personne', role } } },
  maxUsageCount: Infinity,
});

async function fillNewGroup() {
  await userEvent.click(await screen.findByRole('button', { name: 'Nouveau groupe de travail' }));
  const form = await screen.findByRole('form', { name: 'Nouveau groupe de travail' });
  expect(within(form).getByText('Mandature : Mandature 2025-2027')).toBeInTheDocument();
  await userEvent.type(within(form).getByRole('textbox', { name: /Nom du groupe/ }), input.name);
  await userEvent.type(within(form).getByRole('textbox', { name: /Thème/ }), input.theme);
  await userEvent.type(within(form).getByRole('textbox', { name: 'Description' }), input.description);
  return form;
}

describe('GroupsPage: new working group', () => {
  it('creates a working group and shows it in the list', async () => {
    renderApp({
      route: '/groups',
      mocks: [
        meMock,
        groups([group('g1', 'Santé', 'Accès aux soins')]),
        currentTerm,
        {
          request: { query: CreateWorkingGroupMutation, variables: { input } },
          result: { data: { createWorkingGroup: { __typename: 'WorkingGroup', id: 'g2', name: 'Logement' } } },
        },
        groups([group('g2', 'Logement', input.theme), group('g1', 'Santé', 'Accès aux soins')]),
      ],
    });
    const form = await fillNewGroup();
    await userEvent.click(within(form).getByRole('button', { name: 'Créer le groupe' }));

    expect(await screen.findByTestId('groups-outcome')).toHaveTextContent('Groupe « Logement » créé.');
    expect(screen.getByRole('link', { name: 'Ouvrir le groupe Logement' })).toHaveAttribute('href', '/groups/g2');
    const list = screen.getByRole('list', { name: 'Groupes de travail' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getByRole('link', { name: 'Logement' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Nouveau groupe de travail' })).toBeNull();
  });

  it('asks for a name and a theme before sending', async () => {
    renderApp({ route: '/groups', mocks: [meMock, groups([]), currentTerm] });
    await userEvent.click(await screen.findByRole('button', { name: 'Nouveau groupe de travail' }));
    const form = await screen.findByRole('form', { name: 'Nouveau groupe de travail' });
    await userEvent.click(within(form).getByRole('button', { name: 'Créer le groupe' }));
    expect(within(form).getAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: /Nom du groupe/ }));
  });

  it('says in words that the name is taken in this term (CONFLICT)', async () => {
    renderApp({
      route: '/groups',
      mocks: [
        meMock,
        groups([]),
        currentTerm,
        {
          request: { query: CreateWorkingGroupMutation, variables: { input } },
          result: graphQLErrorResult('CONFLICT', 'A working group named "Logement" already exists in this term.'),
        },
      ],
    });
    const form = await fillNewGroup();
    await userEvent.click(within(form).getByRole('button', { name: 'Créer le groupe' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Un groupe de travail porte déjà ce nom dans cette mandature.');
  });

  it('says there is no current term instead of offering the form', async () => {
    renderApp({
      route: '/groups',
      mocks: [meMock, groups([]), { request: { query: NewGroupTermQuery }, result: { data: { currentTerm: null } } }],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Nouveau groupe de travail' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Aucune mandature en cours');
    expect(screen.queryByRole('button', { name: 'Créer le groupe' })).toBeNull();
  });

  it('offers group creation to no deputy', async () => {
    renderApp({ route: '/groups', mocks: [meAs('DEPUTY'), groups([group('g1', 'Santé', 'Accès aux soins')])] });
    expect(await screen.findByRole('link', { name: 'Santé' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nouveau groupe de travail' })).toBeNull();
  });
});
