import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { graphQLErrorResult, meMock, termData, termMock } from '../test/fixtures';
import { CreateTermMutation, CurrentTermQuery, TermAdminQuery } from './operations';

const termAdminMock = (role = 'ADMIN') => ({
  request: { query: TermAdminQuery },
  result: { data: { me: { __typename: 'User', id: 'u1', role }, deputies: [] } },
  maxUsageCount: Infinity,
});
const deputyMeMock = {
  ...meMock,
  result: { data: { me: { __typename: 'User', id: 'u1', displayName: 'Amina Haidari', role: 'DEPUTY' } } },
};

/** Types into a date input the way a keyboard user would (empty it, then the whole date). */
async function typeDate(input: HTMLElement, isoDate: string) {
  await userEvent.clear(input);
  await userEvent.type(input, isoDate);
}

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
    renderApp({
      route: '/term',
      mocks: [meMock, { request: { query: CurrentTermQuery }, error: new Error('Failed to fetch') }, termMock(termData())],
    });
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

  describe('creating a term', () => {
    const charterTerm = { name: 'Mandature 2025-2027', startsOn: '2025-01-08', endsOn: '2027-01-07', seatCount: 15, minimumWomen: 8 };

    it('creates a term with a two-year default end', async () => {
      renderApp({
        route: '/term',
        mocks: [
          meMock,
          termAdminMock(),
          termMock({ currentTerm: null }),
          {
            request: { query: CreateTermMutation, variables: { input: charterTerm } },
            result: { data: { createTerm: { __typename: 'Term', id: 'term-1', ...charterTerm } } },
          },
          termMock(termData()),
        ],
      });
      // No term yet: the administrator is offered the form, not an empty page.
      const form = await screen.findByRole('form', { name: 'Nouvelle mandature' });
      expect(screen.getByRole('heading', { level: 1, name: 'Aucune mandature en cours' })).toBeInTheDocument();
      await userEvent.type(within(form).getByRole('textbox', { name: /Nom/ }), charterTerm.name);
      await typeDate(within(form).getByLabelText(/Premier jour/), '2025-01-08');

      expect(within(form).getByLabelText(/Dernier jour/)).toHaveValue('2027-01-07');
      expect(within(form).getByRole('spinbutton', { name: /Nombre de sièges/ })).toHaveValue(15);
      expect(within(form).getByRole('spinbutton', { name: /Minimum de femmes/ })).toHaveValue(8);
      await userEvent.click(within(form).getByRole('button', { name: 'Créer la mandature' }));

      expect(await screen.findByRole('heading', { level: 1, name: 'Mandature 2025-2027' })).toBeInTheDocument();
      // The confirmation may follow the new page's first render.
      expect(await screen.findByRole('status')).toHaveTextContent('Mandature « Mandature 2025-2027 » créée.');
      expect(screen.getByRole('list', { name: /Les sièges/ })).toBeInTheDocument();
    });

    it("says the API's refusal of a minimum below half the seats in the reader's language", async () => {
      const refusal = 'The minimum of women (7) is below parity: the charter requires at least half the seats, 8 of 15.';
      renderApp({
        route: '/term',
        mocks: [
          meMock,
          termAdminMock(),
          termMock({ currentTerm: null }),
          {
            request: { query: CreateTermMutation, variables: { input: { ...charterTerm, minimumWomen: 7 } } },
            result: graphQLErrorResult('BAD_USER_INPUT', refusal, {
              field: 'minimumWomen',
              reason: 'MINIMUM_WOMEN_BELOW_PARITY',
              params: { minimumWomen: 7, floor: 8, seatCount: 15 },
            }),
          },
        ],
      });
      const form = await screen.findByRole('form', { name: 'Nouvelle mandature' });
      await userEvent.type(within(form).getByRole('textbox', { name: /Nom/ }), charterTerm.name);
      await typeDate(within(form).getByLabelText(/Premier jour/), '2025-01-08');
      const minimum = within(form).getByRole('spinbutton', { name: /Minimum de femmes/ });
      expect(minimum).toHaveAccessibleDescription('Au moins la moitié des sièges : 8 sur 15.');
      await userEvent.clear(minimum);
      await userEvent.type(minimum, '7');
      await userEvent.click(within(form).getByRole('button', { name: 'Créer la mandature' }));

      expect(await within(form).findByRole('alert')).toHaveTextContent(
        'Le minimum de femmes (7) est sous la parité : la charte en exige au moins 8 sur 15 sièges.',
      );
      expect(within(form).getByRole('alert')).not.toHaveTextContent('charter');
      expect(screen.getByRole('heading', { level: 1, name: 'Aucune mandature en cours' })).toBeInTheDocument();
    });

    it('offers a new term, starting the day after the current one, to administrators', async () => {
      renderApp({ route: '/term', mocks: [meMock, termAdminMock(), termMock(termData())] });
      await userEvent.click(await screen.findByRole('button', { name: 'Nouvelle mandature' }));
      const form = screen.getByRole('form', { name: 'Nouvelle mandature' });
      expect(within(form).getByRole('textbox', { name: /Nom/ })).toHaveFocus();
      expect(within(form).getByLabelText(/Premier jour/)).toHaveValue('2027-01-08');
      expect(within(form).getByLabelText(/Dernier jour/)).toHaveValue('2029-01-07');
      await userEvent.click(within(form).getByRole('button', { name: 'Annuler' }));
      expect(screen.queryByRole('form', { name: 'Nouvelle mandature' })).not.toBeInTheDocument();
    });

    it('hides creation from non-administrators', async () => {
      renderApp({ route: '/term', mocks: [deputyMeMock, termAdminMock('DEPUTY'), termMock({ currentTerm: null })] });
      expect(await screen.findByRole('heading', { level: 1, name: 'Aucune mandature en cours' })).toBeInTheDocument();
      expect(screen.getByText(/Une administratrice ou un administrateur peut en créer une/)).toBeInTheDocument();
      expect(screen.queryByRole('form', { name: 'Nouvelle mandature' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Nouvelle mandature' })).not.toBeInTheDocument();
    });
  });
});
