import { EventEmitter2 } from '@nestjs/event-emitter';
import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { aGroup, aMeeting, aRoleMatrix, aTerm, RoleName, signedIn } from '../../test/factories';
import { AgendaUpdatedEvent, DomainEvent } from '../common/domain-events';

const ADD = `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id position title durationMinutes } }`;
const UPDATE = `mutation($i: UpdateAgendaItemInput!) { updateAgendaItem(input: $i) { id position title description } }`;
const REMOVE = `mutation($i: RemoveAgendaItemInput!) { removeAgendaItem(input: $i) { id position } }`;
const REORDER = `mutation($i: ReorderAgendaInput!) { reorderAgenda(input: $i) { id position } }`;
const AGENDA = `query($id: ID!) { meeting(id: $id) { agenda { id position title } } }`;

describe('agenda', () => {
  let t: TestApp;
  let admin: string;
  let termId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
    termId = (await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2027-12-31' })).id;
  });
  afterAll(() => t.close());

  async function meetingWith(titles: string[]) {
    const group = await aGroup(t.prisma, termId);
    const meeting = await aMeeting(t.prisma, group.id);
    const items: Array<{ id: string }> = [];
    for (const title of titles) items.push((await t.gql(ADD, { i: { meetingId: meeting.id, title } }, admin)).data!.addAgendaItem);
    return { meeting, items, ids: items.map((i) => i.id) };
  }
  const positions = async (meetingId: string) =>
    (await t.prisma.agendaItem.findMany({ where: { meetingId }, orderBy: { position: 'asc' } })).map((i) => [i.position, i.title]);

  describe('addAgendaItem', () => {
    it('appends items at positions 1..n, writes audit rows and publishes agenda.updated', async () => {
      const events: AgendaUpdatedEvent[] = [];
      const listener = (e: AgendaUpdatedEvent) => events.push(e);
      t.app.get(EventEmitter2).on(DomainEvent.AgendaUpdated, listener);
      const { meeting } = await meetingWith(['Accueil', 'Remontées', 'Divers']);
      t.app.get(EventEmitter2).off(DomainEvent.AgendaUpdated, listener);
      expect(await positions(meeting.id)).toEqual([
        [1, 'Accueil'],
        [2, 'Remontées'],
        [3, 'Divers'],
      ]);
      expect(await t.prisma.auditLog.count({ where: { action: 'agenda.add', entityId: meeting.id } })).toBe(3);
      expect(events).toHaveLength(3);
      expect(events[0]).toEqual({ groupId: meeting.groupId, meetingId: meeting.id, currentAgendaItemId: null });
    });

    it('keeps positions dense and unique when five items are added at once', async () => {
      const { meeting } = await meetingWith([]);
      const results = await Promise.all(
        [1, 2, 3, 4, 5].map((n) => t.gql(ADD, { i: { meetingId: meeting.id, title: `Point ${n}` } }, admin)),
      );
      expect(results.map(codeOf)).toEqual(['OK', 'OK', 'OK', 'OK', 'OK']);
      expect((await positions(meeting.id)).map(([p]) => p)).toEqual([1, 2, 3, 4, 5]);
    });

    it('refuses bad input and closed meetings, writing nothing', async () => {
      const group = await aGroup(t.prisma, termId);
      const meeting = await aMeeting(t.prisma, group.id);
      expect(codeOf(await t.gql(ADD, { i: { meetingId: meeting.id, title: '' } }, admin))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(ADD, { i: { meetingId: meeting.id, title: 'x'.repeat(201) } }, admin))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(ADD, { i: { meetingId: meeting.id, title: 'Long', durationMinutes: 0 } }, admin))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(ADD, { i: { meetingId: 'nope', title: 'Lost' } }, admin))).toBe('NOT_FOUND');
      for (const status of ['ENDED', 'CANCELLED'] as const) {
        const closed = await aMeeting(t.prisma, group.id, { status });
        expect(codeOf(await t.gql(ADD, { i: { meetingId: closed.id, title: 'Too late' } }, admin))).toBe('CONFLICT');
      }
      expect(await t.prisma.agendaItem.count({ where: { meeting: { groupId: group.id } } })).toBe(0);
    });
  });

  describe('updateAgendaItem and removeAgendaItem', () => {
    it("updates an item's title and description", async () => {
      const { meeting, ids } = await meetingWith(['Accueil']);
      const r = await t.gql(UPDATE, { i: { agendaItemId: ids[0], title: 'Accueil des nouveaux', description: 'Tour de table' } }, admin);
      expect(r.data!.updateAgendaItem).toEqual({ id: ids[0], position: 1, title: 'Accueil des nouveaux', description: 'Tour de table' });
      expect(codeOf(await t.gql(UPDATE, { i: { agendaItemId: ids[0], title: '' } }, admin))).toBe('BAD_USER_INPUT');
      expect(await positions(meeting.id)).toEqual([[1, 'Accueil des nouveaux']]);
    });

    it('removes an item and renumbers the rest densely', async () => {
      const { meeting, ids } = await meetingWith(['A', 'B', 'C', 'D']);
      const r = await t.gql(REMOVE, { i: { agendaItemId: ids[1] } }, admin);
      expect(r.data!.removeAgendaItem).toEqual([
        { id: ids[0], position: 1 },
        { id: ids[2], position: 2 },
        { id: ids[3], position: 3 },
      ]);
      expect(await positions(meeting.id)).toEqual([
        [1, 'A'],
        [2, 'C'],
        [3, 'D'],
      ]);
      expect(codeOf(await t.gql(REMOVE, { i: { agendaItemId: ids[1] } }, admin))).toBe('NOT_FOUND');
    });
  });

  describe('reorderAgenda', () => {
    it('puts the items in the given order', async () => {
      const { meeting, ids } = await meetingWith(['A', 'B', 'C']);
      const r = await t.gql(REORDER, { i: { meetingId: meeting.id, itemIds: [ids[2], ids[0], ids[1]] } }, admin);
      expect(r.errors).toBeUndefined();
      expect(await positions(meeting.id)).toEqual([
        [1, 'C'],
        [2, 'A'],
        [3, 'B'],
      ]);
      const q = await t.gql(AGENDA, { id: meeting.id }, admin);
      expect(q.data!.meeting.agenda.map((i: { title: string }) => i.title)).toEqual(['C', 'A', 'B']);
    });

    it('refuses an item of another meeting or a duplicate (BAD_USER_INPUT), and an incomplete list (CONFLICT), changing nothing', async () => {
      const { meeting, ids } = await meetingWith(['A', 'B', 'C']);
      const other = await meetingWith(['X']);
      expect(codeOf(await t.gql(REORDER, { i: { meetingId: meeting.id, itemIds: [ids[0], ids[1], other.ids[0]] } }, admin))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await t.gql(REORDER, { i: { meetingId: meeting.id, itemIds: [ids[0], ids[0], ids[1]] } }, admin))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await t.gql(REORDER, { i: { meetingId: meeting.id, itemIds: [] } }, admin))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(REORDER, { i: { meetingId: meeting.id, itemIds: [ids[1], ids[0]] } }, admin))).toBe('CONFLICT');
      expect(await positions(meeting.id)).toEqual([
        [1, 'A'],
        [2, 'B'],
        [3, 'C'],
      ]);
    });

    it('keeps positions dense and unique when two reorders run at once: one order wins whole', async () => {
      const { meeting, ids } = await meetingWith(['A', 'B', 'C', 'D', 'E']);
      const first = [ids[4], ids[3], ids[2], ids[1], ids[0]];
      const second = [ids[1], ids[0], ids[3], ids[2], ids[4]];
      for (let round = 0; round < 3; round++) {
        const results = await Promise.all(
          [first, second].map((itemIds) => t.gql(REORDER, { i: { meetingId: meeting.id, itemIds } }, admin)),
        );
        expect(results.map(codeOf)).toEqual(['OK', 'OK']);
        const rows = await t.prisma.agendaItem.findMany({ where: { meetingId: meeting.id }, orderBy: { position: 'asc' } });
        expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5]);
        expect([first, second]).toContainEqual(rows.map((r) => r.id));
      }
    });
  });

  it("agenda mutations are for administrators and the group's coordinators only", async () => {
    const m = await aRoleMatrix(t, termId);
    const meeting = await aMeeting(t.prisma, m.group.id);
    const seed = (await t.gql(ADD, { i: { meetingId: meeting.id, title: 'Seed' } }, admin)).data!.addAgendaItem.id;
    const expected = { admin: 'OK', coordinator: 'OK', otherCoordinator: 'FORBIDDEN', member: 'FORBIDDEN', nonMember: 'FORBIDDEN' };
    const roles: RoleName[] = ['admin', 'coordinator', 'otherCoordinator', 'member', 'nonMember'];
    const codes = {
      add: {} as Record<string, unknown>,
      update: {} as Record<string, unknown>,
      reorder: {} as Record<string, unknown>,
      remove: {} as Record<string, unknown>,
    };
    for (const role of roles) {
      const token = m.tokens[role];
      codes.add[role] = codeOf(await t.gql(ADD, { i: { meetingId: meeting.id, title: `By ${role}` } }, token));
      codes.update[role] = codeOf(await t.gql(UPDATE, { i: { agendaItemId: seed, title: `Seed by ${role}` } }, token));
      const all = await t.prisma.agendaItem.findMany({ where: { meetingId: meeting.id }, orderBy: { position: 'desc' } });
      codes.reorder[role] = codeOf(await t.gql(REORDER, { i: { meetingId: meeting.id, itemIds: all.map((a) => a.id) } }, token));
      const extra = await t.prisma.agendaItem.findFirst({ where: { meetingId: meeting.id, title: `By ${role}` } });
      const victim = extra ?? all[0];
      codes.remove[role] = codeOf(await t.gql(REMOVE, { i: { agendaItemId: victim.id } }, token));
    }
    expect(codes).toEqual({ add: expected, update: expected, reorder: expected, remove: expected });
  });
});
