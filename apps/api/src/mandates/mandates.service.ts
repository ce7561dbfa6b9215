import { Injectable } from '@nestjs/common';
import { Parity, ErrorReason } from '@tribune/domain';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { AuditService } from '../audit/audit.service';
import { DomainEvent, DomainEventBus } from '../common/domain-events';
import { AuthUser } from '../auth/auth-user';
import { badInput, conflict, notFound } from '../common/app-error';
import { codeForPrismaError } from '../common/format-error';
import { isoDay } from '../common/scalars';
import { Warning } from '../common/warning.model';
import { lockTerms, termStatus } from '../terms/terms.service';
import { TermStatus } from '../terms/models/term.model';
import { parityOfTerms } from './mandates.loaders';
import { AssignSeatInput, EndMandateInput } from './dto/mandate.inputs';
import { MandateEndReason } from './models/mandate.model';

type TermRow = { id: string; name: string; startsOn: Date; endsOn: Date; minimumWomen: number; seatCount: number };

@Injectable()
export class MandatesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly events: DomainEventBus,
  ) {}

  async assignSeat(actor: AuthUser, input: AssignSeatInput) {
    const assigned = await this.prisma.$transaction(async (tx) => {
      await lockTerms(tx);
      const term = await tx.term.findUnique({ where: { id: input.termId } });
      if (!term) throw notFound('Term', input.termId);
      const seat = await tx.seat.findUnique({ where: { termId_number: { termId: term.id, number: input.seatNumber } } });
      if (!seat)
        throw badInput(`Seat ${input.seatNumber} does not exist: this term has ${term.seatCount} seats.`, 'seatNumber', {
          reason: ErrorReason.SEAT_NOT_IN_TERM,
          params: { seat: input.seatNumber, seatCount: term.seatCount },
        });
      const mandate = await this.openMandate(tx, actor, term, seat, input.deputyId, input.startsOn);
      const parity = await this.parityOf(tx, term);
      await this.audit.record(tx, actor, {
        action: 'mandate.assign',
        entityType: 'Mandate',
        entityId: mandate.id,
        data: { termId: term.id, seatNumber: seat.number, deputyId: input.deputyId, startsOn: isoDay(input.startsOn) },
      });
      return { mandate, seat, parity, warnings: parityWarnings(parity) };
    });
    this.events.publish(DomainEvent.MandateChanged, { mandateId: assigned.mandate.id, change: 'ASSIGNED' });
    return assigned;
  }

  async endMandate(actor: AuthUser, input: EndMandateInput) {
    const result = await this.prisma.$transaction(async (tx) => {
      await lockTerms(tx);
      const current = await tx.mandate.findUnique({ where: { id: input.mandateId }, include: { seat: { include: { term: true } } } });
      if (!current) throw notFound('Mandate', input.mandateId);
      if (current.endsOn)
        throw conflict(`This mandate already ended on ${isoDay(current.endsOn)}.`, {
          reason: ErrorReason.MANDATE_ALREADY_ENDED,
          params: { endsOn: isoDay(current.endsOn) },
        });
      const term = current.seat.term;
      if (input.endsOn < current.startsOn)
        throw badInput(`A mandate cannot end (${isoDay(input.endsOn)}) before it started (${isoDay(current.startsOn)}).`, 'endsOn', {
          reason: ErrorReason.ENDS_BEFORE_START,
          params: { field: 'endsOn', startsOn: isoDay(current.startsOn) },
        });
      if (input.endsOn > term.endsOn)
        throw badInput(`A mandate cannot end after its term (${isoDay(term.endsOn)}).`, 'endsOn', {
          reason: ErrorReason.TERM_OUT_OF_RANGE,
          params: { term: term.name, startsOn: isoDay(term.startsOn), endsOn: isoDay(term.endsOn) },
        });
      if (input.successorDeputyId === current.deputyId)
        throw badInput('The successor must be another deputy.', 'successorDeputyId', { reason: ErrorReason.SUCCESSOR_SAME_DEPUTY });

      const ended = await tx.mandate.update({
        where: { id: current.id },
        data: { endsOn: input.endsOn, endReason: input.reason, endNote: input.note?.trim() || null, openSeatId: null, openDeputyId: null },
      });
      let successor = null;
      if (input.successorDeputyId) {
        successor = await this.openMandate(tx, actor, term, current.seat, input.successorDeputyId, input.successorStartsOn ?? input.endsOn);
        await tx.mandate.update({ where: { id: current.id }, data: { successorMandateId: successor.id } });
      }
      const parity = await this.parityOf(tx, term);
      await this.audit.record(tx, actor, {
        action: 'mandate.end',
        entityType: 'Mandate',
        entityId: current.id,
        data: {
          seatNumber: current.seat.number,
          deputyId: current.deputyId,
          endsOn: isoDay(input.endsOn),
          reason: input.reason,
          successorMandateId: successor?.id ?? null,
        },
      });
      return { mandate: { ...ended, successorMandateId: successor?.id ?? null }, successor, parity, warnings: parityWarnings(parity) };
    });
    this.events.publish(DomainEvent.MandateChanged, { mandateId: result.mandate.id, change: 'ENDED' });
    if (result.successor) this.events.publish(DomainEvent.MandateChanged, { mandateId: result.successor.id, change: 'ASSIGNED' });
    return result;
  }

  /** The rules every new mandate obeys, whether assigned directly or as a successor. */
  private async openMandate(
    tx: Tx,
    actor: AuthUser,
    term: TermRow,
    seat: { id: string; number: number },
    deputyId: string,
    startsOn: Date,
  ) {
    const deputy = await tx.deputy.findUnique({ where: { id: deputyId } });
    if (!deputy) throw notFound('Deputy', deputyId);
    if (startsOn < term.startsOn || startsOn > term.endsOn) {
      throw badInput(
        `A mandate of the term "${term.name}" must start between ${isoDay(term.startsOn)} and ${isoDay(term.endsOn)}.`,
        'startsOn',
        {
          reason: ErrorReason.TERM_OUT_OF_RANGE,
          params: { term: term.name, startsOn: isoDay(term.startsOn), endsOn: isoDay(term.endsOn) },
        },
      );
    }
    const holder = await tx.mandate.findUnique({ where: { openSeatId: seat.id }, include: { deputy: true } });
    if (holder) {
      throw conflict(
        `Seat ${seat.number} is already held by ${holder.deputy.fullName} since ${isoDay(holder.startsOn)}. End that mandate first (with a successor to replace them).`,
        {
          reason: ErrorReason.SEAT_TAKEN,
          params: { seat: seat.number, deputy: holder.deputy.fullName, startsOn: isoDay(holder.startsOn) },
        },
      );
    }
    const elsewhere = await tx.mandate.findUnique({ where: { openDeputyId: deputyId }, include: { seat: { include: { term: true } } } });
    if (elsewhere) {
      const earlier = elsewhere.seat.term;
      if (termStatus(earlier) === TermStatus.ENDED && earlier.endsOn < startsOn) {
        await this.closeAtTermEnd(tx, actor, elsewhere, earlier);
      } else if (earlier.id !== term.id) {
        throw conflict(
          `${deputy.fullName} holds seat ${elsewhere.seat.number} of the term "${earlier.name}" until ${isoDay(earlier.endsOn)}; a deputy holds one seat at a time, and that mandate closes only once its term has ended.`,
          {
            reason: ErrorReason.DEPUTY_HOLDS_SEAT_IN_OTHER_TERM,
            params: { deputy: deputy.fullName, seat: elsewhere.seat.number, term: earlier.name, endsOn: isoDay(earlier.endsOn) },
          },
        );
      } else {
        throw conflict(`${deputy.fullName} already holds seat ${elsewhere.seat.number}; a deputy holds one seat at a time.`, {
          reason: ErrorReason.DEPUTY_HOLDS_ANOTHER_SEAT,
          params: { deputy: deputy.fullName, seat: elsewhere.seat.number },
        });
      }
    }
    const last = await tx.mandate.findFirst({ where: { seatId: seat.id }, orderBy: { endsOn: 'desc' } });
    if (last?.endsOn && startsOn < last.endsOn) {
      throw badInput(`Seat ${seat.number} was held until ${isoDay(last.endsOn)}; the new mandate cannot start before that.`, 'startsOn', {
        reason: ErrorReason.SEAT_HELD_UNTIL,
        params: { seat: seat.number, endsOn: isoDay(last.endsOn) },
      });
    }
    try {
      return await tx.mandate.create({ data: { seatId: seat.id, deputyId, startsOn, openSeatId: seat.id, openDeputyId: deputyId } });
    } catch (e) {
      // Another transaction won the race for this seat or deputy: the unique slots refuse it.
      if (codeForPrismaError(e)?.code === 'CONFLICT')
        throw conflict(`Seat ${seat.number} or ${deputy.fullName} was just assigned by someone else. Reload and check.`, {
          reason: ErrorReason.CHANGED_MEANWHILE,
        });
      throw e;
    }
  }

  /**
   * Closes, with TERM_END on its term's last day, the mandate a re-elected deputy still holds in
   * a term that has ended. Terms end by date (their status is derived, with no closing step), so
   * mandates are closed here, in the transaction that needs the deputy's open slot, rather than by
   * a scheduled job (nothing to run on several instances, nothing missed while the API is down) or
   * by a sweep of every ended term (which would pre-empt a resignation an administrator records
   * late). Until then, reads already ignore them: see `heldNow` in mandates.loaders.ts.
   */
  private async closeAtTermEnd(
    tx: Tx,
    actor: AuthUser,
    mandate: { id: string; deputyId: string; seat: { number: number } },
    term: TermRow,
  ) {
    await tx.mandate.update({
      where: { id: mandate.id },
      data: { endsOn: term.endsOn, endReason: MandateEndReason.TERM_END, openSeatId: null, openDeputyId: null },
    });
    await this.audit.record(tx, actor, {
      action: 'mandate.end',
      entityType: 'Mandate',
      entityId: mandate.id,
      data: {
        termId: term.id,
        seatNumber: mandate.seat.number,
        deputyId: mandate.deputyId,
        endsOn: isoDay(term.endsOn),
        reason: MandateEndReason.TERM_END,
        successorMandateId: null,
      },
    });
  }

  private async parityOf(tx: Tx, term: TermRow): Promise<Parity> {
    const [parity] = await parityOfTerms(tx, [term.id]);
    return parity;
  }
}

function parityWarnings(parity: Parity): Warning[] {
  if (parity.reachable) return [];
  return [
    {
      code: ErrorReason.PARITY_UNREACHABLE,
      params: { women: parity.women, vacant: parity.vacant, minimumWomen: parity.minimumWomen },
      message: `Parity can no longer be met: ${parity.women} women hold seats and ${parity.vacant} seats are vacant, but the charter requires at least ${parity.minimumWomen} women.`,
    },
  ];
}
