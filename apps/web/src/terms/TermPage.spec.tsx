import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { graphQLErrorResult, meMock, termData, termMock } from '../test/fixtures';
import { CurrentTermQuery } from './operations';

describe('home: the current term', () => {
  it('lists the 15 seats with their holders and says parity is met', async () => {
    renderApp({ route: '/term', mocks: [meMock, termMock(termData({ women: 8, men: 7 }))] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mandature 2025-2027' })).toBeInTheDocument();
    expect(screen.getByText('Du 8 janvier 2025 au 7 janvier 2027')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: /Les sièges/ });
    const seats = within(list).getAllByRole('listitem');
    expect(seats).toHaveLength(15);
    expect(within(seats[0]).getByRole('heading', { level: 3, name: 'Siège 1' })).toBeInTheDocument();
    expect(within(seats[0]).getByText('Député·e 1')).toBeInTheDocument();
    expect(within(seats[14]).getByText('Territoire 15')).toBeInTheDocument();
    // Only the mandate that began after the term (a replacement) shows its start.
    expect(screen.getAllByText(/^depuis le/)).toHaveLength(1);
    expect(within(seats[2]).getByText('depuis le 1 septembre 2025')).toBeInTheDocument();
    expect(screen.queryByText('Vacant')).not.toBeInTheDocument();
    expect(screen.getByTestId('parity-line')).toHaveTextContent('8 femmes sur 15 sièges, minimum 8 : atteint');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows vacant seats, "not met", and warns when the minimum is out of reach', async () => {
    renderApp({ route: '/term', mocks: [meMock, termMock(termData({ women: 5, men: 8, vacant: 2 }))] });

    expect(await screen.findByTestId('parity-line')).toHaveTextContent('5 femmes sur 15 sièges, minimum 8 : non atteint');
    expect(screen.getAllByText('Vacant')).toHaveLength(2);
    expect(screen.getByText('2 sièges vacants.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('le minimum de 8 femmes ne serait pas atteint');
  });

  it('switches to English, updates <html lang> and remembers the choice', async () => {
    renderApp({ route: '/term', mocks: [meMock, termMock(termData({ women: 8, men: 6, vacant: 1 }))] });
    await screen.findByTestId('parity-line');
    expect(document.documentElement.lang).toBe('fr');

    await userEvent.click(screen.getByRole('radio', { name: 'English' }));

    expect(screen.getByTestId('parity-line')).toHaveTextContent('8 women of 15 seats, minimum 8: met');
    expect(screen.getByText('1 vacant seat.')).toBeInTheDocument();
    expect(screen.getByText('From January 8, 2025 to January 7, 2027')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('tribune.lang')).toBe('en');
  });

  it('says so when there is no current term', async () => {
    renderApp({ route: '/term', mocks: [meMock, termMock({ currentTerm: null })] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Aucune mandature en cours' })).toBeInTheDocument();
  });

  it('shows an error with a retry button when the API fails', async () => {
    renderApp({ route: '/term', mocks: [meMock, { request: { query: CurrentTermQuery }, error: new Error('Failed to fetch') }, termMock(termData())] });
    expect(await screen.findByRole('alert')).toHaveTextContent('Impossible de joindre le serveur');
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mandature 2025-2027' })).toBeInTheDocument();
  });

  it('drops an expired token and asks to log in again', async () => {
    renderApp({
      route: '/term',
      mocks: [meMock, { request: { query: CurrentTermQuery }, result: graphQLErrorResult('UNAUTHENTICATED', 'Your session has expired') }],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Votre session a expiré. Reconnectez-vous.');
    expect(localStorage.getItem('tribune.token')).toBeNull();
  });
});
