import { startTestApp, TestApp, codeOf } from '../../test/test-app';
import { aDeputy, aMandate, aTerm, signedIn } from '../../test/factories';

const CREATE = `mutation($i: CreateTermInput!) { createTerm(input: $i) { id name startsOn endsOn seatCount minimumWomen status seats { number } parity { women total minimumWomen satisfied } } }`;

describe('terms', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
  });
  afterAll(() => t.close());

  describe('createTerm', () => {
    it('creates a two-year term of 15 seats with a minimum of 8 women by default', async () => {
      const r = await t.gql(CREATE, { i: { name: 'Mandature 2061-2063', startsOn: '2061-01-08' } }, admin);
      expect(r.errors).toBeUndefined();
      expect(r.data!.createTerm).toMatchObject({
        startsOn: '2061-01-08',
        endsOn: '2063-01-07',
        seatCount: 15,
        minimumWomen: 8,
        status: 'UPCOMING',
      });
      expect(r.data!.createTerm.seats.map((s: { number: number }) => s.number)).toEqual([...Array(15)].map((_, i) => i + 1));
      expect(r.data!.createTerm.parity).toEqual({ women: 0, total: 0, minimumWomen: 8, satisfied: false });
      const audit = await t.prisma.auditLog.findFirst({ where: { action: 'term.create', entityId: r.data!.createTerm.id } });
      expect(audit).toBeTruthy();
    });

    it('refuses more than 15 seats, a minimum above the seat count, an end before the start, an empty or long name', async () => {
      const bad = [
        { name: 'X', startsOn: '2070-01-01', seatCount: 16 },
        { name: 'X', startsOn: '2070-01-01', seatCount: 5, minimumWomen: 6 },
        { name: 'X', startsOn: '2070-01-01', endsOn: '2069-12-31' },
        { name: 'X', startsOn: '2070-01-01', endsOn: '2070-01-01' },
        { name: '', startsOn: '2070-01-01' },
        { name: 'x'.repeat(121), startsOn: '2070-01-01' },
        { name: 'X', startsOn: 'not-a-date' },
      ];
      for (const i of bad) expect([i, codeOf(await t.gql(CREATE, { i }, admin))]).toEqual([i, 'BAD_USER_INPUT']);
      expect(await t.prisma.term.count({ where: { startsOn: new Date('2070-01-01') } })).toBe(0);
    });

    it('refuses a term whose minimum of women is below half its seats (8 of 15), and accepts the floor itself', async () => {
      const below = await t.gql(CREATE, { i: { name: 'X', startsOn: '2072-01-01', minimumWomen: 7 } }, admin);
      expect(codeOf(below)).toBe('BAD_USER_INPUT');
      expect(below.errors![0].message).toContain('8 of 15');
      expect(codeOf(await t.gql(CREATE, { i: { name: 'X', startsOn: '2072-01-01', minimumWomen: 0 } }, admin))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(CREATE, { i: { name: 'X', startsOn: '2072-01-01', seatCount: 5, minimumWomen: 2 } }, admin))).toBe(
        'BAD_USER_INPUT',
      );
      expect(await t.prisma.term.count({ where: { startsOn: new Date('2072-01-01') } })).toBe(0);
      const atFloor = await t.gql(CREATE, { i: { name: 'Five seats', startsOn: '2072-01-01', seatCount: 5, minimumWomen: 3 } }, admin);
      expect(atFloor.errors).toBeUndefined();
      expect(atFloor.data!.createTerm).toMatchObject({ seatCount: 5, minimumWomen: 3 });
    });

    it('refuses a term overlapping another, so at most one is active on any day', async () => {
      await t.gql(CREATE, { i: { name: 'A', startsOn: '2080-01-01' } }, admin);
      const r = await t.gql(CREATE, { i: { name: 'B', startsOn: '2081-06-01' } }, admin);
      expect(codeOf(r)).toBe('CONFLICT');
      expect(r.errors![0].message).toContain('overlaps');
      const simultaneous = await Promise.all(['C', 'D'].map((name) => t.gql(CREATE, { i: { name, startsOn: '2090-01-01' } }, admin)));
      expect(simultaneous.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    });

    it('is for administrators only', async () => {
      for (const role of ['COORDINATOR', 'DEPUTY'] as const) {
        const { token } = await signedIn(t, role);
        expect(codeOf(await t.gql(CREATE, { i: { name: 'Nope', startsOn: '2095-01-01' } }, token))).toBe('FORBIDDEN');
      }
      expect(codeOf(await t.gql(CREATE, { i: { name: 'Nope', startsOn: '2095-01-01' } }))).toBe('UNAUTHENTICATED');
      expect(await t.prisma.term.count({ where: { name: 'Nope' } })).toBe(0);
    });
  });

  describe('currentTerm and term(id)', () => {
    it('returns the term running today with its status, seats, holders and parity, to every signed-in role', async () => {
      const today = new Date();
      const start = new Date(Date.UTC(today.getUTCFullYear() - 1, 0, 1)).toISOString().slice(0, 10);
      const end = new Date(Date.UTC(today.getUTCFullYear() + 1, 0, 1)).toISOString().slice(0, 10);
      const term = await aTerm(t.prisma, { startsOn: start, endsOn: end, seatCount: 3, minimumWomen: 2 });
      await aMandate(t.prisma, term.seats[0], await aDeputy(t.prisma, { gender: 'WOMAN', fullName: 'Amina' }), start);
      await aMandate(t.prisma, term.seats[1], await aDeputy(t.prisma, { gender: 'MAN', fullName: 'Yonas' }), start);
      const { token } = await signedIn(t, 'DEPUTY');
      const r = await t.gql(
        `{ currentTerm { id status parity { women total minimumWomen satisfied vacant reachable } seats { number currentMandate { deputy { fullName } } } } }`,
        {},
        token,
      );
      expect(r.data!.currentTerm).toEqual({
        id: term.id,
        status: 'ACTIVE',
        parity: { women: 1, total: 2, minimumWomen: 2, satisfied: false, vacant: 1, reachable: true },
        seats: [
          { number: 1, currentMandate: { deputy: { fullName: 'Amina' } } },
          { number: 2, currentMandate: { deputy: { fullName: 'Yonas' } } },
          { number: 3, currentMandate: null },
        ],
      });
    });

    it('answers NOT_FOUND for an unknown term', async () => {
      expect(codeOf(await t.gql(`{ term(id: "nope") { id } }`, {}, admin))).toBe('NOT_FOUND');
    });
  });
});
