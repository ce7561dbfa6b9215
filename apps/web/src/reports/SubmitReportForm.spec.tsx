import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWidget } from '../test/render';
import { SubmitReportForm } from './SubmitReportForm';
import { chooseTerritory, territoriesMock } from '../territories/testing';

describe('field report form', () => {
  it('says which fields are missing, clears each as it is filled, and tells what not to write', async () => {
    renderWidget(<SubmitReportForm />, { mocks: [territoriesMock] });
    expect(screen.getByText(/sans rien qui permette d’identifier une autre personne/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la remontée' }));
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(4);
    await chooseTerritory(screen.getByRole('combobox', { name: /^Territoire/ }), 'nord', 'Nord (59)');
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(3);
    expect(screen.getByRole('checkbox', { name: /témoignage anonymisé/ })).not.toBeChecked();
  });

  it('is in English too', () => {
    renderWidget(<SubmitReportForm />, { lang: 'en', mocks: [territoriesMock] });
    expect(screen.getByRole('button', { name: 'Send the report' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Territory/ })).toBeInTheDocument();
  });

  it('offers only the official list: an address typed there finds nothing, so none can be sent', async () => {
    renderWidget(<SubmitReportForm />, { mocks: [territoriesMock] });
    const territory = screen.getByRole('combobox', { name: /^Territoire/ });
    await userEvent.click(territory);
    await userEvent.type(territory, '12 r. de la Paix');
    expect(await screen.findByText('Aucun département ni aucune région de ce nom')).toBeInTheDocument();
    expect(screen.queryByRole('option', { hidden: true })).not.toBeInTheDocument();
    await userEvent.clear(territory);
    // By number too: "93" finds Seine-Saint-Denis.
    await chooseTerritory(territory, '93', 'Seine-Saint-Denis (93)');
    expect(territory).toHaveValue('Seine-Saint-Denis (93)');
  });
});
