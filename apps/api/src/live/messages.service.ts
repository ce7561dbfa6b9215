import { Injectable } from '@nestjs/common';
import { ErrorReason, HISTORY_PAGE_SIZE, LiveMessage, MESSAGE_MAX_LENGTH, messageBodyProblem, MessageSendRequest } from '@tribune/domain';
import { AccessPolicy, accessRefusal } from '../access/access-policy';
import { allowedSql, Viewer } from '../access/rules';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { badInput, conflict, notFound } from '../common/app-error';
import { DomainEvent, DomainEventBus } from '../common/domain-events';
import { MessageRow, MessageWriter, Stored } from './message-writer';

/** messageBodyProblem's sentence with the rule it broke, which clients translate. */
function bodyRefused(body: unknown, problem: string) {
  if (typeof body === 'string' && !body.trim())
    return badInput(problem, 'body', { reason: ErrorReason.EMPTY_TEXT, params: { field: 'body' } });
  if (typeof body === 'string' && [...body].length > MESSAGE_MAX_LENGTH)
    return badInput(problem, 'body', { reason: ErrorReason.TEXT_TOO_LONG, params: { field: 'body', max: MESSAGE_MAX_LENGTH } });
  return badInput(problem, 'body', {
    reason: typeof body === 'string' ? ErrorReason.INVALID_CHARACTER : ErrorReason.INVALID_INPUT,
    params: { field: 'body' },
  });
}

export type { MessageRow } from './message-writer';

export interface MessagePage {
  messages: MessageRow[];
  hasMore: boolean;
}

/** Meetings whose group is remembered; beyond, the memory starts again (a few bytes each). */
const MEETING_GROUPS_KEPT = 10_000;

