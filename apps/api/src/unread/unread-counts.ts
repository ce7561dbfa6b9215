import { Role } from '@tribune/domain';
import { Prisma } from '../generated/prisma/client';
import type { AuthUser } from '../auth/auth-user';

/**
 * SQL expression: the caller's unread count in the group `g` (others' messages after their read
 * position, deleted ones not counted), or 0 when they do not read its discussion (not an
 * administrator, not a coordinator of the group, not a current member). `g` must be a
 * "WorkingGroup" row in the statement. The one rule of UnreadService.counts and of the
 * memberships loader that brings the counts with the groups.
 */
export function unreadCountSql(actor: AuthUser): Prisma.Sql {
  return Prisma.sql`CASE WHEN (${actor.role === Role.ADMIN}
      OR EXISTS (SELECT 1 FROM "GroupCoordinator" c WHERE c."groupId" = g."id" AND c."userId" = ${actor.id})
      OR EXISTS (SELECT 1 FROM "GroupMembership" gm WHERE gm."openGroupId" = g."id" AND gm."deputyId" = ${actor.deputyId ?? ''}))
    THEN (SELECT COUNT(msg."id") FROM "Message" msg
      WHERE msg."groupId" = g."id"
        AND msg."seq" > COALESCE((SELECT r."lastReadSeq" FROM "ChannelRead" r WHERE r."groupId" = g."id" AND r."userId" = ${actor.id}), 0)
        AND msg."deletedAt" IS NULL
        AND msg."authorId" <> ${actor.id})
    ELSE 0 END`;
}
