import DataLoader from 'dataloader';
import { computeParity, Parity } from '@tribune/domain';
import { Deputy, GroupMembership, Mandate, Meeting, Prisma, Seat, WorkingGroup } from '../generated/prisma/client';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { isoDay, today } from '../common/scalars';

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

/**
 * The loaders on the hottest read paths (the home page, the seat grid) use plain SQL: Prisma 6's
 * query compiler costs ~0.4 ms of CPU per model query against ~0.1 ms for a raw one (measured by
 * scripts/bench.ts). Same rows, same types (the driver adapter maps them alike).
 */
export const ids = (keys: readonly string[]) => Prisma.join([...keys]);

/**
 * The columns of a table, listed once so a joined statement can bring a related row under a
 * prefix (`"g.name"`) and give it back as the same object `SELECT *` would. Written as a record
 * of every field of the model: a column added to the schema fails the type check here.
 */
function columns<T>(all: Record<keyof T, true>) {
  const names = Object.keys(all);
  return {
    select: (alias: string, prefix: string) => Prisma.raw(names.map((n) => `${alias}."${n}" AS "${prefix}${n}"`).join(', ')),
    pick: (row: Record<string, unknown>, prefix: string) => Object.fromEntries(names.map((n) => [n, row[prefix + n]])) as T,
  };
}
const GROUP = columns<WorkingGroup>({
  id: true,
  termId: true,
  name: true,
  theme: true,
  description: true,
  quorumMinimum: true,
  lastMessageSeq: true,
  createdAt: true,
  updatedAt: true,
});
const MEMBERSHIP = columns<GroupMembership>({
  id: true,
  groupId: true,
  deputyId: true,
  role: true,
  startsOn: true,
  endsOn: true,
  openGroupId: true,
  createdAt: true,
});
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
export { GROUP as GROUP_COLUMNS };

/** A term's seats (by number) with their current mandate and its deputy, and the term's minimum of women. */
interface SeatGrid {
  minimumWomen: number;
  seats: Array<{ seat: Seat; mandate: Mandate | null; deputy: Deputy | null }>;
}

/** One row per key (or null), in the keys' order. */
function one<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await fetch(keys);
    const map = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

/** Every row of each key, in the keys' order (rows keep the fetch's ordering). */
export function many<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const map = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const r of rows) map.get(keyOf(r))?.push(r);
    return keys.map((k) => map.get(k) ?? []);
  });
}

/** A feature's own loaders: a class made from the request's Loaders (see Loaders.of). */
export type FeatureLoaders<T> = new (loaders: Loaders) => T;

/**
 * Per-request batching for field resolvers: a list costs one query per field, whatever its
 * length (DESIGN.md: constant SQL per list query). It holds the loaders of the tables every
 * feature reads, and is the one per-request container of each feature's own loaders (`of`), so
 * it never imports a feature.
 */
export class Loaders {
  /** Public: the access policy reads the viewer's facts through the request's connection. */
  constructor(readonly prisma: PrismaService) {}

  private readonly features = new Map<FeatureLoaders<unknown>, unknown>();
  /** The request's instance of a feature's loaders, made at its first use (one batch per request, as for the loaders here). */
  of<T>(feature: FeatureLoaders<T>): T {
    let loaders = this.features.get(feature) as T | undefined;
    if (!loaders) {
      loaders = new feature(this);
      this.features.set(feature, loaders);
    }
    return loaders;
  }

  /** The signed-in person's account and deputy, read once by the auth guard: field resolvers need not read them again. */
  signedIn(userId: string, deputy: Deputy | null): void {
    this.deputyByUserId.prime(userId, deputy);
    if (deputy) this.deputyById.prime(deputy.id, deputy);
  }

