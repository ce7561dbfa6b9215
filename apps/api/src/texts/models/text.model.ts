import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum TextKind {
  RECOMMENDATION = 'RECOMMENDATION',
  POSITION = 'POSITION',
  RESOLUTION = 'RESOLUTION',
  LETTER = 'LETTER',
}
registerEnumType(TextKind, {
  name: 'TextKind',
  description: 'What a text is: a recommendation to institutions, a position, a resolution, a letter.',
});

export enum TextStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  DEBATE = 'DEBATE',
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(TextStatus, {
  name: 'TextStatus',
  description:
    'DRAFT (its authors edit) -> OPEN (amendments until the deadline) -> DEBATE (on a meeting agenda) -> ADOPTED or REJECTED (by the final vote); WITHDRAWN. ADOPTED, REJECTED and WITHDRAWN are frozen.',
});

export enum AmendmentStatus {
  SUBMITTED = 'SUBMITTED',
  ADOPTED = 'ADOPTED',
  MERGED = 'MERGED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(AmendmentStatus, {
  name: 'AmendmentStatus',
  description: 'SUBMITTED -> ADOPTED (voted; waits for a coordinator when it collides) -> MERGED (in a version), or REJECTED / WITHDRAWN.',
});

export enum AmendmentProcedure {
  ADOPT = 'ADOPT',
  REJECT = 'REJECT',
  MODIFIED = 'MODIFIED',
  MERGED_INTO = 'MERGED_INTO',
}
registerEnumType(AmendmentProcedure, {
  name: 'AmendmentProcedure',
  description: "The coordinators' proposal to the sitting: adopt, reject, adopt a modified wording, or merged into another amendment.",
});

export enum ParagraphChangeKind {
  REPLACE = 'REPLACE',
  DELETE = 'DELETE',
  INSERT_AFTER = 'INSERT_AFTER',
}
registerEnumType(ParagraphChangeKind, {
  name: 'ParagraphChangeKind',
  description: "A paragraph's new wording, its deletion, or a new paragraph after one (afterId null: at the start).",
});

/** A text a working group drafts, amends and adopts. */
@ObjectType()
export class Text {
  @Field(() => ID) id: string;
  @Field(() => TextKind) kind: TextKind;
  @Field() title: string;
  @Field(() => TextStatus) status: TextStatus;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Amendments are proposed until this instant (status OPEN).' })
  amendmentDeadline: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the final vote adopted or rejected it.' }) decidedAt: Date | null;
  groupId: string;
  agendaItemId: string | null;
}

/** An author of a text: co-authors are listed once invited and count as authors once they agreed. */
@ObjectType()
export class TextAuthor {
  @Field({ description: 'The co-author agreed (the creator always has).' }) agreed: boolean;
  deputyId: string;
  textId: string;
}

/** One paragraph of a version, with its computed line numbers (fixed line length, counted in graphemes). */
@ObjectType()
export class TextParagraph {
  @Field(() => ID, { description: 'Stable across versions while the paragraph is not deleted.' }) id: string;
  @Field() text: string;
  @Field(() => Int) firstLine: number;
  @Field(() => Int) lastLine: number;
}

/** One state of a text's body. */
@ObjectType()
export class TextVersion {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '1, 2, ... per text.' }) number: number;
  @Field() title: string;
  @Field({
    description: 'Why it exists: "draft" (its authors), "merge" (adopted amendments), "resolution" (a coordinator resolved a collision).',
  })
  origin: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  textId: string;
  groupId: string;
  authorId: string | null;
  paragraphs: unknown;
}

/** One change of an amendment. */
@ObjectType()
export class ParagraphChange {
  @Field(() => ParagraphChangeKind) kind: ParagraphChangeKind;
  @Field(() => ID, { description: 'The paragraph replaced or deleted, or the id of the new one.' }) paragraphId: string;
  @Field(() => ID, { nullable: true, description: 'INSERT_AFTER: the paragraph the new one follows (null: at the start).' })
  afterId: string | null;
  @Field(() => String, { nullable: true, description: 'The new wording (null for DELETE).' }) text: string | null;
}

/** An amendment to a version of a text. */
@ObjectType()
export class Amendment {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '1, 2, ... per text.' }) number: number;
  @Field(() => AmendmentStatus) status: AmendmentStatus;
  @Field() reason: string;
  @Field(() => AmendmentProcedure, { nullable: true }) procedure: AmendmentProcedure | null;
  @Field(() => String, { nullable: true }) procedureNote: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  textId: string;
  groupId: string;
  versionId: string;
  authorId: string;
  changes: unknown;
  modifiedChanges: unknown;
  mergedIntoId: string | null;
  blockId: string | null;
  agendaItemId: string | null;
  mergedVersionId: string | null;
}

/** Amendments put to one vote. */
@ObjectType()
export class AmendmentBlock {
  @Field(() => ID) id: string;
  @Field() name: string;
  textId: string;
  groupId: string;
  agendaItemId: string | null;
}

/** Amendments that touch the same paragraph (flagged and shown together). */
@ObjectType()
export class AmendmentOverlap {
  @Field(() => [ID]) amendmentIds: string[];
}

/** A paragraph an adopted amendment and the current text both changed: both wordings, for the coordinator. */
@ObjectType()
export class MergeCollision {
  @Field(() => ID) amendmentId: string;
  @Field(() => ID) paragraphId: string;
  @Field(() => String, { nullable: true, description: "The paragraph in the amendment's version." }) base: string | null;
  @Field(() => String, { nullable: true, description: 'The paragraph now (null: deleted since).' }) ours: string | null;
  @Field(() => String, { nullable: true, description: "The amendment's wording (null: it deletes the paragraph)." }) theirs: string | null;
}

/** What the signed-in person may do to a text (the access policy's answers and the text's authorship). */
@ObjectType()
export class TextViewerCan {
  @Field({ description: 'Edit the draft (its agreed authors, while a draft).' }) edit: boolean;
  @Field({ description: 'Agree to co-author it (an invited co-author who has not agreed yet).' }) agree: boolean;
  @Field({ description: 'Propose and co-sign amendments (members of the group, while open and before the deadline).' }) amend: boolean;
  @Field({ description: 'Set procedures, group amendments, place them on an agenda, resolve collisions (coordination).' })
  coordinate: boolean;
}
