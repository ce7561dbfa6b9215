import { startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aGroup, aMandate, aMembership, aTerm, signedIn } from '../../test/factories';

// The term's seat grid with holders and their groups: one query per level, whatever the size.
const SEAT_GRID = `query($id: ID!) { term(id: $id) { name parity { women total } seats { number
  currentMandate { startsOn deputy { fullName gender memberships { role group { name } } } }
  history { id } } } }`;

describe('DataLoader batching', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
  });
  afterAll(() => t.close());

  async function termWithHolders(seatCount: number, startsOn: string, endsOn: string) {
    const term = await aTerm(t.prisma, { seatCount, startsOn, endsOn, minimumWomen: 1 });
    const groups = [await aGroup(t.prisma, term.id), await aGroup(t.prisma, term.id)];
    for (const seat of term.seats) {
      const deputy = await aDeputy(t.prisma, { gender: seat.number % 2 ? 'WOMAN' : 'MAN' });
      await aMandate(t.prisma, seat, deputy, startsOn);
      for (const g of groups) await aMembership(t.prisma, g.id, deputy.id);
    }
    return term;
  }

  async function queriesFor(termId: string) {
    const before = t.prisma.queryCount;
    const r = await t.gql(SEAT_GRID, { id: termId }, admin);
    expect(r.errors).toBeUndefined();
    return { count: t.prisma.queryCount - before, seats: r.data!.term.seats };
  }

  it('lists 15 seats with holders and their groups in as many queries as 3 seats', async () => {
    const small = await termWithHolders(3, '2101-01-01', '2102-12-31');
    const full = await termWithHolders(15, '2103-01-01', '2104-12-31');
    const a = await queriesFor(small.id);
    const b = await queriesFor(full.id);
    expect(a.seats).toHaveLength(3);
    expect(b.seats).toHaveLength(15);
    expect(
      b.seats.every((s: { currentMandate: { deputy: { memberships: unknown[] } } }) => s.currentMandate.deputy.memberships.length === 2),
    ).toBe(true);
    expect(b.count).toBe(a.count);
    // The caller, the term, its seats with parity, current mandates and deputies, history, memberships with their groups.
    expect(b.count).toBe(5);
  });

  it('reads the seat grid (seats, current mandates, deputies, parity) in one statement after the term', async () => {
    const term = await aTerm(t.prisma, { seatCount: 4, startsOn: '2105-01-01', endsOn: '2106-12-31', minimumWomen: 2 });
    const holders = [];
    for (const seat of term.seats.slice(0, 3)) {
      const deputy = await aDeputy(t.prisma, { gender: seat.number === 1 ? 'WOMAN' : 'MAN' });
      await aMandate(t.prisma, seat, deputy, '2105-01-01');
      holders.push(deputy);
    }
    const before = t.prisma.queryCount;
    const r = await t.gql(
      `query($id: ID!) { term(id: $id) { parity { women total minimumWomen satisfied } seats { number currentMandate { startsOn deputy { id fullName gender } } } } }`,
      { id: term.id },
      admin,
    );
    expect(r.errors).toBeUndefined();
    expect(t.prisma.queryCount - before).toBe(3); // the caller, the term, the grid
    expect(r.data!.term.parity).toEqual({ women: 1, total: 3, minimumWomen: 2, satisfied: false });
    expect(r.data!.term.seats).toEqual([
      ...holders.map((d, i) => ({
        number: i + 1,
        currentMandate: { startsOn: '2105-01-01', deputy: { id: d.id, fullName: d.fullName, gender: d.gender } },
      })),
      { number: 4, currentMandate: null },
    ]);
  });
});
