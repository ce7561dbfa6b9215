import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { numberLines, overlapGroups, staleParagraphs, touchedParagraphs, type TextParagraph as Paragraph } from '@tribune/domain';
import { AgendaItem } from '../agenda/models/agenda-item.model';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { Deputy } from '../deputies/models/deputy.model';
import { FieldReport } from '../field-reports/models/field-report.model';
import { Loaders } from '../loaders/loaders';
import { listOf } from '../security/graphql-limits';
import { User } from '../users/models/user.model';
import { WorkingGroup } from '../working-groups/models/working-group.model';
import {
  AmendmentRefInput,
  CreateAmendmentBlockInput,
  CreateTextInput,
  OpenTextForAmendmentsInput,
  PlaceAmendmentOnAgendaInput,
  PlaceTextOnAgendaInput,
  ProposeAmendmentInput,
  ResolveAmendmentCollisionInput,
  SetAmendmentProcedureInput,
  TextRefInput,
  UpdateTextDraftInput,
} from './dto/text.inputs';
import {
  Amendment,
  AmendmentBlock,
  AmendmentOverlap,
  MergeCollision,
  ParagraphChange,
  Text,
  TextAuthor,
  TextParagraph,
  TextVersion,
} from './models/text.model';
import { TextsLoaders } from './texts.loaders';
import { changesOf, paragraphsOf, TextsService } from './texts.service';

const of = (loaders: Loaders) => loaders.of(TextsLoaders);

@Resolver(() => Text)
export class TextsResolver {
  constructor(private readonly service: TextsService) {}

  @Query(() => [Text], {
    complexity: listOf(100),
    description: "A working group's texts, newest first (its members, coordinators and administrators).",
  })
  texts(
    @CurrentUser() actor: AuthUser,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('first', { type: () => Int, defaultValue: 50, description: 'At most 100.' }) first: number,
  ) {
    return this.service.forGroup(actor, groupId, Math.min(Math.max(first, 1), 100));
  }

  @Query(() => Text, { nullable: true, description: 'One text, to the members of its group, coordinators and administrators.' })
  text(@CurrentUser() actor: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.byId(actor, id);
  }

  @Mutation(() => Text, {
    description: 'A member drafts a text for the group (version 1), inviting co-authors and naming the field reports it answers.',
  })
  createText(@CurrentUser() actor: AuthUser, @Args('input') input: CreateTextInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => Text, { description: 'An invited co-author agrees: they become an author (and may edit the draft).' })
  agreeToText(@CurrentUser() actor: AuthUser, @Args('input') input: TextRefInput) {
    return this.service.agree(actor, input);
  }

  @Mutation(() => Text, { description: 'Its authors edit a draft: a new version (paragraph ids kept where given).' })
  updateTextDraft(@CurrentUser() actor: AuthUser, @Args('input') input: UpdateTextDraftInput) {
    return this.service.updateDraft(actor, input);
  }

  @Mutation(() => Text, { description: 'Opens the text for amendments until a deadline (its authors or coordination).' })
  openTextForAmendments(@CurrentUser() actor: AuthUser, @Args('input') input: OpenTextForAmendmentsInput) {
    return this.service.openForAmendments(actor, input);
  }

  @Mutation(() => Text, { description: "Places the text on a meeting's agenda for its debate and final vote (coordination)." })
  placeTextOnAgenda(@CurrentUser() actor: AuthUser, @Args('input') input: PlaceTextOnAgendaInput) {
    return this.service.placeOnAgenda(actor, input);
  }

  @Mutation(() => Text, { description: 'Withdraws the text (its authors or coordination); it is then frozen.' })
  withdrawText(@CurrentUser() actor: AuthUser, @Args('input') input: TextRefInput) {
    return this.service.withdraw(actor, input);
  }

  @Mutation(() => Amendment, { description: 'A member proposes an amendment to a version of an open text, before its deadline.' })
  proposeAmendment(@CurrentUser() actor: AuthUser, @Args('input') input: ProposeAmendmentInput) {
    return this.service.propose(actor, input);
  }

