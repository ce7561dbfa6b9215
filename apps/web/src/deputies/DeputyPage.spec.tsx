import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';
import { meMock } from '../test/fixtures';
import { UpdateDeputyMutation } from './operations';
import { deputiesData, deputyMeMock, deputyMock } from './fixtures';
import { chooseTerritory, territoriesMock } from '../territories/testing';

const [amina, emilie] = deputiesData;
const asAmina = { role: 'DEPUTY', deputyId: 'd1' };

describe('DeputyPage', () => {
  it('shows a profile without any status, file number or address', async () => {
    renderApp({ route: '/deputies/d1', mocks: [meMock, deputyMock(amina)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Amina Haidari' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('TerritoirePas-de-Calais (62)');
    expect(main).toHaveTextContent('Compétencesdroit du travail');
    expect(main).toHaveTextContent('SiègeSiège 3 depuis le 8 janvier 2025');
    expect(main).toHaveTextContent('GroupesLogement (Responsable), Santé (Membre)');
    expect(main).toHaveTextContent('Attestation d’éligibilité2 novembre 2024');
    expect(screen.getByRole('heading', { level: 2, name: 'Présentation' })).toBeInTheDocument();
    expect(main.textContent).not.toMatch(/statut|dossier|adresse|titre de séjour/i);
  });

  it('lets a deputy edit their own bio but not the attestation date', async () => {
    const bio = 'Juriste, coordinatrice d’une permanence à Calais.';
    renderApp({
      route: '/deputies/d1',
      mocks: [
        deputyMeMock,
        deputyMock(amina, asAmina),
        territoriesMock,
        // Only the bio changed, and nothing of the attestation is sent (the API refuses it from a deputy).
        {
          request: { query: UpdateDeputyMutation, variables: { input: { id: 'd1', bio } } },
          result: { data: { updateDeputy: { ...amina, bio } } },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Modifier mon profil' }));
    const form = screen.getByRole('form', { name: 'Modifier mon profil' });
    expect(within(form).getByRole('combobox', { name: /Territoire/ })).toHaveFocus();
    expect(within(form).getByRole('textbox', { name: /Langues/ })).toHaveValue('dari, français');
    expect(within(form).queryByLabelText(/Attestation d’éligibilité/)).not.toBeInTheDocument();
    expect(within(form).queryByRole('textbox', { name: /Nom complet/ })).not.toBeInTheDocument();
    expect(within(form).queryByRole('combobox', { name: /Genre déclaré/ })).not.toBeInTheDocument();

    const bioInput = within(form).getByRole('textbox', { name: /Présentation/ });
    await userEvent.clear(bioInput);
    await userEvent.paste(bio);
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Profil enregistré.');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByText(bio)).toBeInTheDocument();
  });

  it("offers a deputy no editing of someone else's profile, nor its attestation", async () => {
    renderApp({ route: '/deputies/d2', mocks: [deputyMeMock, deputyMock(emilie, asAmina)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Émilie Nkosi' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Modifier/ })).not.toBeInTheDocument();
    expect(screen.getByRole('main')).not.toHaveTextContent('Attestation');
  });

  it('lets an administrator edit every field, sending only what changed', async () => {
    renderApp({
      route: '/deputies/d2',
      mocks: [
        meMock,
        deputyMock(emilie),
        territoriesMock,
        {
          request: {
            query: UpdateDeputyMutation,
            variables: { input: { id: 'd2', territory: 'dep:93', eligibilityAttestedOn: '2025-03-01' } },
          },
          result: {
            data: {
              updateDeputy: {
                ...emilie,
                territory: 'dep:93',
                territoryLabel: 'Seine-Saint-Denis (93)',
                eligibilityAttestedOn: '2025-03-01',
              },
            },
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Modifier le profil' }));
    const form = screen.getByRole('form', { name: 'Modifier le profil' });
    expect(within(form).getByRole('textbox', { name: /Nom complet/ })).toHaveFocus();
    const territory = within(form).getByRole('combobox', { name: /Territoire/ });
    // The select shows the territory's label once the list (its own query) has come.
    await waitFor(() => expect(territory).toHaveValue('Île-de-France'));
    await userEvent.clear(territory);
    await chooseTerritory(territory, 'seine', 'Seine-Saint-Denis (93)');
    await userEvent.type(within(form).getByLabelText(/Attestation d’éligibilité/), '2025-03-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Profil enregistré.');
    expect(screen.getByRole('main')).toHaveTextContent('TerritoireSeine-Saint-Denis (93)');
    expect(screen.getByRole('main')).toHaveTextContent('Attestation d’éligibilité1 mars 2025');
  });
});
