import { startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aGroup, aLiveMeetingWithItem, aMembership, aTerm, signedIn, tokenFor } from '../../test/factories';
import { ClientSocket, connectLive, nextEvent, ok } from '../../test/live-client';

/**
 * Issue 12, "Who sees what": declared gender feeds parity and speaking-time statistics; it is not
 * shown beside a person's name to other deputies (list of speakers, profiles, statistics by person):
 * those fields answer null to anyone but the person and administrators, and the socket's state of
 * the list of speakers carries none. Aggregates stay.
 */
describe('declared gender beside a name', () => {
  let t: TestApp;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  async function sitting() {
    const term = await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2027-12-31' });
    const coordinator = await signedIn(t, 'COORDINATOR');
    const admin = await signedIn(t, 'ADMIN');
    const group = await aGroup(t.prisma, term.id, { coordinatorIds: [coordinator.user.id] });
    const people = [];
    for (const gender of ['WOMAN', 'MAN'] as const) {
      const deputy = await aDeputy(t.prisma, { gender, withAccount: true });
      await aMembership(t.prisma, group.id, deputy.id);
      people.push({ deputy, token: await tokenFor(t, deputy.user!) });
    }
    const { meeting, item } = await aLiveMeetingWithItem(t.prisma, group.id);
    await t.prisma.meetingProcedure.create({ data: { meetingId: meeting.id, alternating: true } });
    return { term, coordinator, admin, group, woman: people[0], man: people[1], meeting, item };
  }

  const QUEUE = `query($id: ID!) { speakers(agendaItemId: $id) { queue { deputyId fullName gender } } }`;
  const PROFILE = `query($id: ID!) { deputy(id: $id) { fullName gender } deputies { id gender } }`;
  const STATS = `query($i: SpeakingStatsInput!) { speakingStats(input: $i) { byPerson { deputyId gender } byGender { gender seconds } } }`;

  it('gives another deputy and a coordinator the speakers’ names without their gender; the person and administrators read it', async () => {
    const s = await sitting();
    for (const p of [s.woman, s.man]) {
      expect(
        (
          await t.gql(
            `mutation($i: RequestFloorInput!) { requestFloor(input: $i) { agendaItemId } }`,
            { i: { agendaItemId: s.item.id } },
            p.token,
          )
        ).errors,
      ).toBeUndefined();
    }
    const genders = async (token: string) => {
      const r = await t.gql(QUEUE, { id: s.item.id }, token);
      expect(r.errors).toBeUndefined();
      return Object.fromEntries(r.data!.speakers.queue.map((q: { deputyId: string; gender: string | null }) => [q.deputyId, q.gender]));
    };
    expect(await genders(s.man.token)).toEqual({ [s.woman.deputy.id]: null, [s.man.deputy.id]: 'MAN' });
    expect(await genders(s.coordinator.token)).toEqual({ [s.woman.deputy.id]: null, [s.man.deputy.id]: null });
    expect(await genders(s.admin.token)).toEqual({ [s.woman.deputy.id]: 'WOMAN', [s.man.deputy.id]: 'MAN' });
  });

  it('broadcasts the list of speakers to the channel without any gender', async () => {
    const s = await sitting();
    const socket = await connectLive(t.url, s.woman.token);
    sockets.push(socket);
    await ok(socket, 'channel:join', { groupId: s.group.id, afterSeq: 0 });
    const updated = nextEvent(socket, 'speakers:updated');
    await t.gql(
      `mutation($i: RequestFloorInput!) { requestFloor(input: $i) { agendaItemId } }`,
      { i: { agendaItemId: s.item.id } },
      s.man.token,
    );
    const state = (await updated) as unknown as { queue: Array<Record<string, unknown>> };
    expect(state.queue).toHaveLength(1);
    expect(Object.keys(state.queue[0]).sort()).toEqual(['deputyId', 'firstTime', 'fullName', 'pointOfOrder', 'requestId', 'requestedAt']);
    expect(JSON.stringify(state)).not.toMatch(/gender|WOMAN|\bMAN\b/);
  });

  it('shows a profile’s gender to the person and administrators only', async () => {
    const s = await sitting();
    const read = async (token: string) => {
      const r = await t.gql(PROFILE, { id: s.woman.deputy.id }, token);
      expect(r.errors).toBeUndefined();
      return { one: r.data!.deputy.gender, inList: r.data!.deputies.find((d: { id: string }) => d.id === s.woman.deputy.id).gender };
    };
    expect(await read(s.man.token)).toEqual({ one: null, inList: null });
    expect(await read(s.coordinator.token)).toEqual({ one: null, inList: null });
    expect(await read(s.woman.token)).toEqual({ one: 'WOMAN', inList: 'WOMAN' });
    expect(await read(s.admin.token)).toEqual({ one: 'WOMAN', inList: 'WOMAN' });
  });

  it('keeps speaking time by gender for everyone who reads the statistics, without a gender beside each person', async () => {
    const s = await sitting();
    const started = new Date(Date.now() - 120_000);
    for (const [p, seconds] of [
      [s.woman, 90],
      [s.man, 30],
    ] as const) {
      await t.prisma.speech.create({
        data: {
          meetingId: s.meeting.id,
          agendaItemId: s.item.id,
          deputyId: p.deputy.id,
          startedAt: started,
          endedAt: new Date(started.getTime() + seconds * 1000),
          durationSeconds: seconds,
          allottedSeconds: 180,
        },
      });
    }
    const stats = async (token: string) => {
      const r = await t.gql(STATS, { i: { meetingId: s.meeting.id } }, token);
      expect(r.errors).toBeUndefined();
      return r.data!.speakingStats;
    };
    const seen = await stats(s.man.token);
    expect(seen.byPerson).toEqual(
      expect.arrayContaining([
        { deputyId: s.woman.deputy.id, gender: null },
        { deputyId: s.man.deputy.id, gender: 'MAN' },
      ]),
    );
    expect(seen.byGender).toEqual(
      expect.arrayContaining([
        { gender: 'WOMAN', seconds: 90 },
        { gender: 'MAN', seconds: 30 },
      ]),
    );
    expect((await stats(s.admin.token)).byPerson).toEqual(expect.arrayContaining([{ deputyId: s.woman.deputy.id, gender: 'WOMAN' }]));
  });
});
