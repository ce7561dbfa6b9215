import { Prisma } from '../generated/prisma/client';
import { Tx } from '../prisma/prisma.service';

/**
 * The ballot box of a secret vote: the rows of VoteBallot, which hold a choice and never a voter.
 * Who voted (VoteParticipation: for turnout and proxies) shares nothing with them but the vote.
 *
 * A row still says things a column does not: where it lies in the table (a dump lists rows in
 * that order), which transaction wrote it (xmin) and its id. If a ballot were written once, when
 * its voter casts it, those would follow the order of participation, which VoteParticipation keeps
 * (castAt), and a backup taken while the vote is open would join the two. So every write to the
 * box (a cast, a change with the receipt, the close) rewrites all of the vote's ballots in that
 * transaction: deleted, then inserted again sorted by choice (ties in a fresh random order), with
 * fresh random ids. At every moment all the vote's ballots share one xmin and their order is a
 * function of the tally alone: nothing in them depends on who voted when.
 *
 * Limits (stated, not solved here): two backups taken around one person's cast differ by that
 * person's ballot (the tally moved by one), as with any count kept while a vote is open; dead row
 * versions stay in the table's files until VACUUM, readable only from the raw pages by a superuser.
 */

/**
 * Serializes the rewrites of one vote's box (casts stay concurrent with other votes'), held until
 * the commit. A change takes it before updating its ballot: a rewrite running meanwhile would
 * otherwise wait for that row while the change waits for the lock.
 */
export async function lockBallotBox(tx: Tx, voteId: string): Promise<void> {
  await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`ballot-box:${voteId}`}, 0))`);
}

/**
 * Rewrites the vote's ballots as described above, in one statement; `keepReceipts: false` (the
 * close) drops the receipt hashes, so that after the close not even a voter's receipt points at
 * their ballot. Takes lockBallotBox (the close holds the vote's row FOR UPDATE as well). Returns
 * the ballots' choices.
 */
export async function rewriteBallots(tx: Tx, voteId: string, o: { keepReceipts: boolean }): Promise<Array<{ choice: number }>> {
  await lockBallotBox(tx, voteId);
  const receipt = o.keepReceipts ? Prisma.sql`"receiptHash"` : Prisma.sql`NULL`;
  return tx.$queryRaw<Array<{ choice: number }>>(Prisma.sql`
    WITH old AS (DELETE FROM "VoteBallot" WHERE "voteId" = ${voteId} RETURNING "choice", "receiptHash")
    INSERT INTO "VoteBallot" ("id", "voteId", "choice", "receiptHash")
    SELECT gen_random_uuid()::text, ${voteId}, "choice", ${receipt} FROM old ORDER BY "choice", random()
    RETURNING "choice"`);
}
