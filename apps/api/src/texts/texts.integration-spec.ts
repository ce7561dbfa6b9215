import { aFieldReport, aLiveChannel, aMeeting, markPresent, signedIn } from '../../test/factories';
import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { TextsService } from './texts.service';

const TEXT_FIELDS = `id status title currentVersion { id number paragraphs { id text firstLine lastLine } }
  versions { number origin } amendments { id number status } viewerCan { edit agree amend coordinate }`;
const CREATE = `mutation($i: CreateTextInput!) { createText(input: $i) { ${TEXT_FIELDS} } }`;
const READ = `query($id: ID!) { text(id: $id) { ${TEXT_FIELDS} overlaps { amendmentIds }
  pendingCollisions { amendmentId paragraphId base ours theirs }
  amendments { id number status staleParagraphIds version { number } changes { kind paragraphId afterId text } signers { id } } } }`;
const AGREE = `mutation($i: TextRefInput!) { agreeToText(input: $i) { id } }`;
const EDIT = `mutation($i: UpdateTextDraftInput!) { updateTextDraft(input: $i) { ${TEXT_FIELDS} } }`;
const OPEN = `mutation($i: OpenTextForAmendmentsInput!) { openTextForAmendments(input: $i) { id status } }`;
const PROPOSE = `mutation($i: ProposeAmendmentInput!) { proposeAmendment(input: $i) { id number status } }`;
const COSIGN = `mutation($i: AmendmentRefInput!) { cosignAmendment(input: $i) { id } }`;
const PROCEDURE = `mutation($i: SetAmendmentProcedureInput!) { setAmendmentProcedure(input: $i) { id procedure } }`;
const BLOCK = `mutation($i: CreateAmendmentBlockInput!) { createAmendmentBlock(input: $i) { id amendments { number } } }`;
const ON_AGENDA = `mutation($i: PlaceAmendmentOnAgendaInput!) { placeAmendmentOnAgenda(input: $i) { id title } }`;
const TEXT_ON_AGENDA = `mutation($i: PlaceTextOnAgendaInput!) { placeTextOnAgenda(input: $i) { id status } }`;
const RESOLVE = `mutation($i: ResolveAmendmentCollisionInput!) { resolveAmendmentCollision(input: $i) { id status } }`;
const OPEN_VOTE = `mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }`;
const CAST = `mutation($i: CastVoteInput!) { castVote(input: $i) { cast } }`;
const CLOSE = `mutation($i: CloseVoteInput!) { closeVote(input: $i) { vote { id status } } }`;

const PARAGRAPHS = [
  'Le logement est un droit pour toutes les personnes exilées.',
  'يجب على الدولة أن تضمن الحق في السكن اللائق لكل اللاجئين.',
  'Les préfectures répondent aux demandes dans un délai de deux mois.',
];
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

