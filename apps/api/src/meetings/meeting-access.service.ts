import { Injectable } from '@nestjs/common';
import { Role, quorumRequired } from '@tribune/domain';
import { AuthUser } from '../auth/auth-user';
import { forbidden, notFound } from '../common/app-error';
import { Tx } from '../prisma/prisma.service';
import { WorkingGroupsService } from '../working-groups/working-groups.service';

/** Row-level rules for meetings and everything hanging off them (agenda, decisions, minutes). */
@Injectable()
export class MeetingAccess {
  constructor(private readonly groups: WorkingGroupsService) {}

  async meeting(tx: Tx, id: string) {
    const meeting = await tx.meeting.findUnique({ where: { id } });
    if (!meeting) throw notFound('Meeting', id);
    return meeting;
  }

  /** Serialises changes to one meeting's agenda and state (row lock until the transaction ends). */
  async lock(tx: Tx, meetingId: string) {
    await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
    return this.meeting(tx, meetingId);
  }

  /** Administrators, or the coordinators of the meeting's group. */
  requireCoordination(tx: Tx, actor: AuthUser, groupId: string) {
    return this.groups.requireCoordination(tx, actor, groupId);
  }

  /** Coordination, or the group's lead (a deputy with an open LEAD membership): start/end, minutes. */
  async requireRunner(tx: Tx, actor: AuthUser, groupId: string) {
    if (actor.deputyId) {
      const lead = await tx.groupMembership.findFirst({ where: { openGroupId: groupId, deputyId: actor.deputyId, role: 'LEAD' } });
      if (lead) return;
    }
    await this.groups.requireCoordination(tx, actor, groupId);
  }

  /** Whether the deputy is a current member of the group. */
  async isMember(tx: Tx, deputyId: string | null, groupId: string) {
    if (!deputyId) return false;
    return !!(await tx.groupMembership.findFirst({ where: { openGroupId: groupId, deputyId }, select: { id: true } }));
  }

  /**
   * Live quorum of a meeting: present members vs members (the group's rule, or more than half).
   */
  async quorum(tx: Tx, meeting: { id: string; groupId: string }) {
    const [group, members, present] = await Promise.all([
      tx.workingGroup.findUniqueOrThrow({ where: { id: meeting.groupId }, select: { quorumMinimum: true } }),
      tx.groupMembership.findMany({ where: { openGroupId: meeting.groupId }, select: { deputyId: true } }),
      tx.attendance.findMany({ where: { meetingId: meeting.id, present: true }, select: { deputyId: true } }),
    ]);
    const memberIds = new Set(members.map((m) => m.deputyId));
    const presentIds = present.map((p) => p.deputyId).filter((id) => memberIds.has(id));
    const required = quorumRequired(memberIds.size, group.quorumMinimum);
    return { memberIds: [...memberIds], presentIds, members: memberIds.size, present: presentIds.length, required, reached: presentIds.length >= required };
  }

  /** Administrators and coordinators read every group's meetings; deputies those of their groups. */
  async requireRead(tx: Tx, actor: AuthUser, groupId: string) {
    if (actor.role === Role.ADMIN || actor.role === Role.COORDINATOR) return;
    if (await this.isMember(tx, actor.deputyId, groupId)) return;
    throw forbidden('Only the members of this working group can see its meetings.');
  }
}
