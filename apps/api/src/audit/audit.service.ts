import { Injectable } from '@nestjs/common';
import { AuditAction, AuditTarget, ErrorReason } from '@tribune/domain';
import { Prisma } from '../generated/prisma/client';
import { badInput } from '../common/app-error';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { AuthUser } from '../auth/auth-user';

export interface AuditEntry {
  /** One of the listed actions (packages/domain audit.ts): the web translates each. */
  action: AuditAction;
  entityType: AuditTarget;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
}

export interface AuditQuery {
  action?: string;
  actorId?: string;
  entityType?: string;
  entityId?: string;
  /** At or after this instant. */
  from?: Date;
  /** Before this instant. */
  to?: Date;
}

/** Newest first: the cursor is the last row's (at, id), so pages never skip or repeat rows written meanwhile. */
const encodeCursor = (row: { at: Date; id: string }) => Buffer.from(JSON.stringify([row.at.toISOString(), row.id])).toString('base64url');
function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    if (typeof id !== 'string' || Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return { at: date, id };
  } catch {
    throw badInput('This cursor is not one the audit log gave.', 'after', { reason: ErrorReason.INVALID_INPUT });
  }
}

/** Every privileged change writes a row, inside the same transaction as the change. */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  async record(tx: Tx, actor: AuthUser | null, entry: AuditEntry): Promise<void> {
    await tx.auditLog.create({
      data: {
        actorId: actor?.id ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        data: entry.data ?? {},
      },
    });
  }

  /** A page of the log, newest first, after `after` (a cursor from a previous page); with the filter's total. */
  async page(filter: AuditQuery, first: number, after?: string) {
    if (!Number.isInteger(first) || first < 1 || first > 200)
      throw badInput('first must be between 1 and 200.', 'first', { reason: ErrorReason.INVALID_INPUT });
    const where: Prisma.AuditLogWhereInput = {
      action: filter.action,
      actorId: filter.actorId,
      entityType: filter.entityType,
      entityId: filter.entityId,
      at: filter.from || filter.to ? { gte: filter.from, lt: filter.to } : undefined,
    };
    const cursor = after ? decodeCursor(after) : null;
    const [rows, totalCount] = await Promise.all([
      this.prisma.auditLog.findMany({
        where: cursor ? { AND: [where, { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] }] } : where,
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        take: first + 1,
      }),
      this.prisma.auditLog.count({ where }),
    ]);
    const entries = rows.slice(0, first);
    return {
      entries,
      totalCount,
      hasMore: rows.length > first,
      endCursor: entries.length ? encodeCursor(entries[entries.length - 1]) : null,
    };
  }
}
