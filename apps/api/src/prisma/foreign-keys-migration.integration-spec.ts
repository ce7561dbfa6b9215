import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/**
 * The foreign-keys migration runs on databases that already hold data, where nothing enforced the
 * references until then: references to rows that are gone (orphans) must not stop it.
 */
const migrations = path.resolve(__dirname, '../../../../prisma/migrations');
const FOREIGN_KEYS = '20261203071500_foreign_keys';
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

const sqlOf = (name: string) => readFileSync(path.join(migrations, name, 'migration.sql'), 'utf8');

describe('migration ' + FOREIGN_KEYS, () => {
  const name = `tribune_fk_${process.pid}_${Date.now()}`;
  let db: Client;
  const admin = async (sql: string) => {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    db = new Client({ connectionString: url.toString() });
    await db.connect();
    // The database as it was just before: every earlier migration, in order.
    const earlier = readdirSync(migrations)
      .filter((m) => /^\d{14}_/.test(m) && m < FOREIGN_KEYS)
      .sort();
    for (const m of earlier) await db.query(sqlOf(m));
  });
  afterAll(async () => {
    await db?.end();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('applies over references to rows that are gone: optional ones become NULL, rows of a missing deputy are removed, the rest stays', async () => {
    await db.query(`
      INSERT INTO "User" ("id", "email", "displayName", "passwordHash", "role", "calendarToken", "updatedAt") VALUES ('u1', 'a@x.org', 'A', 'h', 'COORDINATOR', 't1', now());
      INSERT INTO "Deputy" ("id", "fullName", "gender", "updatedAt") VALUES ('d1', 'D', 'WOMAN', now()), ('d2', 'E', 'MAN', now());
      INSERT INTO "Term" ("id", "name", "startsOn", "endsOn", "updatedAt") VALUES ('t', 'T', '2026-01-01', '2027-01-01', now());
      INSERT INTO "WorkingGroup" ("id", "termId", "name", "theme", "updatedAt") VALUES ('g', 't', 'G', 'th', now());
      INSERT INTO "Meeting" ("id", "groupId", "title", "startsAt", "endsAt", "updatedAt", "currentAgendaItemId", "createdById")
        VALUES ('m-kept', 'g', 'M', now(), now(), now(), 'a1', 'u1'), ('m-orphan', 'g', 'M', now(), now(), now(), 'gone', 'gone');
      INSERT INTO "AgendaItem" ("id", "meetingId", "position", "title") VALUES ('a1', 'm-kept', 1, 'A');
      INSERT INTO "Decision" ("id", "meetingId", "text", "recordedById") VALUES ('dec', 'm-kept', 'x', 'gone');
      INSERT INTO "MinutesVersion" ("id", "meetingId", "version", "body", "createdById") VALUES ('mv', 'm-kept', 1, 'b', 'gone');
      INSERT INTO "Vote" ("id", "meetingId", "agendaItemId", "question", "secrecy", "openedById") VALUES ('v', 'm-kept', 'a1', 'Q', 'NAMED', 'gone');
      INSERT INTO "VoteProxy" ("voteId", "grantorId", "holderId") VALUES ('v', 'd1', 'd2'), ('v', 'gone', 'd1');
      INSERT INTO "VoteParticipation" ("voteId", "deputyId", "castById") VALUES ('v', 'd1', 'd1'), ('v', 'd2', 'gone'), ('v', 'gone', 'd1');
      INSERT INTO "SpeakerRequest" ("id", "meetingId", "agendaItemId", "deputyId") VALUES ('r1', 'm-kept', 'a1', 'd1');
      INSERT INTO "Speech" ("id", "meetingId", "agendaItemId", "deputyId", "startedAt", "allottedSeconds", "requestId")
        VALUES ('s-kept', 'm-kept', 'a1', 'd1', now(), 60, 'r1'), ('s-orphan', 'm-kept', 'a1', 'd1', now(), 60, 'gone');
      INSERT INTO "Message" ("id", "groupId", "authorId", "seq", "clientId", "body", "replyToId", "deletedById")
        VALUES ('msg1', 'g', 'u1', 1, 'c1', 'hello', NULL, 'u1'), ('msg2', 'g', 'u1', 2, 'c2', 'reply', 'msg1', 'gone'), ('msg3', 'g', 'u1', 3, 'c3', 'reply', 'gone', NULL);
      INSERT INTO "TimePoll" ("id", "groupId", "title", "createdById") VALUES ('p', 'g', 'P', 'gone');
      INSERT INTO "TimePollSlot" ("id", "pollId", "startsAt", "endsAt") VALUES ('sl', 'p', now(), now());
      INSERT INTO "TimePollAnswer" ("slotId", "deputyId", "answer") VALUES ('sl', 'd1', 'YES'), ('sl', 'gone', 'NO');
    `);

    await db.query(sqlOf(FOREIGN_KEYS));

    const rows = async (sql: string) => (await db.query(sql)).rows as unknown[];
    expect(await rows(`SELECT "id", "currentAgendaItemId", "createdById" FROM "Meeting" ORDER BY "id"`)).toEqual([
      { id: 'm-kept', currentAgendaItemId: 'a1', createdById: 'u1' },
      { id: 'm-orphan', currentAgendaItemId: null, createdById: null },
    ]);
    expect(await rows(`SELECT "recordedById" FROM "Decision"`)).toEqual([{ recordedById: null }]);
    expect(await rows(`SELECT "createdById" FROM "MinutesVersion"`)).toEqual([{ createdById: null }]);
    expect(await rows(`SELECT "openedById" FROM "Vote"`)).toEqual([{ openedById: null }]);
    expect(await rows(`SELECT "grantorId", "holderId" FROM "VoteProxy"`)).toEqual([{ grantorId: 'd1', holderId: 'd2' }]);
    expect(await rows(`SELECT "deputyId", "castById" FROM "VoteParticipation"`)).toEqual([{ deputyId: 'd1', castById: 'd1' }]);
    expect(await rows(`SELECT "id", "requestId" FROM "Speech" ORDER BY "id"`)).toEqual([
      { id: 's-kept', requestId: 'r1' },
      { id: 's-orphan', requestId: null },
    ]);
    expect(await rows(`SELECT "id", "replyToId", "deletedById" FROM "Message" ORDER BY "seq"`)).toEqual([
      { id: 'msg1', replyToId: null, deletedById: 'u1' },
      { id: 'msg2', replyToId: 'msg1', deletedById: null },
      { id: 'msg3', replyToId: null, deletedById: null },
    ]);
    expect(await rows(`SELECT "createdById" FROM "TimePoll"`)).toEqual([{ createdById: null }]);
    expect(await rows(`SELECT "deputyId" FROM "TimePollAnswer"`)).toEqual([{ deputyId: 'd1' }]);
  });
});
