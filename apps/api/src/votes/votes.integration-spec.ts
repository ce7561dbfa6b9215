import { Client } from 'pg';
import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import {
  aLiveChannel,
  aLiveMeetingWithItem,
  aMembership,
  aRoleMatrix,
  aSignedInDeputy,
  aTerm,
  markPresent,
  RoleName,
  signedIn,
} from '../../test/factories';

const OPEN = `mutation($i: OpenVoteInput!) { openVote(input: $i) { id status options secrecy eligible cast } }`;
const CAST = `mutation($i: CastVoteInput!) { castVote(input: $i) { cast eligible firstCast receipt } }`;
const CLOSE = `mutation($i: CloseVoteInput!) { closeVote(input: $i) { vote { id status decision { id text votesFor votesAgainst votesAbstain } namedVotes { option deputy { id } castBy { id } } }
  results { cast eligible turnout counts { option count } quorum { members present required reached } } } }`;
const DECIDE = `mutation($i: RecordVoteDecisionInput!) { recordVoteDecision(input: $i) { id decision { id text } } }`;
const VOTE = `query($id: ID!) { vote(id: $id) { id cast eligible hasVoted canVote results { cast } namedVotes { option } voters { id } } }`;
const ROLES: RoleName[] = ['admin', 'coordinator', 'otherCoordinator', 'member', 'nonMember'];
const CHAIR = { admin: 'OK', coordinator: 'OK', otherCoordinator: 'FORBIDDEN', member: 'FORBIDDEN', nonMember: 'FORBIDDEN' };