  readonly userById = one(
    (ids) => this.prisma.user.findMany({ where: { id: { in: [...ids] } } }),
    (u) => u.id,
  );
  readonly deputyById = one(
    (keys) => this.prisma.readRaw<Deputy[]>(Prisma.sql`SELECT * FROM "Deputy" WHERE id IN (${ids(keys)})`),
    (d) => d.id,
  );
  readonly termById = one(
    (ids) => this.prisma.term.findMany({ where: { id: { in: [...ids] } } }),
    (t) => t.id,
  );
  readonly deputyByUserId = one(
    (keys) => this.prisma.readRaw<Deputy[]>(Prisma.sql`SELECT * FROM "Deputy" WHERE "userId" IN (${ids(keys)})`),
    (d) => d.userId ?? '',
  );
  readonly seatById = one(
    (ids) => this.prisma.seat.findMany({ where: { id: { in: [...ids] } } }),
    (s) => s.id,
  );
  readonly groupById = one(
    (keys) => this.prisma.readRaw<WorkingGroup[]>(Prisma.sql`SELECT * FROM "WorkingGroup" WHERE id IN (${ids(keys)})`),
    (g) => g.id,
  );
  readonly mandateById = one(
    (ids) => this.prisma.mandate.findMany({ where: { id: { in: [...ids] } } }),
    (m) => m.id,
  );

  /**
   * The seat grid in one statement: seats, current mandates, their deputies and the term's
   * minimum of women; seatsByTermId and parityByTermId read it, and it primes
   * openMandateBySeatId and deputyById.
   */
  private readonly seatGridByTermId = new DataLoader<string, SeatGrid>(async (keys) => {
    const rows = await this.prisma.readRaw<Array<Record<string, unknown>>>(Prisma.sql`
      SELECT t."id" AS "t.id", t."minimumWomen" AS "t.minimumWomen", ${SEAT.select('s', 's.')}, ${MANDATE.select('m', 'm.')}, ${DEPUTY.select('d', 'd.')}
      FROM "Term" t
      LEFT JOIN "Seat" s ON s."termId" = t."id"
      LEFT JOIN "Mandate" m ON m."openSeatId" = s."id" AND ${heldNow('t')}
      LEFT JOIN "Deputy" d ON d."id" = m."deputyId"
      WHERE t."id" IN (${ids(keys)})
      ORDER BY s."number"`);
    const grids = new Map<string, SeatGrid>(keys.map((k) => [k, { minimumWomen: 0, seats: [] }]));
    for (const row of rows) {
      const grid = grids.get(row['t.id'] as string)!;
      grid.minimumWomen = row['t.minimumWomen'] as number;
      if (row['s.id'] === null) continue; // a term without seats
      const seat = SEAT.pick(row, 's.');
      const mandate = row['m.id'] === null ? null : MANDATE.pick(row, 'm.');
      const deputy = row['d.id'] === null ? null : DEPUTY.pick(row, 'd.');
      this.openMandateBySeatId.prime(seat.id, mandate);
      if (deputy) this.deputyById.prime(deputy.id, deputy);
      grid.seats.push({ seat, mandate, deputy });
    }
    return keys.map((k) => grids.get(k)!);
  });

  readonly seatsByTermId = new DataLoader<string, Seat[]>((keys) =>
    Promise.all(keys.map(async (k) => (await this.seatGridByTermId.load(k)).seats.map((s) => s.seat))),
  );
  readonly openMandateBySeatId = one(
    (keys) =>
      this.prisma.readRaw<Mandate[]>(Prisma.sql`
      SELECT m.* FROM "Mandate" m JOIN "Seat" s ON s."id" = m."seatId" JOIN "Term" t ON t."id" = s."termId"
      WHERE m."openSeatId" IN (${ids(keys)}) AND ${heldNow('t')}`),
    (m) => m.seatId,
  );
  readonly openMandateByDeputyId = one(
    (keys) =>
      this.prisma.readRaw<Mandate[]>(Prisma.sql`
      SELECT m.* FROM "Mandate" m JOIN "Seat" s ON s."id" = m."seatId" JOIN "Term" t ON t."id" = s."termId"
      WHERE m."openDeputyId" IN (${ids(keys)}) AND ${heldNow('t')}`),
    (m) => m.deputyId,
  );
  readonly mandatesBySeatId = many(
    (ids) => this.prisma.mandate.findMany({ where: { seatId: { in: [...ids] } }, orderBy: [{ startsOn: 'asc' }, { createdAt: 'asc' }] }),
    (m) => m.seatId,
  );
  readonly openMembershipsByGroupId = many(
    (ids) =>
      this.prisma.groupMembership.findMany({ where: { openGroupId: { in: [...ids] } }, orderBy: [{ role: 'asc' }, { startsOn: 'asc' }] }),
    (m) => m.groupId,
  );
  readonly membershipsByGroupId = many(
    (ids) => this.prisma.groupMembership.findMany({ where: { groupId: { in: [...ids] } }, orderBy: [{ startsOn: 'asc' }] }),
    (m) => m.groupId,
  );
  /** Current memberships, with their group in the same statement (primes groupById). */
  readonly openMembershipsByDeputyId = many(
    async (keys) => (await this.openMembershipsWithGroups(keys)).map((r) => r.membership),
    (m) => m.deputyId,
  );

