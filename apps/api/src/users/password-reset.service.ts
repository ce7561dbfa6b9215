import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ErrorReason } from '@tribune/domain';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { AuthUser } from '../auth/auth-user';
import { badInput } from '../common/app-error';
import { Clock } from '../common/clock';
import { PrismaService } from '../prisma/prisma.service';
import { MailService } from '../mail/mail.service';
import { mailLocale, MailLocale } from '../mail/mail-texts';
import { UsersService } from './users.service';

/** How long a "forgot password" link works. */
export const RESET_LINK_MINUTES = 60;

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** The reset mail, in the account's language. */
const RESET_MAIL: Record<MailLocale, { subject: string; lines: (name: string) => string[]; action: string }> = {
  fr: {
    subject: 'Choisir un nouveau mot de passe',
    lines: (name) => [
      `Bonjour ${name},`,
      `Quelqu’un (vous, sans doute) a demandé à changer le mot de passe de votre compte Tribune. Le lien ci-dessous sert une seule fois, pendant ${RESET_LINK_MINUTES} minutes.`,
      'Si ce n’est pas vous, ignorez ce courriel : votre mot de passe ne change pas.',
    ],
    action: 'Choisir un nouveau mot de passe',
  },
  en: {
    subject: 'Choose a new password',
    lines: (name) => [
      `Hello ${name},`,
      `Someone (you, probably) asked to change the password of your Tribune account. The link below works once, for ${RESET_LINK_MINUTES} minutes.`,
      'If it was not you, ignore this email: your password stays as it is.',
    ],
    action: 'Choose a new password',
  },
  ar: {
    subject: 'اختيار كلمة مرور جديدة',
    lines: (name) => [
      `مرحبًا ${name}،`,
      `طلب أحدهم (أنت على الأرجح) تغيير كلمة مرور حسابك في تريبيون. يعمل الرابط أدناه مرة واحدة فقط، لمدة ${RESET_LINK_MINUTES} دقيقة.`,
      'إن لم تكن أنت من طلب ذلك فتجاهل هذه الرسالة: كلمة مرورك تبقى كما هي.',
    ],
    action: 'اختيار كلمة مرور جديدة',
  },
};

/**
 * "Mot de passe oublié": a link by mail with a single-use token that expires. Only the token's
 * SHA-256 is stored (a copy of the database gives no usable link; the mail's body is blanked once
 * sent). Asking answers the same whether the address has an account or not, and counts against the
 * login's limits, so it can neither tell who has an account nor flood someone's mailbox.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger('PasswordReset');
  /** Links being made after their answer went out. */
  private readonly sending = new Set<Promise<void>>();

  constructor(
    private readonly prisma: PrismaService,
    private readonly auth: AuthService,
    private readonly mail: MailService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends a link if the address has an (enabled) account; otherwise does nothing, with the same answer. */
  async request(emailInput: string, address = 'unknown'): Promise<void> {
    const email = emailInput.trim().toLowerCase();
    await this.auth.countPasswordResetRequest(email, address);
    const user = await this.prisma.user.findUnique({ where: { email } });
    if (!user || user.disabledAt) return;
    // The link is made and mailed after the answer: an address with an account answers as fast as one without.
    const sending = this.sendLink(user).catch((error: unknown) => this.logger.error(`Password-reset link not sent: ${String(error)}`));
    this.sending.add(sending);
    void sending.finally(() => this.sending.delete(sending));
  }

  /** Resolves once every link asked for so far is queued (tests wait on it). */
  async settled(): Promise<void> {
    while (this.sending.size) await Promise.allSettled([...this.sending]);
  }

  /** A new link (the ones before stop working), queued in the same transaction as its token. */
  private async sendLink(user: { id: string; email: string; displayName: string; locale: string }): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const locale = mailLocale(user.locale);
    const words = RESET_MAIL[locale];
    await this.prisma.$transaction(async (tx) => {
      // A new link replaces the ones before.
      await tx.passwordResetToken.deleteMany({ where: { userId: user.id, usedAt: null } });
      const row = await tx.passwordResetToken.create({
        data: { userId: user.id, tokenHash: hashOf(token), expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000) },
      });
      await this.mail.queue(
        {
          userId: user.id,
          to: user.email,
          locale,
          subject: words.subject,
          lines: words.lines(user.displayName),
          actionUrl: `${this.config.publicUrl}/reset-password?token=${token}`,
          actionLabel: words.action,
          secret: true,
          idempotencyKey: `password-reset:${row.id}`,
        },
        tx,
      );
    });
  }

  /**
   * Sets the password chosen through a link: the token is spent (in the same transaction, so two
   * uses at once cannot both succeed), every session of the account ends, a temporary password is
   * no longer one; the answer signs this browser in.
   */
  async reset(token: string, newPassword: string) {
    const passwordHash = await AuthService.hashPassword(newPassword);
    const now = this.clock.now();
    const user = await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.passwordResetToken.updateMany({
        where: { tokenHash: hashOf(token), usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      const spent = count === 1 ? await tx.passwordResetToken.findUnique({ where: { tokenHash: hashOf(token) } }) : null;
      const account = spent && (await tx.user.findUnique({ where: { id: spent.userId } }));
      if (!account || account.disabledAt)
        throw badInput('This link no longer works; ask for a new one.', 'token', { reason: ErrorReason.RESET_LINK_INVALID });
      const updated = await tx.user.update({
        where: { id: account.id },
        data: { passwordHash, tokenVersion: { increment: 1 }, mustChangePassword: false },
      });
      // Audited as the person's own password change (they proved they read the account's mail).
      await this.audit.record(tx, { id: account.id } as AuthUser, {
        action: 'user.changePassword',
        entityType: 'User',
        entityId: account.id,
        data: { through: 'resetLink' },
      });
      return updated;
    });
    this.users.revokedSessions(user.id);
    return { token: await this.auth.tokenFor(user), user };
  }
}
