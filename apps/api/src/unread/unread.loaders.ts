import DataLoader from 'dataloader';
import { GroupMembership, Prisma } from '../generated/prisma/client';
import type { AuthUser } from '../auth/auth-user';
import { ids, Loaders, many } from '../loaders/loaders';
import { unreadCountSql } from './unread-counts';
import { WorkingGroupsLoaders } from '../working-groups/working-groups.loaders';

/** Unread's own loaders, in the request's container: `loaders.of(UnreadLoaders)`. */
export class UnreadLoaders {
  constructor(private readonly loaders: Loaders) {}

  private readonly unread = new Map<string, DataLoader<string, number>>();
  /** The caller's unread count per group (0 for groups they do not read), one statement per batch. */
  unreadByGroupId(actor: AuthUser): DataLoader<string, number> {
    let loader = this.unread.get(actor.id);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const rows = await this.loaders.prisma.readRaw<Array<{ groupId: string; unread: bigint | number }>>(Prisma.sql`
          SELECT g."id" AS "groupId", ${unreadCountSql(actor)} AS "unread" FROM "WorkingGroup" g WHERE g."id" IN (${ids(keys)})`);
        const byGroup = new Map(rows.map((r) => [r.groupId, Number(r.unread)]));
        return keys.map((id) => byGroup.get(id) ?? 0);
      });
      this.unread.set(actor.id, loader);
    }
    return loader;
  }

  private readonly withUnread = new Map<string, DataLoader<string, GroupMembership[]>>();
  /**
   * The deputies' current memberships (WorkingGroupsLoaders.openMembershipsByDeputyId) with the caller's unread
   * count of each group in the same statement (primes unreadByGroupId): for
   * `memberships { group { unreadCount } }`. The count follows unreadCountSql.
   */
  openMembershipsWithUnreadByDeputyId(actor: AuthUser): DataLoader<string, GroupMembership[]> {
    let loader = this.withUnread.get(actor.id);
    if (!loader) {
      loader = many(
        async (keys) => {
          const rows = await this.loaders.of(WorkingGroupsLoaders).openMembershipsWithGroups(keys, unreadCountSql(actor));
          const counts = this.unreadByGroupId(actor);
          return rows.map(({ membership, extra }) => {
            counts.prime(membership.groupId, Number(extra));
            return membership;
          });
        },
        (m) => m.deputyId,
      );
      this.withUnread.set(actor.id, loader);
    }
    return loader;
  }
}