/** The channel's messages: the read rule, the gapless per-channel sequence, idempotent sends, edits and moderation. */
@Injectable()
export class MessagesService {
  /** meetingId -> groupId of the meetings messages were sent in (see groupOfMeeting). */
  private readonly meetingGroups = new Map<string, string>();

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly writer: MessageWriter,
    private readonly policy: AccessPolicy,
    private readonly events: DomainEventBus,
  ) {}

  /**
   * Who reads a group's discussion: the access policy's rule (its current members and its
   * coordinators; administrators only as one of them). Returns the group's last sequence number.
   */
  async requireRead(actor: Viewer, groupId: string): Promise<{ lastMessageSeq: number }> {
    // One statement: the group and the policy's predicate on it (joins and sends ask this often).
    const [group] = await this.prisma.readRaw<Array<{ lastMessageSeq: number; readable: boolean }>>(Prisma.sql`
      SELECT g."lastMessageSeq", ${allowedSql(actor, 'discussion', 'read', { group: Prisma.sql`g."id"` })} AS "readable"
      FROM "WorkingGroup" g WHERE g."id" = ${groupId}`);
    if (!group) throw notFound('Working group', groupId);
    if (!group.readable) throw accessRefusal('discussion', 'read');
    return { lastMessageSeq: group.lastMessageSeq };
  }

  async history(actor: AuthUser, groupId: string, afterSeq: number, limit: number): Promise<MessagePage> {
    await this.requireRead(actor, groupId);
    return this.page(groupId, afterSeq, limit);
  }

  /** Messages after `afterSeq`, in order (no access check: callers check first). */
  async page(groupId: string, afterSeq: number, limit = HISTORY_PAGE_SIZE): Promise<MessagePage> {
    const rows = await this.prisma.message.findMany({
      where: { groupId, seq: { gt: afterSeq } },
      orderBy: { seq: 'asc' },
      take: limit + 1,
    });
    return { messages: rows.slice(0, limit), hasMore: rows.length > limit };
  }

  /**
   * Stores a message with the channel's next sequence number, once per (author, clientId):
   * the counter bump and the insert commit together or not at all (no gap, no duplicate), in a
   * group commit with the other sends of the moment (MessageWriter). When the clientId is
   * already stored nothing is stored and the original message is returned.
   */
  async send(actor: AuthUser, input: MessageSendRequest): Promise<Stored> {
    const problem = messageBodyProblem(input.body);
    if (problem) throw bodyRefused(input.body, problem);
    if (input.meetingId && (await this.groupOfMeeting(input.meetingId)) !== input.groupId)
      throw notFound('Meeting of this group', input.meetingId);
    if (input.replyTo) {
      const original = await this.prisma.message.findUnique({ where: { id: input.replyTo }, select: { groupId: true } });
      if (!original || original.groupId !== input.groupId) throw notFound('Message of this group', input.replyTo);
    }
    const stored = await this.writer.store({
      groupId: input.groupId,
      authorId: actor.id,
      clientId: input.clientId,
      body: input.body,
      meetingId: input.meetingId ?? null,
      replyToId: input.replyTo ?? null,
    });
    // After the commit: whoever it names (@Name) is told (notifications).
    if (!stored.duplicate && input.body.includes('@')) {
      const { groupId, seq, body, meetingId } = stored.message;
      this.events.publish(DomainEvent.MessagePosted, { groupId, seq, authorId: actor.id, body, meetingId });
    }
    return stored;
  }

  /**
   * The group a meeting belongs to. During a live meeting every message names it, so it is
   * remembered: a meeting never moves to another group and is never deleted (cancelled is a status).
   */
  private async groupOfMeeting(meetingId: string): Promise<string | null> {
    const known = this.meetingGroups.get(meetingId);
    if (known) return known;
    const meeting = await this.prisma.meeting.findUnique({ where: { id: meetingId }, select: { groupId: true } });
    if (!meeting) return null;
    if (this.meetingGroups.size >= MEETING_GROUPS_KEPT) this.meetingGroups.clear();
    this.meetingGroups.set(meetingId, meeting.groupId);
    return meeting.groupId;
  }

  /** The author edits their own message (not once deleted). */
  async edit(actor: AuthUser, messageId: string, body: string): Promise<MessageRow> {
    const problem = messageBodyProblem(body);
    if (problem) throw bodyRefused(body, problem);
    const message = await this.prisma.message.findUnique({ where: { id: messageId } });
    if (!message) throw notFound('Message', messageId);
    await this.policy.require(this.prisma, actor, 'message', 'edit', { groupId: message.groupId, authorUserId: message.authorId });
    if (message.deletedAt) throw conflict('This message was deleted; it cannot be edited.', { reason: ErrorReason.MESSAGE_DELETED });
    return this.prisma.message.update({ where: { id: messageId }, data: { body, editedAt: new Date() } });
  }

  /**
   * The author deletes their own message; a coordinator of the group deletes anyone's
   * (moderation, audited): the access policy's `message.delete`. The row and its sequence number stay, the text goes.
   */
  async delete(actor: AuthUser, messageId: string): Promise<MessageRow> {
    const message = await this.prisma.message.findUnique({ where: { id: messageId } });
    if (!message) throw notFound('Message', messageId);
    const own = message.authorId === actor.id;
    await this.policy.require(this.prisma, actor, 'message', own ? 'delete' : 'moderate', {
      groupId: message.groupId,
      authorUserId: message.authorId,
    });
    if (message.deletedAt) return message;
    return this.prisma.$transaction(async (tx) => {
      const deleted = await tx.message.update({
        where: { id: messageId },
        data: { body: '', deletedAt: new Date(), deletedById: actor.id },
      });
      if (!own) {
        await this.audit.record(tx, actor, {
          action: 'message.moderate',
          entityType: 'Message',
          entityId: message.id,
          data: { groupId: message.groupId, seq: message.seq, authorId: message.authorId },
        });
      }
      return deleted;
    });
  }

  /** Display names of authors, for messages read from history (one query per page). */
  async authorNames(rows: MessageRow[]): Promise<Map<string, string>> {
    const ids = [...new Set(rows.map((r) => r.authorId))];
    if (!ids.length) return new Map();
    const users = await this.prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  async toLiveMany(rows: MessageRow[]): Promise<LiveMessage[]> {
    const names = await this.authorNames(rows);
    return rows.map((r) => toLive(r, names.get(r.authorId) ?? ''));
  }
}

export function toLive(row: MessageRow, authorName: string): LiveMessage {
  return {
    id: row.id,
    groupId: row.groupId,
    meetingId: row.meetingId,
    seq: row.seq,
    clientId: row.clientId,
    body: row.deletedAt ? '' : row.body,
    author: { id: row.authorId, displayName: authorName },
    replyToId: row.replyToId,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    deleted: row.deletedAt !== null,
    deletedByModerator: row.deletedById !== null && row.deletedById !== row.authorId,
  };
}
