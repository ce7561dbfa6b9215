import { PrismaService } from '../src/prisma/prisma.service';

/**
 * A text written directly: version 1 with two paragraphs (ids p1, p2), by `authorId` (agreed), with
 * invited co-authors not agreed yet; OPEN for amendments for a week unless said otherwise.
 */
export async function aText(
  prisma: PrismaService,
  groupId: string,
  authorId: string,
  o: { status?: 'DRAFT' | 'OPEN' | 'DEBATE'; title?: string; paragraphs?: string[]; coAuthorIds?: string[] } = {},
) {
  const status = o.status ?? 'OPEN';
  const text = await prisma.text.create({
    data: {
      groupId,
      kind: 'RECOMMENDATION',
      title: o.title ?? 'Logement digne',
      status,
      amendmentDeadline: status === 'DRAFT' ? null : new Date(Date.now() + 7 * 86_400_000),
      authors: {
        create: [{ deputyId: authorId, agreedAt: new Date() }, ...(o.coAuthorIds ?? []).map((deputyId) => ({ deputyId }))],
      },
    },
  });
  const paragraphs = (o.paragraphs ?? ['Le logement est un droit.', 'يجب على الدولة أن تضمن الحق في السكن.']).map((text, i) => ({
    id: `p${i + 1}`,
    text,
  }));
  const version = await prisma.textVersion.create({
    data: { textId: text.id, groupId, number: 1, paragraphs, title: text.title },
  });
  return { ...text, version };
}

/** An amendment written directly on the text's first version: it replaces paragraph p1. */
export async function anAmendment(
  prisma: PrismaService,
  text: { id: string; groupId: string; version: { id: string } },
  authorId: string,
  o: { status?: 'SUBMITTED' | 'ADOPTED'; reason?: string; wording?: string } = {},
) {
  const number = (await prisma.amendment.count({ where: { textId: text.id } })) + 1;
  await prisma.text.update({ where: { id: text.id }, data: { lastAmendmentNumber: number } });
  return prisma.amendment.create({
    data: {
      textId: text.id,
      groupId: text.groupId,
      number,
      versionId: text.version.id,
      authorId,
      changes: [{ kind: 'REPLACE', paragraphId: 'p1', text: o.wording ?? `Le logement digne est un droit (${number}).` }],
      reason: o.reason ?? 'Plus précis',
      status: o.status ?? 'SUBMITTED',
    },
  });
}
