import type DataLoader from 'dataloader';
import { GroupMembership, Prisma, WorkingGroup } from '../generated/prisma/client';
import { columns, ids, Loaders, many } from '../loaders/loaders';

export const GROUP_COLUMNS = columns<WorkingGroup>({
  id: true,
  termId: true,
  name: true,
  theme: true,
  description: true,
  quorumMinimum: true,
  lastMessageSeq: true,
  createdAt: true,
  updatedAt: true,
});
const MEMBERSHIP = columns<GroupMembership>({
  id: true,
  groupId: true,
  deputyId: true,
  role: true,
  startsOn: true,
  endsOn: true,
  openGroupId: true,
  createdAt: true,
});

/** Working groups' own loaders (groups, memberships, coordinators), in the request's container: `loaders.of(WorkingGroupsLoaders)`. */
export class WorkingGroupsLoaders {
  constructor(private readonly loaders: Loaders) {
    this.groupById = loaders.byId<WorkingGroup>('WorkingGroup');
  }

  readonly groupById: DataLoader<string, WorkingGroup | null>;
  readonly openMembershipsByGroupId = many(
    (ids) =>
      this.loaders.prisma.groupMembership.findMany({
        where: { openGroupId: { in: [...ids] } },
        orderBy: [{ role: 'asc' }, { startsOn: 'asc' }],
      }),
    (m) => m.groupId,
  );
  readonly membershipsByGroupId = many(
    (ids) => this.loaders.prisma.groupMembership.findMany({ where: { groupId: { in: [...ids] } }, orderBy: [{ startsOn: 'asc' }] }),
    (m) => m.groupId,
  );
  /** Current memberships, with their group in the same statement (primes groupById). */
  readonly openMembershipsByDeputyId = many(
    async (keys) => (await this.openMembershipsWithGroups(keys)).map((r) => r.membership),
    (m) => m.deputyId,
  );
  readonly coordinatorsByGroupId = many(
    (ids) => this.loaders.prisma.groupCoordinator.findMany({ where: { groupId: { in: [...ids] } }, include: { user: true } }),
    (c) => c.groupId,
  );

  /**
   * The deputies' current memberships with their group in one statement (primes groupById), and
   * beside each the value of `extra`, an SQL expression over the group `g` (a later feature's
   * loader brings its column with the memberships this way: unread counts).
   */
  async openMembershipsWithGroups(
    keys: readonly string[],
    extra?: Prisma.Sql,
  ): Promise<Array<{ membership: GroupMembership; extra: unknown }>> {
    const rows = await this.loaders.prisma.readRaw<Array<Record<string, unknown>>>(Prisma.sql`
      SELECT ${MEMBERSHIP.select('gm', '')}, ${GROUP_COLUMNS.select('g', 'g.')}${extra ? Prisma.sql`, ${extra} AS "extra"` : Prisma.empty}
      FROM "GroupMembership" gm
      JOIN "WorkingGroup" g ON g."id" = gm."groupId"
      WHERE gm."deputyId" IN (${ids(keys)}) AND gm."openGroupId" IS NOT NULL`);
    return rows.map((row) => {
      const group = GROUP_COLUMNS.pick(row, 'g.');
      this.groupById.prime(group.id, group);
      return { membership: MEMBERSHIP.pick(row, ''), extra: row.extra };
    });
  }
}
