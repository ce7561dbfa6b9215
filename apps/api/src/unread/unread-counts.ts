import { Prisma } from '../generated/prisma/client';
import type { AuthUser } from '../auth/auth-user';
import { allowedSql } from '../access/rules';

/**
 * SQL expression: the caller's unread count in the group `g` (others' messages after their read
 * position, deleted ones not counted), or 0 when they do not read its discussion (the access
 * policy's `discussion.read`, as SQL). `g` must be a "WorkingGroup" row in the statement. The one
 * rule of UnreadService.counts and of the memberships loader that brings the counts with the groups.
 */
export function unreadCountSql(actor: AuthUser): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${allowedSql(actor, 'discussion', 'read', { group: Prisma.sql`g."id"` })}
    THEN (SELECT COUNT(msg."id") FROM "Message" msg
      WHERE msg."groupId" = g."id"
        AND msg."seq" > COALESCE((SELECT r."lastReadSeq" FROM "ChannelRead" r WHERE r."groupId" = g."id" AND r."userId" = ${actor.id}), 0)
        AND msg."deletedAt" IS NULL
        AND msg."authorId" <> ${actor.id})
    ELSE 0 END`;
}
