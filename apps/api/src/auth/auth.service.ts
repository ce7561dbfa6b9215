import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode, Role, ErrorReason } from '@tribune/domain';
import { Deputy, Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { AppError, unauthenticated } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/config';
import { RedisConnections } from '../redis/redis-connections';
import { AuthUser } from './auth-user';

interface TokenPayload {
  sub: string;
  ver: number;
}

// A real hash to verify against when the email is unknown, so response time does not tell
// which emails have accounts.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= argon2.hash(randomBytes(16).toString('hex')));

const FAILURE_WINDOW_SECONDS = 15 * 60;

/**
 * A count of failed logins. With Redis, one count for every instance (an attacker spreading
 * attempts over the replicas gets no more); `local`, in memory, without Redis or while it is
 * away, as the live gateway's send budget does.
 */
interface FailureCount {
  counter: RateLimiterAbstract;
  local: RateLimiterMemory;
}

function failureCount(redis: RedisConnections, name: string, points: number): FailureCount {
  const limits = { keyPrefix: `${redis.keyPrefix}:${name}`, points, duration: FAILURE_WINDOW_SECONDS };
  const local = new RateLimiterMemory(limits);
  if (!redis.pub) return { counter: local, local };
  return {
    counter: new RateLimiterRedis({
      ...limits,
      storeClient: redis.pub,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      insuranceLimiter: local,
    }),
    local,
  };
}

@Injectable()
export class AuthService {
  // Failed logins per email and address, and per address alone (password spraying).
  private readonly failuresByAccount: FailureCount;
  private readonly failuresByAddress: FailureCount;

  /**
   * The secret as a key object: given a string, jsonwebtoken first tries to read it as a public
   * key and throws, on every verification (3-6% of the API's CPU under load in the profile).
   */
  private readonly key: KeyObject;

  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisConnections,
  ) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret));
    this.failuresByAccount = failureCount(redis, 'login-account', 5);
    this.failuresByAddress = failureCount(redis, 'login-address', 30);
  }

  static hashPassword(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async login(emailInput: string, password: string, address = 'unknown') {
    const email = emailInput.trim().toLowerCase();
    const accountKey = `${email}|${address}`;
    await this.refuseIfBlocked(accountKey, address);
    const user = await this.prisma.user.findUnique({ where: { email } });
    const ok = await argon2.verify(user?.passwordHash ?? (await dummy()), password).catch(() => false);
    if (!user || !ok || user.disabledAt) {
      await Promise.all([this.failuresByAccount.counter.penalty(accountKey, 1), this.failuresByAddress.counter.penalty(address, 1)]);
      throw unauthenticated('Wrong email or password.');
    }
    // A DEL sent while Redis is away would wait in the client's queue, and the login with it.
    await (this.redis.pub && !this.redis.pub.isReady ? this.failuresByAccount.local : this.failuresByAccount.counter).delete(accountKey);
    return { token: await this.tokenFor(user), user };
  }

  /** A bearer token for the account as it is now (its tokenVersion). */
  tokenFor(user: { id: string; tokenVersion: number }): Promise<string> {
    return this.jwt.signAsync({ sub: user.id, ver: user.tokenVersion } satisfies TokenPayload, {
      secret: this.key as unknown as string,
      algorithm: 'HS256',
      expiresIn: this.config.jwtTtl as unknown as number,
    });
  }

  /**
   * The signed-in person's password asked again (to change it), under the login's failure limits:
   * a stolen session cannot be used to try passwords.
   */
  async verifyOwnPassword(actor: AuthUser, password: string, address = 'unknown'): Promise<void> {
    const accountKey = `${actor.email.toLowerCase()}|${address}`;
    await this.refuseIfBlocked(accountKey, address);
    const user = await this.prisma.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
    if (!user || !(await argon2.verify(user.passwordHash, password).catch(() => false))) {
      await Promise.all([this.failuresByAccount.counter.penalty(accountKey, 1), this.failuresByAddress.counter.penalty(address, 1)]);
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Your current password is not this one.', {
        field: 'currentPassword',
        reason: ErrorReason.WRONG_CURRENT_PASSWORD,
      });
    }
  }

  /**
   * A "forgot password" request, under the login's limits: refused (RATE_LIMITED) while the address
   * or this email from it is blocked, and counted like a failed login, whether the account exists or
   * not (the answer must not tell). So nobody floods a mailbox with links or probes for accounts.
   */
  async countPasswordResetRequest(email: string, address = 'unknown'): Promise<void> {
    const accountKey = `${email.trim().toLowerCase()}|${address}`;
    await this.refuseIfBlocked(accountKey, address);
    await Promise.all([this.failuresByAccount.counter.penalty(accountKey, 1), this.failuresByAddress.counter.penalty(address, 1)]);
  }

  private async refuseIfBlocked(accountKey: string, address: string): Promise<void> {
    const [account, addr] = await Promise.all([
      this.failuresByAccount.counter.get(accountKey),
      this.failuresByAddress.counter.get(address),
    ]);
    const blocked = [
      account && account.consumedPoints >= this.failuresByAccount.counter.points ? account : null,
      addr && addr.consumedPoints >= this.failuresByAddress.counter.points ? addr : null,
    ].filter((r): r is RateLimiterRes => r !== null);
    if (blocked.length) {
      const seconds = Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000);
      throw new AppError(ErrorCode.RATE_LIMITED, `Too many failed attempts. Try again in ${Math.ceil(seconds / 60)} minutes.`, {
        retryAfterSeconds: seconds,
      });
    }
  }

  /** The account as it is now, as the guard would load it, or null once it is disabled or deleted (no token involved). */
  async accountOf(userId: string): Promise<AuthUser | null> {
    const account = await this.prisma.user.findUnique({
      where: { id: userId },
      select: { email: true, displayName: true, role: true, disabledAt: true, mustChangePassword: true, deputy: { select: { id: true } } },
    });
    if (!account || account.disabledAt) return null;
    return {
      id: userId,
      email: account.email,
      role: account.role as Role,
      deputyId: account.deputy?.id ?? null,
      displayName: account.displayName,
      mustChangePassword: account.mustChangePassword,
    };
  }

  /**
   * For each open session (its account and the token it was opened with, whose signature was
   * checked then), whether it still holds, in one statement: not once the account was disabled
   * or deleted, or its tokens were revoked (tokenVersion moved on).
   */
  async sessionsStillValid(sessions: ReadonlyArray<{ userId: string; token: string | undefined }>): Promise<boolean[]> {
    if (sessions.length === 0) return [];
    const ids = [...new Set(sessions.map((s) => s.userId))];
    const rows = await this.prisma.readRaw<Array<{ id: string; tokenVersion: number; disabled: boolean }>>(
      Prisma.sql`SELECT id, "tokenVersion", "disabledAt" IS NOT NULL AS disabled FROM "User" WHERE id = ANY(${ids}::text[])`,
    );
    const accounts = new Map(rows.map((r) => [r.id, r]));
    return sessions.map(({ userId, token }) => {
      const account = accounts.get(userId);
      return !!account && !account.disabled && account.tokenVersion === tokenVersionOf(token);
    });
  }

  /**
   * Verifies a token and loads the user as they are now (role changes and revocations apply at
   * once): one SQL statement per request, which also brings what `me` shows.
   */
  async userForToken(token: string): Promise<AuthUser> {
    return (await this.checkToken(token)).user;
  }

  /**
   * userForToken, with the user's deputy profile (or null) read by the same statement: the guard
   * leaves it on the request for its loaders (LoadersRequest), so `me { deputy { ... } }` costs no second query.
   */
  async checkToken(token: string): Promise<{ user: AuthUser; deputy: Deputy | null }> {
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token, { secret: this.key as unknown as string, algorithms: ['HS256'] });
    } catch {
      throw unauthenticated('Your session has expired or is invalid. Please log in again.');
    }
    // The account's columns under names no Deputy column has, then the whole deputy row (NULLs without one).
    const [row] = await this.prisma.readRaw<Array<TokenUserRow & Record<string, unknown>>>(Prisma.sql`
      SELECT u.id AS "__id", u.email AS "__email", u."displayName" AS "__displayName", u.role::text AS "__role", u.locale AS "__locale",
             u."tokenVersion" AS "__tokenVersion", u."disabledAt" AS "__disabledAt",
             u."mustChangePassword" AS "__mustChangePassword", d.*
      FROM "User" u LEFT JOIN "Deputy" d ON d."userId" = u.id
      WHERE u.id = ${payload.sub}`);
    if (!row || row.__disabledAt || row.__tokenVersion !== payload.ver) {
      throw unauthenticated('Your session is no longer valid. Please log in again.');
    }
    const deputy =
      row.id === null ? null : (Object.fromEntries(Object.entries(row).filter(([k]) => !k.startsWith('__'))) as unknown as Deputy);
    const user: AuthUser = {
      id: row.__id,
      email: row.__email,
      role: row.__role,
      deputyId: deputy?.id ?? null,
      displayName: row.__displayName,
      locale: row.__locale,
      mustChangePassword: row.__mustChangePassword,
    };
    return { user, deputy };
  }
}

/** The account version a token was issued for (read without checking its signature: the caller did that). */
function tokenVersionOf(token: string | undefined): number | undefined {
  try {
    const ver = (JSON.parse(Buffer.from((token ?? '').split('.')[1] ?? '', 'base64url').toString()) as { ver?: unknown }).ver;
    return typeof ver === 'number' ? ver : undefined;
  } catch {
    return undefined;
  }
}

interface TokenUserRow {
  __id: string;
  __email: string;
  __displayName: string;
  __role: Role;
  __locale: string;
  __tokenVersion: number;
  __disabledAt: Date | null;
  __mustChangePassword: boolean;
}
