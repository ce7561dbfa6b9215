import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { startTestApp, TestApp } from '../../test/test-app';
import { aLiveChannel, aLiveMeetingWithItem, aTerm, markPresent } from '../../test/factories';

const OPEN = `mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }`;
const CAST = `mutation($i: CastVoteInput!) { castVote(input: $i) { cast receipt } }`;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The data of one table in a plain pg_dump: its column names and rows, in the order the dump lists them. */
function copyBlock(dump: string, table: string): { columns: string[]; rows: string[][] } {
  const start = dump.match(new RegExp(`^COPY public\\."${table}" \\(([^)]*)\\) FROM stdin;\\n`, 'm'));
  if (!start) throw new Error(`no data for ${table} in the dump`);
  const from = start.index! + start[0].length;
  const body = dump.slice(from, dump.indexOf('\n\\.\n', from - 1) + 1);
  return {
    columns: start[1].split(', ').map((c) => c.replace(/"/g, '')),
    rows: body
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t')),
  };
}

/**
 * Issue 12: a secret ballot is never linkable to its voter, "not only after the close": a backup
 * taken while the vote is open must not join a ballot to a deputy or an account. Proved on a
 * pg_dump of the test database and with SQL over every table, mid-vote, after changes.
 */
describe('secret ballots in a backup taken while the vote is open', () => {
  let t: TestApp;
  let pg: Client;
  let termId: string;
  beforeAll(async () => {
    t = await startTestApp();
    pg = new Client({ connectionString: t.db!.url });
    await pg.connect();
    termId = (await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2027-12-31' })).id;
  });
  afterAll(async () => {
    await pg.end();
    await t.close();
  });

  /** A live sitting of n present members and an open, changeable secret vote; each member casts `pattern[i]` in turn. */
  async function openSecretVote(pattern: number[]) {
    const c = await aLiveChannel(t, { members: pattern.length, termId });
    const { meeting, item } = await aLiveMeetingWithItem(t.prisma, c.group.id);
    await markPresent(
      t.prisma,
      meeting.id,
      c.members.map((m) => m.deputy.id),
    );
    const vote = (
      await t.gql(
        OPEN,
        { i: { agendaItemId: item.id, question: 'Vote secret', secrecy: 'SECRET', allowChange: true } },
        c.coordinator.token,
      )
    ).data!.openVote as { id: string };
    const receipts: string[] = [];
    for (const [i, choice] of pattern.entries()) {
      const r = await t.gql(CAST, { i: { voteId: vote.id, choice } }, c.members[i].token);
      expect(r.errors).toBeUndefined();
      receipts.push(r.data!.castVote.receipt);
    }
    return { ...c, vote, receipts };
  }

  const dump = () =>
    execFileSync('pg_dump', ['--data-only', '--no-owner', '--dbname', t.db!.url], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });

  it('lists the open vote’s ballots in an order that depends on the tally alone, with nothing any other row holds', async () => {
    // Voters vote one after the other with a known pattern, and one changes their vote with the receipt.
    const pattern = [2, 0, 1, 0, 2, 1, 1, 0];
    const s = await openSecretVote(pattern);
    expect((await t.gql(CAST, { i: { voteId: s.vote.id, choice: 2, receipt: s.receipts[1] } }, s.members[1].token)).errors).toBeUndefined();
    const tally = [...pattern.slice(0, 1), 2, ...pattern.slice(2)];

    const text = dump();
    const ballots = copyBlock(text, 'VoteBallot');
    const participations = copyBlock(text, 'VoteParticipation');
    // A ballot has no column but its own id, the vote, the choice and the hash of a receipt.
    expect([...ballots.columns].sort()).toEqual(['choice', 'id', 'receiptHash', 'voteId']);
    const col = (name: string) => ballots.columns.indexOf(name);
    const mine = ballots.rows.filter((r) => r[col('voteId')] === s.vote.id);
    // The participations list who voted in the order they voted (castAt): what an attacker would join on.
    const pCol = (name: string) => participations.columns.indexOf(name);
    expect(participations.rows.filter((r) => r[pCol('voteId')] === s.vote.id).map((r) => r[pCol('deputyId')])).toEqual(
      s.members.map((m) => m.deputy.id),
    );
    // The ballots, in the dump's order: sorted by choice, so their order says the tally and nothing else.
    expect(mine.map((r) => Number(r[col('choice')]))).toEqual([...tally].sort());
    expect(mine.every((r) => UUID_V4.test(r[col('id')]) && /^[0-9a-f]{64}$/.test(r[col('receiptHash')]))).toBe(true);

    // No value of a ballot (its id, its receipt hash) appears anywhere else in the backup.
    const others = text.replace(/^COPY public\."VoteBallot"[\s\S]*?\n\\\.\n/m, '');
    for (const r of mine) {
      expect(others.includes(r[col('id')])).toBe(false);
      expect(others.includes(r[col('receiptHash')])).toBe(false);
    }
  });

  it('keeps no trace of who cast which ballot: two votes with the same tally and different voters give the same box', async () => {
    // Same tally (two for 0, one for 1, one for 2), voters in the same order, choices swapped around.
    const a = await openSecretVote([0, 1, 0, 2]);
    const b = await openSecretVote([2, 0, 1, 0]);
    const box = (voteId: string) => {
      const ballots = copyBlock(dump(), 'VoteBallot');
      const col = (name: string) => ballots.columns.indexOf(name);
      // Masked: the random values, which the next test shows are fresh at every write.
      return ballots.rows
        .filter((r) => r[col('voteId')] === voteId)
        .map((r) => ({ choice: r[col('choice')], receipt: r[col('receiptHash')] === '\\N' ? 'none' : 'hashed' }));
    };
    expect(box(a.vote.id)).toEqual(box(b.vote.id));
  });

  it('leaves no column, id, transaction or position by which SQL over every table joins a ballot to a deputy or an account', async () => {
    const s = await openSecretVote([1, 0, 2, 1, 0]);
    const before = (await pg.query<{ id: string }>(`SELECT id FROM "VoteBallot" WHERE "voteId" = $1`, [s.vote.id])).rows.map((r) => r.id);
    await t.gql(CAST, { i: { voteId: s.vote.id, choice: 2, receipt: s.receipts[4] } }, s.members[4].token);
    const ballots = (
      await pg.query<{ id: string; choice: number; receiptHash: string; xmin: string }>(
        `SELECT id, choice, "receiptHash", xmin::text FROM "VoteBallot" WHERE "voteId" = $1 ORDER BY ctid`,
        [s.vote.id],
      )
    ).rows;
    // Every write rewrites the box: new ids, one writing transaction for all ballots, sorted by choice.
    expect(ballots.some((b) => before.includes(b.id))).toBe(false);
    expect(new Set(ballots.map((b) => b.xmin)).size).toBe(1);
    expect(ballots.map((b) => b.choice)).toEqual([0, 1, 1, 2, 2]);

    // The only foreign key of VoteBallot is its vote.
    const keys = await pg.query<{ column_name: string; foreign_table: string }>(`
      SELECT kcu.column_name, ccu.table_name AS foreign_table FROM information_schema.table_constraints tc
      JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
      JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
      WHERE tc.table_name = 'VoteBallot' AND tc.constraint_type = 'FOREIGN KEY'`);
    expect(keys.rows).toEqual([{ column_name: 'voteId', foreign_table: 'Vote' }]);

    // Every text column of every table: none holds a ballot's id or receipt hash, except VoteBallot itself.
    const columns = (
      await pg.query<{ table_name: string; column_name: string }>(`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'ARRAY') AND table_name <> 'VoteBallot'`)
    ).rows;
    const values = ballots.flatMap((b) => [b.id, b.receiptHash]);
    for (const { table_name, column_name } of columns) {
      const found = await pg.query(`SELECT 1 FROM "${table_name}" WHERE "${column_name}"::text LIKE ANY ($1) LIMIT 1`, [
        values.map((v) => `%${v}%`),
      ]);
      expect({ table: table_name, column: column_name, found: found.rowCount }).toEqual({
        table: table_name,
        column: column_name,
        found: 0,
      });
    }
    // Transactions: the box's one writing transaction is the last cast's, which says nothing of any single ballot.
    const participations = (await pg.query<{ xmin: string }>(`SELECT xmin::text FROM "VoteParticipation" WHERE "voteId" = $1`, [s.vote.id]))
      .rows;
    expect(participations.filter((p) => p.xmin === ballots[0].xmin).length).toBeLessThanOrEqual(1);
  });
});
