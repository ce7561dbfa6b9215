import { Injectable } from '@nestjs/common';
import { ErrorReason } from '@tribune/domain';
import { AccessPolicy } from '../access/access-policy';
import { Prisma } from '../generated/prisma/client';
import { AuthUser } from '../auth/auth-user';
import { badInput, notFound } from '../common/app-error';
import { PrismaService } from '../prisma/prisma.service';
import { unreadCountSql } from './unread-counts';

/**
 * Unread messages per group channel: what others wrote after the person's read position
 * (deleted messages do not count). Only those who read the channel (the access policy's
 * discussion readers: its members and its coordinators) have a count; for anyone else it is 0, which says nothing about
 * the group's activity.
 */
@Injectable()
export class UnreadService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly policy: AccessPolicy,
  ) {}

  /**
   * Unread counts of these groups for this person, in one query whatever their number (the
   * request's loader is UnreadLoaders.unreadByGroupId, on the same rule).
   */
  async counts(actor: AuthUser, groupIds: readonly string[]): Promise<number[]> {
    if (groupIds.length === 0) return [];
    const rows = await this.prisma.readRaw<Array<{ groupId: string; unread: bigint | number }>>(Prisma.sql`
      SELECT g."id" AS "groupId", ${unreadCountSql(actor)} AS "unread"
      FROM "WorkingGroup" g
      WHERE g."id" IN (${Prisma.join([...groupIds])})`);
    const byGroup = new Map(rows.map((r) => [r.groupId, Number(r.unread)]));
    return groupIds.map((id) => byGroup.get(id) ?? 0);
  }

  /**
   * Moves the person's read position in a channel forward to `seq` (never backwards: a late
   * call from another tab or a slow phone cannot bring old messages back as unread).
   */
  async markRead(actor: AuthUser, groupId: string, seq: number) {
    const group = await this.prisma.workingGroup.findUnique({
      where: { id: groupId },
      select: { id: true, name: true, lastMessageSeq: true },
    });
    if (!group) throw notFound('Working group', groupId);
    await this.policy.require(this.prisma, actor, 'discussion', 'read', { groupId });
    if (seq > group.lastMessageSeq)
      throw badInput(`The discussion of "${group.name}" has ${group.lastMessageSeq} messages; message ${seq} does not exist yet.`, 'seq', {
        reason: ErrorReason.INVALID_INPUT,
        params: { field: 'seq' },
      });
    await this.prisma.$executeRaw`
      INSERT INTO "ChannelRead" ("userId", "groupId", "lastReadSeq", "updatedAt")
      VALUES (${actor.id}, ${groupId}, ${seq}, now())
      ON CONFLICT ("userId", "groupId") DO UPDATE
        SET "lastReadSeq" = GREATEST("ChannelRead"."lastReadSeq", EXCLUDED."lastReadSeq"), "updatedAt" = now()`;
    return this.prisma.workingGroup.findUniqueOrThrow({ where: { id: groupId } });
  }
}
