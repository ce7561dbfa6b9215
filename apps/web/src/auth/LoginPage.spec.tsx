import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { graphQLErrorResult, meMock, termData, termMock } from '../test/fixtures';
import { LoginMutation } from './operations';

const loginRequest = { query: LoginMutation, variables: { email: 'admin@tribune.example', password: 'secret-password' } };

async function fillAndSubmit() {
  await userEvent.type(screen.getByLabelText(/Adresse e-mail/), 'admin@tribune.example');
  await userEvent.type(screen.getByLabelText(/Mot de passe/, { selector: 'input' }), 'secret-password');
  await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('login', () => {
  it('sends someone without a session to the login page, then home once logged in', async () => {
    renderApp({
      token: null,
      route: '/term',
      mocks: [
        {
          request: loginRequest,
          result: {
            data: {
              login: {
                __typename: 'LoginPayload',
                token: 'jwt-1',
                user: {
                  __typename: 'User',
                  id: 'u1',
                  email: 'admin@tribune.example',
                  displayName: 'Claire Martin',
                  role: 'ADMIN',
                  mustChangePassword: false,
                },
              },
            },
          },
        },
        meMock,
        termMock(termData()),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    await fillAndSubmit();
    expect(await screen.findByRole('heading', { level: 1, name: 'Mandature 2025-2027' })).toBeInTheDocument();
    expect(localStorage.getItem('tribune.token')).toBe('jwt-1');
  });

  it('says "wrong email or password" in the chosen language, and keeps the session empty', async () => {
    renderApp({
      token: null,
      route: '/login',
      mocks: [{ request: loginRequest, result: graphQLErrorResult('UNAUTHENTICATED', 'Wrong email or password.') }],
    });
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Adresse e-mail ou mot de passe incorrect.');
    expect(screen.queryByText(/session a expiré/)).not.toBeInTheDocument();
    expect(localStorage.getItem('tribune.token')).toBeNull();
  });

  it('tells how long to wait after too many attempts', async () => {
    renderApp({
      token: null,
      route: '/login',
      mocks: [
        { request: loginRequest, result: graphQLErrorResult('RATE_LIMITED', 'Too many failed attempts.', { retryAfterSeconds: 840 }) },
      ],
    });
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Trop de tentatives. Réessayez dans 14 minutes.');
  });

  it('checks the fields before sending', async () => {
    renderApp({ token: null, route: '/login' });
    await userEvent.click(await screen.findByRole('button', { name: 'Se connecter' }));
    expect(screen.getByLabelText(/Adresse e-mail/)).toHaveAccessibleDescription('Champ obligatoire');
    expect(screen.getByLabelText('Mot de passe', { exact: false, selector: 'input' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Afficher le mot de passe' })).toHaveAttribute('aria-pressed', 'false');
  });
});
