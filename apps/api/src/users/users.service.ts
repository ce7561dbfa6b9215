import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { AuthUser } from '../auth/auth-user';
import { conflict, notFound } from '../common/app-error';
import { CreateUserInput, SetUserRoleInput } from './dto/create-user.input';

export const newCalendarToken = () => randomBytes(24).toString('base64url');

@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  findById(id: string) {
    return this.prisma.user.findUnique({ where: { id }, include: { deputy: { select: { id: true } } } });
  }

  list() {
    return this.prisma.user.findMany({ orderBy: [{ role: 'asc' }, { displayName: 'asc' }] });
  }

  /** Creates an account inside the caller's transaction (used by createDeputy too). */
  async createInTx(tx: Tx, actor: AuthUser | null, input: CreateUserInput) {
    const email = input.email.trim().toLowerCase();
    if (await tx.user.findUnique({ where: { email } })) throw conflict(`An account with the email ${email} already exists.`);
    if (input.deputyId) {
      const deputy = await tx.deputy.findUnique({ where: { id: input.deputyId } });
      if (!deputy) throw notFound('Deputy', input.deputyId);
      if (deputy.userId) throw conflict(`${deputy.fullName} already has an account.`);
    }
    const user = await tx.user.create({
      data: {
        email,
        displayName: input.displayName.trim(),
        passwordHash: await AuthService.hashPassword(input.password),
        role: input.role,
        locale: input.locale ?? 'fr',
        calendarToken: newCalendarToken(),
        ...(input.deputyId ? { deputy: { connect: { id: input.deputyId } } } : {}),
      },
    });
    await this.audit.record(tx, actor, { action: 'user.create', entityType: 'User', entityId: user.id, data: { email, role: input.role, deputyId: input.deputyId ?? null } });
    return user;
  }

  create(actor: AuthUser, input: CreateUserInput) {
    return this.prisma.$transaction((tx) => this.createInTx(tx, actor, input));
  }

  setRole(actor: AuthUser, input: SetUserRoleInput) {
    return this.prisma.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: input.userId } });
      if (!user) throw notFound('User', input.userId);
      if (user.id === actor.id && input.role !== 'ADMIN') throw conflict('You cannot remove your own administrator role; ask another administrator.');
      // Bumping tokenVersion logs the user out everywhere, so the new role applies at once.
      const updated = await tx.user.update({ where: { id: user.id }, data: { role: input.role, tokenVersion: { increment: 1 } } });
      await this.audit.record(tx, actor, { action: 'user.setRole', entityType: 'User', entityId: user.id, data: { from: user.role, to: input.role } });
      return updated;
    });
  }
}
