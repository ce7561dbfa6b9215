import { aGroup, aLiveChannel, aMembership, aSignedInDeputy, aTerm, signedIn } from '../../test/factories';
import { codeOf, startTestApp, TestApp } from '../../test/test-app';

const GROUPS = `query { workingGroups { id name unreadCount } }`;
const MARK = `mutation($i: MarkChannelReadInput!) { markChannelRead(input: $i) { id unreadCount } }`;

describe('unread counts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** Messages said in a group's channel, numbered as the live gateway numbers them. */
  async function say(groupId: string, authorId: string, count: number) {
    const stored = [];
    for (let i = 0; i < count; i++) {
      const { lastMessageSeq: seq } = await t.prisma.workingGroup.update({
        where: { id: groupId },
        data: { lastMessageSeq: { increment: 1 } },
      });
      stored.push(
        await t.prisma.message.create({ data: { groupId, authorId, seq, clientId: `c-${groupId}-${seq}`, body: `message ${seq}` } }),
      );
    }
    return stored;
  }

  async function unreadOf(token: string, groupId: string): Promise<number> {
    const r = await t.gql<{ workingGroups: Array<{ id: string; unreadCount: number }> }>(GROUPS, {}, token);
    expect(r.errors).toBeUndefined();
    return r.data!.workingGroups.find((g) => g.id === groupId)!.unreadCount;
  }

  describe('WorkingGroup.unreadCount', () => {
    it("counts the others' messages after the read position, neither one's own nor deleted ones", async () => {
      const { group, members, coordinator } = await aLiveChannel(t, { members: 2 });
      const [amina, yonas] = members;
      await say(group.id, yonas.user.id, 3);
      await say(group.id, amina.user.id, 2);
      const [deleted] = await say(group.id, coordinator.user.id, 2);
      await t.prisma.message.update({
        where: { id: deleted.id },
        data: { body: '', deletedAt: new Date(), deletedById: coordinator.user.id },
      });

      expect(await unreadOf(amina.token, group.id)).toBe(4); // Yonas's 3 and the coordinator's remaining one
      expect(await unreadOf(yonas.token, group.id)).toBe(3); // Amina's 2 and the coordinator's one
      expect(await unreadOf(coordinator.token, group.id)).toBe(5);
    });

    it('is 0 for those who do not read the discussion: a deputy of another group, a coordinator of another group, an administrator who is neither member nor coordinator', async () => {
      const { group, members, termId } = await aLiveChannel(t, { members: 1 });
      await say(group.id, members[0].user.id, 2);
      const outsider = await aSignedInDeputy(t);
      await aMembership(t.prisma, (await aGroup(t.prisma, termId)).id, outsider.deputy.id);
      const otherCoordinator = await signedIn(t, 'COORDINATOR');
      const admin = await signedIn(t, 'ADMIN');
      expect(await unreadOf(outsider.token, group.id)).toBe(0);
      expect(await unreadOf(otherCoordinator.token, group.id)).toBe(0);
      expect(await unreadOf(admin.token, group.id)).toBe(0);
    });

    it('costs the same number of SQL queries for 2 groups as for 12', async () => {
      const term = await aTerm(t.prisma, { startsOn: '2111-01-01', endsOn: '2112-12-31' });
      const reader = await aSignedInDeputy(t);
      const author = await aSignedInDeputy(t);
      const groupsOf = async (n: number) => {
        for (let i = 0; i < n; i++) {
          const g = await aGroup(t.prisma, term.id);
          await aMembership(t.prisma, g.id, reader.deputy.id);
          await say(g.id, author.user.id, 1);
        }
      };
      const queries = async () => {
        const before = t.prisma.queryCount;
        const r = await t.gql<{ workingGroups: Array<{ unreadCount: number }> }>(
          `query($t: ID) { workingGroups(termId: $t) { id unreadCount } }`,
          { t: term.id },
          reader.token,
        );
        expect(r.errors).toBeUndefined();
        return { count: t.prisma.queryCount - before, groups: r.data!.workingGroups };
      };
      await groupsOf(2);
      const small = await queries();
      await groupsOf(10);
      const large = await queries();
      expect(small.groups).toHaveLength(2);
      expect(large.groups).toHaveLength(12);
      expect(large.groups.every((g) => g.unreadCount === 1)).toBe(true);
      expect(large.count).toBe(small.count);
    });
  });

  describe('markChannelRead', () => {
    it('moves the read position forward and returns the new count; never backwards', async () => {
      const { group, members } = await aLiveChannel(t, { members: 2 });
      const [amina, yonas] = members;
      await say(group.id, yonas.user.id, 5);
      const mark = (seq: number) => t.gql(MARK, { i: { groupId: group.id, seq } }, amina.token);

      expect((await mark(3)).data!.markChannelRead).toEqual({ id: group.id, unreadCount: 2 });
      // A late call from another tab, with an older position, changes nothing.
      expect((await mark(1)).data!.markChannelRead.unreadCount).toBe(2);
      expect(
        await t.prisma.channelRead.findUnique({ where: { userId_groupId: { userId: amina.user.id, groupId: group.id } } }),
      ).toMatchObject({ lastReadSeq: 3 });
      expect((await mark(5)).data!.markChannelRead.unreadCount).toBe(0);
      await say(group.id, yonas.user.id, 1);
      expect(await unreadOf(amina.token, group.id)).toBe(1);
      // Yonas's own position is his own.
      expect(await unreadOf(yonas.token, group.id)).toBe(0);
    });

    it('refuses a position past the last message, a negative one, an unknown group and a non-member, with codes', async () => {
      const { group, members, termId } = await aLiveChannel(t, { members: 1 });
      await say(group.id, members[0].user.id, 2);
      const outsider = await aSignedInDeputy(t);
      await aMembership(t.prisma, (await aGroup(t.prisma, termId)).id, outsider.deputy.id);

      const tooFar = await t.gql(MARK, { i: { groupId: group.id, seq: 3 } }, members[0].token);
      expect(codeOf(tooFar)).toBe('BAD_USER_INPUT');
      expect(tooFar.errors![0].extensions).toMatchObject({ field: 'seq' });
      expect(codeOf(await t.gql(MARK, { i: { groupId: group.id, seq: -1 } }, members[0].token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(MARK, { i: { groupId: 'no-such-group', seq: 0 } }, members[0].token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(MARK, { i: { groupId: group.id, seq: 1 } }, outsider.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(MARK, { i: { groupId: group.id, seq: 1 } }))).toBe('UNAUTHENTICATED');
      expect(await t.prisma.channelRead.count({ where: { groupId: group.id } })).toBe(0);
    });
  });
});
