import { describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { meMock } from '../test/fixtures';
import { session } from '../auth/session';
import { browserLanguage } from './index';
import { MyLocaleQuery, SetMyLocaleMutation } from './operations';

const myLocale = (locale: string) => ({
  request: { query: MyLocaleQuery },
  result: { data: { me: { __typename: 'User', id: 'u1', locale } } },
  maxUsageCount: Infinity,
});

describe('the language switcher', () => {
  it('names each language in its own script', async () => {
    renderApp({ token: null, route: '/login' });
    const group = await screen.findByRole('radiogroup', { name: 'Langue' });
    expect(group).toBeInTheDocument();
    for (const [name, lang] of [
      ['Français', 'fr'],
      ['English', 'en'],
      ['العربية', 'ar'],
    ])
      expect(screen.getByText(name)).toHaveAttribute('lang', lang);
    expect(screen.getByRole('radio', { name: 'العربية' })).toBeInTheDocument();
  });

  it('opens in the account’s language when someone signs in, and keeps the browser’s choice on a reload', async () => {
    renderApp({ token: null, route: '/forgot-password', mocks: [meMock, myLocale('ar')] });
    await screen.findByRole('radiogroup', { name: 'Langue' });
    expect(document.documentElement.lang).toBe('fr');
    act(() => session.start('new-session'));
    await waitFor(() => expect(document.documentElement.lang).toBe('ar'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('radio', { name: 'العربية' })).toBeChecked();
    cleanup();

    // Signed in already (a reload): the language chosen on this browser stays; the account's is not even asked.
    localStorage.setItem('tribune.lang', 'fr');
    let asked = false;
    const watched = { ...myLocale('ar'), result: () => ((asked = true), myLocale('ar').result) };
    renderApp({ route: '/forgot-password', mocks: [meMock, watched] });
    await screen.findByRole('radiogroup', { name: 'Langue' });
    await screen.findByRole('heading', { level: 1, name: 'Mot de passe oublié' });
    expect(asked).toBe(false);
    expect(document.documentElement.lang).toBe('fr');
  });

  it('saves a choice to the account when signed in', async () => {
    let saved: unknown = null;
    renderApp({
      route: '/mails',
      mocks: [
        meMock,
        myLocale('fr'),
        {
          request: { query: SetMyLocaleMutation, variables: { input: { locale: 'en' } } },
          result: () => {
            saved = 'en';
            return { data: { setMyLocale: { __typename: 'User', id: 'u1', locale: 'en' } } };
          },
        },
      ],
    });
    await screen.findByRole('radiogroup', { name: 'Langue' });
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    await waitFor(() => expect(saved).toBe('en'));
    expect(document.documentElement.lang).toBe('en');
  });

  it('follows the browser’s language before login (French when none is offered)', () => {
    expect(browserLanguage(['ar-MA', 'fr'])).toBe('ar');
    expect(browserLanguage(['de-DE', 'en-GB'])).toBe('en');
    expect(browserLanguage(['de-DE'])).toBe('fr');
    expect(browserLanguage([])).toBe('fr');
  });
});
