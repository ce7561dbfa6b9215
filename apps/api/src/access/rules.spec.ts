import { Role } from '@tribune/domain';
import { evaluate, POLICY, ruleOf, Subject, Viewer, ViewerFacts } from './rules';

const G = 'group-a';
const facts = (o: { coordinates?: string[]; memberships?: Record<string, string> } = {}): ViewerFacts => ({
  coordinates: new Set(o.coordinates ?? []),
  memberships: new Map(Object.entries(o.memberships ?? {})),
});
const can = (viewer: Viewer, f: ViewerFacts, kind: keyof typeof POLICY, action: string, subject: Subject = { groupId: G }) =>
  evaluate(ruleOf(kind, action as never), viewer, subject, f);

const admin: Viewer = { id: 'u-admin', role: Role.ADMIN, deputyId: null };
const coordinator: Viewer = { id: 'u-coord', role: Role.COORDINATOR, deputyId: null };
const member: Viewer = { id: 'u-member', role: Role.DEPUTY, deputyId: 'd-member' };
const lead: Viewer = { id: 'u-lead', role: Role.DEPUTY, deputyId: 'd-lead' };
const outsider: Viewer = { id: 'u-out', role: Role.DEPUTY, deputyId: 'd-out' };

const none = facts();
const coordinates = facts({ coordinates: [G] });
const isMember = facts({ memberships: { [G]: 'MEMBER' } });
const isLead = facts({ memberships: { [G]: 'LEAD' } });

describe('the access rules', () => {
  describe("a group's discussion", () => {
    it('is read by its members and its coordinators only', () => {
      expect(can(member, isMember, 'discussion', 'read')).toBe(true);
      expect(can(coordinator, coordinates, 'discussion', 'read')).toBe(true);
      expect(can(outsider, none, 'discussion', 'read')).toBe(false);
      expect(can(coordinator, none, 'discussion', 'read')).toBe(false);
    });

    it('is read by an administrator only as a member or coordinator of the group', () => {
      expect(can(admin, none, 'discussion', 'read')).toBe(false);
      expect(can({ ...admin, deputyId: 'd-admin' }, isMember, 'discussion', 'read')).toBe(true);
    });

    it("is moderated by the group's coordinators, not by administrators nor members", () => {
      expect(can(coordinator, coordinates, 'message', 'moderate')).toBe(true);
      expect(can(admin, none, 'message', 'moderate')).toBe(false);
      expect(can(member, isMember, 'message', 'moderate')).toBe(false);
    });

    it('lets the author edit and delete their own message while they read the discussion', () => {
      const own = { groupId: G, authorUserId: member.id };
      expect(can(member, isMember, 'message', 'edit', own)).toBe(true);
      expect(can(member, isMember, 'message', 'delete', own)).toBe(true);
      expect(can(member, none, 'message', 'edit', own)).toBe(false);
      expect(can(lead, isLead, 'message', 'delete', own)).toBe(false);
    });

    it('does not count a coordinator whose role was taken away', () => {
      expect(can({ ...coordinator, role: Role.DEPUTY }, coordinates, 'discussion', 'read')).toBe(false);
    });
  });

  describe('meetings and what hangs off them', () => {
    it('are read by the members of the group, every coordinator and administrator', () => {
      expect(can(member, isMember, 'meeting', 'read')).toBe(true);
      expect(can(coordinator, none, 'meeting', 'read')).toBe(true);
      expect(can(admin, none, 'meeting', 'read')).toBe(true);
      expect(can(outsider, none, 'meeting', 'read')).toBe(false);
    });

    it("are coordinated by administrators and the group's coordinators, run by them and the group's lead too", () => {
      expect([
        can(admin, none, 'meeting', 'coordinate'),
        can(coordinator, coordinates, 'meeting', 'coordinate'),
        can(coordinator, none, 'meeting', 'coordinate'),
      ]).toEqual([true, true, false]);
      expect([
        can(lead, isLead, 'meeting', 'run'),
        can(lead, isLead, 'meeting', 'coordinate'),
        can(member, isMember, 'meeting', 'run'),
      ]).toEqual([true, false, false]);
    });
  });

  describe('field reports', () => {
    const routedToA = { groupId: G, authorDeputyId: 'd-author' };
    it('are read by their author, the members of the group they are routed to, coordinators and administrators', () => {
      expect(can({ ...outsider, deputyId: 'd-author' }, none, 'fieldReport', 'read', routedToA)).toBe(true);
      expect(can(member, isMember, 'fieldReport', 'read', routedToA)).toBe(true);
      expect(can(outsider, none, 'fieldReport', 'read', routedToA)).toBe(false);
      expect(can(coordinator, none, 'fieldReport', 'read', routedToA)).toBe(true);
    });

    it("are closed by the routed group's coordination, or by an administrator before routing", () => {
      expect(can(coordinator, coordinates, 'fieldReport', 'coordinate', routedToA)).toBe(true);
      expect(can(coordinator, none, 'fieldReport', 'coordinate', { groupId: null })).toBe(false);
      expect(can(admin, none, 'fieldReport', 'coordinate', { groupId: null })).toBe(true);
    });

    it("are routed by any coordinator while unrouted, then only by the routed group's coordinators", () => {
      expect(can(coordinator, none, 'fieldReport', 'route', { groupId: null })).toBe(true);
      expect(can(coordinator, none, 'fieldReport', 'route', routedToA)).toBe(false);
      expect(can(coordinator, coordinates, 'fieldReport', 'route', routedToA)).toBe(true);
      expect(can(member, isMember, 'fieldReport', 'route', { groupId: null })).toBe(false);
    });
  });

  it('decides by role alone without facts where it can (no query for administrators reading meetings)', () => {
    expect(evaluate(ruleOf('meeting', 'read'), admin, { groupId: G }, null)).toBe(true);
    expect(evaluate(ruleOf('group', 'read'), outsider, { groupId: G }, null)).toBe(true);
    expect(evaluate(ruleOf('meeting', 'read'), member, { groupId: G }, null)).toBeUndefined();
    expect(evaluate(ruleOf('discussion', 'read'), admin, { groupId: G }, null)).toBe(false);
    expect(evaluate(ruleOf('discussion', 'read'), { ...admin, deputyId: 'd-admin' }, { groupId: G }, null)).toBeUndefined();
  });
});
