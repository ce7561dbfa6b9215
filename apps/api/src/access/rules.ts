import { Role } from '@tribune/domain';
import { Prisma } from '../generated/prisma/client';
import type { AuthUser } from '../auth/auth-user';

/**
 * THE access rules of Tribune, written once. Each rule is a small tree of conditions on the
 * viewer and the object's group; the same tree is evaluated in TypeScript (services, field
 * resolvers, the socket gateway, `viewerCan`) and compiled to SQL (the hot list queries), so
 * there is no second copy of a rule to forget.
 */

/** Who asks: the authenticated user as the guard or the socket handshake read it. */
export type Viewer = Pick<AuthUser, 'id' | 'role' | 'deputyId'>;

/** What a rule looks at on an object: its group, and who wrote it where authorship matters. */
export interface Subject {
  /** The working group the object belongs to (null: a field report not routed yet). */
  groupId: string | null;
  /** Messages: the author's user id. */
  authorUserId?: string | null;
  /** Field reports: the author's deputy id. */
  authorDeputyId?: string | null;
}

/** The viewer's relations to groups, the only facts rules need besides the role. */
export interface ViewerFacts {
  /** Groups the viewer coordinates (GroupCoordinator rows). */
  coordinates: ReadonlySet<string>;
  /** Groups the viewer's deputy currently belongs to, with the membership's role. */
  memberships: ReadonlyMap<string, string>;
}

export type Condition =
  | { kind: 'role'; roles: readonly Role[] }
  /** A current member of the object's group. */
  | { kind: 'member' }
  /** The group's lead (a current LEAD membership). */
  | { kind: 'lead' }
  /** A coordinator of the object's group. */
  | { kind: 'coordinator' }
  /** Wrote the object (a message, a field report). */
  | { kind: 'author' }
  /** The object has no group yet (a field report not routed). */
  | { kind: 'ungrouped' }
  | { kind: 'any'; of: readonly Condition[] }
  | { kind: 'all'; of: readonly Condition[] };

const role = (...roles: Role[]): Condition => ({ kind: 'role', roles });
const any = (...of: Condition[]): Condition => ({ kind: 'any', of });
const all = (...of: Condition[]): Condition => ({ kind: 'all', of });
const member: Condition = { kind: 'member' };
const lead: Condition = { kind: 'lead' };
const coordinator: Condition = { kind: 'coordinator' };
const author: Condition = { kind: 'author' };
const ungrouped: Condition = { kind: 'ungrouped' };

const SIGNED_IN = role(Role.ADMIN, Role.COORDINATOR, Role.DEPUTY);
/** Administrators act on every group; coordinators on the groups they coordinate. */
const COORDINATION = any(role(Role.ADMIN), coordinator);
/** The chair: coordination, or the group's lead. */
const CHAIR = any(COORDINATION, lead);
/** A group's discussion: its members and its coordinators only (administrators only as one of them). */
const DISCUSSION = any(member, coordinator);
/** A group's meetings and everything in them: its members, every coordinator and administrator. */
const MEETING_READERS = any(role(Role.ADMIN, Role.COORDINATOR), member);

/** The actions each kind of object knows, and who may take them. */
export const POLICY = {
  group: {
    read: SIGNED_IN,
    coordinate: COORDINATION,
    run: CHAIR,
    /** Moderating the group's discussion is the coordinators' (administrators included only as coordinators). */
    moderate: coordinator,
  },
  /** A group's discussion (messages, channel join/history/send, unread counts). */
  discussion: { read: DISCUSSION, moderate: coordinator },
  /** Meetings, and what hangs off them: agenda items, votes, decisions, actions, minutes, attendance, speeches, time polls. */
  meeting: {
    read: MEETING_READERS,
    coordinate: COORDINATION,
    run: CHAIR,
    moderate: coordinator,
    /** Taking part as a member: answering the invitation or a time poll, asking for the floor. */
    attend: member,
  },
  /**
   * Field reports: their author, every coordinator and administrator, the members of the group
   * it is routed to. Coordination is the routed group's (an unrouted report: administrators).
   */
  fieldReport: {
    read: any(role(Role.ADMIN, Role.COORDINATOR), author, member),
    coordinate: COORDINATION,
    /** Sending it to a group: administrators, or a coordinator when nobody else's group holds it. */
    route: any(role(Role.ADMIN), all(role(Role.COORDINATOR), any(ungrouped, coordinator))),
  },
  /**
   * Texts and their versions, amendments and voting blocks: read like the group's meetings; its
   * members amend and co-sign; coordination sets procedures, groups and merges (drafts are edited
   * by their agreed authors: the texts service checks authorship, a fact of the text, not the group).
   */
  text: {
    read: MEETING_READERS,
    amend: member,
    coordinate: COORDINATION,
  },
  message: {
    read: DISCUSSION,
    edit: all(author, DISCUSSION),
    delete: any(coordinator, all(author, DISCUSSION)),
    moderate: coordinator,
  },
} as const satisfies Record<string, Record<string, Condition>>;

