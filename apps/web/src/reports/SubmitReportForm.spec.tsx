import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWidget } from '../test/render';
import { SubmitReportForm } from './SubmitReportForm';

describe('field report form', () => {
  it('says which fields are missing, clears each as it is filled, and tells what not to write', async () => {
    renderWidget(<SubmitReportForm />);
    expect(screen.getByText(/sans rien qui permette d’identifier une autre personne/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la remontée' }));
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(4);
    await userEvent.type(screen.getByRole('textbox', { name: /^Territoire/ }), 'Rhône');
    expect(screen.getAllByText('Ce champ est obligatoire.')).toHaveLength(3);
    expect(screen.getByRole('checkbox', { name: /témoignage anonymisé/ })).not.toBeChecked();
  });

  it('is in English too', () => {
    renderWidget(<SubmitReportForm />, { lang: 'en' });
    expect(screen.getByRole('button', { name: 'Send the report' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Territory/ })).toBeInTheDocument();
  });
});
