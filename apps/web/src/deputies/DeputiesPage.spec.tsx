import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { graphQLErrorResult, meMock } from '../test/fixtures';
import { CreateDeputyMutation } from './operations';
import { deputiesData, deputiesMock, deputyMeMock, type DeputyData } from './fixtures';
import { chooseTerritory, territoriesMock } from '../territories/testing';

const newDeputy = {
  fullName: 'Samir Haddad',
  gender: 'MAN',
  territory: 'reg:32',
  languages: ['arabe', 'français'],
  skills: ['santé'],
  bio: 'Infirmier.',
  eligibilityAttestedOn: '2026-10-01',
  account: { email: 'samir.haddad@tribune.example', password: 'long-enough-secret' },
};
const created: DeputyData = {
  __typename: 'Deputy',
  id: 'd4',
  fullName: newDeputy.fullName,
  gender: 'MAN',
  territory: newDeputy.territory,
  territoryLabel: 'Hauts-de-France',
  languages: newDeputy.languages,
  skills: newDeputy.skills,
  bio: newDeputy.bio,
  eligibilityAttestedOn: newDeputy.eligibilityAttestedOn,
  currentMandate: null,
  memberships: [],
};

async function openCreateForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Ajouter un·e député·e' }));
  return screen.getByRole('form', { name: 'Nouveau profil de député·e' });
}

/** Puts text in a field at once (typing each letter is slow and tests nothing more here). */
async function fill(input: HTMLElement, text: string) {
  await userEvent.click(input);
  await userEvent.paste(text);
}

async function fillProfile(form: HTMLElement, territory: string | null = 'Hauts-de-France') {
  await fill(within(form).getByRole('textbox', { name: /Nom complet/ }), newDeputy.fullName);
  await userEvent.selectOptions(within(form).getByRole('combobox', { name: /Genre déclaré/ }), 'Homme');
  if (territory) await chooseTerritory(within(form).getByRole('combobox', { name: /Territoire/ }), territory.slice(0, 5), territory);
  await fill(within(form).getByRole('textbox', { name: /Langues/ }), 'arabe, français, arabe');
  await fill(within(form).getByRole('textbox', { name: /Compétences/ }), 'santé');
  await fill(within(form).getByRole('textbox', { name: /Présentation/ }), newDeputy.bio);
  await userEvent.type(within(form).getByLabelText(/Attestation d’éligibilité/), newDeputy.eligibilityAttestedOn);
}