  /**
   * The deputies' current memberships with their group in one statement (primes groupById), and
   * beside each the value of `extra`, an SQL expression over the group `g` (a feature's own
   * loader brings its column with the memberships this way: unread counts).
   */
  async openMembershipsWithGroups(
    keys: readonly string[],
    extra?: Prisma.Sql,
  ): Promise<Array<{ membership: GroupMembership; extra: unknown }>> {
    const rows = await this.prisma.readRaw<Array<Record<string, unknown>>>(Prisma.sql`
      SELECT ${MEMBERSHIP.select('gm', '')}, ${GROUP.select('g', 'g.')}${extra ? Prisma.sql`, ${extra} AS "extra"` : Prisma.empty}
      FROM "GroupMembership" gm
      JOIN "WorkingGroup" g ON g."id" = gm."groupId"
      WHERE gm."deputyId" IN (${ids(keys)}) AND gm."openGroupId" IS NOT NULL`);
    return rows.map((row) => {
      const group = GROUP.pick(row, 'g.');
      this.groupById.prime(group.id, group);
      return { membership: MEMBERSHIP.pick(row, ''), extra: row.extra };
    });
  }

  /**
   * For each membership: the group's coming meetings (scheduled or live) that overlap a meeting of
   * another group the same deputy belongs to now (DESIGN.md: nobody in two meetings at once without
   * a warning), one statement per batch. `meeting` is the other group's meeting.
   */
  readonly scheduleConflictsByMembershipId = many(
    async (keys) => {
      const rows = await this.prisma.readRaw<Array<Record<string, unknown>>>(Prisma.sql`
        SELECT gm."id" AS "membershipId", gm."deputyId", d."fullName" AS "deputyName", mine."startsAt" AS "clashStartsAt", other.*
        FROM "GroupMembership" gm
        JOIN "Deputy" d ON d."id" = gm."deputyId"
        JOIN "Meeting" mine ON mine."groupId" = gm."groupId" AND mine."status" IN ('SCHEDULED', 'LIVE') AND mine."endsAt" > ${new Date()}
        JOIN "GroupMembership" elsewhere ON elsewhere."deputyId" = gm."deputyId" AND elsewhere."openGroupId" IS NOT NULL AND elsewhere."groupId" <> gm."groupId"
        JOIN "Meeting" other ON other."groupId" = elsewhere."groupId" AND other."status" IN ('SCHEDULED', 'LIVE')
          AND other."startsAt" < mine."endsAt" AND other."endsAt" > mine."startsAt"
        WHERE gm."id" IN (${ids(keys)})
        ORDER BY mine."startsAt", other."startsAt", other."id"`);
      return rows.map(({ membershipId, deputyId, deputyName, clashStartsAt, ...other }) => ({
        membershipId: membershipId as string,
        deputyId: deputyId as string,
        deputyName: deputyName as string,
        startsAt: clashStartsAt as Date,
        meeting: other as unknown as Meeting,
      }));
    },
    (c) => c.membershipId,
  );

  readonly coordinatorsByGroupId = many(
    (ids) => this.prisma.groupCoordinator.findMany({ where: { groupId: { in: [...ids] } }, include: { user: true } }),
    (c) => c.groupId,
  );

