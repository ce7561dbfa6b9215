import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { graphQLErrorResult, meMock } from '../test/fixtures';
import { AccountsQuery, CreateUserMutation, SetUserRoleMutation } from './operations';

const user = (id: string, displayName: string, email: string, role: string, deputy: { id: string; fullName: string } | null = null) => ({
  __typename: 'User',
  id,
  displayName,
  email,
  role,
  locale: 'fr',
  disabled: false,
  deputy: deputy && { __typename: 'Deputy', ...deputy },
});

const users = [
  user('u1', 'Claire Martin', 'admin@tribune.example', 'ADMIN'),
  user('u2', 'Coordination sociale', 'coordination.sociale@tribune.example', 'COORDINATOR'),
  user('u3', 'Amina Haidari', 'amina.haidari@tribune.example', 'DEPUTY', { id: 'd1', fullName: 'Amina Haidari' }),
];
const deputies = [
  { __typename: 'Deputy', id: 'd1', fullName: 'Amina Haidari' },
  { __typename: 'Deputy', id: 'd2', fullName: 'Émilie Nkosi' },
];
const accounts = (list = users) => ({
  request: { query: AccountsQuery },
  result: { data: { me: { __typename: 'User', id: 'u1', role: 'ADMIN' }, users: list, deputies } },
});
const newAccount = {
  displayName: 'Émilie Nkosi',
  email: 'emilie.nkosi@tribune.example',
  password: 'long-enough-secret',
  role: 'DEPUTY',
  locale: 'fr',
  deputyId: 'd2',
};

async function fillNewAccount() {
  await userEvent.click(await screen.findByRole('button', { name: 'Créer un compte' }));
  const form = screen.getByRole('form', { name: 'Nouveau compte' });
  await userEvent.type(within(form).getByRole('textbox', { name: /Nom affiché/ }), newAccount.displayName);
  await userEvent.type(within(form).getByRole('textbox', { name: /Adresse e-mail/ }), newAccount.email);
  await userEvent.type(within(form).getByLabelText(/Mot de passe provisoire/), newAccount.password);
  await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Profil de député·e/ }), 'Émilie Nkosi');
  return form;
}