describe('texts and amendments', () => {
  let t: TestApp;
  let texts: TextsService;
  let admin: string;
  let termId: string;

  beforeAll(async () => {
    t = await startTestApp();
    texts = t.app.get(TextsService);
    admin = (await signedIn(t, 'ADMIN')).token;
    termId = (await aLiveChannel(t, { members: 0 })).termId;
  });
  afterAll(() => t.close());

  /** A group with a coordinator and four members (0 writes the text with 1 as co-author), and an open text. */
  async function anOpenText() {
    const channel = await aLiveChannel(t, { members: 4, termId });
    const [author, coAuthor] = channel.members;
    const created = await t.gql(
      CREATE,
      {
        i: {
          groupId: channel.group.id,
          kind: 'RECOMMENDATION',
          title: 'Logement digne',
          paragraphs: PARAGRAPHS,
          coAuthorIds: [coAuthor.deputy.id],
        },
      },
      author.token,
    );
    expect(created.errors).toBeUndefined();
    const text = created.data!.createText;
    expect(codeOf(await t.gql(AGREE, { i: { textId: text.id } }, coAuthor.token))).toBe('OK');
    expect(codeOf(await t.gql(OPEN, { i: { textId: text.id, deadline: inAWeek() } }, author.token))).toBe('OK');
    return {
      ...channel,
      text,
      version: text.currentVersion,
      paragraphIds: text.currentVersion.paragraphs.map((p: { id: string }) => p.id),
    };
  }

  const read = async (id: string, token = admin) => {
    const r = await t.gql(READ, { id }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.text;
  };

  /** A live meeting of the group where every member is present, an item voted on, For by `forVotes` members, the rest Against. */
  async function voteOn(
    channel: Awaited<ReturnType<typeof anOpenText>>,
    place: Record<string, string>,
    forVotes: number,
    secrecy = 'NAMED',
  ) {
    const meeting = await aMeeting(t.prisma, channel.group.id, { status: 'LIVE' });
    await markPresent(
      t.prisma,
      meeting.id,
      channel.members.map((m) => m.deputy.id),
    );
    const item = (await t.gql(ON_AGENDA, { i: { meetingId: meeting.id, ...place } }, channel.coordinator.token)).data!
      .placeAmendmentOnAgenda;
    const vote = (await t.gql(OPEN_VOTE, { i: { agendaItemId: item.id, question: item.title, secrecy } }, channel.coordinator.token)).data!
      .openVote;
    for (const [i, m] of channel.members.entries()) await t.gql(CAST, { i: { voteId: vote.id, choice: i < forVotes ? 0 : 1 } }, m.token);
    expect(codeOf(await t.gql(CLOSE, { i: { voteId: vote.id } }, channel.coordinator.token))).toBe('OK');
    // The outcome is applied after the vote's commit (domain event); applying it again is a no-op, so the test waits on it here.
    await texts.applyVote(vote.id);
    return vote.id as string;
  }

  describe('the draft', () => {
    it('numbers the lines of the current version for citing', async () => {
      const { text } = await anOpenText();
      const paragraphs = (await read(text.id)).currentVersion.paragraphs;
      expect(paragraphs.map((p: { firstLine: number; lastLine: number }) => [p.firstLine, p.lastLine])).toEqual([
        [1, 1],
        [2, 2],
        [3, 3],
      ]);
    });

    it('is edited by its agreed authors only, on the current version, and each edit is a version', async () => {
      const channel = await aLiveChannel(t, { members: 3, termId });
      const [author, invited, other] = channel.members;
      const text = (
        await t.gql(
          CREATE,
          {
            i: {
              groupId: channel.group.id,
              kind: 'POSITION',
              title: 'Santé',
              paragraphs: ['Un.', 'Deux.'],
              coAuthorIds: [invited.deputy.id],
            },
          },
          author.token,
        )
      ).data!.createText;
      const edit = (token: string, baseVersionId = text.currentVersion.id) =>
        t.gql(
          EDIT,
          {
            i: {
              textId: text.id,
              baseVersionId,
              paragraphs: [{ id: text.currentVersion.paragraphs[0].id, text: 'Un, revu.' }, { text: 'Trois.' }],
            },
          },
          token,
        );
      expect((await edit(invited.token)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TEXT_AUTHORS_ONLY' });
      expect((await edit(other.token)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TEXT_AUTHORS_ONLY' });
      expect((await edit(channel.coordinator.token)).errors?.[0].extensions).toMatchObject({ reason: 'TEXT_AUTHORS_ONLY' });
      await t.gql(AGREE, { i: { textId: text.id } }, invited.token);
      const edited = await edit(invited.token);
      expect(edited.errors).toBeUndefined();
      const version = edited.data!.updateTextDraft.currentVersion;
      expect(version.number).toBe(2);
      expect(version.paragraphs[0]).toMatchObject({ id: text.currentVersion.paragraphs[0].id, text: 'Un, revu.' });
      expect((await edit(author.token)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CHANGED_MEANWHILE' });
      expect(
        await t.prisma.auditLog.count({ where: { entityId: text.id, action: { in: ['text.create', 'text.agree', 'text.update'] } } }),
      ).toBe(3);
    });

    it('answers field reports routed to its group, counted in fieldReportSummary once the text is adopted', async () => {
      const channel = await aLiveChannel(t, { members: 2, termId });
      const report = await aFieldReport(t.prisma, channel.members[1].deputy.id, {
        status: 'TRIAGED',
        routedGroupId: channel.group.id,
        termId,
      });
      const other = await aFieldReport(t.prisma, channel.members[1].deputy.id, { status: 'SUBMITTED', termId });
      const create = (fieldReportIds: string[]) =>
        t.gql(
          CREATE,
          { i: { groupId: channel.group.id, kind: 'LETTER', title: 'Lettre', paragraphs: ['Madame la ministre,'], fieldReportIds } },
          channel.members[0].token,
        );
      expect((await create([other.id])).errors?.[0].extensions).toMatchObject({ reason: 'REPORT_ROUTED_ELSEWHERE' });
      const text = (await create([report.id])).data!.createText;
      const summary = async () =>
        (await t.gql(`query($id: ID!) { fieldReportSummary(termId: $id) { answeredByAdoptedText } }`, { id: termId }, admin)).data!
          .fieldReportSummary.answeredByAdoptedText;
      const before = await summary();
      await t.prisma.text.update({ where: { id: text.id }, data: { status: 'ADOPTED' } });
      expect(await summary()).toBe(before + 1);
    });
  });

  describe('amendments', () => {
    it('are proposed by members only, while the text is open and before its deadline', async () => {
      const c = await anOpenText();
      const propose = (token: string) =>
        t.gql(
          PROPOSE,
          {
            i: {
              textId: c.text.id,
              versionId: c.version.id,
              reason: 'Plus précis',
              changes: [{ kind: 'REPLACE', paragraphId: c.paragraphIds[0], text: 'Le logement digne est un droit.' }],
            },
          },
          token,
        );
      expect((await propose(c.members[2].token)).data!.proposeAmendment).toMatchObject({ number: 1, status: 'SUBMITTED' });
      expect((await propose(c.coordinator.token)).errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'GROUP_MEMBERS_ONLY',
      });
      expect((await propose(admin)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'GROUP_MEMBERS_ONLY' });
      const outsider = (await aLiveChannel(t, { members: 1, termId })).members[0];
      expect((await propose(outsider.token)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      await t.prisma.text.update({ where: { id: c.text.id }, data: { amendmentDeadline: new Date(Date.now() - 1000) } });
      expect((await propose(c.members[2].token)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'AMENDMENTS_CLOSED' });
    });

    it('refuses a paragraph that is not in the version, and changes that change nothing', async () => {
      const c = await anOpenText();
      const propose = (changes: unknown[]) =>
        t.gql(PROPOSE, { i: { textId: c.text.id, versionId: c.version.id, reason: 'x', changes } }, c.members[2].token);
      expect((await propose([{ kind: 'DELETE', paragraphId: 'nope' }])).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'PARAGRAPH_NOT_IN_VERSION',
      });
      expect(
        (await propose([{ kind: 'REPLACE', paragraphId: c.paragraphIds[0], text: PARAGRAPHS[0] }])).errors?.[0].extensions,
      ).toMatchObject({ reason: 'EMPTY_TEXT' });
      expect(await t.prisma.amendment.count({ where: { textId: c.text.id } })).toBe(0);
    });

    it('flags and groups overlapping amendments, and lets members co-sign', async () => {
      const c = await anOpenText();
      const propose = async (changes: unknown[], token = c.members[2].token) =>
        (await t.gql(PROPOSE, { i: { textId: c.text.id, versionId: c.version.id, reason: 'r', changes } }, token)).data!.proposeAmendment;
      const a1 = await propose([{ kind: 'REPLACE', paragraphId: c.paragraphIds[0], text: 'Le logement digne est un droit.' }]);
      const a2 = await propose([{ kind: 'DELETE', paragraphId: c.paragraphIds[0] }], c.members[3].token);
      const a3 = await propose([{ kind: 'INSERT_AFTER', afterId: c.paragraphIds[2], text: 'Un nouvel alinéa.' }]);
      expect(codeOf(await t.gql(COSIGN, { i: { amendmentId: a1.id } }, c.members[3].token))).toBe('OK');
      expect((await t.gql(COSIGN, { i: { amendmentId: a1.id } }, c.members[3].token)).errors?.[0].extensions).toMatchObject({
        reason: 'ALREADY_EXISTS',
      });
      const text = await read(c.text.id, c.members[0].token);
      expect(text.overlaps).toEqual([{ amendmentIds: [a1.id, a2.id] }]);
      expect(text.amendments.find((a: { id: string }) => a.id === a3.id).changes[0]).toMatchObject({
        kind: 'INSERT_AFTER',
        afterId: c.paragraphIds[2],
      });
      expect(text.amendments[0].signers).toEqual([{ id: c.members[3].deputy.id }]);
    });

    it('are given a procedure and put in a block by coordination only', async () => {
      const c = await anOpenText();
      const propose = async (paragraph: number) =>
        (
          await t.gql(
            PROPOSE,
            {
              i: {
                textId: c.text.id,
                versionId: c.version.id,
                reason: 'r',
                changes: [{ kind: 'DELETE', paragraphId: c.paragraphIds[paragraph] }],
              },
            },
            c.members[2].token,
          )
        ).data!.proposeAmendment;
      const [a1, a2] = [await propose(0), await propose(1)];
      const setProcedure = (token: string) => t.gql(PROCEDURE, { i: { amendmentId: a1.id, procedure: 'ADOPT' } }, token);
      expect((await setProcedure(c.members[0].token)).errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'COORDINATORS_ONLY',
      });
      expect(codeOf(await setProcedure(c.coordinator.token))).toBe('OK');
      expect(codeOf(await setProcedure(admin))).toBe('OK');
      const modified = await t.gql(
        PROCEDURE,
        {
          i: {
            amendmentId: a2.id,
            procedure: 'MODIFIED',
            modifiedChanges: [{ kind: 'REPLACE', paragraphId: c.paragraphIds[1], text: 'صياغة معدّلة.' }],
          },
        },
        c.coordinator.token,
      );
      expect(modified.data!.setAmendmentProcedure.procedure).toBe('MODIFIED');
      expect(
        (await t.gql(BLOCK, { i: { textId: c.text.id, name: 'Bloc 1', amendmentIds: [a1.id, a2.id] } }, c.members[0].token)).errors?.[0]
          .extensions,
      ).toMatchObject({
        code: 'FORBIDDEN',
      });
      const block = await t.gql(BLOCK, { i: { textId: c.text.id, name: 'Bloc 1', amendmentIds: [a1.id, a2.id] } }, c.coordinator.token);
      expect(block.data!.createAmendmentBlock.amendments).toEqual([{ number: 1 }, { number: 2 }]);
    });

    it('shows an amendment to an old version against that version, flagged when the paragraphs it targets changed', async () => {
      const c = await anOpenText();
      const propose = async (changes: unknown[], versionId = c.version.id) =>
        (await t.gql(PROPOSE, { i: { textId: c.text.id, versionId, reason: 'r', changes } }, c.members[2].token)).data!.proposeAmendment;
      const first = await propose([{ kind: 'REPLACE', paragraphId: c.paragraphIds[0], text: 'Premier alinéa, version A.' }]);
      const onOld = await propose([{ kind: 'REPLACE', paragraphId: c.paragraphIds[0], text: 'Premier alinéa, version B.' }]);
      const elsewhere = await propose([{ kind: 'REPLACE', paragraphId: c.paragraphIds[2], text: 'Délai d’un mois.' }]);
      await voteOn(c, { amendmentId: first.id }, 4);
      const text = await read(c.text.id);
      expect(text.currentVersion.number).toBe(2);
      const byId = new Map(text.amendments.map((a: { id: string }) => [a.id, a]));
      expect(byId.get(onOld.id)).toMatchObject({ version: { number: 1 }, staleParagraphIds: [c.paragraphIds[0]] });
      expect(byId.get(elsewhere.id)).toMatchObject({ version: { number: 1 }, staleParagraphIds: [] });
    });
  });

  describe('votes and merging', () => {
    it('merges an adopted amendment into a new version, leaves a rejected one out, and decides a whole block at once', async () => {
      const c = await anOpenText();
      const propose = async (changes: unknown[]) =>
        (await t.gql(PROPOSE, { i: { textId: c.text.id, versionId: c.version.id, reason: 'r', changes } }, c.members[2].token)).data!
          .proposeAmendment;
      const rejected = await propose([{ kind: 'DELETE', paragraphId: c.paragraphIds[2] }]);
      const b1 = await propose([{ kind: 'REPLACE', paragraphId: c.paragraphIds[0], text: 'Le logement digne est un droit.' }]);
      const b2 = await propose([{ kind: 'INSERT_AFTER', afterId: c.paragraphIds[1], text: 'Un alinéa ajouté.' }]);
      await voteOn(c, { amendmentId: rejected.id }, 1);
      const block = (await t.gql(BLOCK, { i: { textId: c.text.id, name: 'Bloc', amendmentIds: [b1.id, b2.id] } }, c.coordinator.token))
        .data!.createAmendmentBlock;
      await voteOn(c, { blockId: block.id }, 3);
      const text = await read(c.text.id);
      expect(text.amendments.map((a: { status: string }) => a.status)).toEqual(['REJECTED', 'MERGED', 'MERGED']);
      expect(text.versions).toEqual([
        { number: 1, origin: 'draft' },
        { number: 2, origin: 'merge' },
      ]);
      expect(text.currentVersion.paragraphs.map((p: { text: string }) => p.text)).toEqual([
        'Le logement digne est un droit.',
        PARAGRAPHS[1],
        'Un alinéa ajouté.',
        PARAGRAPHS[2],
      ]);
      expect(await t.prisma.auditLog.count({ where: { action: 'amendment.merge', entityId: { in: [b1.id, b2.id] } } })).toBe(2);
    });

    it('leaves a colliding adopted amendment to a coordinator, who resolves it with both wordings shown', async () => {
      const c = await anOpenText();
      const propose = async (text: string) =>
        (
          await t.gql(
            PROPOSE,
            {
              i: {
                textId: c.text.id,
                versionId: c.version.id,
                reason: 'r',
                changes: [{ kind: 'REPLACE', paragraphId: c.paragraphIds[1], text }],
              },
            },
            c.members[2].token,
          )
        ).data!.proposeAmendment;
      const first = await propose('يجب على الحكومة أن تضمن الحق في السكن.');
      const second = await propose('يجب على الدولة أن تضمن السكن اللائق فورًا.');
      await voteOn(c, { amendmentId: first.id }, 4);
      await voteOn(c, { amendmentId: second.id }, 4);
      const text = await read(c.text.id, c.coordinator.token);
      expect(text.amendments.map((a: { status: string }) => a.status)).toEqual(['MERGED', 'ADOPTED']);
      expect(text.pendingCollisions).toEqual([
        {
          amendmentId: second.id,
          paragraphId: c.paragraphIds[1],
          base: PARAGRAPHS[1],
          ours: 'يجب على الحكومة أن تضمن الحق في السكن.',
          theirs: 'يجب على الدولة أن تضمن السكن اللائق فورًا.',
        },
      ]);
      const resolve = (wordings: unknown[], token = c.coordinator.token) =>
        t.gql(RESOLVE, { i: { amendmentId: second.id, wordings } }, token);
      expect((await resolve([{ paragraphId: c.paragraphIds[1], text: 'x' }], c.members[0].token)).errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect((await resolve([{ paragraphId: c.paragraphIds[0], text: 'x' }])).errors?.[0].extensions).toMatchObject({
        reason: 'COLLISION_UNRESOLVED',
      });
      const merged = 'يجب على الحكومة أن تضمن السكن اللائق فورًا.';
      expect((await resolve([{ paragraphId: c.paragraphIds[1], text: merged }])).data!.resolveAmendmentCollision.status).toBe('MERGED');
      const after = await read(c.text.id);
      expect(after.currentVersion.paragraphs[1].text).toBe(merged);
      expect(after.versions.map((v: { origin: string }) => v.origin)).toEqual(['draft', 'merge', 'resolution']);
      expect(after.pendingCollisions).toEqual([]);
    });

    it('keeps a secret ballot on an amendment unlinkable: the amendment, its audit rows and events name no voter', async () => {
      const c = await anOpenText();
      const a = (
        await t.gql(
          PROPOSE,
          { i: { textId: c.text.id, versionId: c.version.id, reason: 'r', changes: [{ kind: 'DELETE', paragraphId: c.paragraphIds[2] }] } },
          c.members[2].token,
        )
      ).data!.proposeAmendment;
      const voteId = await voteOn(c, { amendmentId: a.id }, 3, 'SECRET');
      const ballots = await t.prisma.voteBallot.findMany({ where: { voteId } });
      expect(ballots.map((b) => b.choice).sort()).toEqual([0, 0, 0, 1]);
      expect(ballots.every((b) => b.receiptHash === null)).toBe(true);
      const written = JSON.stringify([
        await t.prisma.amendment.findUnique({ where: { id: a.id } }),
        await t.prisma.auditLog.findMany({ where: { entityId: a.id } }),
      ]);
      for (const m of c.members.slice(0, 2).concat(c.members.slice(3))) expect(written).not.toContain(m.deputy.id);
      expect((await read(c.text.id)).amendments[0].status).toBe('MERGED');
    });

    it('decides the text by the final vote; nobody changes an adopted text', async () => {
      const c = await anOpenText();
      const meeting = await aMeeting(t.prisma, c.group.id, { status: 'LIVE' });
      await markPresent(
        t.prisma,
        meeting.id,
        c.members.map((m) => m.deputy.id),
      );
      expect(
        (await t.gql(TEXT_ON_AGENDA, { i: { textId: c.text.id, meetingId: meeting.id } }, c.members[0].token)).errors?.[0].extensions,
      ).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(
        (await t.gql(TEXT_ON_AGENDA, { i: { textId: c.text.id, meetingId: meeting.id } }, c.coordinator.token)).data!.placeTextOnAgenda
          .status,
      ).toBe('DEBATE');
      const itemId = (await t.prisma.text.findUniqueOrThrow({ where: { id: c.text.id } })).agendaItemId!;
      const vote = (await t.gql(OPEN_VOTE, { i: { agendaItemId: itemId, question: 'Adopter le texte ?' } }, c.coordinator.token)).data!
        .openVote;
      for (const m of c.members) await t.gql(CAST, { i: { voteId: vote.id, choice: 0 } }, m.token);
      await t.gql(CLOSE, { i: { voteId: vote.id } }, c.coordinator.token);
      await texts.applyVote(vote.id);
      const text = await read(c.text.id, c.members[0].token);
      expect(text).toMatchObject({ status: 'ADOPTED', viewerCan: { edit: false, amend: false, coordinate: false } });
      const frozen = [
        await t.gql(
          PROPOSE,
          { i: { textId: c.text.id, versionId: c.version.id, reason: 'r', changes: [{ kind: 'DELETE', paragraphId: c.paragraphIds[0] }] } },
          c.members[2].token,
        ),
        await t.gql(
          EDIT,
          { i: { textId: c.text.id, baseVersionId: c.version.id, paragraphs: [{ text: 'Tout autre.' }] } },
          c.members[0].token,
        ),
        await t.gql(OPEN, { i: { textId: c.text.id, deadline: inAWeek() } }, admin),
        await t.gql(`mutation($i: TextRefInput!) { withdrawText(input: $i) { id } }`, { i: { textId: c.text.id } }, admin),
      ];
      expect(frozen.map((r) => r.errors?.[0].extensions?.reason)).toEqual(['TEXT_FROZEN', 'TEXT_FROZEN', 'TEXT_FROZEN', 'TEXT_FROZEN']);
      expect(await t.prisma.auditLog.count({ where: { action: 'text.decide', entityId: c.text.id } })).toBe(1);
    });

    it('keeps a consistent version history under concurrent amendments and merges', async () => {
      const c = await anOpenText();
      const proposals = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          t.gql(
            PROPOSE,
            {
              i: {
                textId: c.text.id,
                versionId: c.version.id,
                reason: `r${i}`,
                changes: [{ kind: 'INSERT_AFTER', afterId: c.paragraphIds[i % 3], text: `Ajout ${i}.` }],
              },
            },
            c.members[i % 4].token,
          ),
        ),
      );
      expect(proposals.map((p) => p.errors)).toEqual(proposals.map(() => undefined));
      const amendments = await t.prisma.amendment.findMany({ where: { textId: c.text.id }, orderBy: { number: 'asc' } });
      expect(amendments.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6]);
      // Adopt them all, then apply the outcomes concurrently (as several API instances would).
      const votes = [];
      for (const a of amendments) {
        const meeting = await aMeeting(t.prisma, c.group.id, { status: 'LIVE' });
        const item = await t.prisma.agendaItem.create({ data: { meetingId: meeting.id, position: 1, title: 'Amendement' } });
        await t.prisma.amendment.update({ where: { id: a.id }, data: { agendaItemId: item.id } });
        votes.push(
          await t.prisma.vote.create({
            data: {
              meetingId: meeting.id,
              agendaItemId: item.id,
              question: 'q',
              options: ['For', 'Against', 'Abstain'],
              secrecy: 'NAMED',
              eligibleIds: [],
              status: 'CLOSED',
              counts: [3, 1, 0],
              quorumReached: true,
              closedAt: new Date(),
            },
          }),
        );
      }
      await Promise.all([...votes, ...votes].map((v) => texts.applyVote(v.id)));
      const versions = await t.prisma.textVersion.findMany({ where: { textId: c.text.id }, orderBy: { number: 'asc' } });
      expect(versions.map((v) => v.number)).toEqual(versions.map((_, i) => i + 1));
      const after = await t.prisma.amendment.findMany({ where: { textId: c.text.id } });
      expect(after.every((a) => a.status === 'MERGED' && a.mergedVersionId)).toBe(true);
      const last = (versions[versions.length - 1].paragraphs as { text: string }[]).map((p) => p.text);
      for (let i = 0; i < 6; i++) expect(last.filter((p) => p === `Ajout ${i}.`)).toHaveLength(1);
      expect(last).toHaveLength(9);
    });
  });
});
