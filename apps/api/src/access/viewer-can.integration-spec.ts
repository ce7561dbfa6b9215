import { randomUUID } from 'node:crypto';
import { aGroup, aLiveMeetingWithItem, aMembership, aSignedInDeputy, aTerm, aUser, signedIn } from '../../test/factories';
import { startTestApp, TestApp } from '../../test/test-app';

/** `viewerCan` tells the web what the signed-in person may do, from the access policy. */
describe('viewerCan', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof aWorld>>;
  beforeAll(async () => {
    t = await startTestApp();
    w = await aWorld();
  });
  afterAll(() => t.close());

  async function aWorld() {
    const term = await aTerm(t.prisma);
    const coordinator = await signedIn(t, 'COORDINATOR');
    const otherCoordinator = await signedIn(t, 'COORDINATOR');
    const admin = await signedIn(t, 'ADMIN');
    const group = await aGroup(t.prisma, term.id, { coordinatorIds: [coordinator.user.id] });
    const lead = await aSignedInDeputy(t);
    const member = await aSignedInDeputy(t);
    const outsider = await aSignedInDeputy(t);
    await aMembership(t.prisma, group.id, lead.deputy.id, 'LEAD');
    await aMembership(t.prisma, group.id, member.deputy.id);
    const { meeting, item } = await aLiveMeetingWithItem(t.prisma, group.id);
    const vote = await t.prisma.vote.create({
      data: {
        meetingId: meeting.id,
        agendaItemId: item.id,
        question: 'Adopter ?',
        options: ['For', 'Against'],
        secrecy: 'NAMED',
        eligibleIds: [member.deputy.id],
        counts: [],
      },
    });
    const poll = await t.prisma.timePoll.create({ data: { groupId: group.id, title: 'Quand ?' } });
    const message = await t.prisma.message.create({
      data: { groupId: group.id, authorId: member.user.id, seq: 1, clientId: randomUUID(), body: 'Bonjour' },
    });
    await t.prisma.workingGroup.update({ where: { id: group.id }, data: { lastMessageSeq: 1 } });
    const report = await t.prisma.fieldReport.create({
      data: {
        authorId: outsider.deputy.id,
        territory: 'reg:53',
        theme: 'Santé',
        title: 'Accès aux soins',
        body: '...',
        status: 'TRIAGED',
        routedGroupId: group.id,
      },
    });
    return {
      group,
      meeting,
      vote,
      poll,
      message,
      report,
      tokens: {
        coordinator: coordinator.token,
        otherCoordinator: otherCoordinator.token,
        admin: admin.token,
        lead: lead.token,
        member: member.token,
        outsider: outsider.token,
      },
    };
  }

  const ask = async (token: string, query: string, variables: Record<string, unknown>) => {
    const r = await t.gql(query, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };

  it('on a working group: coordination for administrators and its coordinators, the chair for its lead too, the discussion for members and coordinators, moderation for coordinators only', async () => {
    const Q = `query($id: ID!) { workingGroup(id: $id) { viewerCan { coordinate run discuss moderate } } }`;
    const of = async (who: keyof typeof w.tokens) => (await ask(w.tokens[who], Q, { id: w.group.id })).workingGroup.viewerCan;
    expect(await of('coordinator')).toEqual({ coordinate: true, run: true, discuss: true, moderate: true });
    expect(await of('admin')).toEqual({ coordinate: true, run: true, discuss: false, moderate: false });
    expect(await of('lead')).toEqual({ coordinate: false, run: true, discuss: true, moderate: false });
    expect(await of('member')).toEqual({ coordinate: false, run: false, discuss: true, moderate: false });
    expect(await of('otherCoordinator')).toEqual({ coordinate: false, run: false, discuss: false, moderate: false });
    expect(await of('outsider')).toEqual({ coordinate: false, run: false, discuss: false, moderate: false });
  });

  it('on a meeting, its vote and a time poll: who chairs, who takes part, who votes', async () => {
    const Q = `query($m: ID!, $v: ID!, $p: ID!) {
      meeting(id: $m) { viewerCan { coordinate run moderate attend discuss } }
      vote(id: $v) { viewerCan { run vote } }
      timePoll(id: $p) { viewerCan { coordinate answer } } }`;
    const vars = { m: w.meeting.id, v: w.vote.id, p: w.poll.id };
    expect(await ask(w.tokens.lead, Q, vars)).toEqual({
      meeting: { viewerCan: { coordinate: false, run: true, moderate: false, attend: true, discuss: true } },
      vote: { viewerCan: { run: true, vote: false } },
      timePoll: { viewerCan: { coordinate: false, answer: true } },
    });
    expect(await ask(w.tokens.member, Q, vars)).toEqual({
      meeting: { viewerCan: { coordinate: false, run: false, moderate: false, attend: true, discuss: true } },
      vote: { viewerCan: { run: false, vote: true } },
      timePoll: { viewerCan: { coordinate: false, answer: true } },
    });
    expect(await ask(w.tokens.admin, Q, vars)).toEqual({
      meeting: { viewerCan: { coordinate: true, run: true, moderate: false, attend: false, discuss: false } },
      vote: { viewerCan: { run: true, vote: false } },
      timePoll: { viewerCan: { coordinate: true, answer: false } },
    });
  });

  it("on a message: its author edits and deletes it, the group's coordinator moderates it, an administrator does not", async () => {
    const Q = `query($g: ID!) { messages(groupId: $g) { viewerCan { edit delete moderate } } }`;
    expect((await ask(w.tokens.member, Q, { g: w.group.id })).messages).toEqual([
      { viewerCan: { edit: true, delete: true, moderate: false } },
    ]);
    expect((await ask(w.tokens.lead, Q, { g: w.group.id })).messages).toEqual([
      { viewerCan: { edit: false, delete: false, moderate: false } },
    ]);
    expect((await ask(w.tokens.coordinator, Q, { g: w.group.id })).messages).toEqual([
      { viewerCan: { edit: false, delete: true, moderate: true } },
    ]);
  });

  it("on a field report: routing and acting for the group are its coordination's; its author only reads it", async () => {
    const Q = `query($id: ID!) { fieldReport(id: $id) { viewerCan { route coordinate } } }`;
    expect((await ask(w.tokens.coordinator, Q, { id: w.report.id })).fieldReport.viewerCan).toEqual({ route: true, coordinate: true });
    expect((await ask(w.tokens.otherCoordinator, Q, { id: w.report.id })).fieldReport.viewerCan).toEqual({
      route: false,
      coordinate: false,
    });
    expect((await ask(w.tokens.outsider, Q, { id: w.report.id })).fieldReport.viewerCan).toEqual({ route: false, coordinate: false });
  });

  it('costs the same number of statements for 2 groups as for 12 (the facts are read once per request)', async () => {
    const term = await aTerm(t.prisma, { startsOn: '2121-01-01', endsOn: '2122-12-31' });
    const viewer = await aSignedInDeputy(t);
    const coordinator = await aUser(t.prisma, { role: 'COORDINATOR' });
    const Q = `query($t: ID) { workingGroups(termId: $t) { viewerCan { coordinate run discuss moderate } } }`;
    const statements = async (groups: number) => {
      while ((await t.prisma.workingGroup.count({ where: { termId: term.id } })) < groups) {
        const g = await aGroup(t.prisma, term.id, { coordinatorIds: [coordinator.id] });
        await aMembership(t.prisma, g.id, viewer.deputy.id);
      }
      const before = t.prisma.queryCount;
      const data = await ask(viewer.token, Q, { t: term.id });
      expect(data.workingGroups).toHaveLength(groups);
      return t.prisma.queryCount - before;
    };
    const small = await statements(2);
    expect(await statements(12)).toBe(small);
  });
});
