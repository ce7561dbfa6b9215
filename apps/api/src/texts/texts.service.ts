import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  type AmendmentToMerge,
  applyChanges,
  checkChanges,
  ErrorReason,
  mergeAmendments,
  type MergeCollision,
  type ParagraphChange,
  resolveCollisions,
  TEXT_LIMITS,
  type TextParagraph,
  voteAdopts,
} from '@tribune/domain';
import { Prisma } from '../generated/prisma/client';
import { AccessPolicy } from '../access/access-policy';
import { allowedSql } from '../access/rules';
import { AgendaService, requireOpenAgenda } from '../agenda/agenda.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { badInput, conflict, forbidden, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { DomainEvent, DomainEventBus, OnDomainEvent, type VoteClosedEvent } from '../common/domain-events';
import type { TextUpdatedNotice } from '@tribune/domain';
import { MeetingAccess } from '../meetings/meeting-access.service';
import { PrismaService, Tx } from '../prisma/prisma.service';
import {
  AmendmentRefInput,
  CreateAmendmentBlockInput,
  CreateTextInput,
  OpenTextForAmendmentsInput,
  ParagraphChangeInput,
  PlaceAmendmentOnAgendaInput,
  PlaceTextOnAgendaInput,
  ProposeAmendmentInput,
  ResolveAmendmentCollisionInput,
  SetAmendmentProcedureInput,
  TextRefInput,
  UpdateTextDraftInput,
} from './dto/text.inputs';

type TextRow = Prisma.TextGetPayload<object>;
type AmendmentRow = Prisma.AmendmentGetPayload<object>;
type Change = Pick<TextUpdatedNotice, 'change' | 'amendmentId'>;

const FROZEN = new Set(['ADOPTED', 'REJECTED', 'WITHDRAWN']);
/** A paragraph id: short, random, stable for the paragraph's life. */
const newParagraphId = () => `p${randomBytes(6).toString('hex')}`;
export const paragraphsOf = (value: unknown) => value as TextParagraph[];
export const changesOf = (value: unknown) => (value ?? []) as ParagraphChange[];

/** The changes an adopted amendment brings: the coordinators' modified wording when that was the procedure. */
const wordingOf = (a: AmendmentRow) => changesOf(a.procedure === 'MODIFIED' && a.modifiedChanges ? a.modifiedChanges : a.changes);

/**
 * Texts, their versions and amendments (issue 15). Every change locks the text's row first, so
 * concurrent edits, amendments and merges of one text run one after the other and its versions
 * are numbered without gaps or twins (unique textId + number besides). Rules of the body (line
 * numbers, applying and merging amendments) are packages/domain's texts.ts.
 */
@Injectable()
export class TextsService {
  private readonly logger = new Logger(TextsService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
    private readonly meetings: MeetingAccess,
    private readonly agenda: AgendaService,
    private readonly events: DomainEventBus,
    private readonly clock: Clock,
  ) {}

  // ---- reading

  async byId(actor: AuthUser, id: string) {
    const text = await this.prisma.text.findUnique({ where: { id } });
    if (!text) throw notFound('Text', id);
    await this.policy.require(this.prisma, actor, 'text', 'read', { groupId: text.groupId });
    return text;
  }

  /** A group's texts the viewer may read (the policy's SQL), newest first. */
  async forGroup(actor: AuthUser, groupId: string, first: number) {
    return this.prisma.readRaw<TextRow[]>(Prisma.sql`
      SELECT t.* FROM "Text" t
      WHERE t."groupId" = ${groupId} AND ${allowedSql(actor, 'text', 'read', { group: Prisma.sql`t."groupId"` })}
      ORDER BY t."createdAt" DESC, t."id" LIMIT ${first}`);
  }

  currentVersion(db: PrismaService | Tx, textId: string) {
    return db.textVersion.findFirstOrThrow({ where: { textId }, orderBy: { number: 'desc' } });
  }

  /** The collisions the adopted amendments not merged yet meet against the current version (for the coordinator). */
  async pendingCollisions(textId: string): Promise<MergeCollision[]> {
    const adopted = await this.prisma.amendment.findMany({ where: { textId, status: 'ADOPTED' }, orderBy: { number: 'asc' } });
    if (!adopted.length) return [];
    const current = await this.currentVersion(this.prisma, textId);
    return mergeAmendments(paragraphsOf(current.paragraphs), await this.toMerge(this.prisma, adopted)).collisions;
  }

