import { Injectable } from '@nestjs/common';
import { defaultTermEnd, minimumWomenFloor, ErrorReason } from '@tribune/domain';
import { Prisma, Term } from '../generated/prisma/client';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { badInput, conflict, notFound } from '../common/app-error';
import { isoDay, today } from '../common/scalars';
import { CreateTermInput } from './dto/create-term.input';
import { TermStatus } from './models/term.model';

export function termStatus(term: { startsOn: Date; endsOn: Date }, on: Date = today()): TermStatus {
  if (on < term.startsOn) return TermStatus.UPCOMING;
  if (on > term.endsOn) return TermStatus.ENDED;
  return TermStatus.ACTIVE;
}

/** Serialises changes to terms and seats: rules that read then write stay true under concurrency. */
export async function lockTerms(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7271001)`;
}

@Injectable()
export class TermsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  /** The term running today, or else the next one to start. */
  async current(): Promise<Term | null> {
    // Plain SQL, one statement (the seat grid asks for it on every visit; see loaders.ts).
    const day = isoDay(today());
    const [term] = await this.prisma.readRaw<Term[]>(Prisma.sql`
      SELECT * FROM "Term"
      WHERE ("startsOn" <= ${day}::date AND "endsOn" >= ${day}::date) OR "startsOn" > ${day}::date
      ORDER BY ("startsOn" <= ${day}::date) DESC, "startsOn" ASC, id ASC
      LIMIT 1`);
    return term ?? null;
  }

  async byId(id: string) {
    const term = await this.prisma.term.findUnique({ where: { id } });
    if (!term) throw notFound('Term', id);
    return term;
  }

  list() {
    return this.prisma.term.findMany({ orderBy: { startsOn: 'desc' } });
  }

  async create(actor: AuthUser, input: CreateTermInput) {
    const startsOn = input.startsOn;
    const endsOn = input.endsOn ?? new Date(defaultTermEnd(isoDay(startsOn)));
    if (endsOn <= startsOn)
      throw badInput('The term must end after it starts.', 'endsOn', {
        reason: ErrorReason.ENDS_BEFORE_START,
        params: { field: 'endsOn' },
      });
    if (input.minimumWomen > input.seatCount) {
      throw badInput(
        `The minimum of women (${input.minimumWomen}) cannot exceed the number of seats (${input.seatCount}).`,
        'minimumWomen',
        {
          reason: ErrorReason.MINIMUM_WOMEN_ABOVE_SEATS,
          params: { minimumWomen: input.minimumWomen, seatCount: input.seatCount },
        },
      );
    }
    const floor = minimumWomenFloor(input.seatCount);
    if (input.minimumWomen < floor) {
      throw badInput(
        `The minimum of women (${input.minimumWomen}) is below parity: the charter requires at least half the seats, ${floor} of ${input.seatCount}.`,
        'minimumWomen',
        { reason: ErrorReason.MINIMUM_WOMEN_BELOW_PARITY, params: { minimumWomen: input.minimumWomen, floor, seatCount: input.seatCount } },
      );
    }
    return this.prisma.$transaction(async (tx) => {
      await lockTerms(tx);
      // Terms never overlap, so at most one is active on any day.
      const overlapping = await tx.term.findFirst({ where: { startsOn: { lte: endsOn }, endsOn: { gte: startsOn } } });
      if (overlapping) {
        throw conflict(
          `The term "${overlapping.name}" (${isoDay(overlapping.startsOn)} to ${isoDay(overlapping.endsOn)}) overlaps these dates.`,
          {
            reason: ErrorReason.TERM_OVERLAP,
            params: { term: overlapping.name, startsOn: isoDay(overlapping.startsOn), endsOn: isoDay(overlapping.endsOn) },
          },
        );
      }
      const term = await tx.term.create({
        data: {
          name: input.name.trim(),
          startsOn,
          endsOn,
          seatCount: input.seatCount,
          minimumWomen: input.minimumWomen,
          seats: { createMany: { data: Array.from({ length: input.seatCount }, (_, i) => ({ number: i + 1 })) } },
        },
      });
      await this.audit.record(tx, actor, {
        action: 'term.create',
        entityType: 'Term',
        entityId: term.id,
        data: {
          name: term.name,
          startsOn: isoDay(startsOn),
          endsOn: isoDay(endsOn),
          seatCount: term.seatCount,
          minimumWomen: term.minimumWomen,
        },
      });
      return term;
    });
  }
}
