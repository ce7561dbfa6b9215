import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { graphQLErrorResult, meMock } from '../test/fixtures';
import { AccountsQuery, ResetUserPasswordMutation, SetUserDisabledMutation } from './operations';

const user = (id: string, displayName: string, role: string, disabled = false) => ({
  __typename: 'User',
  id,
  displayName,
  email: `${id}@tribune.example`,
  role,
  locale: 'fr',
  disabled,
  deputy: null,
});

const accounts = (
  users = [user('u1', 'Claire Martin', 'ADMIN'), user('u2', 'Samir Haddad', 'ADMIN'), user('u3', 'Amina Haidari', 'DEPUTY')],
) => ({
  request: { query: AccountsQuery },
  result: { data: { me: { __typename: 'User', id: 'u1', role: 'ADMIN' }, users, deputies: [] } },
});

const setDisabled = (userId: string, disabled: boolean) => ({
  request: { query: SetUserDisabledMutation, variables: { input: { userId, disabled } } },
  result: { data: { setUserDisabled: { __typename: 'User', id: userId, disabled } } },
});

const card = (name: string) => screen.getAllByTestId('account').find((a) => a.textContent?.includes(name))!;

describe('disabling an account', () => {
  it('asks for confirmation, then shows the account as disabled and offers to enable it again', async () => {
    renderApp({ route: '/accounts', mocks: [meMock, accounts(), setDisabled('u3', true), setDisabled('u3', false)] });
    const open = await screen.findByRole('button', { name: 'Désactiver le compte de Amina Haidari' });
    expect(within(card('Amina')).queryByTestId('account-disabled')).toBeNull();
    await userEvent.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Désactiver le compte de Amina Haidari' });
    expect(dialog).toHaveTextContent('Amina Haidari ne pourra plus se connecter et ses sessions ouvertes seront fermées.');
    // Focus starts on the harmless choice.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuler' })));

    await userEvent.click(within(dialog).getByRole('button', { name: 'Désactiver' }));
    expect(await screen.findByTestId('accounts-outcome')).toHaveTextContent(
      'Le compte de Amina Haidari est désactivé : la personne ne peut plus se connecter.',
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(card('Amina')).getByTestId('account-disabled')).toHaveTextContent('Désactivé');

    await userEvent.click(screen.getByRole('button', { name: 'Réactiver le compte de Amina Haidari' }));
    const enable = await screen.findByRole('dialog', { name: 'Réactiver le compte de Amina Haidari' });
    await userEvent.click(within(enable).getByRole('button', { name: 'Réactiver' }));
    await waitFor(() => expect(screen.getByTestId('accounts-outcome')).toHaveTextContent('Le compte de Amina Haidari est réactivé.'));
    await waitFor(() => expect(within(card('Amina')).queryByTestId('account-disabled')).toBeNull());
  });

  it('offers nothing on your own account', async () => {
    renderApp({ route: '/accounts', mocks: [meMock, accounts()] });
    await screen.findByRole('button', { name: 'Désactiver le compte de Samir Haddad' });
    expect(within(card('Claire')).queryByRole('button')).toBeNull();
  });

  it('says in words that the last active administrator cannot be disabled, and cancels', async () => {
    renderApp({
      route: '/accounts',
      mocks: [
        meMock,
        accounts(),
        {
          request: setDisabled('u2', true).request,
          result: graphQLErrorResult('CONFLICT', 'This is the last active administrator.', { reason: 'LAST_ADMINISTRATOR' }),
        },
      ],
    });
    const open = await screen.findByRole('button', { name: 'Désactiver le compte de Samir Haddad' });
    await userEvent.click(open);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Désactiver' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('C’est le dernier compte d’administration actif');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(open));
    expect(within(card('Samir')).queryByTestId('account-disabled')).toBeNull();
  });
});

describe('resetting a password', () => {
  const reset = (password: string) => ({
    request: { query: ResetUserPasswordMutation, variables: { input: { userId: 'u3' } } },
    result: { data: { resetUserPassword: { __typename: 'TemporaryPassword', password, user: { __typename: 'User', id: 'u3' } } } },
  });

  it('shows the temporary password once, in a dialog that reads it out and copies it', async () => {
    const clipboard = userEvent.setup();
    renderApp({ route: '/accounts', mocks: [meMock, accounts(), reset('k7dm-x2qa-9hpt-wn4e')] });
    const open = await screen.findByRole('button', { name: 'Réinitialiser le mot de passe de Amina Haidari' });
    await clipboard.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Réinitialiser le mot de passe de Amina Haidari' });
    expect(dialog).toHaveTextContent('L’ancien ne fonctionnera plus et les sessions ouvertes de Amina Haidari seront fermées.');
    expect(within(dialog).queryByTestId('temporary-password')).toBeNull();

    await clipboard.click(within(dialog).getByRole('button', { name: 'Créer un nouveau mot de passe' }));
    const field = await within(dialog).findByRole('textbox', { name: 'Nouveau mot de passe provisoire de Amina Haidari' });
    expect(field).toHaveValue('k7dm-x2qa-9hpt-wn4e');
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveAccessibleDescription(/Affiché une seule fois/);
    // Focus moves to the password, so a screen reader reads it.
    await waitFor(() => expect(document.activeElement).toBe(field));

    await clipboard.click(within(dialog).getByRole('button', { name: 'Copier le mot de passe' }));
    expect(await navigator.clipboard.readText()).toBe('k7dm-x2qa-9hpt-wn4e');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Mot de passe copié');

    await clipboard.click(within(dialog).getByRole('button', { name: 'Terminé' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(open));
    // Shown once: opening the dialog again starts over, without the password.
    await clipboard.click(open);
    const again = await screen.findByRole('dialog');
    expect(within(again).queryByTestId('temporary-password')).toBeNull();
    expect(screen.queryByText('k7dm-x2qa-9hpt-wn4e')).toBeNull();
    expect(screen.queryByDisplayValue('k7dm-x2qa-9hpt-wn4e')).toBeNull();
  });

  it('says in words that the account no longer exists', async () => {
    renderApp({
      route: '/accounts',
      mocks: [meMock, accounts(), { request: reset('x').request, result: graphQLErrorResult('NOT_FOUND', 'User u3 does not exist.') }],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Réinitialiser le mot de passe de Amina Haidari' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Créer un nouveau mot de passe' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Ce compte n’existe plus. Rechargez la page.');
    expect(within(dialog).queryByTestId('temporary-password')).toBeNull();
  });
});
