import { Injectable } from '@nestjs/common';
import { Role, ErrorReason } from '@tribune/domain';
import { PrismaService } from '../prisma/prisma.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { badInput, forbidden, notFound } from '../common/app-error';
import { isoDay, today } from '../common/scalars';
import { UsersService } from '../users/users.service';
import { CreateDeputyInput, UpdateDeputyInput } from './dto/deputy.inputs';

/**
 * The directory's largest answer (15 seats a term: a dozen terms of full turnover). Bounded so
 * that the query's cost estimate holds (graphql-limits: listOf(MAX_DEPUTIES) on `deputies`).
 */
export const MAX_DEPUTIES = 200;

const clean = (list: string[]) => [...new Set(list.map((s) => s.trim()).filter(Boolean))];

@Injectable()
export class DeputiesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  list() {
    return this.prisma.deputy.findMany({ orderBy: { fullName: 'asc' }, take: MAX_DEPUTIES });
  }

  async byId(id: string) {
    const deputy = await this.prisma.deputy.findUnique({ where: { id } });
    if (!deputy) throw notFound('Deputy', id);
    return deputy;
  }

  create(actor: AuthUser, input: CreateDeputyInput) {
    this.checkAttestation(input.eligibilityAttestedOn);
    return this.prisma.$transaction(async (tx) => {
      const deputy = await tx.deputy.create({
        data: {
          fullName: input.fullName.trim(),
          gender: input.gender,
          territory: input.territory.trim(),
          languages: clean(input.languages ?? []),
          skills: clean(input.skills ?? []),
          bio: input.bio?.trim() || null,
          eligibilityAttestedOn: input.eligibilityAttestedOn ?? null,
        },
      });
      await this.audit.record(tx, actor, {
        action: 'deputy.create',
        entityType: 'Deputy',
        entityId: deputy.id,
        data: { fullName: deputy.fullName },
      });
      if (input.account) {
        const user = await this.users.createInTx(tx, actor, {
          email: input.account.email,
          password: input.account.password,
          displayName: deputy.fullName,
          role: Role.DEPUTY,
          deputyId: deputy.id,
        });
        return { ...deputy, userId: user.id };
      }
      return deputy;
    });
  }

  /** Administrators edit every profile; a deputy edits their own, except the attestation. */
  update(actor: AuthUser, input: UpdateDeputyInput) {
    const own = actor.deputyId === input.id;
    if (actor.role !== Role.ADMIN && !own) throw forbidden('You can only edit your own profile.', { reason: ErrorReason.OWN_PROFILE_ONLY });
    if (actor.role !== Role.ADMIN && input.eligibilityAttestedOn !== undefined)
      throw forbidden('Only an administrator records the eligibility attestation.', { reason: ErrorReason.ATTESTATION_BY_ADMINISTRATOR });
    this.checkAttestation(input.eligibilityAttestedOn);
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.deputy.findUnique({ where: { id: input.id } });
      if (!before) throw notFound('Deputy', input.id);
      const updated = await tx.deputy.update({
        where: { id: input.id },
        data: {
          fullName: input.fullName?.trim(),
          gender: input.gender,
          territory: input.territory?.trim(),
          languages: input.languages ? clean(input.languages) : undefined,
          skills: input.skills ? clean(input.skills) : undefined,
          bio: input.bio === undefined ? undefined : input.bio.trim() || null,
          eligibilityAttestedOn: input.eligibilityAttestedOn,
        },
      });
      const changed = Object.keys(input).filter((k) => k !== 'id' && (input as unknown as Record<string, unknown>)[k] !== undefined);
      await this.audit.record(tx, actor, { action: 'deputy.update', entityType: 'Deputy', entityId: updated.id, data: { changed } });
      return updated;
    });
  }

  private checkAttestation(on?: Date) {
    if (on && on > today())
      throw badInput(`The eligibility attestation cannot be dated in the future (${isoDay(on)}).`, 'eligibilityAttestedOn', {
        reason: ErrorReason.DATE_IN_FUTURE,
        params: { field: 'eligibilityAttestedOn' },
      });
  }
}