  /** Whether the actor is an author of the text who agreed (the creator always is). */
  async isAgreedAuthor(db: PrismaService | Tx, actor: AuthUser, textId: string) {
    if (!actor.deputyId) return false;
    const author = await db.textAuthor.findUnique({ where: { textId_deputyId: { textId, deputyId: actor.deputyId } } });
    return !!author?.agreedAt;
  }

  // ---- the text's life

  async create(actor: AuthUser, input: CreateTextInput) {
    const text = await this.prisma.$transaction(async (tx) => {
      await this.policy.group(tx, actor, input.groupId, 'read');
      await this.requireMember(tx, actor, input.groupId);
      const paragraphs = this.paragraphsFrom(input.paragraphs.map((text) => ({ text })));
      const coAuthors = [...new Set(input.coAuthorIds)].filter((id) => id !== actor.deputyId);
      for (const deputyId of coAuthors)
        if (!(await this.meetings.isMember(tx, deputyId, input.groupId)))
          throw badInput('A co-author must be a member of the group.', 'coAuthorIds', { reason: ErrorReason.GROUP_MEMBERS_ONLY });
      const reportIds = [...new Set(input.fieldReportIds)];
      const reports = await tx.fieldReport.findMany({ where: { id: { in: reportIds } }, select: { id: true, routedGroupId: true } });
      if (reports.length !== reportIds.length || reports.some((r) => r.routedGroupId !== input.groupId))
        throw badInput('A text answers field reports routed to its group.', 'fieldReportIds', {
          reason: ErrorReason.REPORT_ROUTED_ELSEWHERE,
        });
      const title = input.title.trim();
      const text = await tx.text.create({
        data: {
          groupId: input.groupId,
          kind: input.kind,
          title,
          createdById: actor.id,
          authors: {
            create: [
              { deputyId: actor.deputyId!, agreedAt: this.clock.now() },
              ...coAuthors.map((deputyId) => ({ deputyId, agreedAt: null })),
            ],
          },
          fieldReports: { create: reportIds.map((reportId) => ({ reportId })) },
        },
      });
      await tx.textVersion.create({
        data: {
          textId: text.id,
          groupId: text.groupId,
          number: 1,
          paragraphs: paragraphs as unknown as Prisma.InputJsonValue,
          title,
          authorId: actor.id,
        },
      });
      await this.audit.record(tx, actor, {
        action: 'text.create',
        entityType: 'Text',
        entityId: text.id,
        data: { groupId: text.groupId, kind: text.kind, coAuthorIds: coAuthors, fieldReportIds: reportIds },
      });
      return text;
    });
    this.publish(text, { change: 'created', amendmentId: null });
    return text;
  }

  async agree(actor: AuthUser, input: TextRefInput) {
    return this.change(input.textId, { change: 'status', amendmentId: null }, async (tx, text) => {
      this.requireNotFrozen(text);
      const author = actor.deputyId
        ? await tx.textAuthor.findUnique({ where: { textId_deputyId: { textId: text.id, deputyId: actor.deputyId } } })
        : null;
      if (!author)
        throw forbidden('Only a co-author invited by the text’s authors can agree to it.', { reason: ErrorReason.TEXT_AUTHORS_ONLY });
      if (!author.agreedAt)
        await tx.textAuthor.update({
          where: { textId_deputyId: { textId: text.id, deputyId: author.deputyId } },
          data: { agreedAt: this.clock.now() },
        });
      await this.audit.record(tx, actor, {
        action: 'text.agree',
        entityType: 'Text',
        entityId: text.id,
        data: { deputyId: author.deputyId },
      });
      return text;
    });
  }

