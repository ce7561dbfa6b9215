import { Injectable } from '@nestjs/common';
import { ErrorReason } from '@tribune/domain';
import { Prisma } from '../generated/prisma/client';
import { forbidden, notFound } from '../common/app-error';
import type { Loaders } from '../loaders/loaders';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { ActionOf, evaluate, Kind, ruleOf, Subject, Viewer, ViewerFacts } from './rules';

type Db = PrismaService | Tx;

/** The viewer's coordinated groups and current memberships, in one statement (only the given groups when named). */
export async function loadFacts(db: Db, viewer: Viewer, groupIds?: readonly string[]): Promise<ViewerFacts> {
  const only = (column: string) =>
    groupIds ? Prisma.sql`AND ${Prisma.raw(column)} IN (${Prisma.join(groupIds.length ? [...groupIds] : [''])})` : Prisma.empty;
  const query = Prisma.sql`
    SELECT 'C' AS "kind", c."groupId", NULL AS "role" FROM "GroupCoordinator" c WHERE c."userId" = ${viewer.id} ${only('c."groupId"')}
    UNION ALL
    SELECT 'M', m."groupId", m."role"::text FROM "GroupMembership" m
    WHERE m."deputyId" = ${viewer.deputyId ?? ''} AND m."openGroupId" IS NOT NULL ${only('m."groupId"')}`;
  const rows = 'readRaw' in db ? await db.readRaw<Row[]>(query) : await db.$queryRaw<Row[]>(query);
  const coordinates = new Set<string>();
  const memberships = new Map<string, string>();
  for (const r of rows) {
    if (r.kind === 'C') coordinates.add(r.groupId);
    else memberships.set(r.groupId, r.role!);
  }
  return { coordinates, memberships };
}
type Row = { kind: 'C' | 'M'; groupId: string; role: string | null };

/** Why a refusal happened, by the action refused (the web translates the reason). */
const REFUSAL: Record<string, { message: string; reason: ErrorReason }> = {
  read: { message: 'You cannot see this: it belongs to a working group you are not part of.', reason: ErrorReason.NOT_A_READER },
  coordinate: { message: "Only the group's coordinators or an administrator can do this.", reason: ErrorReason.COORDINATORS_ONLY },
  run: { message: "Only the chair (the group's coordinators, its lead or an administrator) can do this.", reason: ErrorReason.CHAIR_ONLY },
  moderate: { message: "Only the group's coordinators moderate its discussion.", reason: ErrorReason.COORDINATORS_ONLY },
};
const refusal = (kind: Kind, action: string) => {
  if (kind === 'discussion' || kind === 'message') {
    if (action === 'read')
      return forbidden("Only the group's members and coordinators read and write its discussion.", {
        reason: ErrorReason.DISCUSSION_MEMBERS_ONLY,
      });
    if (action !== 'moderate')
      return forbidden("Only its author or the group's coordinators can do this to a message.", { reason: ErrorReason.COORDINATORS_ONLY });
  }
  const r = REFUSAL[action] ?? REFUSAL.coordinate;
  return forbidden(r.message, { reason: r.reason });
};

/**
 * Per request: rows a list statement already filtered with the policy's SQL predicate for the
 * request's viewer (the meetings list); the field check trusts them instead of asking again.
 */
const vouchedRows = new WeakMap<object, WeakSet<object>>();

/** These rows were read through `allowedSql(viewer, kind, 'read', ...)` for this request's viewer. */
export function vouchRead(loaders: Loaders, rows: readonly object[]): void {
  let set = vouchedRows.get(loaders);
  if (!set) vouchedRows.set(loaders, (set = new WeakSet()));
  for (const row of rows) set.add(row);
}

export function isVouched(loaders: Loaders, row: object): boolean {
  return vouchedRows.get(loaders)?.has(row) ?? false;
}

/** Per request: the facts of each viewer, loaded once (one statement) the first time a rule needs them. */
const requestFacts = new WeakMap<object, Map<string, Promise<ViewerFacts>>>();

/**
 * The one access policy. Two ways in:
 * - in a service, inside its transaction: `require`/`can` read the facts the transaction sees;
 * - while resolving a request: `canInRequest` shares one reading of the facts per request
 *   (Loaders is the request's scope), and meeting-scoped objects find their group through the
 *   request's batched loaders, so a list costs a constant number of statements.
 */
@Injectable()
export class AccessPolicy {
  /** Whether the viewer may take `action` on the object, reading facts through `db` (a transaction sees its own writes and locks). */
  async can<K extends Kind>(db: Db, viewer: Viewer, kind: K, action: ActionOf<K>, subject: Subject): Promise<boolean> {
    const rule = ruleOf(kind, action);
    const decided = evaluate(rule, viewer, subject, null);
    if (decided !== undefined) return decided;
    const facts = await loadFacts(db, viewer, subject.groupId ? [subject.groupId] : []);
    return evaluate(rule, viewer, subject, facts) ?? false;
  }

  /** As `can`, refusing with FORBIDDEN (and the rule's reason). */
  async require<K extends Kind>(db: Db, viewer: Viewer, kind: K, action: ActionOf<K>, subject: Subject): Promise<void> {
    if (!(await this.can(db, viewer, kind, action, subject))) throw refusal(kind, action);
  }

  /** A group's row, refusing unless the viewer may take `action` on it (NOT_FOUND first). */
  async group<K extends 'group' | 'meeting'>(db: Db, viewer: Viewer, groupId: string, action: ActionOf<K>, kind: K = 'group' as K) {
    const group = await db.workingGroup.findUnique({ where: { id: groupId }, include: { term: true } });
    if (!group) throw notFound('Working group', groupId);
    await this.require(db, viewer, kind, action, { groupId });
    return group;
  }

  /** Whether the viewer may take `action`, sharing the request's facts (see the class comment). */
  async canInRequest<K extends Kind>(loaders: Loaders, viewer: Viewer, kind: K, action: ActionOf<K>, subject: Subject): Promise<boolean> {
    const rule = ruleOf(kind, action);
    const decided = evaluate(rule, viewer, subject, null);
    if (decided !== undefined) return decided;
    return evaluate(rule, viewer, subject, await factsInRequest(loaders, viewer)) ?? false;
  }

  /** As `canInRequest`, refusing with FORBIDDEN. */
  async requireInRequest<K extends Kind>(loaders: Loaders, viewer: Viewer, kind: K, action: ActionOf<K>, subject: Subject): Promise<void> {
    if (!(await this.canInRequest(loaders, viewer, kind, action, subject))) throw refusal(kind, action);
  }

  /** The group a meeting-scoped row belongs to, through the request's batched meeting loader. */
  async meetingGroup(loaders: Loaders, meetingId: string): Promise<string | null> {
    return (await loaders.byId<{ id: string; groupId: string }>('Meeting').load(meetingId))?.groupId ?? null;
  }
}

export function factsInRequest(loaders: Loaders, viewer: Viewer): Promise<ViewerFacts> {
  let byViewer = requestFacts.get(loaders);
  if (!byViewer) requestFacts.set(loaders, (byViewer = new Map()));
  let facts = byViewer.get(viewer.id);
  if (!facts) byViewer.set(viewer.id, (facts = loadFacts(loaders.prisma, viewer)));
  return facts;
}

export { refusal as accessRefusal };