describe('DeputiesPage', () => {
  it('lists deputies and filters them by name', async () => {
    renderApp({ route: '/deputies', mocks: [meMock, deputiesMock(), territoriesMock] });
    const list = await screen.findByRole('list', { name: 'Liste des député·es' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByRole('heading', { level: 2, name: 'Amina Haidari' })).toBeInTheDocument();
    expect(within(items[0]).getByRole('link', { name: 'Amina Haidari' })).toHaveAttribute('href', '/deputies/d1');
    expect(items[0]).toHaveTextContent('TerritoirePas-de-Calais (62)');
    expect(items[0]).toHaveTextContent('Languesdari, français');
    expect(items[0]).toHaveTextContent('SiègeSiège 3');
    expect(items[0]).toHaveTextContent('GroupesLogement, Santé');
    expect(items[2]).toHaveTextContent('SiègeSans siège');
    expect(items[2]).toHaveTextContent('GroupesAucun groupe');
    expect(screen.getByRole('link', { name: 'Député·es' })).toBeInTheDocument(); // in the main navigation

    const search = screen.getByRole('searchbox', { name: /Rechercher/ });
    await userEvent.type(search, 'emilie');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => within(li).getByRole('heading').textContent),
    ).toEqual(['Émilie Nkosi']);
    expect(screen.getByTestId('deputies-count')).toHaveTextContent('1 député·e');

    await userEvent.clear(search);
    await userEvent.type(search, 'Ahmed');
    expect(screen.queryByRole('list', { name: 'Liste des député·es' })).not.toBeInTheDocument();
    expect(screen.getByText('Aucun·e député·e ne correspond à cette recherche.')).toBeInTheDocument();
  });

  it('creates a deputy with an account', async () => {
    renderApp({
      route: '/deputies',
      mocks: [
        meMock,
        deputiesMock(),
        territoriesMock,
        {
          request: { query: CreateDeputyMutation, variables: { input: newDeputy } },
          result: { data: { createDeputy: { __typename: 'Deputy', id: 'd4', fullName: newDeputy.fullName } } },
        },
        deputiesMock({ list: [...deputiesData, created] }),
      ],
    });
    const form = await openCreateForm();
    expect(within(form).getByRole('textbox', { name: /Nom complet/ })).toHaveFocus();
    await fillProfile(form);
    expect(within(form).queryByLabelText(/Mot de passe provisoire/)).not.toBeInTheDocument();
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Créer aussi son compte de connexion' }));
    await fill(within(form).getByRole('textbox', { name: /Adresse e-mail du compte/ }), newDeputy.account.email);
    await userEvent.type(within(form).getByLabelText(/Mot de passe provisoire/), 'short');
    await userEvent.click(within(form).getByRole('button', { name: 'Créer le profil' }));
    // Too short a password is caught before asking the API.
    expect(within(form).getByLabelText(/Mot de passe provisoire/)).toHaveFocus();
    expect(within(form).getByText('Au moins 10 caractères.')).toBeInTheDocument();
    await userEvent.clear(within(form).getByLabelText(/Mot de passe provisoire/));
    await fill(within(form).getByLabelText(/Mot de passe provisoire/), newDeputy.account.password);
    await userEvent.click(within(form).getByRole('button', { name: 'Créer le profil' }));

    expect(await screen.findByText(/Profil de Samir Haddad créé, avec son compte de connexion\./)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Nouveau profil de député·e' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Liste des député·es' })).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByRole('link', { name: 'Voir le profil' })).toHaveAttribute('href', '/deputies/d4');
  });

  it('takes the territory from the official list only, and asks for one before asking the API', async () => {
    renderApp({ route: '/deputies', mocks: [meMock, deputiesMock(), territoriesMock] });
    const form = await openCreateForm();
    await fillProfile(form, null);
    const territory = within(form).getByRole('combobox', { name: /Territoire/ });
    // An address typed there matches nothing in the list: there is nothing to choose.
    await userEvent.click(territory);
    await userEvent.type(territory, '12 rue des Lilas');
    expect(await screen.findByText('Aucun département ni aucune région de ce nom')).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Créer le profil' }));
    expect(territory).toHaveFocus();
    expect(territory).toHaveAccessibleDescription(expect.stringContaining('Champ obligatoire'));
  });

  it("shows the API's refusal of an email already taken", async () => {
    renderApp({
      route: '/deputies',
      mocks: [
        meMock,
        deputiesMock(),
        territoriesMock,
        {
          request: { query: CreateDeputyMutation, variables: { input: newDeputy } },
          result: graphQLErrorResult('CONFLICT', 'An account with the email samir.haddad@tribune.example already exists.', {
            reason: 'EMAIL_TAKEN',
            params: { email: 'samir.haddad@tribune.example' },
          }),
        },
      ],
    });
    const form = await openCreateForm();
    await fillProfile(form);
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Créer aussi son compte de connexion' }));
    await fill(within(form).getByRole('textbox', { name: /Adresse e-mail du compte/ }), newDeputy.account.email);
    await fill(within(form).getByLabelText(/Mot de passe provisoire/), newDeputy.account.password);
    await userEvent.click(within(form).getByRole('button', { name: 'Créer le profil' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Un compte existe déjà avec cette adresse e-mail.');
  });

  it('hides creation from non-administrators', async () => {
    renderApp({ route: '/deputies', mocks: [deputyMeMock, deputiesMock({ role: 'DEPUTY', deputyId: 'd1' })] });
    const list = await screen.findByRole('list', { name: 'Liste des député·es' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Amina Haidari(vous)');
    expect(screen.queryByRole('button', { name: 'Ajouter un·e député·e' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});
