import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { Tx } from '../prisma/prisma.service';
import { AuthUser } from '../auth/auth-user';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
}

/** Every privileged change writes a row, inside the same transaction as the change. */
@Injectable()
export class AuditService {
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
}
