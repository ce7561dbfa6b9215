import DataLoader from 'dataloader';
import { computeParity, Parity } from '@tribune/domain';
import { Deputy, Mandate, Prisma, Seat } from '../generated/prisma/client';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { isoDay, today } from '../common/scalars';
import { columns, ids, Loaders, many, one } from '../loaders/loaders';

/**
 * Whether the open mandates of the term aliased `term` are held now: not once the term has ended
 * (the day after its endsOn), even before a re-election closes them with TERM_END (see
 * MandatesService.closeAtTermEnd). Seat.currentMandate, Deputy.currentMandate and parity follow it.
 */
export function heldNow(term: string): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(`"${term}"."endsOn"`)} >= ${isoDay(today())}::date`;
}

/**
 * Parity of each term from its seats' current holders, in one query whatever the number of
 * terms; inside a transaction (assignSeat, endMandate) or per request (the loader below).
 */
export async function parityOfTerms(db: PrismaService | Tx, termIds: readonly string[]): Promise<Parity[]> {
  if (termIds.length === 0) return [];
  // One row per seat (gender NULL when vacant), or one row with seatId NULL for a term without seats.
  const rows = await db.$queryRaw<Array<{ termId: string; minimumWomen: number; seatId: string | null; gender: string | null }>>`
    SELECT t.id AS "termId", t."minimumWomen", s.id AS "seatId", d.gender::text AS gender
    FROM "Term" t
    LEFT JOIN "Seat" s ON s."termId" = t.id
    LEFT JOIN "Mandate" m ON m."openSeatId" = s.id AND ${heldNow('t')}
    LEFT JOIN "Deputy" d ON d.id = m."deputyId"
    WHERE t.id IN (${Prisma.join([...termIds])})`;
  return termIds.map((id) => {
    const ofTerm = rows.filter((r) => r.termId === id);
    const holders = ofTerm.filter((r) => r.seatId !== null).map((r) => r.gender);
    return computeParity({ holders, minimumWomen: ofTerm[0]?.minimumWomen ?? 0 });
  });
}

const SEAT = columns<Seat>({ id: true, termId: true, number: true });
const MANDATE = columns<Mandate>({
  id: true,
  seatId: true,
  deputyId: true,
  startsOn: true,
  endsOn: true,
  endReason: true,
  endNote: true,
  successorMandateId: true,
  openSeatId: true,
  openDeputyId: true,
  createdAt: true,
});
const DEPUTY = columns<Deputy>({
  id: true,
  userId: true,
  fullName: true,
  gender: true,
  territory: true,
  languages: true,
  skills: true,
  bio: true,
  eligibilityAttestedOn: true,
  createdAt: true,
  updatedAt: true,
});

/** A term's seats (by number) with their current mandate and its deputy, and the term's minimum of women. */
interface SeatGrid {
  minimumWomen: number;
  seats: Array<{ seat: Seat; mandate: Mandate | null; deputy: Deputy | null }>;
}

/** Mandates' own loaders (seats, their mandates, the seat grid and parity), in the request's container: `loaders.of(MandatesLoaders)`. */
export class MandatesLoaders {
  constructor(private readonly loaders: Loaders) {}

  readonly seatById = one(
    (ids) => this.loaders.prisma.seat.findMany({ where: { id: { in: [...ids] } } }),
    (s) => s.id,
  );
  readonly mandateById = one(
    (ids) => this.loaders.prisma.mandate.findMany({ where: { id: { in: [...ids] } } }),
    (m) => m.id,
  );

  /**
   * The seat grid in one statement: seats, current mandates, their deputies and the term's
   * minimum of women; seatsByTermId and parityByTermId read it, and it primes
   * openMandateBySeatId and the deputies by id.
   */
  private readonly seatGridByTermId = new DataLoader<string, SeatGrid>(async (keys) => {
    const rows = await this.loaders.prisma.readRaw<Array<Record<string, unknown>>>(Prisma.sql`
      SELECT t."id" AS "t.id", t."minimumWomen" AS "t.minimumWomen", ${SEAT.select('s', 's.')}, ${MANDATE.select('m', 'm.')}, ${DEPUTY.select('d', 'd.')}
      FROM "Term" t
      LEFT JOIN "Seat" s ON s."termId" = t."id"
      LEFT JOIN "Mandate" m ON m."openSeatId" = s."id" AND ${heldNow('t')}
      LEFT JOIN "Deputy" d ON d."id" = m."deputyId"
      WHERE t."id" IN (${ids(keys)})
      ORDER BY s."number"`);
    const grids = new Map<string, SeatGrid>(keys.map((k) => [k, { minimumWomen: 0, seats: [] }]));
    const deputyById = this.loaders.byId<Deputy>('Deputy');
    for (const row of rows) {
      const grid = grids.get(row['t.id'] as string)!;
      grid.minimumWomen = row['t.minimumWomen'] as number;
      if (row['s.id'] === null) continue; // a term without seats
      const seat = SEAT.pick(row, 's.');
      const mandate = row['m.id'] === null ? null : MANDATE.pick(row, 'm.');
      const deputy = row['d.id'] === null ? null : DEPUTY.pick(row, 'd.');
      this.openMandateBySeatId.prime(seat.id, mandate);
      if (deputy) deputyById.prime(deputy.id, deputy);
      grid.seats.push({ seat, mandate, deputy });
    }
    return keys.map((k) => grids.get(k)!);
  });

  readonly seatsByTermId = new DataLoader<string, Seat[]>((keys) =>
    Promise.all(keys.map(async (k) => (await this.seatGridByTermId.load(k)).seats.map((s) => s.seat))),
  );
  /** From the seat grid's statement (the same rule as parityOfTerms). */
  readonly parityByTermId = new DataLoader<string, Parity>((keys) =>
    Promise.all(
      keys.map(async (k) => {
        const grid = await this.seatGridByTermId.load(k);
        return computeParity({ holders: grid.seats.map((s) => s.deputy?.gender ?? null), minimumWomen: grid.minimumWomen });
      }),
    ),
  );
  readonly openMandateBySeatId = one(
    (keys) =>
      this.loaders.prisma.readRaw<Mandate[]>(Prisma.sql`
      SELECT m.* FROM "Mandate" m JOIN "Seat" s ON s."id" = m."seatId" JOIN "Term" t ON t."id" = s."termId"
      WHERE m."openSeatId" IN (${ids(keys)}) AND ${heldNow('t')}`),
    (m) => m.seatId,
  );
  readonly openMandateByDeputyId = one(
    (keys) =>
      this.loaders.prisma.readRaw<Mandate[]>(Prisma.sql`
      SELECT m.* FROM "Mandate" m JOIN "Seat" s ON s."id" = m."seatId" JOIN "Term" t ON t."id" = s."termId"
      WHERE m."openDeputyId" IN (${ids(keys)}) AND ${heldNow('t')}`),
    (m) => m.deputyId,
  );
  readonly mandatesBySeatId = many(
    (ids) =>
      this.loaders.prisma.mandate.findMany({ where: { seatId: { in: [...ids] } }, orderBy: [{ startsOn: 'asc' }, { createdAt: 'asc' }] }),
    (m) => m.seatId,
  );
}
