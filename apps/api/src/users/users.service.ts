import { randomBytes, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorReason } from '@tribune/domain';
import { PrismaService, Tx } from '../prisma/prisma.service';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { AuthUser } from '../auth/auth-user';
import { badInput, conflict, notFound } from '../common/app-error';
import { DomainEvent, DomainEventBus } from '../common/domain-events';
import { CreateUserInput, SetUserRoleInput } from './dto/create-user.input';
import { ChangePasswordInput, ResetUserPasswordInput, SetUserDisabledInput } from './dto/account.inputs';

/** The accounts list's largest answer; bounded so that its cost estimate holds (listOf(MAX_ACCOUNTS) on `users`). */
export const MAX_ACCOUNTS = 300;

/** The languages an account may choose (the web's, the mails'). */
export const USER_LOCALES = ['fr', 'en', 'ar'] as const;

export const newCalendarToken = () => randomBytes(24).toString('base64url');

// No i, l, o, 0 or 1: a temporary password is often read aloud or copied by hand.
const TEMPORARY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Four groups of four (about 79 bits): "k7dm-x2qa-9hpt-wn4e". */
export const temporaryPassword = () =>
  Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)]).join('')).join(
    '-',
  );

@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly events: DomainEventBus,
    private readonly auth: AuthService,
  ) {}

  findById(id: string) {
    return this.prisma.user.findUnique({ where: { id }, include: { deputy: { select: { id: true } } } });
  }

  list() {
    return this.prisma.user.findMany({ orderBy: [{ role: 'asc' }, { displayName: 'asc' }], take: MAX_ACCOUNTS });
  }

  /** Creates an account inside the caller's transaction (used by createDeputy too). */
  async createInTx(tx: Tx, actor: AuthUser | null, input: CreateUserInput) {
    const email = input.email.trim().toLowerCase();
    if (await tx.user.findUnique({ where: { email } }))
      throw conflict(`An account with the email ${email} already exists.`, { reason: ErrorReason.EMAIL_TAKEN, params: { email } });
    if (input.deputyId) {
      const deputy = await tx.deputy.findUnique({ where: { id: input.deputyId } });
      if (!deputy) throw notFound('Deputy', input.deputyId);
      if (deputy.userId)
        throw conflict(`${deputy.fullName} already has an account.`, {
          reason: ErrorReason.DEPUTY_HAS_ACCOUNT,
          params: { deputy: deputy.fullName },
        });
    }
    const user = await tx.user.create({
      data: {
        email,
        displayName: input.displayName.trim(),
        passwordHash: await AuthService.hashPassword(input.password),
        // A password an administrator chose for someone is a temporary one (DESIGN.md): the person
        // replaces it at first login, as after a reset.
        mustChangePassword: true,
        role: input.role,
        locale: input.locale ?? 'fr',
        calendarToken: newCalendarToken(),
        ...(input.deputyId ? { deputy: { connect: { id: input.deputyId } } } : {}),
      },
    });
    await this.audit.record(tx, actor, {
      action: 'user.create',
      entityType: 'User',
      entityId: user.id,
      data: { email, role: input.role, deputyId: input.deputyId ?? null },
    });
    return user;
  }

  create(actor: AuthUser, input: CreateUserInput) {
    return this.prisma.$transaction((tx) => this.createInTx(tx, actor, input));
  }

  async setRole(actor: AuthUser, input: SetUserRoleInput) {
    const updated = await this.prisma.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: input.userId } });
      if (!user) throw notFound('User', input.userId);
      if (user.id === actor.id && input.role !== 'ADMIN')
        throw conflict('You cannot remove your own administrator role; ask another administrator.', {
          reason: ErrorReason.CANNOT_DEMOTE_ONESELF,
        });
      if (user.role === 'ADMIN' && input.role !== 'ADMIN' && user.disabledAt === null) await this.refuseToLeaveNoAdministrator(tx, user.id);
      // Bumping tokenVersion logs the user out everywhere, so the new role applies at once.
      const updated = await tx.user.update({ where: { id: user.id }, data: { role: input.role, tokenVersion: { increment: 1 } } });
      await this.audit.record(tx, actor, {
        action: 'user.setRole',
        entityType: 'User',
        entityId: user.id,
        data: { from: user.role, to: input.role },
      });
      return updated;
    });
    this.revokedSessions(updated.id);
    return updated;
  }

  /** The person's language (fr, en, ar): the web opens in it, mails and the calendar feed are written in it. */
  async setLocale(actor: AuthUser, locale: string) {
    if (!(USER_LOCALES as readonly string[]).includes(locale))
      throw badInput('The languages offered are fr, en and ar.', 'locale', { reason: ErrorReason.LANGUAGE_NOT_OFFERED });
    return this.prisma.user.update({ where: { id: actor.id }, data: { locale }, include: { deputy: { select: { id: true } } } });
  }

  /** After a commit that bumped tokenVersion or disabled the account: its open live sockets close too. */
  revokedSessions(userId: string): void {
    this.events.publish(DomainEvent.SessionsRevoked, { userId });
  }

  /**
   * Disables an account (it can no longer log in, its sessions end) or enables it again. Disabling
   * also bumps tokenVersion, so tokens issued before do not come back to life on re-enabling.
   */
  async setDisabled(actor: AuthUser, input: SetUserDisabledInput) {
    const { user, changed } = await this.prisma.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: input.userId } });
      if (!user) throw notFound('User', input.userId);
      if (input.disabled === (user.disabledAt !== null)) return { user, changed: false };
      if (input.disabled) {
        if (user.id === actor.id)
          throw conflict('You cannot disable your own account; ask another administrator.', { reason: ErrorReason.CANNOT_DISABLE_ONESELF });
        if (user.role === 'ADMIN') await this.refuseToLeaveNoAdministrator(tx, user.id);
      }
      const updated = await tx.user.update({
        where: { id: user.id },
        data: input.disabled ? { disabledAt: new Date(), tokenVersion: { increment: 1 } } : { disabledAt: null },
      });
      await this.audit.record(tx, actor, {
        action: input.disabled ? 'user.disable' : 'user.enable',
        entityType: 'User',
        entityId: user.id,
      });
      return { user: updated, changed: true };
    });
    if (changed && input.disabled) this.revokedSessions(user.id);
    return user;
  }

  /**
   * Gives the account a new generated password, returned this once (only its hash is stored), and
   * ends its sessions.
   */
  async resetPassword(actor: AuthUser, input: ResetUserPasswordInput) {
    const password = temporaryPassword();
    // Hashing is slow by design: done before the transaction, so it holds no row lock meanwhile.
    const passwordHash = await AuthService.hashPassword(password);
    const user = await this.prisma.$transaction(async (tx) => {
      if (!(await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } }))) throw notFound('User', input.userId);
      // Temporary: the person must choose their own at their next login (AuthGuard).
      const updated = await tx.user.update({
        where: { id: input.userId },
        data: { passwordHash, tokenVersion: { increment: 1 }, mustChangePassword: true },
      });
      // The audit row never holds the password.
      await this.audit.record(tx, actor, { action: 'user.resetPassword', entityType: 'User', entityId: updated.id });
      return updated;
    });
    this.revokedSessions(user.id);
    return { user, password };
  }

  /**
   * The signed-in person replaces their password (after a reset by an administrator, say): every
   * other session ends at once (tokenVersion), their open sockets too, on every instance
   * (SessionsRevoked); this one goes on with the token returned. This browser's own socket closes
   * as well and reconnects with the new token (the web does not end its session for a socket
   * refused while it renews it: session.renew).
   */
  async changePassword(actor: AuthUser, input: ChangePasswordInput, address?: string) {
    await this.auth.verifyOwnPassword(actor, input.currentPassword, address);
    if (input.newPassword === input.currentPassword)
      throw badInput('Choose a password different from the current one.', 'newPassword', { reason: ErrorReason.SAME_PASSWORD });
    const passwordHash = await AuthService.hashPassword(input.newPassword);
    const user = await this.prisma.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id } });
      // Only if nobody changed the account meanwhile (another tab, an administrator's reset).
      const { count } = await tx.user.updateMany({
        where: { id: actor.id, tokenVersion: before.tokenVersion },
        data: { passwordHash, tokenVersion: { increment: 1 }, mustChangePassword: false },
      });
      if (count === 0)
        throw conflict('Your account changed meanwhile (a password reset?). Log in again and retry.', {
          reason: ErrorReason.ACCOUNT_CHANGED,
        });
      await this.audit.record(tx, actor, { action: 'user.changePassword', entityType: 'User', entityId: actor.id });
      return tx.user.findUniqueOrThrow({ where: { id: actor.id } });
    });
    this.revokedSessions(user.id);
    return { token: await this.auth.tokenFor(user), user };
  }

  /**
   * Refuses to disable or demote the last active administrator: nobody could manage accounts any more. The
   * active administrators' rows stay locked until the commit (taken in id order, so two of these
   * never deadlock): two administrators disabling each other at the same moment cannot both succeed.
   */
  private async refuseToLeaveNoAdministrator(tx: Tx, leavingId: string) {
    const active = await tx.$queryRaw<
      Array<{ id: string }>
    >`SELECT id FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL ORDER BY id FOR UPDATE`;
    if (!active.some((a) => a.id !== leavingId))
      throw conflict('This is the last active administrator: enable or appoint another administrator first.', {
        reason: ErrorReason.LAST_ADMINISTRATOR,
      });
  }
}
