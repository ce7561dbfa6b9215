// The seat and mandate rules, written once and run against both databases Tribune supports:
// PostgreSQL (mandates.integration-spec.ts) and the embedded PGlite (mandates.pglite.integration-spec.ts).
import { TestApp, codeOf } from '../../../test/test-app';
import { aDeputy, aMandate, aTerm, daysFromToday, signedIn } from '../../../test/factories';

const ASSIGN = `mutation($i: AssignSeatInput!) { assignSeat(input: $i) {
  mandate { id startsOn endsOn deputy { id fullName } }
  seat { number }
  parity { women total minimumWomen satisfied vacant reachable }
  warnings { code message } } }`;
const END = `mutation($i: EndMandateInput!) { endMandate(input: $i) {
  mandate { id endsOn endReason successor { id } }
  successor { id startsOn deputy { id } }
  parity { women total satisfied reachable }
  warnings { code } } }`;
const SEAT_HISTORY = `query($id: ID!) { term(id: $id) { seats { number currentMandate { id deputy { id } } history { id startsOn endsOn endReason deputy { id } } } } }`;
const DEPUTY_SEAT = `query($id: ID!) { deputy(id: $id) { currentMandate { id } } }`;

export function describeSeatRules(start: () => Promise<TestApp>) {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await start();
    admin = (await signedIn(t, 'ADMIN')).token;
  });
  afterAll(() => t.close());

  describe('assignSeat', () => {
    it('gives a vacant seat to a deputy, from a date inside the term, and writes an audit row', async () => {
      const term = await aTerm(t.prisma, { startsOn: '2031-01-01', endsOn: '2032-12-31' });
      const deputy = await aDeputy(t.prisma, { gender: 'WOMAN' });
      const r = await t.gql(ASSIGN, { i: { termId: term.id, seatNumber: 3, deputyId: deputy.id, startsOn: '2031-01-01' } }, admin);
      expect(r.errors).toBeUndefined();
      expect(r.data!.assignSeat.mandate).toMatchObject({ startsOn: '2031-01-01', endsOn: null, deputy: { id: deputy.id } });
      expect(r.data!.assignSeat.seat.number).toBe(3);
      expect(await t.prisma.auditLog.count({ where: { action: 'mandate.assign', entityId: r.data!.assignSeat.mandate.id } })).toBe(1);
    });

    it('refuses a second open mandate on the same seat', async () => {
      const term = await aTerm(t.prisma, { startsOn: '2033-01-01', endsOn: '2034-12-31' });
      const [a, b] = [await aDeputy(t.prisma), await aDeputy(t.prisma)];
      await aMandate(t.prisma, term.seats[0], a, '2033-01-01');
      const r = await t.gql(ASSIGN, { i: { termId: term.id, seatNumber: 1, deputyId: b.id, startsOn: '2033-02-01' } }, admin);
      expect(codeOf(r)).toBe('CONFLICT');
      expect(r.errors![0].message).toContain(a.fullName);
      expect(await t.prisma.mandate.count({ where: { seatId: term.seats[0].id } })).toBe(1);
    });

    it('refuses a deputy a second seat while they hold one', async () => {
      const term = await aTerm(t.prisma, { startsOn: '2035-01-01', endsOn: '2036-12-31' });
      const a = await aDeputy(t.prisma);
      await aMandate(t.prisma, term.seats[0], a, '2035-01-01');
      const r = await t.gql(ASSIGN, { i: { termId: term.id, seatNumber: 2, deputyId: a.id, startsOn: '2035-01-01' } }, admin);
      expect(codeOf(r)).toBe('CONFLICT');
      expect(await t.prisma.mandate.count({ where: { deputyId: a.id } })).toBe(1);
    });

    it('keeps mandates inside their term', async () => {
      const term = await aTerm(t.prisma, { startsOn: '2037-01-01', endsOn: '2038-12-31' });
      const a = await aDeputy(t.prisma);
      for (const startsOn of ['2036-12-31', '2039-01-01']) {
        const r = await t.gql(ASSIGN, { i: { termId: term.id, seatNumber: 1, deputyId: a.id, startsOn } }, admin);
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
      }
      expect(await t.prisma.mandate.count({ where: { deputyId: a.id } })).toBe(0);
    });

    it('refuses a seat number the term does not have, an unknown term and an unknown deputy', async () => {
      const term = await aTerm(t.prisma, { startsOn: '2039-01-01', endsOn: '2040-12-31', seatCount: 5, minimumWomen: 2 });
      const a = await aDeputy(t.prisma);
      expect(codeOf(await t.gql(ASSIGN, { i: { termId: term.id, seatNumber: 6, deputyId: a.id, startsOn: '2039-01-01' } }, admin))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await t.gql(ASSIGN, { i: { termId: term.id, seatNumber: 16, deputyId: a.id, startsOn: '2039-01-01' } }, admin))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await t.gql(ASSIGN, { i: { termId: term.id, seatNumber: 0, deputyId: a.id, startsOn: '2039-01-01' } }, admin))).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        codeOf(await t.gql(ASSIGN, { i: { termId: 'no-such-term', seatNumber: 1, deputyId: a.id, startsOn: '2039-01-01' } }, admin)),
      ).toBe('NOT_FOUND');
      expect(
        codeOf(await t.gql(ASSIGN, { i: { termId: term.id, seatNumber: 1, deputyId: 'no-such-deputy', startsOn: '2039-01-01' } }, admin)),
      ).toBe('NOT_FOUND');
    });

    it('warns, without refusing, when the assignment makes the minimum of women unreachable', async () => {
      // 3 seats, at least 2 women: a man on seat 1 keeps parity reachable, a second man does not.
      const term = await aTerm(t.prisma, { startsOn: '2041-01-01', endsOn: '2042-12-31', seatCount: 3, minimumWomen: 2 });
      const [m1, m2] = [await aDeputy(t.prisma, { gender: 'MAN' }), await aDeputy(t.prisma, { gender: 'MAN' })];
      const first = await t.gql(ASSIGN, { i: { termId: term.id, seatNumber: 1, deputyId: m1.id, startsOn: '2041-01-01' } }, admin);
      expect(first.data!.assignSeat.warnings).toEqual([]);
      expect(first.data!.assignSeat.parity).toMatchObject({ women: 0, total: 1, vacant: 2, satisfied: false, reachable: true });
      const second = await t.gql(ASSIGN, { i: { termId: term.id, seatNumber: 2, deputyId: m2.id, startsOn: '2041-01-01' } }, admin);
      expect(second.errors).toBeUndefined();
      expect(second.data!.assignSeat.warnings).toEqual([expect.objectContaining({ code: 'PARITY_UNREACHABLE' })]);
      expect(second.data!.assignSeat.parity).toMatchObject({ women: 0, total: 2, vacant: 1, reachable: false });
    });

    it('lets only one of two simultaneous assignments of the same seat through', async () => {
      const term = await aTerm(t.prisma, { startsOn: '2043-01-01', endsOn: '2044-12-31' });
      const [a, b] = [await aDeputy(t.prisma), await aDeputy(t.prisma)];
      const results = await Promise.all(
        [a, b].map((d) => t.gql(ASSIGN, { i: { termId: term.id, seatNumber: 7, deputyId: d.id, startsOn: '2043-01-01' } }, admin)),
      );
      expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
      expect(await t.prisma.mandate.count({ where: { seatId: term.seats[6].id, openSeatId: { not: null } } })).toBe(1);
    });

    it('is for administrators only', async () => {
      const term = await aTerm(t.prisma, { startsOn: '2045-01-01', endsOn: '2046-12-31' });
      const a = await aDeputy(t.prisma);
      for (const role of ['COORDINATOR', 'DEPUTY'] as const) {
        const { token } = await signedIn(t, role);
        expect(codeOf(await t.gql(ASSIGN, { i: { termId: term.id, seatNumber: 1, deputyId: a.id, startsOn: '2045-01-01' } }, token))).toBe(
          'FORBIDDEN',
        );
      }
      expect(await t.prisma.mandate.count({ where: { deputyId: a.id } })).toBe(0);
    });
  });

  describe('the end of a term', () => {
    // Dates around today: whether a term has ended depends on the day the tests run.
    const ended = { startsOn: daysFromToday(-731), endsOn: daysFromToday(-1) };
    const running = { startsOn: daysFromToday(0), endsOn: daysFromToday(729) };

    it('no longer shows the holders of an ended term as current, on the seat or on the deputy', async () => {
      const term = await aTerm(t.prisma, { ...ended, seatCount: 3, minimumWomen: 2 });
      const d = await aDeputy(t.prisma, { gender: 'WOMAN' });
      await aMandate(t.prisma, term.seats[0], d, ended.startsOn);
      const r = await t.gql(
        `query($id: ID!) { term(id: $id) { parity { women vacant } seats { currentMandate { id } history { id } } } }`,
        { id: term.id },
        admin,
      );
      expect(r.data!.term.seats[0]).toEqual({ currentMandate: null, history: [expect.anything()] });
      expect(r.data!.term.parity).toEqual({ women: 0, vacant: 3 });
      expect((await t.gql(DEPUTY_SEAT, { id: d.id }, admin)).data!.deputy.currentMandate).toBeNull();
    });

    it('re-seats a deputy in the next term, closing their mandate of the ended term with TERM_END', async () => {
      const [previous, next] = [await aTerm(t.prisma, ended), await aTerm(t.prisma, running)];
      const d = await aDeputy(t.prisma);
      const old = await aMandate(t.prisma, previous.seats[2], d, ended.startsOn);
      const r = await t.gql(ASSIGN, { i: { termId: next.id, seatNumber: 5, deputyId: d.id, startsOn: running.startsOn } }, admin);
      expect(r.errors).toBeUndefined();
      const closed = await t.prisma.mandate.findUniqueOrThrow({ where: { id: old.id } });
      expect(closed).toMatchObject({ endsOn: previous.endsOn, endReason: 'TERM_END', openSeatId: null, openDeputyId: null });
      const audit = await t.prisma.auditLog.findFirstOrThrow({ where: { action: 'mandate.end', entityId: old.id } });
      expect(audit.data).toMatchObject({ reason: 'TERM_END', endsOn: ended.endsOn, seatNumber: 3 });
      expect((await t.gql(DEPUTY_SEAT, { id: d.id }, admin)).data!.deputy.currentMandate).toEqual({ id: r.data!.assignSeat.mandate.id });
      const seat3 = (await t.gql(SEAT_HISTORY, { id: previous.id }, admin)).data!.term.seats[2];
      expect(seat3.history).toEqual([expect.objectContaining({ endsOn: ended.endsOn, endReason: 'TERM_END' })]);
    });

    it('re-seats a successor who held a seat in the ended term the same way', async () => {
      const [previous, next] = [await aTerm(t.prisma, ended), await aTerm(t.prisma, running)];
      const [leaving, returning] = [await aDeputy(t.prisma), await aDeputy(t.prisma)];
      const old = await aMandate(t.prisma, previous.seats[0], returning, ended.startsOn);
      const mandate = await aMandate(t.prisma, next.seats[0], leaving, running.startsOn);
      const r = await t.gql(
        END,
        { i: { mandateId: mandate.id, endsOn: running.startsOn, reason: 'RESIGNATION', successorDeputyId: returning.id } },
        admin,
      );
      expect(r.errors).toBeUndefined();
      expect(await t.prisma.mandate.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
        endReason: 'TERM_END',
        endsOn: previous.endsOn,
      });
    });

    it('never closes a mandate of a running term', async () => {
      const current = await aTerm(t.prisma, running);
      const upcoming = await aTerm(t.prisma, { startsOn: daysFromToday(730), endsOn: daysFromToday(1459) });
      const d = await aDeputy(t.prisma);
      const held = await aMandate(t.prisma, current.seats[0], d, running.startsOn);
      const r = await t.gql(ASSIGN, { i: { termId: upcoming.id, seatNumber: 1, deputyId: d.id, startsOn: daysFromToday(730) } }, admin);
      expect(codeOf(r)).toBe('CONFLICT');
      expect(r.errors![0].message).toContain(`until ${running.endsOn}`);
      expect(await t.prisma.mandate.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
        endsOn: null,
        endReason: null,
        openDeputyId: d.id,
      });
      expect(await t.prisma.mandate.count({ where: { deputyId: d.id } })).toBe(1);
      expect(await t.prisma.auditLog.count({ where: { entityId: held.id } })).toBe(0);
      expect((await t.gql(DEPUTY_SEAT, { id: d.id }, admin)).data!.deputy.currentMandate).toEqual({ id: held.id });
    });
  });

  describe('endMandate', () => {
    it("replaces a deputy: ends the mandate, opens the successor's on the same seat and keeps the history", async () => {
      const term = await aTerm(t.prisma, { startsOn: '2047-01-01', endsOn: '2048-12-31' });
      const [leaving, incoming] = [await aDeputy(t.prisma, { gender: 'WOMAN' }), await aDeputy(t.prisma, { gender: 'WOMAN' })];
      const mandate = await aMandate(t.prisma, term.seats[4], leaving, '2047-01-01');
      const r = await t.gql(
        END,
        { i: { mandateId: mandate.id, endsOn: '2047-06-30', reason: 'REPLACEMENT', successorDeputyId: incoming.id } },
        admin,
      );
      expect(r.errors).toBeUndefined();
      const { mandate: ended, successor } = r.data!.endMandate;
      expect(ended).toMatchObject({ endsOn: '2047-06-30', endReason: 'REPLACEMENT', successor: { id: successor.id } });
      expect(successor).toMatchObject({ startsOn: '2047-06-30', deputy: { id: incoming.id } });
      const seat5 = (await t.gql(SEAT_HISTORY, { id: term.id }, admin)).data!.term.seats[4];
      expect(seat5.currentMandate.deputy.id).toBe(incoming.id);
      expect(seat5.history.map((m: { deputy: { id: string } }) => m.deputy.id)).toEqual([leaving.id, incoming.id]);
      expect(await t.prisma.auditLog.count({ where: { action: 'mandate.end', entityId: mandate.id } })).toBe(1);
    });

    it('ends a mandate by resignation and leaves the seat vacant', async () => {
      const term = await aTerm(t.prisma, { startsOn: '2049-01-01', endsOn: '2050-12-31' });
      const leaving = await aDeputy(t.prisma);
      const mandate = await aMandate(t.prisma, term.seats[0], leaving, '2049-01-01');
      const r = await t.gql(
        END,
        { i: { mandateId: mandate.id, endsOn: '2049-03-01', reason: 'RESIGNATION', note: 'Personal reasons' } },
        admin,
      );
      expect(r.data!.endMandate.successor).toBeNull();
      const seat1 = (await t.gql(SEAT_HISTORY, { id: term.id }, admin)).data!.term.seats[0];
      expect(seat1.currentMandate).toBeNull();
      expect(seat1.history).toHaveLength(1);
    });

    it('refuses to end a mandate twice, before it started or after its term', async () => {
      const term = await aTerm(t.prisma, { startsOn: '2051-01-01', endsOn: '2052-12-31' });
      const d = await aDeputy(t.prisma);
      const mandate = await aMandate(t.prisma, term.seats[0], d, '2051-02-01');
      expect(codeOf(await t.gql(END, { i: { mandateId: mandate.id, endsOn: '2051-01-15', reason: 'RESIGNATION' } }, admin))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await t.gql(END, { i: { mandateId: mandate.id, endsOn: '2053-01-01', reason: 'RESIGNATION' } }, admin))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await t.gql(END, { i: { mandateId: mandate.id, endsOn: '2051-05-01', reason: 'RESIGNATION' } }, admin))).toBe('OK');
      expect(codeOf(await t.gql(END, { i: { mandateId: mandate.id, endsOn: '2051-06-01', reason: 'RESIGNATION' } }, admin))).toBe(
        'CONFLICT',
      );
      expect(codeOf(await t.gql(END, { i: { mandateId: 'nope', endsOn: '2051-06-01', reason: 'RESIGNATION' } }, admin))).toBe('NOT_FOUND');
    });

    it('leaves nothing half-written when the successor cannot take the seat', async () => {
      const term = await aTerm(t.prisma, { startsOn: '2053-01-01', endsOn: '2054-12-31' });
      const [leaving, busy] = [await aDeputy(t.prisma), await aDeputy(t.prisma)];
      const mandate = await aMandate(t.prisma, term.seats[0], leaving, '2053-01-01');
      await aMandate(t.prisma, term.seats[1], busy, '2053-01-01');
      const r = await t.gql(
        END,
        { i: { mandateId: mandate.id, endsOn: '2053-06-01', reason: 'REPLACEMENT', successorDeputyId: busy.id } },
        admin,
      );
      expect(codeOf(r)).toBe('CONFLICT');
      const still = await t.prisma.mandate.findUniqueOrThrow({ where: { id: mandate.id } });
      expect(still).toMatchObject({ endsOn: null, endReason: null, openSeatId: term.seats[0].id });
      expect(await t.prisma.auditLog.count({ where: { entityId: mandate.id } })).toBe(0);
    });

    it('refuses a successor start before the previous mandate ended', async () => {
      const term = await aTerm(t.prisma, { startsOn: '2055-01-01', endsOn: '2056-12-31' });
      const [leaving, incoming] = [await aDeputy(t.prisma), await aDeputy(t.prisma)];
      const mandate = await aMandate(t.prisma, term.seats[0], leaving, '2055-01-01');
      const r = await t.gql(
        END,
        {
          i: {
            mandateId: mandate.id,
            endsOn: '2055-06-01',
            reason: 'REPLACEMENT',
            successorDeputyId: incoming.id,
            successorStartsOn: '2055-05-01',
          },
        },
        admin,
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect((await t.prisma.mandate.findUniqueOrThrow({ where: { id: mandate.id } })).endsOn).toBeNull();
    });
  });
}
