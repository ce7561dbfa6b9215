import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TerritoriesQuery } from './operations';

const territory = (code: string, label: string, kind: string) => ({ __typename: 'Territory', code, label, kind });

/** A few entries of the official list, as the API serves it (régions, départements, outside France). */
export const territoriesMock = {
  request: { query: TerritoriesQuery },
  result: {
    data: {
      territories: [
        territory('reg:32', 'Hauts-de-France', 'REGION'),
        territory('reg:11', 'Île-de-France', 'REGION'),
        territory('dep:59', 'Nord (59)', 'DEPARTEMENT'),
        territory('dep:62', 'Pas-de-Calais (62)', 'DEPARTEMENT'),
        territory('dep:75', 'Paris (75)', 'DEPARTEMENT'),
        territory('dep:93', 'Seine-Saint-Denis (93)', 'DEPARTEMENT'),
        territory('abroad', 'Hors de France', 'ABROAD'),
      ],
    },
  },
  maxUsageCount: Infinity,
};

/** Searches the territory select as a person would (typing part of a name or a number) and picks an option. */
export async function chooseTerritory(input: HTMLElement, typed: string, option: string) {
  await userEvent.click(input);
  await userEvent.type(input, typed);
  await userEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}
