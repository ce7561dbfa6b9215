import { Injectable } from '@nestjs/common';
import { quorumRequired, Role } from '@tribune/domain';
import { AccessPolicy } from '../access/access-policy';
import { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/app-error';
import { Tx } from '../prisma/prisma.service';

/** Meetings and everything hanging off them (agenda, decisions, minutes): rows, locks, quorum; who may act is the access policy's. */
@Injectable()
export class MeetingAccess {
  constructor(private readonly policy: AccessPolicy) {}

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

  /** The access policy's coordination of the meeting's group (administrators, its coordinators). */
  requireCoordination(tx: Tx, actor: AuthUser, groupId: string) {
    return this.policy.group(tx, actor, groupId, 'coordinate', 'meeting');
  }

  /** The access policy's chair of the meeting's group (coordination, or the group's lead): start/end, minutes, votes, the floor. */
  async requireRunner(tx: Tx, actor: AuthUser, groupId: string) {
    await this.policy.require(tx, actor, 'meeting', 'run', { groupId });
  }

  /**
   * Whether the deputy is a current member of the group: the access policy's `meeting.attend`
   * (answering, asking for the floor, a time poll), also used for an assignee or proxies.
   */
  async isMember(tx: Tx, deputyId: string | null, groupId: string) {
    if (!deputyId) return false;
    return this.policy.can(tx, { id: '', role: Role.DEPUTY, deputyId }, 'meeting', 'attend', { groupId });
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
    return {
      memberIds: [...memberIds],
      presentIds,
      members: memberIds.size,
      present: presentIds.length,
      required,
      reached: presentIds.length >= required,
    };
  }

  /** The access policy's read rule of a group's meetings (and everything in them). */
  async requireRead(tx: Tx, actor: AuthUser, groupId: string) {
    await this.policy.require(tx, actor, 'meeting', 'read', { groupId });
  }
}
