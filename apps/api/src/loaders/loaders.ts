import DataLoader from 'dataloader';
import { computeParity, Parity } from '@tribune/domain';
import { Deputy, GroupMembership, Mandate, Prisma, Seat, WorkingGroup } from '../generated/prisma/client';
import { PrismaService, Tx } from '../prisma/prisma.service';

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
    LEFT JOIN "Mandate" m ON m."openSeatId" = s.id
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
const ids = (keys: readonly string[]) => Prisma.join([...keys]);

/** One row per key (or null), in the keys' order. */
function one<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await fetch(keys);
    const map = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

/** Every row of each key, in the keys' order (rows keep the fetch's ordering). */
function many<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const map = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const r of rows) map.get(keyOf(r))?.push(r);
    return keys.map((k) => map.get(k) ?? []);
  });
}

/**
 * Per-request batching for field resolvers: a list costs one query per field, whatever its
 * length (DESIGN.md: constant SQL per list query).
 */
export class Loaders {
  constructor(private readonly prisma: PrismaService) {}

  readonly userById = one((ids) => this.prisma.user.findMany({ where: { id: { in: [...ids] } } }), (u) => u.id);
  readonly deputyById = one((keys) => this.prisma.$queryRaw<Deputy[]>`SELECT * FROM "Deputy" WHERE id IN (${ids(keys)})`, (d) => d.id);
  readonly termById = one((ids) => this.prisma.term.findMany({ where: { id: { in: [...ids] } } }), (t) => t.id);
  readonly deputyByUserId = one((keys) => this.prisma.$queryRaw<Deputy[]>`SELECT * FROM "Deputy" WHERE "userId" IN (${ids(keys)})`, (d) => d.userId ?? '');
  readonly seatById = one((ids) => this.prisma.seat.findMany({ where: { id: { in: [...ids] } } }), (s) => s.id);
  readonly groupById = one((keys) => this.prisma.$queryRaw<WorkingGroup[]>`SELECT * FROM "WorkingGroup" WHERE id IN (${ids(keys)})`, (g) => g.id);
  readonly mandateById = one((ids) => this.prisma.mandate.findMany({ where: { id: { in: [...ids] } } }), (m) => m.id);

  readonly seatsByTermId = many(
    (keys) => this.prisma.$queryRaw<Seat[]>`SELECT * FROM "Seat" WHERE "termId" IN (${ids(keys)}) ORDER BY number`,
    (s) => s.termId,
  );
  readonly openMandateBySeatId = one(
    (keys) => this.prisma.$queryRaw<Mandate[]>`SELECT * FROM "Mandate" WHERE "openSeatId" IN (${ids(keys)})`,
    (m) => m.seatId,
  );
  readonly openMandateByDeputyId = one(
    (ids) => this.prisma.mandate.findMany({ where: { openDeputyId: { in: [...ids] } } }),
    (m) => m.deputyId,
  );
  readonly mandatesBySeatId = many(
    (ids) => this.prisma.mandate.findMany({ where: { seatId: { in: [...ids] } }, orderBy: [{ startsOn: 'asc' }, { createdAt: 'asc' }] }),
    (m) => m.seatId,
  );
  readonly openMembershipsByGroupId = many(
    (ids) => this.prisma.groupMembership.findMany({ where: { openGroupId: { in: [...ids] } }, orderBy: [{ role: 'asc' }, { startsOn: 'asc' }] }),
    (m) => m.groupId,
  );
  readonly membershipsByGroupId = many(
    (ids) => this.prisma.groupMembership.findMany({ where: { groupId: { in: [...ids] } }, orderBy: [{ startsOn: 'asc' }] }),
    (m) => m.groupId,
  );
  readonly openMembershipsByDeputyId = many(
    (keys) => this.prisma.$queryRaw<GroupMembership[]>`SELECT * FROM "GroupMembership" WHERE "deputyId" IN (${ids(keys)}) AND "openGroupId" IS NOT NULL`,
    (m) => m.deputyId,
  );
  readonly coordinatorsByGroupId = many(
    (ids) => this.prisma.groupCoordinator.findMany({ where: { groupId: { in: [...ids] } }, include: { user: true } }),
    (c) => c.groupId,
  );

  // Meetings, agendas and field reports.
  readonly meetingById = one((ids) => this.prisma.meeting.findMany({ where: { id: { in: [...ids] } } }), (m) => m.id);
  readonly meetingSeriesById = one((ids) => this.prisma.meetingSeries.findMany({ where: { id: { in: [...ids] } } }), (s) => s.id);
  readonly agendaItemById = one((ids) => this.prisma.agendaItem.findMany({ where: { id: { in: [...ids] } } }), (a) => a.id);
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
  readonly decisionById = one((ids) => this.prisma.decision.findMany({ where: { id: { in: [...ids] } } }), (d) => d.id);
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
  readonly fieldReportById = one((ids) => this.prisma.fieldReport.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id);
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
  readonly voteProxiesByVoteId = many((ids) => this.prisma.voteProxy.findMany({ where: { voteId: { in: [...ids] } } }), (p) => p.voteId);
  readonly speechesByMeetingId = many(
    (ids) => this.prisma.speech.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: [{ startedAt: 'asc' }, { id: 'asc' }] }),
    (s) => s.meetingId,
  );
  readonly timePollSlotsByPollId = many(
    (ids) => this.prisma.timePollSlot.findMany({ where: { pollId: { in: [...ids] } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] }),
    (s) => s.pollId,
  );
  readonly timePollAnswersBySlotId = many(
    (ids) => this.prisma.timePollAnswer.findMany({ where: { slotId: { in: [...ids] } }, orderBy: { deputyId: 'asc' } }),
    (a) => a.slotId,
  );

  readonly parityByTermId = new DataLoader<string, Parity>((termIds) => parityOfTerms(this.prisma, termIds));
}
