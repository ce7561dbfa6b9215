import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { graphQLErrorResult, meMock } from '../test/fixtures';
import { AccountPageQuery, ChangePasswordMutation, LoginMutation } from './operations';
import { session } from './session';

const TEMPORARY = 'k7dm-x2qa-9hpt-wn4e';
const login = {
  request: { query: LoginMutation, variables: { email: 'amina@tribune.example', password: TEMPORARY } },
  result: {
    data: {
      login: {
        __typename: 'LoginPayload',
        token: 'temporary-session',
        user: {
          __typename: 'User',
          id: 'u1',
          email: 'amina@tribune.example',
          displayName: 'Amina Haidari',
          role: 'DEPUTY',
          mustChangePassword: true,
        },
      },
    },
  },
};
const change = {
  request: { query: ChangePasswordMutation, variables: { input: { currentPassword: TEMPORARY, newPassword: 'ma propre phrase secrète' } } },
  result: { data: { changePassword: { __typename: 'LoginPayload', token: 'own-session', user: { __typename: 'User', id: 'u1' } } } },
};
const account = {
  request: { query: AccountPageQuery },
  result: { data: { me: { __typename: 'User', id: 'u1', displayName: 'Amina Haidari', email: 'amina@tribune.example', role: 'DEPUTY' } } },
};

async function logIn() {
  await userEvent.type(await screen.findByLabelText(/Adresse e-mail/), 'amina@tribune.example');
  await userEvent.type(screen.getByLabelText(/Mot de passe/, { selector: 'input' }), TEMPORARY);
  await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe("a temporary password after an administrator's reset", () => {
  it('shows only the change-password form, with why, then the page that was asked for', async () => {
    renderApp({ token: null, route: '/account', mocks: [login, meMock, change, account] });
    await logIn();
    expect(await screen.findByRole('heading', { level: 1, name: 'Choisissez votre mot de passe' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/Votre mot de passe est provisoire/)).toBeInTheDocument();
    expect(screen.queryByText(/Connecté·e en tant que/)).not.toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Changer de mot de passe' });
    await userEvent.type(within(form).getByLabelText(/Mot de passe provisoire/), TEMPORARY);
    await userEvent.type(within(form).getByLabelText(/^Nouveau mot de passe/), 'ma propre phrase secrète');
    await userEvent.type(within(form).getByLabelText(/Confirmer le nouveau mot de passe/), 'ma propre phrase secrète');
    await userEvent.click(within(form).getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await screen.findByText(/Connecté·e en tant que Amina Haidari/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(session.token()).toBe('own-session');
    expect(session.get().mustChangePassword).toBe(false);
  });

  it('shows the form when the API says so on another page (a reload), in English too', async () => {
    renderApp({
      route: '/account',
      lang: 'en',
      mocks: [
        meMock,
        {
          request: { query: AccountPageQuery },
          result: graphQLErrorResult('FORBIDDEN', 'Your password is a temporary one.', { reason: 'TEMPORARY_PASSWORD' }),
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose your password' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Temporary password/)).toBeInTheDocument();
  });

  it('keeps the session while its old token is refused during the change', async () => {
    session.reset('old-token');
    let finish!: (v: string) => void;
    const renewal = session.renew(new Promise<string>((resolve) => (finish = resolve)));
    session.expire();
    expect(session.token()).toBe('old-token');
    finish('done');
    await renewal;
    session.expire();
    expect(session.token()).toBeNull();
  });
});
