import DataLoader from 'dataloader';
import { computeParity, Parity } from '@tribune/domain';
import { PrismaService, Tx } from '../prisma/prisma.service';

/**
 * Parity of each term from its seats' current holders, in two queries whatever the number of
 * terms; inside a transaction (assignSeat, endMandate) or per request (the loader below).
 */
export async function parityOfTerms(db: PrismaService | Tx, termIds: readonly string[]): Promise<Parity[]> {
  const [terms, seats] = await Promise.all([
    db.term.findMany({ where: { id: { in: [...termIds] } }, select: { id: true, minimumWomen: true } }),
    db.seat.findMany({
      where: { termId: { in: [...termIds] } },
      select: { termId: true, mandates: { where: { openSeatId: { not: null } }, select: { deputy: { select: { gender: true } } } } },
    }),
  ]);
  return termIds.map((id) => {
    const holders = seats.filter((s) => s.termId === id).map((s) => s.mandates[0]?.deputy.gender ?? null);
    return computeParity({ holders, minimumWomen: terms.find((t) => t.id === id)?.minimumWomen ?? 0 });
  });
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
  readonly deputyById = one((ids) => this.prisma.deputy.findMany({ where: { id: { in: [...ids] } } }), (d) => d.id);
  readonly termById = one((ids) => this.prisma.term.findMany({ where: { id: { in: [...ids] } } }), (t) => t.id);
  readonly deputyByUserId = one((ids) => this.prisma.deputy.findMany({ where: { userId: { in: [...ids] } } }), (d) => d.userId ?? '');
  readonly seatById = one((ids) => this.prisma.seat.findMany({ where: { id: { in: [...ids] } } }), (s) => s.id);
  readonly groupById = one((ids) => this.prisma.workingGroup.findMany({ where: { id: { in: [...ids] } } }), (g) => g.id);
  readonly mandateById = one((ids) => this.prisma.mandate.findMany({ where: { id: { in: [...ids] } } }), (m) => m.id);

  readonly seatsByTermId = many(
    (ids) => this.prisma.seat.findMany({ where: { termId: { in: [...ids] } }, orderBy: { number: 'asc' } }),
    (s) => s.termId,
  );
  readonly openMandateBySeatId = one(
    (ids) => this.prisma.mandate.findMany({ where: { openSeatId: { in: [...ids] } } }),
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
    (ids) => this.prisma.groupMembership.findMany({ where: { deputyId: { in: [...ids] }, openGroupId: { not: null } } }),
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
