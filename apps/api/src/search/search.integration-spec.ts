import { randomUUID } from 'node:crypto';
import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aFieldReport, aGroup, aMeeting, aMembership, aTerm, signedIn, tokenFor } from '../../test/factories';
import { ClientSocket, connectLive, ok } from '../../test/live-client';

const SEARCH = `query($i: SearchInput!) { search(input: $i) {
  totalCount hasMore endCursor
  hits { kind id at title groupId groupName meetingId meetingTitle authorName seq minutesVersion textId number snippet { text match } }
} }`;

type Hit = {
  kind: string;
  id: string;
  title: string;
  seq: number | null;
  minutesVersion: number | null;
  snippet: { text: string; match: boolean }[];
};
type Page = { totalCount: number; hasMore: boolean; endCursor: string | null; hits: Hit[] };

/**
 * Issue 17: search finds what a person may read, in French, English and Arabic, and nothing else.
 * Two groups hold the same words; every message here is sent, edited and deleted over the socket
 * (the live writer's own SQL), the rest written by Prisma: the index is the database's work.
 */
describe('search', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof aWorld>>;
  const sockets: ClientSocket[] = [];

  async function aWorld() {
    const term = await aTerm(t.prisma);
    const coordinator = await signedIn(t, 'COORDINATOR');
    const groupA = await aGroup(t.prisma, term.id, { name: 'Accès aux droits', coordinatorIds: [coordinator.user.id] });
    const groupB = await aGroup(t.prisma, term.id, { name: 'Santé' });
    const member = await aDeputy(t.prisma, { withAccount: true, fullName: 'Amina Haidari' });
    const outsider = await aDeputy(t.prisma, { withAccount: true });
    const stranger = await aDeputy(t.prisma, { withAccount: true });
    await aMembership(t.prisma, groupA.id, member.id);
    await aMembership(t.prisma, groupB.id, outsider.id);
    const meetingA = await aMeeting(t.prisma, groupA.id, { title: 'Réunion de mars' });
    const meetingB = await aMeeting(t.prisma, groupB.id);
    const tokens = {
      member: await tokenFor(t, member.user!),
      outsider: await tokenFor(t, outsider.user!),
      stranger: await tokenFor(t, stranger.user!),
    };
    const socketOf = { member: await connectLive(t.url, tokens.member), outsider: await connectLive(t.url, tokens.outsider) };
    sockets.push(socketOf.member, socketOf.outsider);
    const say = (who: 'member' | 'outsider', groupId: string, body: string) =>
      ok(socketOf[who], 'message:send', { groupId, clientId: randomUUID(), body });
    return {
      term,
      coordinator,
      groupA,
      groupB,
      member,
      outsider,
      meetingA,
      meetingB,
      say,
      socketOf,
      tokens,
    };
  }

  const search = async (token: string, input: Record<string, unknown>) => {
    const r = await t.gql<{ search: Page }>(SEARCH, { i: input }, token);
    if (!r.data?.search) throw new Error(JSON.stringify(r.errors));
    return r.data.search;
  };
  const kindsOf = (page: Page) => page.hits.map((h) => h.kind).sort();
  /** The entries the index holds for a word, whoever may read them: what the database would give without the policy. */
  const indexed = async (word: string) =>
    (
      await t.prisma.$queryRaw<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM "SearchEntry" e WHERE e."vector" @@ public.tribune_search_word(${word})`
    )[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    w = await aWorld();
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  it('finds a word of a message, a report, a decision, minutes, an agenda and an action item, in French, with stems and without accents', async () => {
    const message = await w.say('member', w.groupA.id, 'La préfecture de Créteil refuse les rendez-vous en ligne.');
    const report = await aFieldReport(t.prisma, w.outsider.id, { routedGroupId: w.groupA.id, title: 'Préfectures du Val-de-Marne' });
    const decision = await t.prisma.decision.create({
      data: { meetingId: w.meetingA.id, text: 'Écrire aux préfectures pour les rendez-vous.' },
    });
    const minutes = await t.prisma.minutesVersion.create({
      data: { meetingId: w.meetingA.id, version: 2, body: 'Le groupe a entendu la délégation de la Préfecture.' },
    });
    const item = await t.prisma.agendaItem.create({
      data: { meetingId: w.meetingA.id, position: 1, title: 'Préfecture : les files d’attente' },
    });
    const action = await t.prisma.actionItem.create({ data: { meetingId: w.meetingA.id, title: 'Appeler la préfecture' } });

    const page = await search(w.tokens.member, { query: 'PREFECTURES' });
    expect(kindsOf(page)).toEqual(['ACTION_ITEM', 'AGENDA_ITEM', 'DECISION', 'FIELD_REPORT', 'MESSAGE', 'MINUTES']);
    expect(page.totalCount).toBe(6);
    const byKind = Object.fromEntries(page.hits.map((h) => [h.kind, h]));
    expect(byKind.MESSAGE).toMatchObject({ id: message.message.id, seq: message.message.seq, minutesVersion: null });
    expect(byKind.MINUTES).toMatchObject({ id: minutes.id, minutesVersion: 2, seq: null });
    expect(byKind.FIELD_REPORT).toMatchObject({ id: report.id, title: 'Préfectures du Val-de-Marne' });
    expect(byKind.DECISION.id).toBe(decision.id);
    expect(byKind.AGENDA_ITEM.id).toBe(item.id);
    expect(byKind.ACTION_ITEM.id).toBe(action.id);
    // The snippet marks the words as they are written (accents kept), as text parts.
    expect(byKind.MESSAGE.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['préfecture']);
    // Every word must match, stop words ("de") ask nothing, English stems too.
    expect(kindsOf(await search(w.tokens.member, { query: 'rendez-vous de creteil' }))).toEqual(['MESSAGE']);
    await w.say('member', w.groupA.id, 'The meetings with the prefecture were postponed.');
    expect((await search(w.tokens.member, { query: 'meeting postpone' })).totalCount).toBe(1);
  });

  it('finds Arabic whatever its vowel marks, tatweel and letter forms, and a broken plural by its trigrams (مواعيد / موعد)', async () => {
    const plural = await w.say('member', w.groupA.id, 'تم تأجيل المواعيد في المحافظة');
    const singular = await w.say('member', w.groupA.id, 'أُلغيَ مـوعـدُ اللجوء');
    const ids = async (query: string) => (await search(w.tokens.member, { query, kinds: ['MESSAGE'] })).hits.map((h) => h.id).sort();
    const both = [plural.message.id, singular.message.id].sort();
    expect(await ids('موعد')).toEqual(both);
    expect(await ids('مواعيد')).toEqual(both);
    expect(await ids('مَوَاعِيد')).toEqual(both);
    // Taa marbuta written as haa, alef with hamza written bare: the same words.
    expect(await ids('المحافظه')).toEqual([plural.message.id]);
    expect(await ids('الغي')).toEqual([singular.message.id]);
    // Unrelated words stay apart.
    expect(await ids('مدرسة')).toEqual([]);
  });

  it("finds a text by its version's words and an amendment by its reason and wording, opening in the text", async () => {
    const text = await t.prisma.text.create({
      data: { groupId: w.groupA.id, kind: 'RECOMMENDATION', title: 'Hébergement des personnes exilées' },
    });
    const version = await t.prisma.textVersion.create({
      data: {
        textId: text.id,
        groupId: w.groupA.id,
        number: 1,
        title: text.title,
        paragraphs: [
          { id: 'p1', text: 'Chaque commune ouvre des places d’hébergement.' },
          { id: 'p2', text: 'Les CCAS répondent en un mois.' },
        ],
      },
    });
    const amendment = await t.prisma.amendment.create({
      data: {
        textId: text.id,
        groupId: w.groupA.id,
        number: 1,
        versionId: version.id,
        authorId: w.member.id,
        reason: 'Un délai plus court protège les familles.',
        changes: [{ kind: 'REPLACE', paragraphId: 'p2', text: 'Les CCAS répondent en quinze jours.' }],
      },
    });
    const hits = async (query: string, token = w.tokens.member) => (await search(token, { query })).hits;
    expect(await hits('CCAS')).toEqual([
      expect.objectContaining({ kind: 'AMENDMENT', id: amendment.id, textId: text.id, number: 1 }),
      expect.objectContaining({ kind: 'TEXT', id: version.id, textId: text.id, number: 1, title: 'Hébergement des personnes exilées' }),
    ]);
    expect((await hits('quinze délai')).map((h) => h.kind)).toEqual(['AMENDMENT']);
    expect(await hits('CCAS', w.tokens.outsider)).toEqual([]);
  });

  it('never returns what belongs to a group the person is not in, and its count says nothing of it', async () => {
    await w.say('member', w.groupA.id, 'Le collectif de Calais demande un hébergement.');
    await w.say('outsider', w.groupB.id, 'Calais : hébergement refusé, même collectif.');
    await t.prisma.decision.create({ data: { meetingId: w.meetingB.id, text: 'Soutenir le collectif de Calais.' } });
    await aFieldReport(t.prisma, w.outsider.id, { routedGroupId: w.groupB.id, title: 'Collectif de Calais' });
    // The index holds four entries with the word; each person counts only what they may read.
    expect(await indexed('collectif')).toBe(4);
    const member = await search(w.tokens.member, { query: 'collectif calais' });
    expect(member.totalCount).toBe(1);
    expect(member.hits.map((h) => h.kind)).toEqual(['MESSAGE']);
    const outsider = await search(w.tokens.outsider, { query: 'collectif calais' });
    expect(kindsOf(outsider)).toEqual(['DECISION', 'FIELD_REPORT', 'MESSAGE']);
    expect(outsider.totalCount).toBe(3);
    expect(await search(w.tokens.stranger, { query: 'collectif calais' })).toEqual({
      totalCount: 0,
      hasMore: false,
      endCursor: null,
      hits: [],
    });
    // A group filter does not open another group: it only narrows.
    expect((await search(w.tokens.member, { query: 'collectif', groupId: w.groupB.id })).totalCount).toBe(0);
    // A coordinator reads the meetings of every group but the discussion of their own only.
    const coordinator = await search(w.coordinator.token, { query: 'collectif calais' });
    expect(kindsOf(coordinator)).toEqual(['DECISION', 'FIELD_REPORT', 'MESSAGE']);
  });

  it('follows every change: an edited message by its new words, a deleted one no more, a report routed elsewhere', async () => {
    const sent = await w.say('member', w.groupA.id, 'Permanence juridique jeudi.');
    await ok(w.socketOf.member, 'message:edit', { messageId: sent.message.id, body: 'Permanence sociale vendredi.' });
    expect((await search(w.tokens.member, { query: 'juridique' })).totalCount).toBe(0);
    expect((await search(w.tokens.member, { query: 'vendredi' })).totalCount).toBe(1);
    await ok(w.socketOf.member, 'message:delete', { messageId: sent.message.id });
    expect((await search(w.tokens.member, { query: 'vendredi' })).totalCount).toBe(0);

    const report = await aFieldReport(t.prisma, w.outsider.id, { routedGroupId: w.groupB.id, title: 'Squat évacué à Montreuil' });
    expect((await search(w.tokens.member, { query: 'Montreuil' })).totalCount).toBe(0);
    await t.prisma.fieldReport.update({ where: { id: report.id }, data: { routedGroupId: w.groupA.id } });
    expect((await search(w.tokens.member, { query: 'Montreuil' })).hits.map((h) => h.id)).toEqual([report.id]);
    await t.prisma.fieldReport.delete({ where: { id: report.id } });
    expect(await indexed('montreuil')).toBe(0);
  });

  it('pages newest first with a cursor, and filters by kind, group, author and period', async () => {
    const sent = [];
    for (let i = 0; i < 5; i++) sent.push(await w.say('member', w.groupA.id, `Atelier numéro ${i} sur la domiciliation.`));
    await t.prisma
      .$executeRaw`UPDATE "SearchEntry" SET "at" = '2026-01-01T00:00:00Z'::timestamptz + (("position" % 100) || ' days')::interval WHERE "kind" = 'MESSAGE'`;
    const first = await search(w.tokens.member, { query: 'domiciliation', first: 2 });
    expect(first).toMatchObject({ totalCount: 5, hasMore: true });
    const rest = [first];
    while (rest[rest.length - 1].hasMore)
      rest.push(await search(w.tokens.member, { query: 'domiciliation', first: 2, after: rest[rest.length - 1].endCursor }));
    const order = rest.flatMap((p) => p.hits.map((h) => h.seq));
    expect(order).toEqual(sent.map((s) => s.message.seq).reverse());
    expect(rest.every((p) => p.totalCount === 5)).toBe(true);

    const newest = sent[4].message.seq;
    const at = (seq: number) => new Date(Date.UTC(2026, 0, 1 + (seq % 100))).toISOString();
    expect((await search(w.tokens.member, { query: 'domiciliation', from: at(newest) })).totalCount).toBe(1);
    expect((await search(w.tokens.member, { query: 'domiciliation', to: at(newest) })).totalCount).toBe(4);
    expect((await search(w.tokens.member, { query: 'domiciliation', authorId: w.member.user!.id })).totalCount).toBe(5);
    expect((await search(w.tokens.member, { query: 'domiciliation', authorId: w.member.id })).totalCount).toBe(5);
    expect((await search(w.tokens.member, { query: 'domiciliation', authorId: w.outsider.user!.id })).totalCount).toBe(0);
    expect((await search(w.tokens.member, { query: 'domiciliation', kinds: ['DECISION'] })).totalCount).toBe(0);
    expect((await search(w.tokens.member, { query: 'domiciliation', groupId: w.groupA.id })).totalCount).toBe(5);
  });

  it('gives snippets as text parts with the matched words marked, never as markup', async () => {
    await w.say('member', w.groupA.id, 'Le formulaire <b onmouseover="alert(1)">de la CAF</b> est illisible.');
    const [hit] = (await search(w.tokens.member, { query: 'formulaire' })).hits;
    expect(hit.snippet).toEqual([
      { text: 'Le ', match: false },
      { text: 'formulaire', match: true },
      { text: expect.stringContaining(' de la CAF'), match: false },
    ]);
  });

  it('refuses an empty query, a bad cursor and a period that ends before it starts, with their reasons', async () => {
    const refused = async (input: Record<string, unknown>) => {
      const r = await t.gql(SEARCH, { i: input }, w.tokens.member);
      return [codeOf(r), r.errors?.[0].extensions?.reason];
    };
    expect(await refused({ query: '' })).toEqual(['BAD_USER_INPUT', 'EMPTY_TEXT']);
    expect(await refused({ query: '   ' })).toEqual(['BAD_USER_INPUT', 'EMPTY_TEXT']);
    expect(await refused({ query: 'x', after: 'not-a-cursor' })).toEqual(['BAD_USER_INPUT', 'INVALID_INPUT']);
    expect(await refused({ query: 'x', from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toEqual([
      'BAD_USER_INPUT',
      'INVALID_INPUT',
    ]);
    expect(await refused({ query: 'x', first: 51 })).toEqual(['BAD_USER_INPUT', 'INVALID_INPUT']);
    expect(codeOf(await t.gql(SEARCH, { i: { query: 'x' } }))).toBe('UNAUTHENTICATED');
  });
});
