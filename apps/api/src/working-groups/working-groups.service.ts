import { Injectable } from '@nestjs/common';
import { Role, ErrorReason } from '@tribune/domain';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../access/access-policy';
import { AuthUser } from '../auth/auth-user';
import { badInput, conflict, notFound } from '../common/app-error';
import { DomainEvent, DomainEventBus } from '../common/domain-events';
import { isoDay, today } from '../common/scalars';
import { TermsService } from '../terms/terms.service';
import { AddGroupCoordinatorInput, AddGroupMemberInput, CreateWorkingGroupInput, RemoveGroupMemberInput } from './dto/working-group.inputs';

@Injectable()
export class WorkingGroupsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly terms: TermsService,
    private readonly events: DomainEventBus,
    private readonly policy: AccessPolicy,
  ) {}

  list(termId?: string) {
    return this.prisma.workingGroup.findMany({ where: termId ? { termId } : undefined, orderBy: { name: 'asc' } });
  }

  async byId(id: string) {
    const group = await this.prisma.workingGroup.findUnique({ where: { id } });
    if (!group) throw notFound('Working group', id);
    return group;
  }

  /** The group, refused unless the access policy lets the actor coordinate it (administrators, its coordinators). */
  requireCoordination(tx: Tx, actor: AuthUser, groupId: string) {
    return this.policy.group(tx, actor, groupId, 'coordinate');
  }

  create(actor: AuthUser, input: CreateWorkingGroupInput) {
    return this.prisma.$transaction(async (tx) => {
      const term = input.termId ? await tx.term.findUnique({ where: { id: input.termId } }) : await this.terms.current();
      if (!term)
        throw input.termId
          ? notFound('Term', input.termId)
          : badInput('There is no current term; create one first or give termId.', 'termId', { reason: ErrorReason.NO_CURRENT_TERM });
      const coordinatorIds = new Set(input.coordinatorIds ?? []);
      if (actor.role === Role.COORDINATOR) coordinatorIds.add(actor.id);
      const coordinators = await tx.user.findMany({ where: { id: { in: [...coordinatorIds] } } });
      const missing = [...coordinatorIds].find((id) => !coordinators.some((c) => c.id === id));
      // An empty id is missing too (a truthiness test let it through to a foreign-key error, a 500).
      if (missing !== undefined) throw notFound('User', missing);
      const notCoordinator = coordinators.find((c) => c.role !== Role.COORDINATOR);
      if (notCoordinator)
        throw badInput(`${notCoordinator.displayName} is not a coordinator.`, 'coordinatorIds', {
          reason: ErrorReason.NOT_A_COORDINATOR,
          params: { name: notCoordinator.displayName },
        });
      if (await tx.workingGroup.findUnique({ where: { termId_name: { termId: term.id, name: input.name.trim() } } })) {
        throw conflict(`A working group named "${input.name.trim()}" already exists in this term.`, {
          reason: ErrorReason.GROUP_NAME_TAKEN,
          params: { name: input.name.trim() },
        });
      }
      const group = await tx.workingGroup.create({
        data: {
          termId: term.id,
          name: input.name.trim(),
          theme: input.theme.trim(),
          description: input.description.trim(),
          quorumMinimum: input.quorumMinimum ?? null,
          coordinators: { createMany: { data: [...coordinatorIds].map((userId) => ({ userId })) } },
        },
      });
      await this.audit.record(tx, actor, {
        action: 'workingGroup.create',
        entityType: 'WorkingGroup',
        entityId: group.id,
        data: { name: group.name, coordinatorIds: [...coordinatorIds] },
      });
      return group;
    });
  }

  addMember(actor: AuthUser, input: AddGroupMemberInput) {
    return this.prisma.$transaction(async (tx) => {
      const group = await this.requireCoordination(tx, actor, input.groupId);
      const deputy = await tx.deputy.findUnique({ where: { id: input.deputyId } });
      if (!deputy) throw notFound('Deputy', input.deputyId);
      const startsOn = input.startsOn ?? clamp(today(), group.term.startsOn, group.term.endsOn);
      if (startsOn < group.term.startsOn || startsOn > group.term.endsOn) {
        throw badInput(
          `Membership must start within the term (${isoDay(group.term.startsOn)} to ${isoDay(group.term.endsOn)}).`,
          'startsOn',
          {
            reason: ErrorReason.TERM_OUT_OF_RANGE,
            params: { term: group.term.name, startsOn: isoDay(group.term.startsOn), endsOn: isoDay(group.term.endsOn) },
          },
        );
      }
      const existing = await tx.groupMembership.findUnique({
        where: { openGroupId_deputyId: { openGroupId: group.id, deputyId: deputy.id } },
      });
      if (existing)
        throw conflict(`${deputy.fullName} is already a member of "${group.name}".`, {
          reason: ErrorReason.ALREADY_MEMBER,
          params: { deputy: deputy.fullName, group: group.name },
        });
      const membership = await tx.groupMembership.create({
        data: { groupId: group.id, deputyId: deputy.id, role: input.role, startsOn, openGroupId: group.id },
      });
      await this.audit.record(tx, actor, {
        action: 'workingGroup.addMember',
        entityType: 'WorkingGroup',
        entityId: group.id,
        data: { deputyId: deputy.id, role: input.role, startsOn: isoDay(startsOn) },
      });
      return membership;
    });
  }

  async removeMember(actor: AuthUser, input: RemoveGroupMemberInput) {
    const { ended, userId } = await this.prisma.$transaction(async (tx) => {
      const group = await this.requireCoordination(tx, actor, input.groupId);
      const membership = await tx.groupMembership.findUnique({
        where: { openGroupId_deputyId: { openGroupId: group.id, deputyId: input.deputyId } },
        include: { deputy: { select: { userId: true } } },
      });
      if (!membership) throw notFound(`Current membership of deputy ${input.deputyId} in "${group.name}"`);
      const endsOn = input.endsOn ?? today();
      if (endsOn < membership.startsOn)
        throw badInput(`The membership cannot end before it started (${isoDay(membership.startsOn)}).`, 'endsOn', {
          reason: ErrorReason.ENDS_BEFORE_START,
          params: { field: 'endsOn', startsOn: isoDay(membership.startsOn) },
        });
      // The row stays: membership dates are the group's history.
      const ended = await tx.groupMembership.update({ where: { id: membership.id }, data: { endsOn, openGroupId: null } });
      await this.audit.record(tx, actor, {
        action: 'workingGroup.removeMember',
        entityType: 'WorkingGroup',
        entityId: group.id,
        data: { deputyId: input.deputyId, endsOn: isoDay(endsOn) },
      });
      return { ended, userId: membership.deputy.userId };
    });
    // After the commit; awaited, so the answer comes once the removed deputy's open sockets have
    // stopped hearing the group (on the other instances, as soon as the adapter carries it).
    await this.events.publishAndWait(DomainEvent.MembershipEnded, { groupId: ended.groupId, deputyId: ended.deputyId, userId });
    return ended;
  }

  addCoordinator(actor: AuthUser, input: AddGroupCoordinatorInput) {
    return this.prisma.$transaction(async (tx) => {
      const group = await tx.workingGroup.findUnique({ where: { id: input.groupId } });
      if (!group) throw notFound('Working group', input.groupId);
      const user = await tx.user.findUnique({ where: { id: input.userId } });
      if (!user) throw notFound('User', input.userId);
      if (user.role !== Role.COORDINATOR)
        throw badInput(`${user.displayName} is not a coordinator.`, 'userId', {
          reason: ErrorReason.NOT_A_COORDINATOR,
          params: { name: user.displayName },
        });
      if (await tx.groupCoordinator.findUnique({ where: { groupId_userId: { groupId: group.id, userId: user.id } } })) {
        throw conflict(`${user.displayName} already coordinates "${group.name}".`, {
          reason: ErrorReason.ALREADY_COORDINATOR,
          params: { name: user.displayName, group: group.name },
        });
      }
      await tx.groupCoordinator.create({ data: { groupId: group.id, userId: user.id } });
      await this.audit.record(tx, actor, {
        action: 'workingGroup.addCoordinator',
        entityType: 'WorkingGroup',
        entityId: group.id,
        data: { userId: user.id },
      });
      return group;
    });
  }
}

function clamp(d: Date, min: Date, max: Date) {
  return d < min ? min : d > max ? max : d;
}
