-- Every column that refers to another row gets its foreign key (issue 13). Columns that must not
-- have one say why in schema.prisma ("No foreign key: ..."), which
-- apps/api/src/prisma/foreign-keys.integration-spec.ts checks.
-- (No semicolon in these comments: the migration runner splits the script on them.)
--
-- Existing databases may hold references to rows that are gone (nothing enforced them until now),
-- and ADD CONSTRAINT would fail on them. So first, in this same migration:
-- - an optional reference to a missing row becomes NULL, as ON DELETE SET NULL would have done,
-- - a required reference to a missing deputy deletes its row: a proxy, a participation or a
--   time-poll answer of nobody means nothing. Deputies are never deleted by the application, so
--   none is expected. A closed vote's counts are stored on "Vote" and do not change.

UPDATE "Meeting" SET "currentAgendaItemId" = NULL WHERE "currentAgendaItemId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "AgendaItem" a WHERE a."id" = "Meeting"."currentAgendaItemId");
UPDATE "Meeting" SET "createdById" = NULL WHERE "createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = "Meeting"."createdById");
UPDATE "Decision" SET "recordedById" = NULL WHERE "recordedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = "Decision"."recordedById");
UPDATE "MinutesVersion" SET "createdById" = NULL WHERE "createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = "MinutesVersion"."createdById");
UPDATE "Message" SET "replyToId" = NULL WHERE "replyToId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Message" m WHERE m."id" = "Message"."replyToId");
UPDATE "Message" SET "deletedById" = NULL WHERE "deletedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = "Message"."deletedById");
UPDATE "Vote" SET "openedById" = NULL WHERE "openedById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = "Vote"."openedById");
UPDATE "Speech" SET "requestId" = NULL WHERE "requestId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "SpeakerRequest" r WHERE r."id" = "Speech"."requestId");
UPDATE "TimePoll" SET "createdById" = NULL WHERE "createdById" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = "TimePoll"."createdById");
DELETE FROM "VoteProxy" p WHERE NOT EXISTS (SELECT 1 FROM "Deputy" d WHERE d."id" = p."grantorId") OR NOT EXISTS (SELECT 1 FROM "Deputy" d WHERE d."id" = p."holderId");
DELETE FROM "VoteParticipation" p WHERE NOT EXISTS (SELECT 1 FROM "Deputy" d WHERE d."id" = p."deputyId") OR NOT EXISTS (SELECT 1 FROM "Deputy" d WHERE d."id" = p."castById");
DELETE FROM "TimePollAnswer" a WHERE NOT EXISTS (SELECT 1 FROM "Deputy" d WHERE d."id" = a."deputyId");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_currentAgendaItemId_fkey" FOREIGN KEY ("currentAgendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesVersion" ADD CONSTRAINT "MinutesVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_replyToId_fkey" FOREIGN KEY ("replyToId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteProxy" ADD CONSTRAINT "VoteProxy_grantorId_fkey" FOREIGN KEY ("grantorId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteProxy" ADD CONSTRAINT "VoteProxy_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteParticipation" ADD CONSTRAINT "VoteParticipation_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteParticipation" ADD CONSTRAINT "VoteParticipation_castById_fkey" FOREIGN KEY ("castById") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speech" ADD CONSTRAINT "Speech_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SpeakerRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimePoll" ADD CONSTRAINT "TimePoll_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimePollAnswer" ADD CONSTRAINT "TimePollAnswer_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