describe('AccountsPage', () => {
  it('lists every account with its role and linked deputy, and filters them by text and role', async () => {
    renderApp({ route: '/accounts', mocks: [meMock, accounts()] });
    const list = await screen.findByRole('list', { name: 'Comptes' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Claire Martin (vous)');
    expect(within(items[0]).queryByRole('button')).toBeNull(); // no demoting oneself
    expect(items[2]).toHaveTextContent('Député·e lié·e : Amina Haidari');
    expect(within(items[1]).getByTestId('account-role')).toHaveTextContent('Coordination');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'amina');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByTestId('accounts-count')).toHaveTextContent('1 compte');
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Rechercher' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rôle' }), 'Administration');
    expect(within(screen.getByRole('list', { name: 'Comptes' })).getAllByRole('listitem')).toHaveLength(1);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'personne');
    expect(screen.getByText('Aucun compte ne correspond à cette recherche.')).toBeInTheDocument();
  });

  it('checks the form before sending, then creates the account linked to a deputy without one', async () => {
    renderApp({
      route: '/accounts',
      mocks: [
        meMock,
        accounts(),
        {
          request: { query: CreateUserMutation, variables: { input: newAccount } },
          result: {
            data: { createUser: { __typename: 'User', id: 'u4', displayName: 'Émilie Nkosi', email: newAccount.email, role: 'DEPUTY' } },
          },
        },
        accounts([...users, user('u4', 'Émilie Nkosi', newAccount.email, 'DEPUTY', { id: 'd2', fullName: 'Émilie Nkosi' })]),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Créer un compte' }));
    const form = screen.getByRole('form', { name: 'Nouveau compte' });
    // Only Émilie has no account yet.
    expect(
      within(within(form).getByRole('combobox', { name: /Profil de député·e/ }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Aucun', 'Émilie Nkosi']);
    await userEvent.type(within(form).getByLabelText(/Mot de passe provisoire/), 'short');
    await userEvent.click(within(form).getByRole('button', { name: 'Créer le compte' }));
    expect(within(form).getAllByText('Ce champ est obligatoire.')).toHaveLength(2);
    expect(within(form).getByText('Le mot de passe doit faire au moins 10 caractères.')).toBeInTheDocument();
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: /Nom affiché/ }));
    await userEvent.clear(within(form).getByLabelText(/Mot de passe provisoire/));

    await userEvent.type(within(form).getByRole('textbox', { name: /Nom affiché/ }), newAccount.displayName);
    await userEvent.type(within(form).getByRole('textbox', { name: /Adresse e-mail/ }), newAccount.email);
    await userEvent.type(within(form).getByLabelText(/Mot de passe provisoire/), newAccount.password);
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Profil de député·e/ }), 'Émilie Nkosi');
    await userEvent.click(within(form).getByRole('button', { name: 'Créer le compte' }));

    expect(await screen.findByTestId('accounts-outcome')).toHaveTextContent(
      'Compte créé pour Émilie Nkosi (emilie.nkosi@tribune.example).',
    );
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Comptes' })).getAllByRole('listitem')).toHaveLength(4));
  });

  it('says in words that the email is taken or the deputy already has an account (from the reason, not the server’s sentence)', async () => {
    renderApp({
      route: '/accounts',
      mocks: [
        meMock,
        accounts(),
        {
          request: { query: CreateUserMutation, variables: { input: newAccount } },
          result: graphQLErrorResult('CONFLICT', 'An account with the email emilie.nkosi@tribune.example already exists.', {
            reason: 'EMAIL_TAKEN',
            params: { email: 'emilie.nkosi@tribune.example' },
          }),
        },
        {
          request: { query: CreateUserMutation, variables: { input: newAccount } },
          result: graphQLErrorResult('CONFLICT', 'Émilie Nkosi already has an account.', {
            reason: 'DEPUTY_HAS_ACCOUNT',
            params: { deputy: 'Émilie Nkosi' },
          }),
        },
      ],
    });
    const form = await fillNewAccount();
    await userEvent.click(within(form).getByRole('button', { name: 'Créer le compte' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Un compte existe déjà avec cette adresse e-mail.');
    await userEvent.click(within(form).getByRole('button', { name: 'Créer le compte' }));
    expect(await within(form).findByText('Ce profil de député·e a déjà un compte.')).toBeInTheDocument();
  });

  it('changes a role after confirmation in a dialog that takes focus and gives it back', async () => {
    renderApp({
      route: '/accounts',
      mocks: [
        meMock,
        accounts(),
        {
          request: { query: SetUserRoleMutation, variables: { input: { userId: 'u3', role: 'COORDINATOR' } } },
          result: { data: { setUserRole: { __typename: 'User', id: 'u3', role: 'COORDINATOR' } } },
        },
      ],
    });
    const open = await screen.findByRole('button', { name: 'Changer le rôle de Amina Haidari' });
    await userEvent.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Changer le rôle de Amina Haidari' });
    const select = within(dialog).getByRole('combobox', { name: 'Nouveau rôle' });
    await waitFor(() => expect(document.activeElement).toBe(select));
    expect(select).toHaveValue('COORDINATOR');
    expect(within(dialog).getByTestId('role-confirm-text')).toHaveTextContent('Amina Haidari passera de « Député·e » à « Coordination ».');

    // Escape cancels and focus returns to the button.
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(open));

    await userEvent.click(open);
    const again = await screen.findByRole('dialog');
    await userEvent.click(within(again).getByRole('button', { name: 'Changer le rôle' }));
    expect(await screen.findByTestId('accounts-outcome')).toHaveTextContent('Amina Haidari a maintenant le rôle « Coordination ».');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const amina = screen.getAllByTestId('account').find((a) => a.textContent?.includes('Amina'))!;
    expect(within(amina).getByTestId('account-role')).toHaveTextContent('Coordination');
  });

  it('shows the API refusal of a role change in words', async () => {
    renderApp({
      route: '/accounts',
      mocks: [
        meMock,
        accounts(),
        {
          request: { query: SetUserRoleMutation, variables: { input: { userId: 'u2', role: 'DEPUTY' } } },
          result: graphQLErrorResult('FORBIDDEN', 'no'),
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Changer le rôle de Coordination sociale' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Changer le rôle' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Vous n’avez pas le droit de faire cela.');
  });

  it('says why the list could not load (here: not an administrator) and offers to retry', async () => {
    renderApp({
      route: '/accounts',
      mocks: [meMock, { request: { query: AccountsQuery }, result: graphQLErrorResult('FORBIDDEN', 'Administrators only.') }, accounts()],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Les comptes n’ont pas pu être chargés.' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Vous n’avez pas le droit de faire cela.');
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Comptes et rôles' })).toBeInTheDocument();
  });
});
