import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { graphQLErrorResult } from '../test/fixtures';
import { RequestPasswordResetMutation, ResetPasswordMutation } from './password-reset-operations';

const request = (email: string) => ({
  request: { query: RequestPasswordResetMutation, variables: { input: { email } } },
  result: { data: { requestPasswordReset: true } },
});
const reset = (token: string, newPassword: string) => ({ query: ResetPasswordMutation, variables: { input: { token, newPassword } } });

describe('forgotten password', () => {
  it('is offered under the login form and asks for a link: the same answer whatever the address', async () => {
    renderApp({ token: null, route: '/login', mocks: [request('amina@tribune.example')] });
    await userEvent.click(await screen.findByRole('link', { name: 'Mot de passe oublié ?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mot de passe oublié' })).toBeInTheDocument();
    const email = screen.getByRole('textbox', { name: /Adresse e-mail/ });

    await userEvent.click(screen.getByRole('button', { name: 'Envoyer le lien' }));
    expect(email).toHaveAccessibleDescription('Champ obligatoire');
    await userEvent.type(email, 'pas-une-adresse');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer le lien' }));
    expect(email).toHaveAccessibleDescription('Adresse e-mail invalide');

    await userEvent.clear(email);
    await userEvent.type(email, ' amina@tribune.example ');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer le lien' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Si un compte existe à l’adresse amina@tribune.example, un courriel vient d’y partir. Son lien sert une seule fois, pendant une heure.',
    );
    expect(screen.queryByRole('button', { name: 'Envoyer le lien' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour à la connexion' })).toHaveAttribute('href', '/login');
  });

  it('says a refusal (too many requests) in the reader’s language', async () => {
    renderApp({
      token: null,
      route: '/forgot-password',
      lang: 'en',
      mocks: [
        {
          request: { query: RequestPasswordResetMutation, variables: { input: { email: 'a@b.example' } } },
          result: graphQLErrorResult('RATE_LIMITED', 'Too many failed attempts.', { retryAfterSeconds: 600 }),
        },
      ],
    });
    await userEvent.type(await screen.findByRole('textbox', { name: /Email address/ }), 'a@b.example');
    await userEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 10 minutes.');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('sets the new password from the link, typed twice, and signs this browser in', async () => {
    renderApp({
      token: null,
      route: '/reset-password?token=tok-123',
      mocks: [
        {
          request: reset('tok-123', 'une nouvelle phrase'),
          result: {
            data: {
              resetPassword: {
                __typename: 'LoginPayload',
                token: 'new-session',
                user: { __typename: 'User', id: 'u1', mustChangePassword: false },
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' })).toBeInTheDocument();
    const password = screen.getByLabelText(/^Nouveau mot de passe/, { selector: 'input' });
    const confirm = screen.getByLabelText(/^Confirmez le nouveau mot de passe/, { selector: 'input' });
    await userEvent.type(password, 'court');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(confirm).toHaveAccessibleDescription('Champ obligatoire');

    await userEvent.clear(password);
    await userEvent.type(password, 'une nouvelle phrase');
    await userEvent.type(confirm, 'une autre phrase');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(confirm).toHaveAccessibleDescription('Les deux mots de passe ne sont pas identiques');

    await userEvent.clear(confirm);
    await userEvent.type(confirm, 'une nouvelle phrase');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    await waitFor(() => expect(localStorage.getItem('tribune.token')).toBe('new-session'));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Choisir un nouveau mot de passe' })).not.toBeInTheDocument());
  });

  it('says when the link no longer works, and offers a new one', async () => {
    renderApp({
      token: null,
      route: '/reset-password?token=used',
      mocks: [
        {
          request: reset('used', 'une nouvelle phrase'),
          result: graphQLErrorResult('BAD_USER_INPUT', 'This link no longer works.', { reason: 'RESET_LINK_INVALID', field: 'token' }),
        },
      ],
    });
    await userEvent.type(await screen.findByLabelText(/^Nouveau mot de passe/, { selector: 'input' }), 'une nouvelle phrase');
    await userEvent.type(screen.getByLabelText(/^Confirmez le nouveau mot de passe/, { selector: 'input' }), 'une nouvelle phrase');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce lien ne fonctionne plus (déjà utilisé, remplacé par un plus récent ou expiré). Demandez-en un nouveau.',
    );
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' })).toHaveAttribute('href', '/forgot-password');
    expect(localStorage.getItem('tribune.token')).toBeNull();
  });

  it('says a link without its token is incomplete (Arabic, right to left)', async () => {
    renderApp({ token: null, route: '/reset-password', lang: 'ar' });
    expect(await screen.findByRole('heading', { level: 1, name: 'اختيار كلمة مرور جديدة' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('هذا الرابط ناقص');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