describe('votes', () => {
  let t: TestApp;
  let admin: string;
  let termId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
    termId = (await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2027-12-31' })).id;
  });
  afterAll(() => t.close());

  /** A live channel with n members, all present, and a live meeting with one item. */
  async function sitting(n: number, present = n) {
    const channel = await aLiveChannel(t, { members: n, termId });
    const { meeting, item } = await aLiveMeetingWithItem(t.prisma, channel.group.id);
    await markPresent(
      t.prisma,
      meeting.id,
      channel.members.slice(0, present).map((m) => m.deputy.id),
    );
    return { ...channel, meeting, item };
  }
  const open = async (token: string, i: Record<string, unknown>) => {
    const r = await t.gql(OPEN, { i }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.openVote as { id: string; eligible: number };
  };

  it('runs a named vote: present members vote, the result has counts, turnout and quorum, and the decision is recorded in one step', async () => {
    const s = await sitting(5, 4);
    const vote = await open(s.coordinator.token, { agendaItemId: s.item.id, question: 'Adopter le rapport ?' });
    expect(vote).toMatchObject({ eligible: 4 });
    const choices = [0, 0, 1, 2];
    for (let i = 0; i < 4; i++)
      expect((await t.gql(CAST, { i: { voteId: vote.id, choice: choices[i] } }, s.members[i].token)).data!.castVote).toMatchObject({
        cast: i + 1,
        eligible: 4,
        firstCast: true,
        receipt: null,
      });
    // The absent member may not vote.
    expect(codeOf(await t.gql(CAST, { i: { voteId: vote.id, choice: 0 } }, s.members[4].token))).toBe('FORBIDDEN');
    const mine = await t.gql(VOTE, { id: vote.id }, s.members[0].token);
    expect(mine.data!.vote).toMatchObject({ cast: 4, eligible: 4, hasVoted: true, canVote: true, results: null, namedVotes: null });
    const closed = await t.gql(CLOSE, { i: { voteId: vote.id, decisionText: 'Le rapport est adopté.' } }, s.coordinator.token);
    expect(closed.data!.closeVote.results).toEqual({
      cast: 4,
      eligible: 4,
      turnout: 1,
      counts: [
        { option: 'For', count: 2 },
        { option: 'Against', count: 1 },
        { option: 'Abstain', count: 1 },
      ],
      quorum: { members: 5, present: 4, required: 3, reached: true },
    });
    expect(closed.data!.closeVote.vote.decision).toMatchObject({
      text: 'Le rapport est adopté.',
      votesFor: 2,
      votesAgainst: 1,
      votesAbstain: 1,
    });
    expect(closed.data!.closeVote.vote.namedVotes).toHaveLength(4);
    expect(await t.prisma.decision.count({ where: { meetingId: s.meeting.id } })).toBe(1);
    expect(await t.prisma.auditLog.count({ where: { entityId: s.meeting.id, action: { in: ['vote.open', 'vote.close'] } } })).toBe(2);
    expect(codeOf(await t.gql(CAST, { i: { voteId: vote.id, choice: 0 } }, s.members[0].token))).toBe('CONFLICT');
    expect(codeOf(await t.gql(CLOSE, { i: { voteId: vote.id } }, s.coordinator.token))).toBe('CONFLICT');
  });

  it('records quorum not reached, custom options, and a decision afterwards with recordVoteDecision', async () => {
    const s = await sitting(6, 2);
    const vote = await open(s.coordinator.token, {
      agendaItemId: s.item.id,
      question: 'Quelle date ?',
      options: ['Mai', 'Juin'],
      eligibility: 'MEMBERS',
    });
    expect(vote.eligible).toBe(6);
    await t.gql(CAST, { i: { voteId: vote.id, choice: 1 } }, s.members[5].token);
    const closed = (await t.gql(CLOSE, { i: { voteId: vote.id } }, s.coordinator.token)).data!.closeVote;
    expect(closed.results).toMatchObject({
      cast: 1,
      eligible: 6,
      counts: [
        { option: 'Mai', count: 0 },
        { option: 'Juin', count: 1 },
      ],
      quorum: { members: 6, present: 2, required: 4, reached: false },
    });
    expect(closed.results.turnout).toBeCloseTo(1 / 6);
    const decided = await t.gql(DECIDE, { i: { voteId: vote.id, text: 'Juin' } }, s.coordinator.token);
    expect(decided.data!.recordVoteDecision.decision.text).toBe('Juin');
    expect(codeOf(await t.gql(DECIDE, { i: { voteId: vote.id, text: 'Encore' } }, s.coordinator.token))).toBe('CONFLICT');
  });

  // Many accounts and 90 concurrent requests: given room for a loaded CI machine (it took 60+ s there).
  it('enforces one vote per voter in the database under many simultaneous votes', async () => {
    const s = await sitting(30);
    const vote = await open(s.coordinator.token, { agendaItemId: s.item.id, question: 'Simultané ?' });
    // Every member sends three votes at once, all 90 concurrently.
    const attempts = s.members.flatMap((m, i) =>
      [0, 1, 2].map((k) => t.gql(CAST, { i: { voteId: vote.id, choice: (i + k) % 3 } }, m.token)),
    );
    const codes = (await Promise.all(attempts)).map(codeOf);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(30);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'CONFLICT')).toBe(true);
    expect(await t.prisma.voteParticipation.count({ where: { voteId: vote.id } })).toBe(30);
    const closed = (await t.gql(CLOSE, { i: { voteId: vote.id } }, s.coordinator.token)).data!.closeVote;
    expect(closed.results.cast).toBe(30);
  }, 180_000);

  it('enforces it for secret votes too (ballots = participations)', async () => {
    const s = await sitting(20);
    const vote = await open(s.coordinator.token, { agendaItemId: s.item.id, question: 'Secret simultané ?', secrecy: 'SECRET' });
    const attempts = s.members.flatMap((m) => [0, 1, 2, 1].map((c) => t.gql(CAST, { i: { voteId: vote.id, choice: c } }, m.token)));
    const codes = (await Promise.all(attempts)).map(codeOf);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(20);
    expect(await t.prisma.voteParticipation.count({ where: { voteId: vote.id } })).toBe(20);
    expect(await t.prisma.voteBallot.count({ where: { voteId: vote.id } })).toBe(20);
  }, 180_000);

  it('lets a vote be changed until the close when allowed (named; secret with the receipt)', async () => {
    const s = await sitting(3);
    const named = await open(s.coordinator.token, { agendaItemId: s.item.id, question: 'Nommé ?', allowChange: true });
    await t.gql(CAST, { i: { voteId: named.id, choice: 0 } }, s.members[0].token);
    expect((await t.gql(CAST, { i: { voteId: named.id, choice: 1 } }, s.members[0].token)).data!.castVote).toMatchObject({
      cast: 1,
      firstCast: false,
    });
    const r = (await t.gql(CLOSE, { i: { voteId: named.id } }, s.coordinator.token)).data!.closeVote;
    expect(r.results.counts.map((c: { count: number }) => c.count)).toEqual([0, 1, 0]);

    const secret = await open(s.coordinator.token, { agendaItemId: s.item.id, question: 'Secret ?', secrecy: 'SECRET', allowChange: true });
    const first = (await t.gql(CAST, { i: { voteId: secret.id, choice: 0 } }, s.members[1].token)).data!.castVote;
    expect(first.receipt).toEqual(expect.any(String));
    expect(codeOf(await t.gql(CAST, { i: { voteId: secret.id, choice: 2 } }, s.members[1].token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(CAST, { i: { voteId: secret.id, choice: 2, receipt: 'not-the-receipt' } }, s.members[1].token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await t.gql(CAST, { i: { voteId: secret.id, choice: 2, receipt: first.receipt } }, s.members[1].token))).toBe('OK');
    const closed = (await t.gql(CLOSE, { i: { voteId: secret.id } }, s.coordinator.token)).data!.closeVote;
    expect(closed.results.counts.map((c: { count: number }) => c.count)).toEqual([0, 0, 1]);
    expect(await t.prisma.voteBallot.count({ where: { voteId: secret.id, receiptHash: { not: null } } })).toBe(0);

    const fixed = await open(s.coordinator.token, { agendaItemId: s.item.id, question: 'Sans changement ?' });
    await t.gql(CAST, { i: { voteId: fixed.id, choice: 0 } }, s.members[2].token);
    expect(codeOf(await t.gql(CAST, { i: { voteId: fixed.id, choice: 1 } }, s.members[2].token))).toBe('CONFLICT');
  });

  it('counts proxies declared at the opening: the holder votes for the grantor, at most one proxy each', async () => {
    const s = await sitting(4, 3);
    const [a, b, c, absent] = s.members;
    // A proxy holder carrying two proxies, a holder who is absent, and a self-proxy are refused, and nothing is written.
    const bad = [
      [
        { grantorId: absent.deputy.id, holderId: a.deputy.id },
        { grantorId: c.deputy.id, holderId: a.deputy.id },
      ],
      [{ grantorId: a.deputy.id, holderId: absent.deputy.id }],
      [{ grantorId: a.deputy.id, holderId: a.deputy.id }],
    ];
    for (const proxies of bad)
      expect(codeOf(await t.gql(OPEN, { i: { agendaItemId: s.item.id, question: 'Q', proxies } }, admin))).toBe('BAD_USER_INPUT');
    expect(await t.prisma.vote.count({ where: { meetingId: s.meeting.id } })).toBe(0);
    const vote = await open(admin, {
      agendaItemId: s.item.id,
      question: 'Avec procuration',
      proxies: [{ grantorId: absent.deputy.id, holderId: a.deputy.id }],
    });
    expect(vote.eligible).toBe(4);
    expect(codeOf(await t.gql(CAST, { i: { voteId: vote.id, choice: 0, onBehalfOf: absent.deputy.id } }, b.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CAST, { i: { voteId: vote.id, choice: 0, onBehalfOf: absent.deputy.id } }, a.token))).toBe('OK');
    expect(codeOf(await t.gql(CAST, { i: { voteId: vote.id, choice: 1 } }, a.token))).toBe('OK');
    expect(codeOf(await t.gql(CAST, { i: { voteId: vote.id, choice: 1 } }, absent.token))).toBe('CONFLICT');
    const closed = (await t.gql(CLOSE, { i: { voteId: vote.id } }, admin)).data!.closeVote;
    expect(closed.results).toMatchObject({ cast: 2, eligible: 4 });
    const byDeputy = Object.fromEntries(
      closed.vote.namedVotes.map((v: { deputy: { id: string }; castBy: { id: string }; option: string }) => [
        v.deputy.id,
        [v.castBy.id, v.option],
      ]),
    );
    expect(byDeputy[absent.deputy.id]).toEqual([a.deputy.id, 'For']);
  });

  it('refuses bad input with BAD_USER_INPUT and writes nothing; a meeting that is not live is a CONFLICT', async () => {
    const s = await sitting(2);
    const cases = [
      { agendaItemId: s.item.id, question: '' },
      { agendaItemId: s.item.id, question: 'Q', options: ['Seul'] },
      { agendaItemId: s.item.id, question: 'Q', options: ['Oui', 'oui'] },
      { agendaItemId: s.item.id, question: 'Q', options: Array.from({ length: 11 }, (_, i) => `O${i}`) },
      { agendaItemId: s.item.id, question: 'x'.repeat(1001) },
      { agendaItemId: s.item.id, question: 'Q', secrecy: 'PUBLIC' },
    ];
    for (const i of cases) expect(codeOf(await t.gql(OPEN, { i }, admin))).toBe('BAD_USER_INPUT');
    expect(await t.prisma.vote.count({ where: { meetingId: s.meeting.id } })).toBe(0);
    const vote = await open(admin, { agendaItemId: s.item.id, question: 'Q' });
    expect(codeOf(await t.gql(OPEN, { i: { agendaItemId: s.item.id, question: 'Deux à la fois' } }, admin))).toBe('CONFLICT');
    for (const choice of [3, -1, 10])
      expect(codeOf(await t.gql(CAST, { i: { voteId: vote.id, choice } }, s.members[0].token))).toBe('BAD_USER_INPUT');
    expect(await t.prisma.voteParticipation.count({ where: { voteId: vote.id } })).toBe(0);
    expect(codeOf(await t.gql(CLOSE, { i: { voteId: vote.id, decisionText: '' } }, admin))).toBe('BAD_USER_INPUT');
    expect((await t.prisma.vote.findUniqueOrThrow({ where: { id: vote.id } })).status).toBe('OPEN');
    const scheduled = await aLiveMeetingWithItem(t.prisma, s.group.id, { status: 'SCHEDULED' });
    expect(codeOf(await t.gql(OPEN, { i: { agendaItemId: scheduled.item.id, question: 'Trop tôt' } }, admin))).toBe('CONFLICT');
  });

  describe('role matrix', () => {
    async function matrixSitting() {
      const m = await aRoleMatrix(t, termId);
      const { meeting, item } = await aLiveMeetingWithItem(t.prisma, m.group.id);
      await markPresent(t.prisma, meeting.id, [m.member.deputy.id]);
      return { m, meeting, item };
    }

    it("openVote and closeVote are for the chair: administrators, the group's coordinators and its lead", async () => {
      const { m, item } = await matrixSitting();
      const opened: Record<string, unknown> = {};
      const closed: Record<string, unknown> = {};
      for (const role of ROLES) {
        const r = await t.gql(OPEN, { i: { agendaItemId: item.id, question: `By ${role}` } }, m.tokens[role]);
        opened[role] = codeOf(r);
        if (r.data) closed[role] = codeOf(await t.gql(CLOSE, { i: { voteId: r.data.openVote.id } }, m.tokens[role]));
      }
      expect(opened).toEqual(CHAIR);
      expect(closed).toEqual({ admin: 'OK', coordinator: 'OK' });
      const vote = await open(admin, { agendaItemId: item.id, question: 'Fermer ?' });
      const codes: Record<string, unknown> = {};
      for (const role of ['otherCoordinator', 'member', 'nonMember'] as const)
        codes[role] = codeOf(await t.gql(CLOSE, { i: { voteId: vote.id } }, m.tokens[role]));
      expect(codes).toEqual({ otherCoordinator: 'FORBIDDEN', member: 'FORBIDDEN', nonMember: 'FORBIDDEN' });
      const lead = await aSignedInDeputy(t);
      await aMembership(t.prisma, m.group.id, lead.deputy.id, 'LEAD');
      expect(codeOf(await t.gql(CLOSE, { i: { voteId: vote.id } }, lead.token))).toBe('OK');
      expect(codeOf(await t.gql(OPEN, { i: { agendaItemId: item.id, question: 'Par la présidente' } }, lead.token))).toBe('OK');
    });

    it('castVote is for eligible deputies only; the vote is readable by members and coordination only', async () => {
      const { m, item } = await matrixSitting();
      const vote = await open(admin, { agendaItemId: item.id, question: 'Qui vote ?' });
      const codes: Record<string, unknown> = {};
      for (const role of ROLES) codes[role] = codeOf(await t.gql(CAST, { i: { voteId: vote.id, choice: 0 } }, m.tokens[role]));
      expect(codes).toEqual({
        admin: 'FORBIDDEN',
        coordinator: 'FORBIDDEN',
        otherCoordinator: 'FORBIDDEN',
        member: 'OK',
        nonMember: 'FORBIDDEN',
      });
      expect(codeOf(await t.gql(VOTE, { id: vote.id }, m.tokens.nonMember))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(DECIDE, { i: { voteId: vote.id, text: 'x' } }, m.tokens.member))).toBe('FORBIDDEN');
    });

    it('takes no more votes once the meeting has ended (the chair can still close the vote)', async () => {
      const s = await sitting(2);
      const vote = await open(s.coordinator.token, { agendaItemId: s.item.id, question: 'Après la séance ?' });
      expect(codeOf(await t.gql(CAST, { i: { voteId: vote.id, choice: 0 } }, s.members[0].token))).toBe('OK');
      expect(
        codeOf(
          await t.gql(
            `mutation($i: MeetingIdInput!) { endMeeting(input: $i) { id } }`,
            { i: { meetingId: s.meeting.id } },
            s.coordinator.token,
          ),
        ),
      ).toBe('OK');
      expect(codeOf(await t.gql(CAST, { i: { voteId: vote.id, choice: 1 } }, s.members[1].token))).toBe('CONFLICT');
      expect((await t.gql(CLOSE, { i: { voteId: vote.id } }, s.coordinator.token)).data!.closeVote.results).toMatchObject({ cast: 1 });
    });
  });

  describe('secret ballots cannot be linked to voters', () => {
    it('keeps who voted and how in two tables that share nothing but the vote, in an order that says nothing of who voted when', async () => {
      const s = await sitting(12);
      const vote = await open(s.coordinator.token, { agendaItemId: s.item.id, question: 'Vote secret', secrecy: 'SECRET' });
      // Voters vote one after the other with a known pattern, so any order kept by the ballots would show.
      const pattern = [2, 0, 1, 0, 2, 1, 1, 0, 2, 2, 0, 1];
      for (let i = 0; i < 12; i++) await t.gql(CAST, { i: { voteId: vote.id, choice: pattern[i] } }, s.members[i].token);
      await t.gql(CLOSE, { i: { voteId: vote.id } }, s.coordinator.token);

      const pg = new Client({ connectionString: t.db!.url });
      await pg.connect();
      try {
        // 1. The columns: a ballot has no voter, no timestamp, no sequence; the only shared column is voteId.
        const columns = async (table: string) =>
          (
            await pg.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = $1`, [table])
          ).rows
            .map((r) => r.column_name)
            .sort();
        const ballotColumns = await columns('VoteBallot');
        expect(ballotColumns).toEqual(['choice', 'id', 'receiptHash', 'voteId']);
        const participationColumns = await columns('VoteParticipation');
        expect(ballotColumns.filter((c) => participationColumns.includes(c))).toEqual(['voteId']);
        const defaults = await pg.query(
          `SELECT column_name FROM information_schema.columns WHERE table_name = 'VoteBallot' AND column_default IS NOT NULL`,
        );
        expect(defaults.rows).toEqual([]);

        // 2. The participation order (who voted when) is the test's known order.
        const participations = (
          await pg.query<{ deputyId: string; choice: number | null; xmin: string }>(
            `SELECT "deputyId", "namedChoice" AS choice, xmin::text FROM "VoteParticipation" WHERE "voteId" = $1 ORDER BY ctid`,
            [vote.id],
          )
        ).rows;
        expect(participations.map((p) => p.deputyId)).toEqual(s.members.map((m) => m.deputy.id));
        expect(participations.every((p) => p.choice === null)).toBe(true);

        // 3. The ballots: nothing in them follows that order. Their physical order (ctid) is sorted by
        //    choice (a function of the tally alone), every one was written by the close's transaction
        //    (one xmin, none shared with a participation), no receipt hash is left, and their ids are
        //    fresh random UUIDs (v4), which carry no order.
        const ballots = (
          await pg.query<{ id: string; choice: number; receiptHash: string | null; xmin: string }>(
            `SELECT id, choice, "receiptHash", xmin::text FROM "VoteBallot" WHERE "voteId" = $1 ORDER BY ctid`,
            [vote.id],
          )
        ).rows;
        expect(ballots.map((b) => b.choice)).toEqual([...pattern].sort());
        expect(ballots.map((b) => b.choice)).not.toEqual(pattern);
        expect(new Set(ballots.map((b) => b.xmin)).size).toBe(1);
        expect(participations.some((p) => p.xmin === ballots[0].xmin)).toBe(false);
        expect(
          ballots.every(
            (b) => b.receiptHash === null && /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(b.id),
          ),
        ).toBe(true);
        // Sorting by the only other column (id) gives a permutation of the sorted tally; the ids were
        // drawn after all votes were in, so that permutation is independent of the voting order.
        const byId = (
          await pg.query<{ choice: number }>(`SELECT choice FROM "VoteBallot" WHERE "voteId" = $1 ORDER BY id`, [vote.id])
        ).rows.map((r) => r.choice);
        expect([...byId].sort()).toEqual([...pattern].sort());

        // 4. No join is possible: joining on every pair of same-typed columns other than voteId matches nothing.
        const join = await pg.query(
          `SELECT count(*)::int AS n FROM "VoteBallot" b JOIN "VoteParticipation" p ON p."voteId" = b."voteId"
           WHERE b.id IN (p."deputyId", p."castById") OR b."receiptHash" IN (p."deputyId", p."castById") AND b."voteId" = $1`,
          [vote.id],
        );
        expect(join.rows[0].n).toBe(0);
      } finally {
        await pg.end();
      }
      // The API never says how a secret vote went per person.
      const read = await t.gql(VOTE, { id: vote.id }, s.coordinator.token);
      expect(read.data!.vote.namedVotes).toBeNull();
      expect(read.data!.vote.voters).toHaveLength(12);
    });
  });
});