  async updateDraft(actor: AuthUser, input: UpdateTextDraftInput) {
    return this.change(input.textId, { change: 'version', amendmentId: null }, async (tx, text) => {
      this.requireNotFrozen(text);
      if (!(await this.isAgreedAuthor(tx, actor, text.id)))
        throw forbidden('Only the text’s authors edit its draft.', { reason: ErrorReason.TEXT_AUTHORS_ONLY });
      this.requireStatus(text, ['DRAFT']);
      const current = await this.currentVersion(tx, text.id);
      if (current.id !== input.baseVersionId)
        throw conflict('The text changed since you loaded it.', { reason: ErrorReason.CHANGED_MEANWHILE });
      const known = new Set(paragraphsOf(current.paragraphs).map((p) => p.id));
      for (const p of input.paragraphs)
        if (p.id && !known.has(p.id))
          throw badInput('This paragraph is not in the current version.', 'paragraphs', {
            reason: ErrorReason.PARAGRAPH_NOT_IN_VERSION,
            params: { paragraphId: p.id },
          });
      const paragraphs = this.paragraphsFrom(input.paragraphs);
      const title = input.title?.trim() || text.title;
      await this.newVersion(tx, actor, text, paragraphs, title, 'draft');
      const updated = await tx.text.update({ where: { id: text.id }, data: { title } });
      await this.audit.record(tx, actor, {
        action: 'text.update',
        entityType: 'Text',
        entityId: text.id,
        data: { version: current.number + 1 },
      });
      return updated;
    });
  }

  async openForAmendments(actor: AuthUser, input: OpenTextForAmendmentsInput) {
    return this.change(input.textId, { change: 'status', amendmentId: null }, async (tx, text) => {
      this.requireNotFrozen(text);
      await this.requireAuthorOrCoordination(tx, actor, text);
      this.requireStatus(text, ['DRAFT', 'OPEN']);
      if (input.deadline.getTime() <= this.clock.now().getTime())
        throw badInput('The deadline for amendments must be in the future.', 'deadline', {
          reason: ErrorReason.INVALID_INPUT,
          params: { field: 'deadline' },
        });
      const updated = await tx.text.update({ where: { id: text.id }, data: { status: 'OPEN', amendmentDeadline: input.deadline } });
      await this.audit.record(tx, actor, {
        action: 'text.open',
        entityType: 'Text',
        entityId: text.id,
        data: { deadline: input.deadline.toISOString() },
      });
      return updated;
    });
  }

  async placeOnAgenda(actor: AuthUser, input: PlaceTextOnAgendaInput) {
    let meeting: { id: string; groupId: string; currentAgendaItemId: string | null } | null = null;
    const text = await this.change(input.textId, { change: 'status', amendmentId: null }, async (tx, text) => {
      this.requireNotFrozen(text);
      await this.policy.require(tx, actor, 'text', 'coordinate', { groupId: text.groupId });
      this.requireStatus(text, ['OPEN', 'DEBATE']);
      meeting = await this.meetingOfGroup(tx, input.meetingId, text.groupId);
      const item = await this.agenda.appendInTx(tx, meeting.id, { title: text.title });
      const updated = await tx.text.update({ where: { id: text.id }, data: { status: 'DEBATE', agendaItemId: item.id } });
      await this.audit.record(tx, actor, {
        action: 'text.placeOnAgenda',
        entityType: 'Text',
        entityId: text.id,
        data: { meetingId: meeting.id, agendaItemId: item.id },
      });
      return updated;
    });
    if (meeting) this.agenda.publish(meeting);
    return text;
  }

  async withdraw(actor: AuthUser, input: TextRefInput) {
    return this.change(input.textId, { change: 'status', amendmentId: null }, async (tx, text) => {
      this.requireNotFrozen(text);
      await this.requireAuthorOrCoordination(tx, actor, text);
      const updated = await tx.text.update({ where: { id: text.id }, data: { status: 'WITHDRAWN', decidedAt: this.clock.now() } });
      await this.audit.record(tx, actor, { action: 'text.withdraw', entityType: 'Text', entityId: text.id, data: { from: text.status } });
      return updated;
    });
  }

  // ---- amendments

