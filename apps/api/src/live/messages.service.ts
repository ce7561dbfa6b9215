import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { HISTORY_PAGE_SIZE, LiveMessage, messageBodyProblem, MessageSendRequest, Role } from '@tribune/domain';
import { PrismaService } from '../prisma/prisma.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { badInput, conflict, forbidden, notFound } from '../common/app-error';

/** A stored message as read from the database (Prisma row shape). */
export interface MessageRow {
  id: string;
  groupId: string;
  meetingId: string | null;
  authorId: string;
  seq: number;
  clientId: string;
  body: string;
  replyToId: string | null;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  deletedById: string | null;
}

export interface MessagePage {
  messages: MessageRow[];
  hasMore: boolean;
}

const COLUMNS = `"id", "groupId", "meetingId", "authorId", "seq", "clientId", "body", "replyToId", "createdAt", "editedAt", "deletedAt", "deletedById"`;

/** The channel's messages: the read rule, the gapless per-channel sequence, idempotent sends, edits and moderation. */
@Injectable()
export class MessagesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Who reads a group's discussion: its current members, its coordinators and administrators.
   * Returns the group's last sequence number.
   */
  async requireRead(actor: AuthUser, groupId: string): Promise<{ lastMessageSeq: number }> {
    const group = await this.prisma.workingGroup.findUnique({
      where: { id: groupId },
      select: {
        name: true,
        lastMessageSeq: true,
        coordinators: { where: { userId: actor.id }, select: { userId: true }, take: 1 },
        memberships: { where: { openGroupId: groupId, deputyId: actor.deputyId ?? '' }, select: { id: true }, take: 1 },
      },
    });
    if (!group) throw notFound('Working group', groupId);
    const allowed = actor.role === Role.ADMIN || group.coordinators.length > 0 || (actor.deputyId !== null && group.memberships.length > 0);
    if (!allowed) throw forbidden(`Only the members of "${group.name}" can read and write its discussion.`);
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
   * Stores a message with the channel's next sequence number, once per (author, clientId).
   * One statement, so one transaction: the counter row is locked and bumped and the message
   * inserted together, or neither happens (no gap, no duplicate). When the clientId is already
   * stored the counter is not touched and the original message is returned.
   */
  async send(actor: AuthUser, input: MessageSendRequest): Promise<{ message: MessageRow; duplicate: boolean }> {
    const problem = messageBodyProblem(input.body);
    if (problem) throw badInput(problem, 'body');
    if (input.meetingId) {
      const meeting = await this.prisma.meeting.findUnique({ where: { id: input.meetingId }, select: { groupId: true } });
      if (!meeting || meeting.groupId !== input.groupId) throw notFound('Meeting of this group', input.meetingId);
    }
    if (input.replyTo) {
      const original = await this.prisma.message.findUnique({ where: { id: input.replyTo }, select: { groupId: true } });
      if (!original || original.groupId !== input.groupId) throw notFound('Message of this group', input.replyTo);
    }
    let rows: MessageRow[];
    try {
      rows = await this.prisma.$queryRawUnsafe<MessageRow[]>(
        `WITH next AS (
           UPDATE "WorkingGroup" SET "lastMessageSeq" = "lastMessageSeq" + 1
           WHERE "id" = $1
             AND NOT EXISTS (SELECT 1 FROM "Message" WHERE "authorId" = $2 AND "clientId" = $3)
           RETURNING "lastMessageSeq"
         )
         INSERT INTO "Message" ("id", "groupId", "meetingId", "authorId", "seq", "clientId", "body", "replyToId", "createdAt")
         SELECT $4::text, $1::text, $5::text, $2::text, next."lastMessageSeq", $3::text, $6::text, $7::text, (now() AT TIME ZONE 'UTC')
         FROM next
         RETURNING ${COLUMNS}`,
        input.groupId,
        actor.id,
        input.clientId,
        randomUUID(),
        input.meetingId ?? null,
        input.body,
        input.replyTo ?? null,
      );
    } catch (e) {
      // The same clientId sent twice at the same instant: the unique index refused the second
      // insert (and the statement's counter bump with it); return the first.
      const original = await this.byClientId(actor.id, input.clientId);
      if (original) return { message: original, duplicate: true };
      throw e;
    }
    if (rows.length === 1) return { message: rows[0], duplicate: false };
    const original = await this.byClientId(actor.id, input.clientId);
    if (original) return { message: original, duplicate: true };
    throw notFound('Working group', input.groupId);
  }

  private byClientId(authorId: string, clientId: string): Promise<MessageRow | null> {
    return this.prisma.message.findUnique({ where: { authorId_clientId: { authorId, clientId } } });
  }

  /** The author edits their own message (not once deleted). */
  async edit(actor: AuthUser, messageId: string, body: string): Promise<MessageRow> {
    const problem = messageBodyProblem(body);
    if (problem) throw badInput(problem, 'body');
    const message = await this.prisma.message.findUnique({ where: { id: messageId } });
    if (!message) throw notFound('Message', messageId);
    await this.requireRead(actor, message.groupId);
    if (message.authorId !== actor.id) throw forbidden('Only its author can edit a message.');
    if (message.deletedAt) throw conflict('This message was deleted; it cannot be edited.');
    return this.prisma.message.update({ where: { id: messageId }, data: { body, editedAt: new Date() } });
  }

  /**
   * The author deletes their own message; a coordinator of the group or an administrator
   * deletes anyone's (moderation, audited). The row and its sequence number stay, the text goes.
   */
  async delete(actor: AuthUser, messageId: string): Promise<MessageRow> {
    const message = await this.prisma.message.findUnique({ where: { id: messageId } });
    if (!message) throw notFound('Message', messageId);
    const own = message.authorId === actor.id;
    if (own) {
      await this.requireRead(actor, message.groupId);
    } else if (!(await this.moderates(actor, message.groupId))) {
      throw forbidden("Only its author, the group's coordinators or an administrator can delete a message.");
    }
    if (message.deletedAt) return message;
    return this.prisma.$transaction(async (tx) => {
      const deleted = await tx.message.update({ where: { id: messageId }, data: { body: '', deletedAt: new Date(), deletedById: actor.id } });
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

  private async moderates(actor: AuthUser, groupId: string): Promise<boolean> {
    if (actor.role === Role.ADMIN) return true;
    if (actor.role !== Role.COORDINATOR) return false;
    return !!(await this.prisma.groupCoordinator.findUnique({ where: { groupId_userId: { groupId, userId: actor.id } } }));
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