  @Mutation(() => Amendment, { description: 'A member co-signs an amendment.' })
  cosignAmendment(@CurrentUser() actor: AuthUser, @Args('input') input: AmendmentRefInput) {
    return this.service.cosign(actor, input);
  }

  @Mutation(() => Amendment, { description: 'Its author withdraws an amendment not voted yet.' })
  withdrawAmendment(@CurrentUser() actor: AuthUser, @Args('input') input: AmendmentRefInput) {
    return this.service.withdrawAmendment(actor, input);
  }

  @Mutation(() => Amendment, {
    description: 'Coordination proposes a procedure for an amendment: adopt, reject, a modified wording, merged into another.',
  })
  setAmendmentProcedure(@CurrentUser() actor: AuthUser, @Args('input') input: SetAmendmentProcedureInput) {
    return this.service.setProcedure(actor, input);
  }

  @Mutation(() => AmendmentBlock, { description: 'Coordination groups amendments into one voting block.' })
  createAmendmentBlock(@CurrentUser() actor: AuthUser, @Args('input') input: CreateAmendmentBlockInput) {
    return this.service.createBlock(actor, input);
  }

  @Mutation(() => AgendaItem, {
    description: "Places an amendment or a block on a meeting's agenda (coordination); the vote on that item decides it.",
  })
  placeAmendmentOnAgenda(@CurrentUser() actor: AuthUser, @Args('input') input: PlaceAmendmentOnAgendaInput) {
    return this.service.placeAmendmentOnAgenda(actor, input);
  }

  @Mutation(() => Amendment, {
    description: 'Coordination merges an adopted amendment that collides, with the wording chosen for each collided paragraph.',
  })
  resolveAmendmentCollision(@CurrentUser() actor: AuthUser, @Args('input') input: ResolveAmendmentCollisionInput) {
    return this.service.resolveCollision(actor, input);
  }

  @ResolveField(() => WorkingGroup, { description: 'The group it belongs to.' })
  group(@Root() text: Text, @Context('loaders') loaders: Loaders) {
    return of(loaders).groupById.load(text.groupId);
  }

  @ResolveField(() => [TextAuthor], {
    complexity: listOf(21),
    description: 'Its authors: the creator and the co-authors invited (agreed or not yet).',
  })
  async authors(@Root() text: Text, @Context('loaders') loaders: Loaders) {
    return (await of(loaders).authorsByTextId.load(text.id)).map((a) => ({ ...a, agreed: a.agreedAt !== null }));
  }

  @ResolveField(() => [FieldReport], { complexity: listOf(50), description: 'The field reports it answers.' })
  async fieldReports(@Root() text: Text, @Context('loaders') loaders: Loaders) {
    const links = await of(loaders).reportIdsByTextId.load(text.id);
    return (await Promise.all(links.map((l) => of(loaders).fieldReportById.load(l.reportId)))).filter((r) => r !== null);
  }

  @ResolveField(() => TextVersion, { description: 'The latest version.' })
  async currentVersion(@Root() text: Text, @Context('loaders') loaders: Loaders) {
    const versions = await of(loaders).versionsByTextId.load(text.id);
    return versions[versions.length - 1];
  }

  @ResolveField(() => [TextVersion], { complexity: listOf(50), description: 'Every version, oldest first.' })
  versions(@Root() text: Text, @Context('loaders') loaders: Loaders) {
    return of(loaders).versionsByTextId.load(text.id);
  }

  @ResolveField(() => TextVersion, { nullable: true, description: 'One version by its number (to compare two).' })
  async version(@Root() text: Text, @Args('number', { type: () => Int }) number: number, @Context('loaders') loaders: Loaders) {
    return (await of(loaders).versionsByTextId.load(text.id)).find((v) => v.number === number) ?? null;
  }

  @ResolveField(() => [Amendment], { complexity: listOf(100), description: 'Its amendments, by number.' })
  amendments(@Root() text: Text, @Context('loaders') loaders: Loaders) {
    return of(loaders).amendmentsByTextId.load(text.id);
  }

