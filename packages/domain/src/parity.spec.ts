import { computeParity } from './parity';
import { defaultTermEnd, minimumWomenFloor, TERM_DEFAULTS } from './terms';

describe('computeParity', () => {
  it('counts women among the seats that are held', () => {
    const p = computeParity({ holders: ['WOMAN', 'MAN', null, 'WOMAN'], minimumWomen: 2 });
    expect(p).toMatchObject({ women: 2, total: 3, vacant: 1, satisfied: true, reachable: true });
  });

  it('is unsatisfied but reachable while enough seats are vacant', () => {
    const p = computeParity({ holders: ['MAN', null, null], minimumWomen: 2 });
    expect(p).toMatchObject({ satisfied: false, reachable: true });
  });

  it('is unreachable once too few seats remain for women', () => {
    const p = computeParity({ holders: ['MAN', 'MAN', null], minimumWomen: 2 });
    expect(p).toMatchObject({ satisfied: false, reachable: false });
  });

  it('does not count other declared genders as women', () => {
    const p = computeParity({ holders: ['OTHER', 'UNDISCLOSED'], minimumWomen: 1 });
    expect(p).toMatchObject({ women: 0, total: 2, satisfied: false, reachable: false });
  });
});

describe('defaultTermEnd', () => {
  it('ends a two-year term the day before its second anniversary', () => {
    expect(defaultTermEnd('2025-01-08')).toBe('2027-01-07');
  });
  it('handles a term starting on the first of March after a leap day', () => {
    expect(defaultTermEnd('2024-03-01')).toBe('2026-02-28');
  });
});

describe('minimumWomenFloor', () => {
  it("is the charter's 8 women for 15 seats", () => {
    expect(minimumWomenFloor(TERM_DEFAULTS.seatCount)).toBe(TERM_DEFAULTS.minimumWomen);
  });
  it('is half the seats, rounded up', () => {
    expect([1, 2, 3, 4, 5].map(minimumWomenFloor)).toEqual([1, 1, 2, 2, 3]);
  });
});
