-- CreateEnum
CREATE TYPE "VoteSecrecy" AS ENUM ('NAMED', 'SECRET');

-- CreateEnum
CREATE TYPE "VoteStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "VoteEligibility" AS ENUM ('PRESENT', 'MEMBERS');

-- CreateEnum
CREATE TYPE "SpeakerRequestKind" AS ENUM ('FLOOR', 'POINT_OF_ORDER');

-- CreateEnum
CREATE TYPE "SpeakerRequestStatus" AS ENUM ('WAITING', 'GRANTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "TimePollStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "TimePollAnswerValue" AS ENUM ('YES', 'IF_NEED_BE', 'NO');

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "options" TEXT[],
    "secrecy" "VoteSecrecy" NOT NULL,
    "eligibility" "VoteEligibility" NOT NULL DEFAULT 'PRESENT',
    "allowChange" BOOLEAN NOT NULL DEFAULT false,
    "status" "VoteStatus" NOT NULL DEFAULT 'OPEN',
    "eligibleIds" TEXT[],
    "membersCount" INTEGER,
    "presentCount" INTEGER,
    "quorumRequired" INTEGER,
    "quorumReached" BOOLEAN,
    "counts" INTEGER[],
    "openedById" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "decisionId" TEXT,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoteProxy" (
    "voteId" TEXT NOT NULL,
    "grantorId" TEXT NOT NULL,
    "holderId" TEXT NOT NULL,

    CONSTRAINT "VoteProxy_pkey" PRIMARY KEY ("voteId","grantorId")
);

-- CreateTable
CREATE TABLE "VoteParticipation" (
    "voteId" TEXT NOT NULL,
    "deputyId" TEXT NOT NULL,
    "castById" TEXT NOT NULL,
    "namedChoice" INTEGER,
    "castAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VoteParticipation_pkey" PRIMARY KEY ("voteId","deputyId")
);

-- CreateTable
CREATE TABLE "VoteBallot" (
    "id" TEXT NOT NULL,
    "voteId" TEXT NOT NULL,
    "choice" INTEGER NOT NULL,
    "receiptHash" TEXT,

    CONSTRAINT "VoteBallot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingProcedure" (
    "meetingId" TEXT NOT NULL,
    "speakingTimeSeconds" INTEGER NOT NULL DEFAULT 180,
    "alternating" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MeetingProcedure_pkey" PRIMARY KEY ("meetingId")
);

-- CreateTable
CREATE TABLE "SpeakerRequest" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "deputyId" TEXT NOT NULL,
    "kind" "SpeakerRequestKind" NOT NULL DEFAULT 'FLOOR',
    "status" "SpeakerRequestStatus" NOT NULL DEFAULT 'WAITING',
    "position" INTEGER NOT NULL DEFAULT 0,
    "openItemId" TEXT,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpeakerRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speech" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "deputyId" TEXT NOT NULL,
    "requestId" TEXT,
    "pointOfOrder" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "allottedSeconds" INTEGER NOT NULL,
    "endedAt" TIMESTAMPTZ(3),
    "durationSeconds" INTEGER,
    "overrideReason" TEXT,
    "openMeetingId" TEXT,

    CONSTRAINT "Speech_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimePoll" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Paris',
    "status" "TimePollStatus" NOT NULL DEFAULT 'OPEN',
    "meetingId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "TimePoll_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimePollSlot" (
    "id" TEXT NOT NULL,
    "pollId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TimePollSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimePollAnswer" (
    "slotId" TEXT NOT NULL,
    "deputyId" TEXT NOT NULL,
    "answer" "TimePollAnswerValue" NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimePollAnswer_pkey" PRIMARY KEY ("slotId","deputyId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Vote_decisionId_key" ON "Vote"("decisionId");

-- CreateIndex
CREATE INDEX "Vote_meetingId_idx" ON "Vote"("meetingId");

-- CreateIndex
CREATE INDEX "Vote_agendaItemId_idx" ON "Vote"("agendaItemId");

-- CreateIndex
CREATE UNIQUE INDEX "VoteProxy_voteId_holderId_key" ON "VoteProxy"("voteId", "holderId");

-- CreateIndex
CREATE UNIQUE INDEX "VoteBallot_receiptHash_key" ON "VoteBallot"("receiptHash");

-- CreateIndex
CREATE INDEX "VoteBallot_voteId_idx" ON "VoteBallot"("voteId");

-- CreateIndex
CREATE INDEX "SpeakerRequest_agendaItemId_idx" ON "SpeakerRequest"("agendaItemId");

-- CreateIndex
CREATE UNIQUE INDEX "SpeakerRequest_openItemId_deputyId_key" ON "SpeakerRequest"("openItemId", "deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "Speech_openMeetingId_key" ON "Speech"("openMeetingId");

-- CreateIndex
CREATE INDEX "Speech_meetingId_idx" ON "Speech"("meetingId");

-- CreateIndex
CREATE INDEX "Speech_deputyId_idx" ON "Speech"("deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "TimePoll_meetingId_key" ON "TimePoll"("meetingId");

-- CreateIndex
CREATE INDEX "TimePoll_groupId_idx" ON "TimePoll"("groupId");

-- CreateIndex
CREATE INDEX "TimePollSlot_pollId_idx" ON "TimePollSlot"("pollId");

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteProxy" ADD CONSTRAINT "VoteProxy_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "Vote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteParticipation" ADD CONSTRAINT "VoteParticipation_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "Vote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteBallot" ADD CONSTRAINT "VoteBallot_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "Vote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingProcedure" ADD CONSTRAINT "MeetingProcedure_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpeakerRequest" ADD CONSTRAINT "SpeakerRequest_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpeakerRequest" ADD CONSTRAINT "SpeakerRequest_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpeakerRequest" ADD CONSTRAINT "SpeakerRequest_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speech" ADD CONSTRAINT "Speech_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speech" ADD CONSTRAINT "Speech_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speech" ADD CONSTRAINT "Speech_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimePoll" ADD CONSTRAINT "TimePoll_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimePoll" ADD CONSTRAINT "TimePoll_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimePollSlot" ADD CONSTRAINT "TimePollSlot_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "TimePoll"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimePollAnswer" ADD CONSTRAINT "TimePollAnswer_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "TimePollSlot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

