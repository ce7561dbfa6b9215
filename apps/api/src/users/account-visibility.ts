import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import type { AuthUser } from '../auth/auth-user';

/**
 * Who reads an account's contact and standing (`email`, `role`, `disabled`): the person, the
 * administrators, and the coordinators of a group the person belongs to now (a current member, or
 * one of its coordinators). Everyone else sees the display name only (DESIGN.md, Data and privacy).
 */

/** Objects the caller is known to own although the request carries no token yet (login's answer). */
const OWN = new WeakSet<object>();
export function ownAccount<T extends object>(user: T): T {
  OWN.add(user);
  return user;
}

/**
 * The accounts whose contact the viewer reads as a coordinator: one statement per request, asked
 * at the first such field and shared by every later one, whatever the number of accounts listed.
 */
const coordinated = new WeakMap<object, Promise<Set<string>>>();
function accountsCoordinatedBy(prisma: PrismaService, request: object, viewerId: string): Promise<Set<string>> {
  let found = coordinated.get(request);
  if (!found) {
    found = prisma
      .readRaw<Array<{ id: string }>>(
        Prisma.sql`
        SELECT d."userId" AS id
        FROM "GroupCoordinator" mine
        JOIN "GroupMembership" gm ON gm."openGroupId" = mine."groupId"
        JOIN "Deputy" d ON d."id" = gm."deputyId" AND d."userId" IS NOT NULL
        WHERE mine."userId" = ${viewerId}
        UNION
        SELECT other."userId" AS id
        FROM "GroupCoordinator" mine
        JOIN "GroupCoordinator" other ON other."groupId" = mine."groupId"
        WHERE mine."userId" = ${viewerId}`,
      )
      .then((rows) => new Set(rows.map((r) => r.id)));
    coordinated.set(request, found);
  }
  return found;
}

/** Whether `viewer` (null: no token, as in login's answer) may read the account's email, role and disabled state. */
export async function mayReadAccount(
  prisma: PrismaService,
  request: object,
  viewer: AuthUser | undefined,
  account: { id: string },
): Promise<boolean> {
  if (OWN.has(account)) return true;
  if (!viewer) return false;
  if (viewer.id === account.id || viewer.role === 'ADMIN') return true;
  return (await accountsCoordinatedBy(prisma, request, viewer.id)).has(account.id);
}