  @ResolveField(() => [AmendmentOverlap], {
    complexity: listOf(50),
    description: 'Groups of amendments still to decide that touch the same paragraph (flagged and shown together).',
  })
  async overlaps(@Root() text: Text, @Context('loaders') loaders: Loaders) {
    const pending = (await of(loaders).amendmentsByTextId.load(text.id)).filter((a) => a.status === 'SUBMITTED' || a.status === 'ADOPTED');
    return overlapGroups(pending.map((a) => ({ id: a.id, changes: changesOf(a.changes) }))).map((amendmentIds) => ({ amendmentIds }));
  }

  @ResolveField(() => [AmendmentBlock], { complexity: listOf(50), description: 'Its voting blocks.' })
  blocks(@Root() text: Text, @Context('loaders') loaders: Loaders) {
    return of(loaders).blocksByTextId.load(text.id);
  }

  @ResolveField(() => [MergeCollision], {
    complexity: listOf(50),
    description: 'Adopted amendments that collide with the current version: both wordings, for coordination to resolve.',
  })
  pendingCollisions(@Root() text: Text) {
    return this.service.pendingCollisions(text.id);
  }

  @ResolveField(() => AgendaItem, { nullable: true, description: 'The agenda item of its debate and final vote.' })
  agendaItem(@Root() text: Text, @Context('loaders') loaders: Loaders) {
    return text.agendaItemId ? of(loaders).agendaItemById.load(text.agendaItemId) : null;
  }
}

@Resolver(() => TextAuthor)
export class TextAuthorResolver {
  @ResolveField(() => Deputy)
  deputy(@Root() author: TextAuthor, @Context('loaders') loaders: Loaders) {
    return of(loaders).deputyById.load(author.deputyId);
  }
}

@Resolver(() => TextVersion)
export class TextVersionResolver {
  @ResolveField(() => [TextParagraph], {
    complexity: listOf(300),
    description: 'Its paragraphs in order, with their line numbers (80 characters a line).',
  })
  paragraphs(@Root() version: TextVersion) {
    return numberedParagraphs(paragraphsOf(version.paragraphs));
  }

  @ResolveField(() => User, { nullable: true, description: 'Who wrote it (null for a merge of adopted amendments).' })
  author(@Root() version: TextVersion, @Context('loaders') loaders: Loaders) {
    return version.authorId ? of(loaders).userById.load(version.authorId) : null;
  }
}

@Resolver(() => Amendment)
export class AmendmentResolver {
  @ResolveField(() => [ParagraphChange], { complexity: listOf(10), description: 'Its changes to its version.' })
  changes(@Root() amendment: Amendment) {
    return changesOf(amendment.changes).map(toChange);
  }

  @ResolveField(() => [ParagraphChange], {
    nullable: true,
    complexity: listOf(10),
    description: "Coordination's modified wording (procedure MODIFIED).",
  })
  modifiedChanges(@Root() amendment: Amendment) {
    return amendment.modifiedChanges ? changesOf(amendment.modifiedChanges).map(toChange) : null;
  }

  @ResolveField(() => TextVersion, { description: 'The version it was written on (it is shown against it).' })
  version(@Root() amendment: Amendment, @Context('loaders') loaders: Loaders) {
    return of(loaders).versionById.load(amendment.versionId);
  }

  @ResolveField(() => [ID], {
    complexity: listOf(10),
    description: 'The paragraphs it targets that changed since its version (flagged: the amendment may no longer fit).',
  })
  async staleParagraphIds(@Root() amendment: Amendment, @Context('loaders') loaders: Loaders) {
    if (amendment.status !== 'SUBMITTED' && amendment.status !== 'ADOPTED') return [];
    const [base, versions] = await Promise.all([
      of(loaders).versionById.load(amendment.versionId),
      of(loaders).versionsByTextId.load(amendment.textId),
    ]);
    const current = versions[versions.length - 1];
    if (!base || !current || current.id === base.id) return [];
    return staleParagraphs(paragraphsOf(base.paragraphs), paragraphsOf(current.paragraphs), changesOf(amendment.changes));
  }

