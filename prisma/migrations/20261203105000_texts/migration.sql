-- CreateEnum
CREATE TYPE "TextKind" AS ENUM ('RECOMMENDATION', 'POSITION', 'RESOLUTION', 'LETTER');

-- CreateEnum
CREATE TYPE "TextStatus" AS ENUM ('DRAFT', 'OPEN', 'DEBATE', 'ADOPTED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AmendmentStatus" AS ENUM ('SUBMITTED', 'ADOPTED', 'MERGED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AmendmentProcedure" AS ENUM ('ADOPT', 'REJECT', 'MODIFIED', 'MERGED_INTO');

-- CreateTable
CREATE TABLE "Text" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "kind" "TextKind" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "TextStatus" NOT NULL DEFAULT 'DRAFT',
    "amendmentDeadline" TIMESTAMPTZ(3),
    "agendaItemId" TEXT,
    "createdById" TEXT,
    "lastAmendmentNumber" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Text_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TextAuthor" (
    "textId" TEXT NOT NULL,
    "deputyId" TEXT NOT NULL,
    "agreedAt" TIMESTAMPTZ(3),

    CONSTRAINT "TextAuthor_pkey" PRIMARY KEY ("textId","deputyId")
);

-- CreateTable
CREATE TABLE "TextFieldReport" (
    "textId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,

    CONSTRAINT "TextFieldReport_pkey" PRIMARY KEY ("textId","reportId")
);

-- CreateTable
CREATE TABLE "TextVersion" (
    "id" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "paragraphs" JSONB NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'draft',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TextVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Amendment" (
    "id" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "versionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "AmendmentStatus" NOT NULL DEFAULT 'SUBMITTED',
    "procedure" "AmendmentProcedure",
    "procedureNote" TEXT,
    "modifiedChanges" JSONB,
    "mergedIntoId" TEXT,
    "blockId" TEXT,
    "agendaItemId" TEXT,
    "mergedVersionId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Amendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AmendmentSigner" (
    "amendmentId" TEXT NOT NULL,
    "deputyId" TEXT NOT NULL,
    "signedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AmendmentSigner_pkey" PRIMARY KEY ("amendmentId","deputyId")
);

-- CreateTable
CREATE TABLE "AmendmentBlock" (
    "id" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AmendmentBlock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Text_agendaItemId_key" ON "Text"("agendaItemId");

-- CreateIndex
CREATE INDEX "Text_groupId_idx" ON "Text"("groupId");

-- CreateIndex
CREATE INDEX "TextAuthor_deputyId_idx" ON "TextAuthor"("deputyId");

-- CreateIndex
CREATE INDEX "TextFieldReport_reportId_idx" ON "TextFieldReport"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "TextVersion_textId_number_key" ON "TextVersion"("textId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Amendment_agendaItemId_key" ON "Amendment"("agendaItemId");

-- CreateIndex
CREATE INDEX "Amendment_versionId_idx" ON "Amendment"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "Amendment_textId_number_key" ON "Amendment"("textId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "AmendmentBlock_agendaItemId_key" ON "AmendmentBlock"("agendaItemId");

-- AddForeignKey
ALTER TABLE "Text" ADD CONSTRAINT "Text_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Text" ADD CONSTRAINT "Text_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Text" ADD CONSTRAINT "Text_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextAuthor" ADD CONSTRAINT "TextAuthor_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextAuthor" ADD CONSTRAINT "TextAuthor_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextFieldReport" ADD CONSTRAINT "TextFieldReport_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextFieldReport" ADD CONSTRAINT "TextFieldReport_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "FieldReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextVersion" ADD CONSTRAINT "TextVersion_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextVersion" ADD CONSTRAINT "TextVersion_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextVersion" ADD CONSTRAINT "TextVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "TextVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Amendment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "AmendmentBlock"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_mergedVersionId_fkey" FOREIGN KEY ("mergedVersionId") REFERENCES "TextVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmendmentSigner" ADD CONSTRAINT "AmendmentSigner_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "Amendment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmendmentSigner" ADD CONSTRAINT "AmendmentSigner_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmendmentBlock" ADD CONSTRAINT "AmendmentBlock_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmendmentBlock" ADD CONSTRAINT "AmendmentBlock_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmendmentBlock" ADD CONSTRAINT "AmendmentBlock_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;
