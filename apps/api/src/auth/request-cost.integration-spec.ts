import { startTestApp, TestApp, codeOf } from '../../test/test-app';
import { aGroup, aMeeting, aMembership, aSignedInDeputy, aTerm, signedIn } from '../../test/factories';

/** The web app's home page (scripts/bench.ts measures the same query). */
const HOME = `query Home {
  me { id displayName role deputy { id fullName memberships { role group { id name theme unreadCount } } } }
  meetings(filter: { when: UPCOMING, limit: 10 }) { id title startsAt endsAt timeZone status group { id name } }
}`;

// What a request costs in SQL statements (PrismaService.queryCount): the token check is one
// statement per request, shared by the operation's root fields, and it brings what `me` shows.
describe('the token check of a request', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function statements(query: string, token: string) {
    const before = t.prisma.queryCount;
    const r = await t.gql(query, {}, token);
    expect(r.errors).toBeUndefined();
    return { count: t.prisma.queryCount - before, data: r.data! };
  }

  it('answers `me` with the one statement that checked the token', async () => {
    const { user, token } = await signedIn(t, 'COORDINATOR');
    const r = await statements(`{ me { id email displayName role locale } }`, token);
    expect(r.data.me).toEqual({ id: user.id, email: user.email, displayName: user.displayName, role: 'COORDINATOR', locale: user.locale });
    expect(r.count).toBe(1);
  });

  it('reads the deputy profile in that same statement', async () => {
    const { deputy, token } = await aSignedInDeputy(t, { fullName: 'Amina Haidari' });
    const r = await statements(`{ me { deputy { id fullName gender } } }`, token);
    expect(r.data.me.deputy).toEqual({ id: deputy.id, fullName: 'Amina Haidari', gender: deputy.gender });
    expect(r.count).toBe(1);
    const { token: noProfile } = await signedIn(t, 'ADMIN');
    const admin = await statements(`{ me { deputy { id } } }`, noProfile);
    expect(admin.data.me.deputy).toBeNull();
    expect(admin.count).toBe(1);
  });

  it('checks the token once for all the root fields of an operation', async () => {
    const term = await aTerm(t.prisma, { startsOn: '2201-01-01', endsOn: '2202-12-31' });
    const group = await aGroup(t.prisma, term.id);
    const { deputy, token } = await aSignedInDeputy(t);
    await aMembership(t.prisma, group.id, deputy.id);
    await aMeeting(t.prisma, group.id, { startsAt: '2201-03-10T17:00:00Z' });
    const alone = await statements(`{ meetings(filter: { groupId: "${group.id}" }) { id } }`, token);
    const together = await statements(`{ a: me { id } b: me { email } meetings(filter: { groupId: "${group.id}" }) { id } }`, token);
    expect(together.data.meetings).toHaveLength(1);
    expect(together.count).toBe(alone.count);
  });

  it('still refuses every root field when the account was disabled a moment ago', async () => {
    const { user, token } = await signedIn(t, 'DEPUTY');
    await statements(`{ me { id } }`, token);
    await t.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const r = await t.gql(`{ a: me { id } b: me { email } }`, {}, token);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.data ?? null).toBeNull();
  });

  /** Messages said in a group's channel, numbered as the live gateway numbers them. */
  async function say(groupId: string, authorId: string, count: number) {
    for (let i = 0; i < count; i++) {
      const { lastMessageSeq: seq } = await t.prisma.workingGroup.update({ where: { id: groupId }, data: { lastMessageSeq: { increment: 1 } } });
      await t.prisma.message.create({ data: { groupId, authorId, seq, clientId: `c-${groupId}-${seq}`, body: `message ${seq}` } });
    }
  }

  /** A deputy in `groupCount` groups of a term, each with an upcoming meeting and others' messages. */
  async function aHome(groupCount: number, startsOn: string) {
    const term = await aTerm(t.prisma, { startsOn, endsOn: `${Number(startsOn.slice(0, 4)) + 1}-12-31` });
    const reader = await aSignedInDeputy(t);
    const author = await aSignedInDeputy(t);
    const groups = [];
    for (let i = 0; i < groupCount; i++) {
      const group = await aGroup(t.prisma, term.id);
      await aMembership(t.prisma, group.id, reader.deputy.id, i === 0 ? 'LEAD' : 'MEMBER');
      await aMembership(t.prisma, group.id, author.deputy.id);
      await aMeeting(t.prisma, group.id, { startsAt: `${startsOn.slice(0, 4)}-03-${10 + i}T17:00:00Z` });
      await say(group.id, author.user.id, i + 1);
      await say(group.id, reader.user.id, 1); // their own: never unread
      groups.push(group);
    }
    return { reader, author, groups };
  }

  it('answers the home page in three statements: the token, the meetings with their groups, the memberships with their groups and unread counts', async () => {
    const small = await aHome(1, '2211-01-01');
    const large = await aHome(6, '2213-01-01');
    const a = await statements(HOME, small.reader.token);
    const b = await statements(HOME, large.reader.token);
    expect(a.count).toBe(3);
    expect(b.count).toBe(3);
    // The same groups and counts as each group read on its own (WorkingGroup.unreadCount's loader).
    const memberships = b.data.me.deputy.memberships as Array<{ role: string; group: { id: string; name: string; theme: string; unreadCount: number } }>;
    expect(memberships).toHaveLength(6);
    for (const m of memberships) {
      const alone = await t.gql(`query($id: ID!) { workingGroup(id: $id) { id name theme unreadCount } }`, { id: m.group.id }, large.reader.token);
      expect(alone.errors).toBeUndefined();
      expect(m.group).toEqual(alone.data!.workingGroup);
    }
    expect(Object.fromEntries(memberships.map((m) => [m.group.id, m.group.unreadCount]))).toEqual(Object.fromEntries(large.groups.map((g, i) => [g.id, i + 1])));
    expect(memberships.find((m) => m.group.id === large.groups[0].id)!.role).toBe('LEAD');
    const meetings = b.data.meetings as Array<{ group: { id: string; name: string } }>;
    expect(meetings).toHaveLength(6);
    expect(meetings.map((m) => m.group)).toEqual(large.groups.map((g) => ({ id: g.id, name: g.name })));
  });

  it('brings unread counts with another deputy\'s memberships only for the groups the caller reads', async () => {
    const { author, groups } = await aHome(2, '2215-01-01');
    const outsider = await aSignedInDeputy(t);
    await aMembership(t.prisma, groups[1].id, outsider.deputy.id);
    const admin = await signedIn(t, 'ADMIN');
    const query = `query($id: ID!) { deputy(id: $id) { memberships { group { id unreadCount } } } }`;
    const countsOf = async (token: string) => {
      const r = await t.gql(query, { id: author.deputy.id }, token);
      expect(r.errors).toBeUndefined();
      return Object.fromEntries((r.data!.deputy.memberships as Array<{ group: { id: string; unreadCount: number } }>).map((m) => [m.group.id, m.group.unreadCount]));
    };
    // Group i holds i + 1 messages of the author and one of the reader; the outsider reads only the second group.
    expect(await countsOf(outsider.token)).toEqual({ [groups[0].id]: 0, [groups[1].id]: 3 });
    expect(await countsOf(admin.token)).toEqual({ [groups[0].id]: 2, [groups[1].id]: 3 });
    expect(await countsOf(author.token)).toEqual({ [groups[0].id]: 1, [groups[1].id]: 1 });
  });
});