  async propose(actor: AuthUser, input: ProposeAmendmentInput) {
    let amendmentId: string | null = null;
    const amendment = await this.change(
      input.textId,
      () => ({ change: 'amendment', amendmentId }),
      async (tx, text) => {
        this.requireNotFrozen(text);
        await this.requireMember(tx, actor, text.groupId);
        this.requireOpenForAmendments(text);
        const version = await tx.textVersion.findUnique({ where: { id: input.versionId } });
        if (!version || version.textId !== text.id) throw notFound('Text version', input.versionId);
        const changes = this.changesFrom(paragraphsOf(version.paragraphs), input.changes, 'changes');
        const number = text.lastAmendmentNumber + 1;
        await tx.text.update({ where: { id: text.id }, data: { lastAmendmentNumber: number } });
        const created = await tx.amendment.create({
          data: {
            textId: text.id,
            groupId: text.groupId,
            number,
            versionId: version.id,
            authorId: actor.deputyId!,
            changes: changes as unknown as Prisma.InputJsonValue,
            reason: input.reason.trim(),
          },
        });
        amendmentId = created.id;
        await this.audit.record(tx, actor, {
          action: 'amendment.propose',
          entityType: 'Amendment',
          entityId: created.id,
          data: { textId: text.id, number, versionNumber: version.number },
        });
        return created;
      },
    );
    return amendment;
  }

  async cosign(actor: AuthUser, input: AmendmentRefInput) {
    return this.changeAmendment(input.amendmentId, 'amendment', async (tx, text, amendment) => {
      await this.requireMember(tx, actor, text.groupId);
      this.requireAmendmentStatus(amendment, ['SUBMITTED']);
      if (amendment.authorId === actor.deputyId) throw conflict('You wrote this amendment.', { reason: ErrorReason.ALREADY_EXISTS });
      const key = { amendmentId_deputyId: { amendmentId: amendment.id, deputyId: actor.deputyId! } };
      if (await tx.amendmentSigner.findUnique({ where: key }))
        throw conflict('You already co-signed it.', { reason: ErrorReason.ALREADY_EXISTS });
      await tx.amendmentSigner.create({ data: { amendmentId: amendment.id, deputyId: actor.deputyId! } });
      await this.audit.record(tx, actor, {
        action: 'amendment.cosign',
        entityType: 'Amendment',
        entityId: amendment.id,
        data: { textId: text.id },
      });
      return amendment;
    });
  }

  async withdrawAmendment(actor: AuthUser, input: AmendmentRefInput) {
    return this.changeAmendment(input.amendmentId, 'amendment', async (tx, text, amendment) => {
      if (amendment.authorId !== actor.deputyId)
        throw forbidden('Only its author withdraws an amendment.', { reason: ErrorReason.TEXT_AUTHORS_ONLY });
      this.requireAmendmentStatus(amendment, ['SUBMITTED']);
      const updated = await tx.amendment.update({ where: { id: amendment.id }, data: { status: 'WITHDRAWN' } });
      await this.audit.record(tx, actor, {
        action: 'amendment.withdraw',
        entityType: 'Amendment',
        entityId: amendment.id,
        data: { textId: text.id },
      });
      return updated;
    });
  }