export type Kind = keyof typeof POLICY;
export type ActionOf<K extends Kind> = keyof (typeof POLICY)[K] & string;

export function ruleOf<K extends Kind>(kind: K, action: ActionOf<K>): Condition {
  return (POLICY[kind] as Record<string, Condition>)[action];
}

/**
 * Evaluates a condition. Without facts, conditions on group relations are unknown (undefined)
 * unless the role alone decides: most administrator and coordinator reads need no query.
 */
export function evaluate(c: Condition, viewer: Viewer, subject: Subject, facts: ViewerFacts | null): boolean | undefined {
  switch (c.kind) {
    case 'role':
      return c.roles.includes(viewer.role);
    case 'author':
      return (
        (!!subject.authorUserId && subject.authorUserId === viewer.id) ||
        (!!subject.authorDeputyId && subject.authorDeputyId === viewer.deputyId)
      );
    case 'ungrouped':
      return subject.groupId === null;
    case 'member':
      if (subject.groupId === null || !viewer.deputyId) return false;
      return facts ? facts.memberships.has(subject.groupId) : undefined;
    case 'lead':
      if (subject.groupId === null || !viewer.deputyId) return false;
      return facts ? facts.memberships.get(subject.groupId) === 'LEAD' : undefined;
    case 'coordinator':
      if (subject.groupId === null || viewer.role !== Role.COORDINATOR) return false;
      return facts ? facts.coordinates.has(subject.groupId) : undefined;
    case 'any': {
      let unknown = false;
      for (const o of c.of) {
        const v = evaluate(o, viewer, subject, facts);
        if (v === true) return true;
        if (v === undefined) unknown = true;
      }
      return unknown ? undefined : false;
    }
    case 'all': {
      let unknown = false;
      for (const o of c.of) {
        const v = evaluate(o, viewer, subject, facts);
        if (v === false) return false;
        if (v === undefined) unknown = true;
      }
      return unknown ? undefined : true;
    }
  }
}

/** SQL expressions naming the object's columns in the statement the predicate goes into. */
export interface SqlSubject {
  group: Prisma.Sql;
  authorUser?: Prisma.Sql;
  authorDeputy?: Prisma.Sql;
}

const TRUE = Prisma.sql`TRUE`;
const FALSE = Prisma.sql`FALSE`;

/**
 * The same condition as a SQL boolean expression for this viewer (role tests are folded to
 * TRUE/FALSE, so an administrator's list costs no subquery).
 */
export function toSql(c: Condition, viewer: Viewer, s: SqlSubject): Prisma.Sql {
  switch (c.kind) {
    case 'role':
      return c.roles.includes(viewer.role) ? TRUE : FALSE;
    case 'author': {
      const parts: Prisma.Sql[] = [];
      if (s.authorUser) parts.push(Prisma.sql`${s.authorUser} = ${viewer.id}`);
      if (s.authorDeputy && viewer.deputyId) parts.push(Prisma.sql`${s.authorDeputy} = ${viewer.deputyId}`);
      return parts.length ? Prisma.sql`(${Prisma.join(parts, ' OR ')})` : FALSE;
    }
    case 'ungrouped':
      return Prisma.sql`${s.group} IS NULL`;
    case 'member':
      if (!viewer.deputyId) return FALSE;
      return Prisma.sql`EXISTS (SELECT 1 FROM "GroupMembership" acc_gm WHERE acc_gm."openGroupId" = ${s.group} AND acc_gm."deputyId" = ${viewer.deputyId})`;
    case 'lead':
      if (!viewer.deputyId) return FALSE;
      return Prisma.sql`EXISTS (SELECT 1 FROM "GroupMembership" acc_gm WHERE acc_gm."openGroupId" = ${s.group} AND acc_gm."deputyId" = ${viewer.deputyId} AND acc_gm."role" = 'LEAD')`;
    case 'coordinator':
      if (viewer.role !== Role.COORDINATOR) return FALSE;
      return Prisma.sql`EXISTS (SELECT 1 FROM "GroupCoordinator" acc_gc WHERE acc_gc."groupId" = ${s.group} AND acc_gc."userId" = ${viewer.id})`;
    case 'any':
    case 'all': {
      const parts = c.of.map((o) => toSql(o, viewer, s));
      const absorbing = c.kind === 'any' ? TRUE : FALSE;
      const neutral = c.kind === 'any' ? FALSE : TRUE;
      if (parts.includes(absorbing)) return absorbing;
      const rest = parts.filter((p) => p !== neutral);
      if (!rest.length) return neutral;
      return rest.length === 1 ? rest[0] : Prisma.sql`(${Prisma.join(rest, c.kind === 'any' ? ' OR ' : ' AND ')})`;
    }
  }
}

/** The one shared predicate of the SQL hot paths: `kind.action` for this viewer on the row named by `s`. */
export function allowedSql<K extends Kind>(viewer: Viewer, kind: K, action: ActionOf<K>, s: SqlSubject): Prisma.Sql {
  return toSql(ruleOf(kind, action), viewer, s);
}
