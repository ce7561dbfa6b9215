-- Issue 12: a secret ballot is never linkable to its voter, not even while the vote is open.
-- Until now the ballots of an open secret vote were written one per cast, so their position in the
-- table followed the order of participation (VoteParticipation.castAt). The API now rewrites a
-- vote's whole box at every cast (apps/api/src/votes/ballot-box.ts), and the boxes of votes open at
-- this migration are rewritten the same way: sorted by choice, ties in random order, fresh random
-- ids, receipt hashes kept (their voters may still change their vote). Closed votes were already
-- rewritten at their close. No schema change.
CREATE TEMPORARY TABLE "open_ballot_box" AS
  SELECT b."voteId", b."choice", b."receiptHash"
  FROM "VoteBallot" b JOIN "Vote" v ON v."id" = b."voteId"
  WHERE v."status" = 'OPEN';

DELETE FROM "VoteBallot" b USING "Vote" v WHERE v."id" = b."voteId" AND v."status" = 'OPEN';

INSERT INTO "VoteBallot" ("id", "voteId", "choice", "receiptHash")
  SELECT gen_random_uuid()::text, "voteId", "choice", "receiptHash"
  FROM "open_ballot_box"
  ORDER BY "voteId", "choice", random();

DROP TABLE "open_ballot_box";