  @ResolveField(() => [TextParagraph], {
    complexity: listOf(10),
    description: 'The paragraphs of its version it replaces, deletes or adds after, with their lines in that version ("lines 12-15").',
  })
  async targets(@Root() amendment: Amendment, @Context('loaders') loaders: Loaders) {
    const version = await of(loaders).versionById.load(amendment.versionId);
    const touched = new Set(touchedParagraphs(changesOf(amendment.changes)));
    return numberedParagraphs(version ? paragraphsOf(version.paragraphs) : []).filter((p) => touched.has(p.id));
  }

  @ResolveField(() => Deputy)
  author(@Root() amendment: Amendment, @Context('loaders') loaders: Loaders) {
    return of(loaders).deputyById.load(amendment.authorId);
  }

  @ResolveField(() => [Deputy], { complexity: listOf(10), description: 'Members who co-signed it.' })
  async signers(@Root() amendment: Amendment, @Context('loaders') loaders: Loaders) {
    const rows = await of(loaders).signerIdsByAmendmentId.load(amendment.id);
    return (await Promise.all(rows.map((r) => of(loaders).deputyById.load(r.deputyId)))).filter((d) => d !== null);
  }

  @ResolveField(() => Text)
  text(@Root() amendment: Amendment, @Context('loaders') loaders: Loaders) {
    return of(loaders).textById.load(amendment.textId);
  }

  @ResolveField(() => AmendmentBlock, { nullable: true })
  block(@Root() amendment: Amendment, @Context('loaders') loaders: Loaders) {
    return amendment.blockId ? of(loaders).blockById.load(amendment.blockId) : null;
  }

  @ResolveField(() => Amendment, { nullable: true, description: 'MERGED_INTO: the amendment it is merged into.' })
  mergedInto(@Root() amendment: Amendment, @Context('loaders') loaders: Loaders) {
    return amendment.mergedIntoId ? of(loaders).amendmentById.load(amendment.mergedIntoId) : null;
  }

  @ResolveField(() => AgendaItem, { nullable: true, description: 'The agenda item it is voted on alone.' })
  agendaItem(@Root() amendment: Amendment, @Context('loaders') loaders: Loaders) {
    return amendment.agendaItemId ? of(loaders).agendaItemById.load(amendment.agendaItemId) : null;
  }

  @ResolveField(() => TextVersion, { nullable: true, description: 'The version it was merged into.' })
  mergedVersion(@Root() amendment: Amendment, @Context('loaders') loaders: Loaders) {
    return amendment.mergedVersionId ? of(loaders).versionById.load(amendment.mergedVersionId) : null;
  }
}

@Resolver(() => AmendmentBlock)
export class AmendmentBlockResolver {
  @ResolveField(() => [Amendment], { complexity: listOf(100) })
  amendments(@Root() block: AmendmentBlock, @Context('loaders') loaders: Loaders) {
    return of(loaders).amendmentsByBlockId.load(block.id);
  }

  @ResolveField(() => AgendaItem, { nullable: true, description: 'The agenda item it is voted on.' })
  agendaItem(@Root() block: AmendmentBlock, @Context('loaders') loaders: Loaders) {
    return block.agendaItemId ? of(loaders).agendaItemById.load(block.agendaItemId) : null;
  }
}

/** A version's paragraphs with their line numbers (packages/domain numberLines, the reading view's). */
function numberedParagraphs(paragraphs: Paragraph[]): TextParagraph[] {
  return numberLines(paragraphs).map((p) => ({
    id: p.id,
    text: p.text,
    firstLine: p.firstLine,
    lastLine: p.firstLine + p.lines.length - 1,
  }));
}

function toChange(change: ReturnType<typeof changesOf>[number]): ParagraphChange {
  return {
    kind: change.kind as ParagraphChange['kind'],
    paragraphId: change.paragraphId,
    afterId: change.kind === 'INSERT_AFTER' ? change.afterId : null,
    text: change.kind === 'DELETE' ? null : change.text,
  };
}
