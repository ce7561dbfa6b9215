import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../gql';
import { renderWidget } from '../test/render';
import { termData } from '../test/fixtures';
import { Hemicycle, hemicycleLayout } from './Hemicycle';
import { HemicycleFragment } from './operations';

const term = (options: Parameters<typeof termData>[0] = {}) => makeFragmentData(termData(options).currentTerm as never, HemicycleFragment);

describe('hemicycleLayout', () => {
  it('places 15 seats on two half circles, numbered from the left end to the right end, none overlapping', () => {
    const seats = hemicycleLayout(15);
    expect(seats).toHaveLength(15);
    expect(seats[0].x).toBeLessThan(seats[7].x);
    expect(seats[7].x).toBeLessThan(seats[14].x);
    for (const s of seats) {
      expect(s.x).toBeGreaterThanOrEqual(19);
      expect(s.x).toBeLessThanOrEqual(420 - 19);
      expect(s.y).toBeGreaterThanOrEqual(19);
    }
    for (let i = 0; i < seats.length; i++)
      for (let j = i + 1; j < seats.length; j++) expect(Math.hypot(seats[i].x - seats[j].x, seats[i].y - seats[j].y)).toBeGreaterThan(40);
    expect(new Set(seats.map((s) => Math.round(Math.hypot(s.x - 210, s.y - 210)))).size).toBe(2);
  });
});

describe('Hemicycle', () => {
  it('draws the 15 seats, each named with its number, holder and gender, and says parity is met', () => {
    renderWidget(<Hemicycle term={term({ women: 8, men: 7 })} />);

    const drawing = screen.getByRole('group', { name: 'Sièges de l’hémicycle' });
    expect(drawing).toHaveAccessibleDescription(/Les 15 sièges en demi-cercle/);
    const seats = screen.getAllByTestId('hemicycle-seat');
    expect(seats).toHaveLength(15);
    expect(seats[0]).toHaveAccessibleName('Siège 1 : Député·e 1, femme');
    expect(seats[14]).toHaveAccessibleName('Siège 15 : Député·e 15, homme');
    expect(seats.map((s) => s.getAttribute('data-kind')).filter((k) => k === 'WOMAN')).toHaveLength(8);
    expect(screen.getByRole('list', { name: 'Légende' })).toHaveTextContent('Femme (8)Homme (7)Autre ou non précisé (0)Vacant (0)');
    expect(screen.getByTestId('hemicycle-parity')).toHaveTextContent('Parité : 8 femmes pour un minimum de 8, atteint.');
  });

  it('shows a deputy held and vacant seats only, named without a gender, with parity as a total (the API gives genders to administrators only)', () => {
    renderWidget(<Hemicycle term={term({ women: 8, men: 6, vacant: 1, hideGenders: true })} />);
    expect(screen.getByRole('group', { name: 'Sièges de l’hémicycle' })).toHaveAccessibleDescription(/plein pour un siège occupé/);
    const seats = screen.getAllByTestId('hemicycle-seat');
    expect(seats[0]).toHaveAccessibleName('Siège 1 : Député·e 1');
    expect(seats.map((s) => s.getAttribute('data-kind')).filter((k) => k === 'HELD')).toHaveLength(14);
    expect(screen.getByRole('list', { name: 'Légende' })).toHaveTextContent('Occupé (14)Vacant (1)');
    expect(screen.getByTestId('hemicycle-parity')).toHaveTextContent('Parité : 8 femmes pour un minimum de 8, atteint.');
  });

  it('tells vacant seats by their name and outline, and parity not met', () => {
    renderWidget(<Hemicycle term={term({ women: 6, men: 7, vacant: 2 })} />);
    const seats = screen.getAllByTestId('hemicycle-seat');
    expect(seats[13]).toHaveAccessibleName('Siège 14 : vacant');
    expect(seats[13]).toHaveAttribute('data-kind', 'VACANT');
    expect(screen.getByText('Vacant (2)')).toBeInTheDocument();
    expect(screen.getByTestId('hemicycle-parity')).toHaveTextContent('6 femmes pour un minimum de 8, non atteint');
  });

  it('is one tab stop; arrows, Home and End move between seats and Enter shows the holder in words', async () => {
    renderWidget(
      <>
        <button type="button">avant</button>
        <Hemicycle term={term()} />
      </>,
    );
    const seats = screen.getAllByTestId('hemicycle-seat');
    await userEvent.click(screen.getByRole('button', { name: 'avant' }));
    await userEvent.tab();
    expect(document.activeElement).toBe(seats[0]);
    expect(seats.filter((s) => s.getAttribute('tabindex') === '0')).toHaveLength(1);

    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(seats[2]);
    await userEvent.keyboard('{Enter}');
    expect(seats[2]).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('hemicycle-selected')).toHaveTextContent('Sélection : Siège 3 : Député·e 3, femme');
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(seats[14]);
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(seats[0]);
    await userEvent.keyboard('{ArrowLeft}{Home}');
    expect(document.activeElement).toBe(seats[0]);
  });

  it('speaks Arabic when the page does', () => {
    renderWidget(<Hemicycle term={term({ women: 8, men: 7 })} />, { lang: 'ar' });
    expect(screen.getAllByTestId('hemicycle-seat')[0]).toHaveAccessibleName('المقعد 1: Député·e 1، امرأة');
    expect(screen.getByTestId('hemicycle-parity')).toHaveTextContent('التكافؤ: النساء 8 والحد الأدنى 8، متحقق.');
  });
});