  async setProcedure(actor: AuthUser, input: SetAmendmentProcedureInput) {
    return this.changeAmendment(input.amendmentId, 'procedure', async (tx, text, amendment) => {
      await this.policy.require(tx, actor, 'text', 'coordinate', { groupId: text.groupId });
      this.requireAmendmentStatus(amendment, ['SUBMITTED']);
      let modifiedChanges: ParagraphChange[] | null = null;
      let mergedIntoId: string | null = null;
      if (input.procedure === 'MODIFIED') {
        const version = await tx.textVersion.findUniqueOrThrow({ where: { id: amendment.versionId } });
        modifiedChanges = this.changesFrom(paragraphsOf(version.paragraphs), input.modifiedChanges ?? [], 'modifiedChanges');
      }
      if (input.procedure === 'MERGED_INTO') {
        const target = input.mergedIntoId ? await tx.amendment.findUnique({ where: { id: input.mergedIntoId } }) : null;
        if (!target || target.textId !== text.id || target.id === amendment.id)
          throw badInput('Name another amendment of the same text.', 'mergedIntoId', {
            reason: ErrorReason.INVALID_INPUT,
            params: { field: 'mergedIntoId' },
          });
        mergedIntoId = target.id;
      }
      const updated = await tx.amendment.update({
        where: { id: amendment.id },
        data: {
          procedure: input.procedure,
          procedureNote: input.note?.trim() || null,
          modifiedChanges: modifiedChanges ? (modifiedChanges as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
          mergedIntoId,
        },
      });
      await this.audit.record(tx, actor, {
        action: 'amendment.procedure',
        entityType: 'Amendment',
        entityId: amendment.id,
        data: { textId: text.id, procedure: input.procedure, mergedIntoId },
      });
      return updated;
    });
  }

  async createBlock(actor: AuthUser, input: CreateAmendmentBlockInput) {
    return this.change(input.textId, { change: 'procedure', amendmentId: null }, async (tx, text) => {
      this.requireNotFrozen(text);
      await this.policy.require(tx, actor, 'text', 'coordinate', { groupId: text.groupId });
      const ids = [...new Set(input.amendmentIds)];
      const amendments = await tx.amendment.findMany({ where: { id: { in: ids }, textId: text.id } });
      if (amendments.length !== ids.length)
        throw notFound(
          'Amendment',
          ids.find((id) => !amendments.some((a) => a.id === id)),
        );
      for (const a of amendments) {
        this.requireAmendmentStatus(a, ['SUBMITTED']);
        if (a.blockId || a.agendaItemId)
          throw conflict(`Amendment ${a.number} is already in a block or on an agenda.`, { reason: ErrorReason.AMENDMENT_STATUS_FORBIDS });
      }
      const block = await tx.amendmentBlock.create({ data: { textId: text.id, groupId: text.groupId, name: input.name.trim() } });
      await tx.amendment.updateMany({ where: { id: { in: ids } }, data: { blockId: block.id } });
      await this.audit.record(tx, actor, {
        action: 'amendment.block',
        entityType: 'Text',
        entityId: text.id,
        data: { blockId: block.id, amendmentIds: ids },
      });
      return block;
    });
  }

  async placeAmendmentOnAgenda(actor: AuthUser, input: PlaceAmendmentOnAgendaInput) {
    if (!input.amendmentId === !input.blockId)
      throw badInput('Name one amendment or one block.', 'amendmentId', {
        reason: ErrorReason.INVALID_INPUT,
        params: { field: 'amendmentId' },
      });
    const target = input.amendmentId
      ? await this.prisma.amendment.findUnique({ where: { id: input.amendmentId } })
      : await this.prisma.amendmentBlock.findUnique({ where: { id: input.blockId! } });
    if (!target) throw notFound(input.amendmentId ? 'Amendment' : 'Amendment block', input.amendmentId ?? input.blockId!);
    let meeting: { id: string; groupId: string; currentAgendaItemId: string | null } | null = null;
    const item = await this.change(target.textId, { change: 'procedure', amendmentId: input.amendmentId ?? null }, async (tx, text) => {
      this.requireNotFrozen(text);
      await this.policy.require(tx, actor, 'text', 'coordinate', { groupId: text.groupId });
      this.requireStatus(text, ['OPEN', 'DEBATE']);
      meeting = await this.meetingOfGroup(tx, input.meetingId, text.groupId);
      let title: string;
      if (input.amendmentId) {
        const amendment = await tx.amendment.findUniqueOrThrow({ where: { id: input.amendmentId } });
        this.requireAmendmentStatus(amendment, ['SUBMITTED']);
        if (amendment.blockId || amendment.agendaItemId)
          throw conflict('This amendment is already in a block or on an agenda.', { reason: ErrorReason.AMENDMENT_STATUS_FORBIDS });
        title = `Amendement ${amendment.number} · ${text.title}`;
      } else {
        const block = await tx.amendmentBlock.findUniqueOrThrow({ where: { id: input.blockId! } });
        if (block.agendaItemId) throw conflict('This block is already on an agenda.', { reason: ErrorReason.AMENDMENT_STATUS_FORBIDS });
        title = `${block.name} · ${text.title}`;
      }
      const item = await this.agenda.appendInTx(tx, meeting.id, { title: title.slice(0, 200) });
      if (input.amendmentId) await tx.amendment.update({ where: { id: input.amendmentId }, data: { agendaItemId: item.id } });
      else await tx.amendmentBlock.update({ where: { id: input.blockId! }, data: { agendaItemId: item.id } });
      await this.audit.record(tx, actor, {
        action: 'amendment.placeOnAgenda',
        entityType: 'Text',
        entityId: text.id,
        data: { amendmentId: input.amendmentId ?? null, blockId: input.blockId ?? null, meetingId: meeting.id, agendaItemId: item.id },
      });
      return item;
    });
    if (meeting) this.agenda.publish(meeting);
    return item;
  }

  async resolveCollision(actor: AuthUser, input: ResolveAmendmentCollisionInput) {
    return this.changeAmendment(input.amendmentId, 'merged', async (tx, text, amendment) => {
      await this.policy.require(tx, actor, 'text', 'coordinate', { groupId: text.groupId });
      this.requireAmendmentStatus(amendment, ['ADOPTED']);
      const current = await this.currentVersion(tx, text.id);
      const [toMerge] = await this.toMerge(tx, [amendment]);
      const { collisions } = mergeAmendments(paragraphsOf(current.paragraphs), [toMerge]);
      const wordings = new Map(input.wordings.map((w) => [w.paragraphId, w.text?.trim() ? w.text.trim() : null]));
      const missing = collisions.find((c) => !wordings.has(c.paragraphId));
      if (missing)
        throw badInput('Choose a wording for every paragraph where the amendment collides.', 'wordings', {
          reason: ErrorReason.COLLISION_UNRESOLVED,
          params: { paragraphId: missing.paragraphId },
        });
      const paragraphs = collisions.length
        ? resolveCollisions(paragraphsOf(current.paragraphs), toMerge, wordings)
        : mergeAmendments(paragraphsOf(current.paragraphs), [toMerge]).paragraphs;
      const version = await this.newVersion(tx, actor, text, paragraphs, text.title, 'resolution');
      const updated = await tx.amendment.update({ where: { id: amendment.id }, data: { status: 'MERGED', mergedVersionId: version.id } });
      await this.audit.record(tx, actor, {
        action: 'amendment.resolve',
        entityType: 'Amendment',
        entityId: amendment.id,
        data: { textId: text.id, version: version.number, paragraphIds: collisions.map((c) => c.paragraphId) },
      });
      return updated;
    });
  }

  // ---- votes: the outcome of a vote on an amendment, a block or the text

  /**
   * A vote closed on an agenda item: when the item is an amendment's, a block's or a text's, its
   * result decides them (voteAdopts: option 0 "For" beats option 1 "Against", with the quorum).
   * Adopted amendments are then merged into a new version where they do not collide.
   */
  @OnDomainEvent(DomainEvent.VoteClosed)
  async onVoteClosed(event: VoteClosedEvent): Promise<void> {
    try {
      await this.applyVote(event.voteId);
    } catch (error) {
      this.logger.error(`The outcome of vote ${event.voteId} could not be applied to its text: ${(error as Error).message}`);
    }
  }

  async applyVote(voteId: string): Promise<void> {
    const vote = await this.prisma.vote.findUnique({ where: { id: voteId } });
    if (!vote || vote.status !== 'CLOSED') return;
    const item = vote.agendaItemId;
    const [text, amendment, block] = await Promise.all([
      this.prisma.text.findUnique({ where: { agendaItemId: item } }),
      this.prisma.amendment.findUnique({ where: { agendaItemId: item } }),
      this.prisma.amendmentBlock.findUnique({ where: { agendaItemId: item } }),
    ]);
    const adopted = voteAdopts({ options: vote.options, counts: vote.counts, quorumReached: vote.quorumReached ?? false });
    if (adopted === null) return;
    if (amendment || block) {
      const textId = (amendment ?? block)!.textId;
      await this.change(textId, { change: 'amendment', amendmentId: amendment?.id ?? null }, async (tx, locked) => {
        if (FROZEN.has(locked.status)) return locked;
        const decided = await tx.amendment.findMany({
          where: amendment ? { id: amendment.id, status: 'SUBMITTED' } : { blockId: block!.id, status: 'SUBMITTED' },
        });
        if (!decided.length) return locked;
        await tx.amendment.updateMany({
          where: { id: { in: decided.map((a) => a.id) } },
          data: { status: adopted ? 'ADOPTED' : 'REJECTED' },
        });
        for (const a of decided)
          await this.audit.record(tx, null, {
            action: 'amendment.decide',
            entityType: 'Amendment',
            entityId: a.id,
            data: { textId, voteId, adopted, counts: vote.counts },
          });
        if (adopted) await this.mergeAdopted(tx, locked);
        return locked;
      });
    } else if (text) {
      await this.change(text.id, { change: 'status', amendmentId: null }, async (tx, locked) => {
        if (locked.status !== 'DEBATE') return locked;
        const updated = await tx.text.update({
          where: { id: locked.id },
          data: { status: adopted ? 'ADOPTED' : 'REJECTED', decidedAt: this.clock.now() },
        });
        await this.audit.record(tx, null, {
          action: 'text.decide',
          entityType: 'Text',
          entityId: locked.id,
          data: { voteId, adopted, counts: vote.counts },
        });
        return updated;
      });
    }
  }

  /** Merges every adopted amendment that does not collide into one new version (in their numbers' order). */
  private async mergeAdopted(tx: Tx, text: TextRow) {
    const adopted = await tx.amendment.findMany({ where: { textId: text.id, status: 'ADOPTED' }, orderBy: { number: 'asc' } });
    if (!adopted.length) return;
    const current = await this.currentVersion(tx, text.id);
    const result = mergeAmendments(paragraphsOf(current.paragraphs), await this.toMerge(tx, adopted));
    if (!result.merged.length) return;
    const version = await this.newVersion(tx, null, text, result.paragraphs, text.title, 'merge');
    await tx.amendment.updateMany({ where: { id: { in: result.merged } }, data: { status: 'MERGED', mergedVersionId: version.id } });
    for (const id of result.merged)
      await this.audit.record(tx, null, {
        action: 'amendment.merge',
        entityType: 'Amendment',
        entityId: id,
        data: { textId: text.id, version: version.number },
      });
  }

  private async toMerge(db: PrismaService | Tx, amendments: AmendmentRow[]): Promise<AmendmentToMerge[]> {
    const versions = await db.textVersion.findMany({ where: { id: { in: [...new Set(amendments.map((a) => a.versionId))] } } });
    const byId = new Map(versions.map((v) => [v.id, paragraphsOf(v.paragraphs)]));
    return amendments.map((a) => ({ id: a.id, base: byId.get(a.versionId)!, changes: wordingOf(a) }));
  }

  // ---- helpers

  /**
   * One change of a text: its row locked for the transaction (changes to one text run one after
   * the other), then published to the group's live channel after the commit.
   */
  private async change<T>(textId: string, change: Change | (() => Change), work: (tx: Tx, text: TextRow) => Promise<T>): Promise<T> {
    const { result, text } = await this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Text" WHERE id = ${textId} FOR UPDATE`;
      if (!rows.length) throw notFound('Text', textId);
      const text = await tx.text.findUniqueOrThrow({ where: { id: textId } });
      return { result: await work(tx, text), text };
    });
    this.publish(text, typeof change === 'function' ? change() : change);
    return result;
  }

  private async changeAmendment<T>(
    amendmentId: string,
    change: Change['change'],
    work: (tx: Tx, text: TextRow, amendment: AmendmentRow) => Promise<T>,
  ): Promise<T> {
    const found = await this.prisma.amendment.findUnique({ where: { id: amendmentId }, select: { textId: true } });
    if (!found) throw notFound('Amendment', amendmentId);
    return this.change(found.textId, { change, amendmentId }, async (tx, text) => {
      this.requireNotFrozen(text);
      return work(tx, text, await tx.amendment.findUniqueOrThrow({ where: { id: amendmentId } }));
    });
  }

  private publish(text: { id: string; groupId: string }, change: Change) {
    this.events.publish(DomainEvent.TextUpdated, { groupId: text.groupId, textId: text.id, ...change });
  }

  private async newVersion(tx: Tx, actor: AuthUser | null, text: TextRow, paragraphs: TextParagraph[], title: string, origin: string) {
    const current = await this.currentVersion(tx, text.id);
    return tx.textVersion.create({
      data: {
        textId: text.id,
        groupId: text.groupId,
        number: current.number + 1,
        paragraphs: paragraphs as unknown as Prisma.InputJsonValue,
        title,
        authorId: actor?.id ?? null,
        origin,
      },
    });
  }

  private paragraphsFrom(input: { id?: string | null; text: string }[]): TextParagraph[] {
    const seen = new Set<string>();
    return input.map((p) => {
      const text = p.text.trim();
      if (!text) throw badInput('A paragraph is empty.', 'paragraphs', { reason: ErrorReason.EMPTY_TEXT, params: { field: 'paragraphs' } });
      const id = p.id ?? newParagraphId();
      if (seen.has(id))
        throw badInput('A paragraph is given twice.', 'paragraphs', {
          reason: ErrorReason.DUPLICATE_ENTRY,
          params: { field: 'paragraphs' },
        });
      seen.add(id);
      return { id, text };
    });
  }

  /** An amendment's changes from the input, checked against its version (packages/domain checkChanges). */
  private changesFrom(paragraphs: TextParagraph[], input: ParagraphChangeInput[], field: string): ParagraphChange[] {
    const changes = input.map((c): ParagraphChange => {
      if (c.kind === 'INSERT_AFTER')
        return { kind: 'INSERT_AFTER', paragraphId: newParagraphId(), afterId: c.afterId ?? null, text: (c.text ?? '').trim() };
      if (c.kind === 'DELETE') return { kind: 'DELETE', paragraphId: c.paragraphId ?? '' };
      return { kind: 'REPLACE', paragraphId: c.paragraphId ?? '', text: (c.text ?? '').trim() };
    });
    const refused = checkChanges(paragraphs, changes);
    if (refused) {
      const paragraphId =
        changes.find((c) => c.kind !== 'INSERT_AFTER' && !paragraphs.some((p) => p.id === c.paragraphId))?.paragraphId ?? '';
      throw badInput('These changes cannot apply to the version.', field, {
        reason: refused,
        params: { field, paragraphId, max: TEXT_LIMITS.paragraphLength },
      });
    }
    // A change that leaves a paragraph as it was is no change.
    if (JSON.stringify(applyChanges(paragraphs, changes)) === JSON.stringify(paragraphs))
      throw badInput('These changes leave the text as it is.', field, { reason: ErrorReason.EMPTY_TEXT, params: { field } });
    return changes;
  }

  private async requireMember(tx: Tx, actor: AuthUser, groupId: string) {
    if (!(await this.policy.can(tx, actor, 'text', 'amend', { groupId })))
      throw forbidden('Only the group’s members may do this.', { reason: ErrorReason.GROUP_MEMBERS_ONLY });
  }

  private async requireAuthorOrCoordination(tx: Tx, actor: AuthUser, text: TextRow) {
    if (await this.isAgreedAuthor(tx, actor, text.id)) return;
    await this.policy.require(tx, actor, 'text', 'coordinate', { groupId: text.groupId });
  }

  private async meetingOfGroup(tx: Tx, meetingId: string, groupId: string) {
    const meeting = await this.meetings.lock(tx, meetingId);
    if (meeting.groupId !== groupId)
      throw badInput('The meeting belongs to another working group.', 'meetingId', {
        reason: ErrorReason.INVALID_INPUT,
        params: { field: 'meetingId' },
      });
    requireOpenAgenda(meeting);
    return meeting;
  }

  private requireNotFrozen(text: TextRow) {
    if (FROZEN.has(text.status))
      throw conflict(`This text is ${text.status.toLowerCase()}: nobody changes it any more.`, {
        reason: ErrorReason.TEXT_FROZEN,
        params: { textStatus: text.status },
      });
  }

  private requireStatus(text: TextRow, allowed: string[]) {
    if (!allowed.includes(text.status))
      throw conflict(`This text is ${text.status.toLowerCase()}.`, {
        reason: ErrorReason.TEXT_STATUS_FORBIDS,
        params: { textStatus: text.status },
      });
  }

  private requireOpenForAmendments(text: TextRow) {
    if (text.status !== 'OPEN' || !text.amendmentDeadline || text.amendmentDeadline.getTime() < this.clock.now().getTime())
      throw conflict('This text is not open for amendments.', {
        reason: ErrorReason.AMENDMENTS_CLOSED,
        params: { textStatus: text.status },
      });
  }

  private requireAmendmentStatus(amendment: AmendmentRow, allowed: string[]) {
    if (!allowed.includes(amendment.status))
      throw conflict(`This amendment is ${amendment.status.toLowerCase()}.`, {
        reason: ErrorReason.AMENDMENT_STATUS_FORBIDS,
        params: { amendmentStatus: amendment.status },
      });
  }
}
