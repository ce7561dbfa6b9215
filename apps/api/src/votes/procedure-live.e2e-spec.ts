import { startTestApp, TestApp } from '../../test/test-app';
import { aLiveChannel, aLiveMeetingWithItem, markPresent } from '../../test/factories';
import { ClientSocket, connectLive, nextEvent, ok } from '../../test/live-client';

const OPEN = `mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }`;
const CAST = `mutation($i: CastVoteInput!) { castVote(input: $i) { cast } }`;
const CLOSE = `mutation($i: CloseVoteInput!) { closeVote(input: $i) { vote { id } } }`;
const REQUEST = `mutation($i: RequestFloorInput!) { requestFloor(input: $i) { agendaItemId } }`;
const GIVE = `mutation($i: GiveFloorInput!) { giveFloor(input: $i) { current { startedAt } } }`;
const SPEAKERS = `query($id: ID!) { speakers(agendaItemId: $id) { serverTime current { deputyId startedAt endsAt } } }`;

describe('parliamentary procedure over the live channel', () => {
  let t: TestApp;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  async function joined(token: string, groupId: string) {
    const s = await connectLive(t.url, token);
    sockets.push(s);
    await ok(s, 'channel:join', { groupId, afterSeq: 0 });
    return s;
  }

  it('broadcasts vote:opened, vote:progress (how many, never how) and vote:closed to every participant during concurrent secret votes', async () => {
    const c = await aLiveChannel(t, { members: 6 });
    const { meeting, item } = await aLiveMeetingWithItem(t.prisma, c.group.id);
    await markPresent(
      t.prisma,
      meeting.id,
      c.members.map((m) => m.deputy.id),
    );
    const clients = await Promise.all(c.members.map((m) => joined(m.token, c.group.id)));
    const opened = clients.map((s) => nextEvent(s, 'vote:opened'));
    const id = (await t.gql(OPEN, { i: { agendaItemId: item.id, question: 'Secret ?', secrecy: 'SECRET' } }, c.coordinator.token)).data!
      .openVote.id;
    for (const e of await Promise.all(opened))
      expect(e).toMatchObject({
        voteId: id,
        meetingId: meeting.id,
        secrecy: 'SECRET',
        eligible: 6,
        options: ['For', 'Against', 'Abstain'],
      });

    const progress: Array<Record<string, unknown>> = [];
    clients[0].on('vote:progress', (p) => progress.push(p as never));
    const allIn = nextEvent(clients[0], 'vote:progress', (p) => p.cast === 6);
    const six = new Promise<void>((resolve) => {
      const check = () => (progress.length === 6 ? resolve() : setTimeout(check, 10));
      check();
    });
    await Promise.all(c.members.map((m, i) => t.gql(CAST, { i: { voteId: id, choice: i % 3 } }, m.token)));
    await allIn;
    await six;
    expect(progress.every((p) => Object.keys(p).sort().join() === 'cast,eligible,groupId,meetingId,voteId')).toBe(true);
    // One event per vote; counted after each commit, so the last says 6 and none says more.
    expect(progress).toHaveLength(6);
    expect(progress.every((p) => (p.cast as number) >= 1 && (p.cast as number) <= 6 && p.eligible === 6)).toBe(true);

    const closed = clients.map((s) => nextEvent(s, 'vote:closed'));
    await t.gql(CLOSE, { i: { voteId: id } }, c.coordinator.token);
    for (const e of await Promise.all(closed))
      expect(e).toMatchObject({ voteId: id, counts: [2, 2, 2], cast: 6, eligible: 6, quorumReached: true, decisionId: null });
  });

  it("broadcasts speakers:updated on floor requests, and a reconnecting client gets the same speech with the server's clock", async () => {
    const c = await aLiveChannel(t, { members: 3 });
    const { item } = await aLiveMeetingWithItem(t.prisma, c.group.id);
    const clients = await Promise.all(c.members.map((m) => joined(m.token, c.group.id)));
    for (const [i, m] of c.members.entries()) {
      const seen = clients.map((s) => nextEvent(s, 'speakers:updated', (st) => st.queue.length === i + 1));
      await t.gql(REQUEST, { i: { agendaItemId: item.id } }, m.token);
      for (const st of await Promise.all(seen))
        expect(st.queue.map((q) => q.deputyId)).toEqual(c.members.slice(0, i + 1).map((x) => x.deputy.id));
    }
    const given = clients.map((s) => nextEvent(s, 'speakers:updated', (st) => st.current !== null));
    const startedAt = (await t.gql(GIVE, { i: { agendaItemId: item.id } }, c.coordinator.token)).data!.giveFloor.current.startedAt;
    for (const st of await Promise.all(given)) {
      expect(st.current).toMatchObject({ deputyId: c.members[0].deputy.id, startedAt, allottedSeconds: 180 });
      expect(Date.parse(st.current!.endsAt) - Date.parse(startedAt)).toBe(180_000);
      expect(Date.parse(st.serverTime)).toBeGreaterThanOrEqual(Date.parse(startedAt));
    }
    // A phone drops and comes back a second later: same speech, and the server's clock to count down from.
    clients[2].close();
    await new Promise((r) => setTimeout(r, 1000));
    const back = await joined(c.members[2].token, c.group.id);
    const state = (await t.gql(SPEAKERS, { id: item.id }, c.members[2].token)).data!.speakers;
    expect(state.current.startedAt).toBe(startedAt);
    const remaining = Date.parse(state.current.endsAt) - Date.parse(state.serverTime);
    expect(remaining).toBeLessThanOrEqual(179_000);
    expect(remaining).toBeGreaterThan(170_000);
    const next = nextEvent(back, 'speakers:updated', (st) => st.queue.length === 1 && st.current?.deputyId === c.members[1].deputy.id);
    await t.gql(GIVE, { i: { agendaItemId: item.id } }, c.coordinator.token);
    await next;
  });
});
