import { Prisma } from '../generated/prisma/client';
import { allowedSql, Viewer } from '../access/rules';

/** What search finds: the `kind` of a SearchEntry row (written by the triggers of migration 20261203106000_search). */
export enum SearchKind {
  MESSAGE = 'MESSAGE',
  FIELD_REPORT = 'FIELD_REPORT',
  DECISION = 'DECISION',
  MINUTES = 'MINUTES',
  AGENDA_ITEM = 'AGENDA_ITEM',
  ACTION_ITEM = 'ACTION_ITEM',
  /** A version of a text (issue 15). */
  TEXT = 'TEXT',
  AMENDMENT = 'AMENDMENT',
}

const entry = (column: string) => Prisma.raw(`e."${column}"`);

/**
 * Who may read an entry of each kind: the access policy's read rule of the object it comes from,
 * as SQL on the entry's copy of the object's group and author. A kind joins search with its rule here.
 */
const READ_RULE: Record<SearchKind, (viewer: Viewer) => Prisma.Sql> = {
  [SearchKind.MESSAGE]: (viewer) => allowedSql(viewer, 'message', 'read', { group: entry('groupId'), authorUser: entry('authorUserId') }),
  [SearchKind.FIELD_REPORT]: (viewer) =>
    allowedSql(viewer, 'fieldReport', 'read', { group: entry('groupId'), authorDeputy: entry('authorDeputyId') }),
  [SearchKind.DECISION]: (viewer) => allowedSql(viewer, 'meeting', 'read', { group: entry('groupId') }),
  [SearchKind.MINUTES]: (viewer) => allowedSql(viewer, 'meeting', 'read', { group: entry('groupId') }),
  [SearchKind.AGENDA_ITEM]: (viewer) => allowedSql(viewer, 'meeting', 'read', { group: entry('groupId') }),
  [SearchKind.ACTION_ITEM]: (viewer) => allowedSql(viewer, 'meeting', 'read', { group: entry('groupId') }),
  [SearchKind.TEXT]: (viewer) => allowedSql(viewer, 'text', 'read', { group: entry('groupId') }),
  [SearchKind.AMENDMENT]: (viewer) => allowedSql(viewer, 'text', 'read', { group: entry('groupId') }),
};

/**
 * The entries of these kinds the viewer may read, as one SQL condition on `e` (a SearchEntry):
 * kinds whose rule is the same share one branch.
 */
export function readableEntries(viewer: Viewer, kinds: readonly SearchKind[]): Prisma.Sql {
  const byRule = new Map<string, { rule: Prisma.Sql; kinds: SearchKind[] }>();
  for (const kind of new Set(kinds)) {
    const rule = READ_RULE[kind](viewer);
    const key = `${rule.sql}\u0000${JSON.stringify(rule.values)}`;
    const branch = byRule.get(key) ?? { rule, kinds: [] };
    branch.kinds.push(kind);
    byRule.set(key, branch);
  }
  const branches = [...byRule.values()].map(({ rule, kinds: ks }) => Prisma.sql`(e."kind" IN (${Prisma.join(ks)}) AND ${rule})`);
  return branches.length ? Prisma.sql`(${Prisma.join(branches, ' OR ')})` : Prisma.sql`FALSE`;
}
