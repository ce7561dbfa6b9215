import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../../test/test-database';

/**
 * Issue 13: every column that refers to another row declares its foreign key, or its doc comment in
 * schema.prisma says why it must not ("/// No foreign key: <reason>"). The columns come from the
 * catalog of a database built by the migrations, so the rule holds for what is deployed.
 */
const NO_KEY = /^\s*\/\/\/\s*No foreign key:\s*\S/;

/** Per model, per field: the doc comment lines just above it. */
function fieldComments(schema: string): Map<string, string[]> {
  const comments = new Map<string, string[]>();
  let model: string | null = null;
  let pending: string[] = [];
  for (const line of schema.split('\n')) {
    const start = /^model\s+(\w+)\s*\{/.exec(line);
    if (start) [model, pending] = [start[1], []];
    else if (/^\}/.test(line)) model = null;
    else if (model && /^\s*\/\/\//.test(line)) pending.push(line);
    else if (model) {
      const field = /^\s*(\w+)\s+\w/.exec(line);
      if (field) comments.set(`${model}.${field[1]}`, pending);
      pending = [];
    }
  }
  return comments;
}

interface Key {
  column: string;
  references: string;
  onDelete: string;
}

describe('foreign keys', () => {
  let db: TestDatabase;
  let client: Client;
  const comments = fieldComments(readFileSync(path.resolve(__dirname, '../../../../prisma/schema.prisma'), 'utf8'));

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  /** "Table.column" of every …Id / …Ids column of our tables that no foreign key covers. */
  async function referenceColumnsWithoutKey(): Promise<string[]> {
    const { rows } = await client.query<{ name: string }>(`
      SELECT c.relname || '.' || a.attname AS name
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attname ~ '[a-z]Ids?$' AND c.relname <> '_prisma_migrations'
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'f' AND a.attnum = ANY (k.conkey))
      ORDER BY 1`);
    return rows.map((r) => r.name);
  }

  async function keys(): Promise<Key[]> {
    const { rows } = await client.query<Key>(`
      SELECT c.relname || '.' || a.attname AS column, t.relname AS references,
             CASE k.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT' END AS "onDelete"
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_class t ON t.oid = k.confrelid
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.conkey[1]
      WHERE k.contype = 'f'`);
    return rows;
  }

  it('gives every column that refers to another row a foreign key, or a comment in schema.prisma saying why not', async () => {
    const unexplained = (await referenceColumnsWithoutKey()).filter((column) => !(comments.get(column) ?? []).some((l) => NO_KEY.test(l)));
    expect(unexplained).toEqual([]);
  });

  it('keeps no "No foreign key" comment on a column that has one (the reason would be stale)', async () => {
    const withoutKey = new Set(await referenceColumnsWithoutKey());
    const stale = [...comments]
      .filter(([column, lines]) => lines.some((l) => NO_KEY.test(l)) && !withoutKey.has(column))
      .map(([column]) => column);
    expect(stale).toEqual([]);
  });

  it('says what deleting the row referred to does to the columns that had no key before issue 13', async () => {
    const byColumn = new Map((await keys()).map((k) => [k.column, `${k.references} ON DELETE ${k.onDelete}`]));
    const expected: Record<string, string> = {
      // Removing the current item from the agenda leaves the meeting without one.
      'Meeting.currentAgendaItemId': 'AgendaItem ON DELETE SET NULL',
      // Records outlive the account of who made them.
      'Meeting.createdById': 'User ON DELETE SET NULL',
      'MinutesVersion.createdById': 'User ON DELETE SET NULL',
      'TimePoll.createdById': 'User ON DELETE SET NULL',
      'Decision.recordedById': 'User ON DELETE SET NULL',
      'Vote.openedById': 'User ON DELETE SET NULL',
      'Message.deletedById': 'User ON DELETE SET NULL',
      // A reply stays when what it answered is gone.
      'Message.replyToId': 'Message ON DELETE SET NULL',
      'Speech.requestId': 'SpeakerRequest ON DELETE SET NULL',
      // Who voted, and whose proxy, is the record of a vote: a deputy named there cannot be deleted.
      'VoteProxy.grantorId': 'Deputy ON DELETE RESTRICT',
      'VoteProxy.holderId': 'Deputy ON DELETE RESTRICT',
      'VoteParticipation.deputyId': 'Deputy ON DELETE RESTRICT',
      'VoteParticipation.castById': 'Deputy ON DELETE RESTRICT',
      // An availability means nothing without its deputy.
      'TimePollAnswer.deputyId': 'Deputy ON DELETE CASCADE',
    };
    expect(Object.fromEntries(Object.keys(expected).map((column) => [column, byColumn.get(column)]))).toEqual(expected);
  });
});
