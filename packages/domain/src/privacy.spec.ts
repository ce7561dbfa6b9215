import { FORBIDDEN_FIELD_NAME, looksLikeAddress } from './privacy';

describe('looksLikeAddress', () => {
  it.each(['12 rue des Lilas', '3bis, avenue Jean Jaurès', '7 Bd de la Liberté', '59140', 'Dunkerque 59140', '221B Baker Street'])(
    'refuses %s as a territory',
    (text) => {
      expect(looksLikeAddress(text)).toBe(true);
    },
  );

  it.each([
    'Pas-de-Calais',
    'Calais (62)',
    'Île-de-France',
    'Seine-Saint-Denis (93)',
    'Rue (Somme)',
    'Grand Est',
    'Marseille 13e',
    '2A Corse-du-Sud',
  ])('accepts %s', (text) => {
    expect(looksLikeAddress(text)).toBe(false);
  });
});

describe('FORBIDDEN_FIELD_NAME', () => {
  it.each([
    'asylumFileNumber',
    'fileNumber',
    'homeAddress',
    'postalCode',
    'nationality',
    'residencePermit',
    'administrativeStatus',
    'legal_status',
    'latitude',
  ])('catches %s', (name) => {
    expect(name).toMatch(FORBIDDEN_FIELD_NAME);
  });

  it.each(['status', 'territory', 'email', 'addressedBy', 'languages', 'eligibilityAttestedOn'])('lets %s through', (name) => {
    expect(name).not.toMatch(FORBIDDEN_FIELD_NAME);
  });
});