  // Meetings, agendas and field reports.
  readonly meetingById = one(
    (ids) => this.prisma.meeting.findMany({ where: { id: { in: [...ids] } } }),
    (m) => m.id,
  );
  readonly meetingSeriesById = one(
    (ids) => this.prisma.meetingSeries.findMany({ where: { id: { in: [...ids] } } }),
    (s) => s.id,
  );
  readonly agendaItemById = one(
    (ids) => this.prisma.agendaItem.findMany({ where: { id: { in: [...ids] } } }),
    (a) => a.id,
  );
  readonly agendaByMeetingId = many(
    (ids) => this.prisma.agendaItem.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: { position: 'asc' } }),
    (a) => a.meetingId,
  );
  readonly agendaItemByFieldReportId = one(
    (ids) => this.prisma.agendaItem.findMany({ where: { fieldReportId: { in: [...ids] } } }),
    (a) => a.fieldReportId!,
  );
  readonly attendancesByMeetingId = many(
    (ids) => this.prisma.attendance.findMany({ where: { meetingId: { in: [...ids] } } }),
    (a) => a.meetingId,
  );
  readonly decisionById = one(
    (ids) => this.prisma.decision.findMany({ where: { id: { in: [...ids] } } }),
    (d) => d.id,
  );
  readonly decisionsByMeetingId = many(
    (ids) => this.prisma.decision.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: { createdAt: 'asc' } }),
    (d) => d.meetingId,
  );
  readonly decisionsByAgendaItemId = many(
    (ids) => this.prisma.decision.findMany({ where: { agendaItemId: { in: [...ids] } }, orderBy: { createdAt: 'asc' } }),
    (d) => d.agendaItemId!,
  );
  readonly actionItemsByMeetingId = many(
    (ids) => this.prisma.actionItem.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: { createdAt: 'asc' } }),
    (a) => a.meetingId,
  );
  readonly actionItemsByDecisionId = many(
    (ids) => this.prisma.actionItem.findMany({ where: { decisionId: { in: [...ids] } }, orderBy: { createdAt: 'asc' } }),
    (a) => a.decisionId!,
  );
  readonly minutesVersionsByMeetingId = many(
    (ids) => this.prisma.minutesVersion.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: { version: 'asc' } }),
    (v) => v.meetingId,
  );
  readonly fieldReportById = one(
    (ids) => this.prisma.fieldReport.findMany({ where: { id: { in: [...ids] } } }),
    (r) => r.id,
  );
  readonly fieldReportsByDecisionId = many(
    (ids) => this.prisma.fieldReport.findMany({ where: { decisionId: { in: [...ids] } } }),
    (r) => r.decisionId!,
  );
  readonly fieldReportEventsByReportId = many(
    (ids) => this.prisma.fieldReportEvent.findMany({ where: { reportId: { in: [...ids] } }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
    (e) => e.reportId,
  );

  readonly votesByMeetingId = many(
    (ids) => this.prisma.vote.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: [{ openedAt: 'asc' }, { id: 'asc' }] }),
    (v) => v.meetingId,
  );
  /** Who voted (never how, for secret votes: the choice column is NULL there). */
  readonly voteParticipationsByVoteId = many(
    (ids) => this.prisma.voteParticipation.findMany({ where: { voteId: { in: [...ids] } }, orderBy: { deputyId: 'asc' } }),
    (p) => p.voteId,
  );
  readonly voteProxiesByVoteId = many(
    (ids) => this.prisma.voteProxy.findMany({ where: { voteId: { in: [...ids] } } }),
    (p) => p.voteId,
  );
  readonly speechesByMeetingId = many(
    (ids) => this.prisma.speech.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: [{ startedAt: 'asc' }, { id: 'asc' }] }),
    (s) => s.meetingId,
  );
  readonly timePollById = one(
    (ids) => this.prisma.timePoll.findMany({ where: { id: { in: [...ids] } } }),
    (p) => p.id,
  );
  readonly timePollSlotsByPollId = many(
    (ids) => this.prisma.timePollSlot.findMany({ where: { pollId: { in: [...ids] } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] }),
    (s) => s.pollId,
  );
  readonly timePollAnswersBySlotId = many(
    (ids) => this.prisma.timePollAnswer.findMany({ where: { slotId: { in: [...ids] } }, orderBy: { deputyId: 'asc' } }),
    (a) => a.slotId,
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
}
