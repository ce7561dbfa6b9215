import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { graphQLErrorResult } from '../test/fixtures';
import { AccountPageQuery, ChangePasswordMutation } from './operations';
import { session } from './session';

const me = {
  request: { query: AccountPageQuery },
  result: {
    data: { me: { __typename: 'User', id: 'u1', displayName: 'Amina Haidari', email: 'amina.haidari@tribune.example', role: 'DEPUTY' } },
  },
};
const change = (currentPassword: string, newPassword: string, result: object) => ({
  request: { query: ChangePasswordMutation, variables: { input: { currentPassword, newPassword } } },
  result,
});
const form = async () => screen.findByRole('form', { name: 'Changer de mot de passe' });
const fill = async (f: HTMLElement, current: string, next: string, confirm = next) => {
  if (current) await userEvent.type(within(f).getByLabelText(/Mot de passe actuel/), current);
  await userEvent.type(within(f).getByLabelText(/^Nouveau mot de passe/), next);
  await userEvent.type(within(f).getByLabelText(/Confirmer le nouveau mot de passe/), confirm);
  await userEvent.click(within(f).getByRole('button', { name: 'Changer le mot de passe' }));
};

describe('my account', () => {
  it('changes the password and goes on with the new session token', async () => {
    renderApp({
      route: '/account',
      token: 'old-token',
      mocks: [
        me,
        change('temporary-123', 'ma nouvelle phrase secrète', {
          data: { changePassword: { __typename: 'LoginPayload', token: 'new-token', user: { __typename: 'User', id: 'u1' } } },
        }),
      ],
    });
    expect(
      await screen.findByText(/Connecté·e en tant que Amina Haidari \(amina.haidari@tribune.example\), rôle : Député·e/),
    ).toBeInTheDocument();
    await fill(await form(), 'temporary-123', 'ma nouvelle phrase secrète');
    expect(await screen.findByRole('status')).toHaveTextContent('Mot de passe changé. Vos autres sessions sont fermées.');
    expect(session.token()).toBe('new-token');
  });

  it('checks the new password before asking the server: length, confirmation, different from the current one', async () => {
    renderApp({ route: '/account', mocks: [me] });
    const f = await form();
    await fill(f, 'temporary-123', 'court', 'autre');
    expect(within(f).getByText('Au moins 10 caractères.', { selector: '.mantine-InputWrapper-error' })).toBeInTheDocument();
    expect(within(f).getByText('Les deux mots de passe ne sont pas identiques.')).toBeInTheDocument();
    await userEvent.clear(within(f).getByLabelText(/^Nouveau mot de passe/));
    await userEvent.clear(within(f).getByLabelText(/Confirmer le nouveau mot de passe/));
    await fill(f, '', 'temporary-123');
    expect(within(f).getByText('Choisissez un mot de passe différent de l’actuel.')).toBeInTheDocument();
  });

  it('says next to the field that the current password is wrong', async () => {
    renderApp({
      route: '/account',
      mocks: [
        me,
        change(
          'pas le bon',
          'ma nouvelle phrase secrète',
          graphQLErrorResult('BAD_USER_INPUT', 'Your current password is not this one.', { field: 'currentPassword' }),
        ),
      ],
    });
    const f = await form();
    await fill(f, 'pas le bon', 'ma nouvelle phrase secrète');
    expect(await within(f).findByText('Ce n’est pas votre mot de passe actuel.')).toBeInTheDocument();
    expect(within(f).getByLabelText(/Mot de passe actuel/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('is in English too, reachable from the main navigation', async () => {
    renderApp({ route: '/account', lang: 'en', mocks: [me] });
    expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole('link', { name: 'My account' })).toHaveAttribute(
      'href',
      '/account',
    );
  });
});
