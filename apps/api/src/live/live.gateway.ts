import { Inject, Logger, OnModuleDestroy } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import {
  ClientToServerEvents,
  ErrorCode,
  LiveError,
  LiveReplies,
  PresenceEntry,
  Role,
  ServerToClientEvents,
  TYPING_THROTTLE_MS,
} from '@tribune/domain';
import { AuthService } from '../auth/auth.service';
import { AuthUser } from '../auth/auth-user';
import { AppError, unauthenticated } from '../common/app-error';
import { logFault, logRefusal } from '../common/format-error';
import { APP_CONFIG, AppConfig } from '../config/config';
import { PrismaService } from '../prisma/prisma.service';
import { Prisma } from '../generated/prisma/client';
import { AttendanceService } from './attendance.service';
import { optionalId, pageLimit, payload, requiredId, sequenceNumber, text } from './dto/live-input';
import { RedisConnections } from '../redis/redis-connections';
import { createTolerantAdapter } from '../redis/tolerant-redis-adapter';
import { MessagesService, toLive } from './messages.service';
import { databaseUnavailable, isDatabaseUnavailable } from './database-unavailable';
import { coalesceWrites } from './coalesced-writes';
import { SocketBudget } from './socket-budget';
import { temporaryPassword } from '../auth/auth.guard';

export interface LiveUser extends AuthUser {
  displayName: string;
}

/** Travels with the socket (also to other instances through the Redis adapter's fetchSockets). */
export interface LiveSocketData {
  user: LiveUser;
  /** groupId -> the live meeting this socket attends in that channel. */
  meetings: Record<string, string>;
}

export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, LiveSocketData>;
export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, LiveSocketData>;

/** What one socket holds on this instance only. */
interface SocketState {
  joined: Set<string>;
  /** groupId -> when read access was last checked (trusted only while the socket is in the channel's room). */
  readable: Map<string, number>;
  /** When socket.data.user was last read from the token and the database. */
  userCheckedAt: number;
  /** One send after another per socket, so a client's messages keep the order it sent them in. */
  sends: Promise<unknown>;
  typingAt: Map<string, number>;
  /** Rates and operations in flight of this socket's requests (socket-budget.ts). */
  budget: SocketBudget;
}

export const groupRoom = (groupId: string) => `group:${groupId}`;
export const userRoom = (userId: string) => `user:${userId}`;
const meetingRoom = (meetingId: string) => `meeting:${meetingId}`;

/** How long a graceful shutdown waits for the requests in flight. */
const DRAIN_MS = 5000;

const shuttingDown = () =>
  new AppError(
    ErrorCode.UNAVAILABLE,
    'The server is restarting; nothing was done. Send again in a moment (same clientId: it is stored once).',
    { retryAfterMs: 1000 },
  );

/**
 * Access checked when joining is trusted this long for sends, and the account read in the
 * handshake this long; then both are read again. A removal or a revocation acts at once
 * through its domain event (membershipEnded, disconnectUser); this bounds how long one whose
 * event was missed (Redis away between instances) could last.
 */
const ACCESS_RECHECK_MS = 60_000;

/**
 * How often each instance re-reads, in one statement, the accounts of its open sockets: a socket
 * that only listens loses access within this time of a revocation whose event it missed (Redis
 * away between instances, a change made in the database), not at its next request.
 */
const SESSION_SWEEP_MS = 10_000;

type Handler<E extends keyof LiveReplies> = (
  socket: LiveSocket,
  state: SocketState,
  request: Record<string, unknown>,
) => Promise<LiveReplies[E]>;

/**
 * Live discussion on the API's HTTP server (default path /socket.io). The handshake carries
 * the JWT (`auth: { token }` or an `Authorization: Bearer` header); a socket exists only once
 * authenticated, so every handler below runs for a known user. Reading a channel needs the
 * membership check of MessagesService.requireRead. No per-message compression (Engine.IO's
 * default, set on purpose): with it each member's copy of a broadcast would be deflated on its
 * own instead of sharing one pre-encoded frame.
 */
@WebSocketGateway({ transports: ['websocket', 'polling'], serveClient: false, maxHttpBufferSize: 64 * 1024, perMessageDeflate: false })
export class LiveGateway
  implements OnGatewayInit<LiveServer>, OnGatewayConnection<LiveSocket>, OnGatewayDisconnect<LiveSocket>, OnModuleDestroy
{
  @WebSocketServer() server: LiveServer;
  /** ACCESS_RECHECK_MS (a test shortens it rather than moving the clock its own client also reads). */
  accessRecheckMs = ACCESS_RECHECK_MS;
  /** SESSION_SWEEP_MS (a test shortens it with sweepSessionsEvery). */
  private sweepTimer?: NodeJS.Timeout;

  private readonly logger = new Logger('LiveGateway');
  private readonly states = new WeakMap<LiveSocket, SocketState>();
  private readonly sendLimiter: RateLimiterAbstract;
  private closing = false;
  /** Handlers running now (with their ack): a graceful shutdown waits for them. */
  private readonly inflight = new Set<Promise<void>>();

  constructor(
    private readonly auth: AuthService,
    private readonly prisma: PrismaService,
    private readonly messages: MessagesService,
    private readonly attendance: AttendanceService,
    private readonly redis: RedisConnections,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const limits = { keyPrefix: `${redis.keyPrefix}:send`, points: config.liveSendsPerSecond, duration: 1 };
    // With several instances the budget is shared through Redis; in memory if Redis is away
    // (not ready: at once, rather than a command waiting in the client's offline queue).
    this.sendLimiter = redis.pub
      ? new RateLimiterRedis({
          ...limits,
          storeClient: redis.pub,
          useRedisPackage: true,
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory(limits),
        })
      : new RateLimiterMemory(limits);
  }

  afterInit(server: LiveServer): void {
    this.sweepSessionsEvery(SESSION_SWEEP_MS);
    if (this.redis.pub && this.redis.sub) {
      // Tolerates Redis being away (at start or later): local delivery only until it is back.
      server.adapter(createTolerantAdapter(this.redis, { key: `${this.redis.keyPrefix}:socket.io`, requestsTimeout: 3000 }) as never);
    }
    server.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        (e: unknown) => {
          const error = toLiveError(e, this.logger);
          next(Object.assign(new Error(error.message), { data: { code: error.code, message: error.message } }));
          // The refusal is queued on the next tick; then the connection itself is closed.
          setImmediate(() => socket.conn.close());
        },
      );
    });
  }

  private async authenticate(socket: LiveSocket): Promise<void> {
    const token = tokenOf(socket);
    if (!token) throw unauthenticated('Please log in: the connection needs your token (auth: { token }).');
    const user = await this.auth.userForToken(token);
    const profile = await this.prisma.user.findUnique({ where: { id: user.id }, select: { displayName: true } });
    socket.data = { user: { ...user, displayName: profile?.displayName ?? '' }, meetings: {} };
  }

  handleConnection(socket: LiveSocket): void {
    const state: SocketState = {
      joined: new Set(),
      readable: new Map(),
      userCheckedAt: Date.now(),
      sends: Promise.resolve(),
      typingAt: new Map(),
      budget: new SocketBudget(),
    };
    this.states.set(socket, state);
    coalesceWrites(socket.conn);
    void socket.join(userRoom(socket.data.user.id));
    this.handle(socket, state, 'channel:join', (s, st, r) => this.join(s, st, r));
    this.handle(socket, state, 'channel:leave', (s, st, r) => this.leave(s, st, r));
    this.handle(socket, state, 'channel:history', (s, st, r) => this.history(s, st, r));
    this.handle(socket, state, 'message:send', (s, st, r) => this.send(s, st, r));
    this.handle(socket, state, 'message:edit', (s, st, r) => this.edit(s, st, r));
    this.handle(socket, state, 'message:delete', (s, st, r) => this.delete(s, st, r));
    socket.on('typing', (request) => this.typing(socket, state, request));
  }

  handleDisconnect(socket: LiveSocket): void {
    const state = this.states.get(socket);
    if (!state || this.closing) return;
    const user = socket.data.user;
    for (const groupId of state.joined) {
      const meetingId = socket.data.meetings[groupId];
      const after = meetingId ? this.leaveMeetingIfLast(user, meetingId) : Promise.resolve();
      after.then(() => this.broadcastPresence(groupId)).catch((e: unknown) => this.logger.warn(`presence after disconnect: ${String(e)}`));
    }
  }

  /**
   * Graceful shutdown (SIGTERM), before the database and the sockets close: from now on every
   * request is refused with a retryable UNAVAILABLE, and the sends already running finish and
   * get their ack (stored) or their refusal. Never a send stored without an answer, nor lost.
   */
  async onModuleDestroy(): Promise<void> {
    // Shutting down: sockets are about to be closed and will reconnect elsewhere; no presence churn.
    this.closing = true;
    clearInterval(this.sweepTimer);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.inflight]), new Promise((resolve) => (timer = setTimeout(resolve, DRAIN_MS)))]);
    clearTimeout(timer);
  }

  /** Emits to everyone in a channel, on every instance. */
  toGroup(groupId: string) {
    return this.server.to(groupRoom(groupId));
  }

  /**
   * The account's sessions were revoked (role changed, disabled, logged out everywhere): its
   * open sockets close on every instance, and their reconnection is refused by the handshake.
   */
  /** Re-reads the accounts of this instance's sockets every `ms` (see SESSION_SWEEP_MS). */
  sweepSessionsEvery(ms: number): void {
    clearInterval(this.sweepTimer);
    this.sweepTimer = setInterval(
      () => void this.sweepSessions().catch((e: unknown) => this.logger.warn(`session sweep: ${String(e)}`)),
      ms,
    );
    this.sweepTimer.unref();
  }

  /** Closes this instance's sockets whose token was revoked (tokenVersion moved on) or whose account was disabled or deleted. */
  async sweepSessions(): Promise<void> {
    const sockets = [...this.server.sockets.sockets.values()].filter((s) => s.data.user);
    if (sockets.length === 0) return;
    const ids = [...new Set(sockets.map((s) => s.data.user.id))];
    const rows = await this.prisma.readRaw<Array<{ id: string; tokenVersion: number; disabled: boolean }>>(
      Prisma.sql`SELECT id, "tokenVersion", "disabledAt" IS NOT NULL AS disabled FROM "User" WHERE id = ANY(${ids}::text[])`,
    );
    const accounts = new Map(rows.map((r) => [r.id, r]));
    for (const socket of sockets) {
      const account = accounts.get(socket.data.user.id);
      if (!account || account.disabled || account.tokenVersion !== tokenVersionOf(socket)) socket.disconnect(true);
    }
  }

  disconnectUser(userId: string): void {
    this.server.in(userRoom(userId)).disconnectSockets(true);
  }

  /**
   * A deputy's membership of the group ended. Unless they still read it otherwise (as a
   * coordinator of the group: the access policy's discussion rule), their sockets leave the channel's room and its meeting's room on every
   * instance: nothing more of the group reaches them, and their next send is checked again.
   */
  async membershipEnded(userId: string, deputyId: string, groupId: string): Promise<void> {
    if (await this.stillReads(userId, groupId)) return;
    const theirs = this.server.in(userRoom(userId));
    theirs.socketsLeave(groupRoom(groupId));
    const sockets = await theirs.fetchSockets().catch((e: unknown) => {
      this.logger.warn(`sockets across instances unavailable (${String(e)}); local only`);
      return this.server.local.in(userRoom(userId)).fetchSockets();
    });
    const meetings = new Set(sockets.flatMap((s) => s.data.meetings?.[groupId] ?? []));
    for (const meetingId of meetings) theirs.socketsLeave(meetingRoom(meetingId));
    await Promise.all([...meetings].map((meetingId) => this.attendance.leave(deputyId, meetingId)));
    await this.broadcastPresence(groupId);
  }

  /** Whether the account, as it is now, reads the channel. */
  private async stillReads(userId: string, groupId: string): Promise<boolean> {
    const account = await this.prisma.user.findUnique({
      where: { id: userId },
      select: { email: true, role: true, disabledAt: true, deputy: { select: { id: true } } },
    });
    if (!account || account.disabledAt) return false;
    const user: AuthUser = { id: userId, email: account.email, role: account.role as Role, deputyId: account.deputy?.id ?? null };
    return this.messages.requireRead(user, groupId).then(
      () => true,
      (e: unknown) => {
        if (e instanceof AppError && (e.code === ErrorCode.FORBIDDEN || e.code === ErrorCode.NOT_FOUND)) return false;
        throw e;
      },
    );
  }

  private handle<E extends keyof LiveReplies>(socket: LiveSocket, state: SocketState, event: E, handler: Handler<E>): void {
    const listener = (request: unknown, ack: unknown) => {
      if (typeof request === 'function' && ack === undefined) [request, ack] = [undefined, request];
      const reply = typeof ack === 'function' ? (ack as (r: unknown) => void) : () => undefined;
      // Counted as the packet arrives (synchronously), before anything runs: over budget, refused.
      let release = () => undefined as void;
      let refusal: unknown;
      try {
        release = state.budget.admit(event);
      } catch (e) {
        refusal = e;
      }
      const run: Promise<void> = Promise.resolve()
        .then(() => {
          if (this.closing) throw shuttingDown();
          if (refusal) throw refusal;
          // A temporary password opens nothing but choosing one's own (over GraphQL).
          if (socket.data.user.mustChangePassword) throw temporaryPassword();
          return handler(socket, state, payload(request));
        })
        .then(
          (result) => reply({ ok: true, ...result }),
          (e: unknown) => {
            const error = toLiveError(e, this.logger);
            reply({ ok: false, error });
            // The session ended while the socket was open: it closes after telling why.
            if (error.code === ErrorCode.UNAUTHENTICATED) socket.disconnect(true);
          },
        )
        .finally(() => {
          release();
          this.inflight.delete(run);
        });
      this.inflight.add(run);
    };
    socket.on(event, listener as never);
  }

  private async join(socket: LiveSocket, state: SocketState, request: Record<string, unknown>): Promise<LiveReplies['channel:join']> {
    const groupId = requiredId(request.groupId, 'groupId');
    const afterSeq = sequenceNumber(request.afterSeq, 'afterSeq');
    const meetingId = optionalId(request.meetingId, 'meetingId');
    const user = await this.currentUser(socket, state);
    const { lastMessageSeq } = await this.messages.requireRead(user, groupId);
    state.readable.set(groupId, Date.now());

    const previousMeeting = socket.data.meetings[groupId];
    let attendingMeetingId: string | null = null;
    if (meetingId && (await this.attendance.enter(user, groupId, meetingId))) {
      attendingMeetingId = meetingId;
      socket.data.meetings[groupId] = meetingId;
      await socket.join(meetingRoom(meetingId));
    } else {
      delete socket.data.meetings[groupId];
    }
    if (previousMeeting && previousMeeting !== attendingMeetingId) {
      await socket.leave(meetingRoom(previousMeeting));
      await this.leaveMeetingIfLast(user, previousMeeting);
    }

    // Into the room before reading the history: whatever commits after the read is broadcast
    // to this socket, whatever committed before is in the reply (overlap is deduplicated by seq).
    await socket.join(groupRoom(groupId));
    state.joined.add(groupId);
    const [page, presence] = await Promise.all([this.messages.page(groupId, afterSeq), this.presence(groupId)]);
    socket.to(groupRoom(groupId)).emit('presence:update', { groupId, present: presence });
    return {
      messages: await this.messages.toLiveMany(page.messages),
      hasMore: page.hasMore,
      lastSeq: Math.max(lastMessageSeq, page.messages.at(-1)?.seq ?? 0),
      presence,
      attendingMeetingId,
    };
  }

  private async leave(socket: LiveSocket, state: SocketState, request: Record<string, unknown>): Promise<LiveReplies['channel:leave']> {
    const groupId = requiredId(request.groupId, 'groupId');
    if (!state.joined.delete(groupId)) return {};
    await socket.leave(groupRoom(groupId));
    const meetingId = socket.data.meetings[groupId];
    if (meetingId) {
      delete socket.data.meetings[groupId];
      await socket.leave(meetingRoom(meetingId));
      await this.leaveMeetingIfLast(socket.data.user, meetingId);
    }
    await this.broadcastPresence(groupId);
    return {};
  }

  private async history(socket: LiveSocket, state: SocketState, request: Record<string, unknown>): Promise<LiveReplies['channel:history']> {
    const groupId = requiredId(request.groupId, 'groupId');
    const afterSeq = sequenceNumber(request.afterSeq, 'afterSeq');
    const limit = pageLimit(request.limit);
    await this.requireReadable(socket, state, groupId);
    const page = await this.messages.page(groupId, afterSeq, limit);
    return { messages: await this.messages.toLiveMany(page.messages), hasMore: page.hasMore };
  }

  private async send(socket: LiveSocket, state: SocketState, request: Record<string, unknown>): Promise<LiveReplies['message:send']> {
    const input = {
      groupId: requiredId(request.groupId, 'groupId'),
      clientId: requiredId(request.clientId, 'clientId'),
      body: text(request.body, 'body'),
      meetingId: optionalId(request.meetingId, 'meetingId'),
      replyTo: optionalId(request.replyTo, 'replyTo'),
    };
    await this.consumeSend(socket.data.user.id);
    return this.inOrder(state, async () => {
      await this.requireReadable(socket, state, input.groupId);
      const user = socket.data.user;
      const { message, duplicate } = await this.messages.send(user, input);
      const live = toLive(message, user.displayName);
      // After the commit, before the ack; a resend of a stored message is not broadcast again.
      if (!duplicate) socket.to(groupRoom(input.groupId)).emit('message:new', live);
      return { message: live, duplicate };
    });
  }

  private async edit(socket: LiveSocket, state: SocketState, request: Record<string, unknown>): Promise<LiveReplies['message:edit']> {
    const user = await this.currentUser(socket, state);
    const row = await this.messages.edit(user, requiredId(request.messageId, 'messageId'), text(request.body, 'body'));
    const live = toLive(row, user.displayName);
    socket.to(groupRoom(row.groupId)).emit('message:updated', live);
    return { message: live };
  }

  private async delete(socket: LiveSocket, state: SocketState, request: Record<string, unknown>): Promise<LiveReplies['message:delete']> {
    const row = await this.messages.delete(await this.currentUser(socket, state), requiredId(request.messageId, 'messageId'));
    const [live] = await this.messages.toLiveMany([row]);
    socket.to(groupRoom(row.groupId)).emit('message:updated', live);
    return { message: live };
  }

  private typing(socket: LiveSocket, state: SocketState, request: unknown): void {
    const groupId = (request as { groupId?: unknown } | null)?.groupId;
    if (typeof groupId !== 'string' || !this.stillJoined(socket, state, groupId)) return;
    const now = Date.now();
    if (now - (state.typingAt.get(groupId) ?? 0) < TYPING_THROTTLE_MS) return;
    state.typingAt.set(groupId, now);
    const { id, displayName } = socket.data.user;
    socket.to(groupRoom(groupId)).emit('typing', { groupId, user: { id, displayName } });
  }

  private inOrder<T>(state: SocketState, task: () => Promise<T>): Promise<T> {
    const run = state.sends.then(task);
    state.sends = run.catch(() => undefined);
    return run;
  }

  private async consumeSend(userId: string): Promise<void> {
    try {
      await this.sendLimiter.consume(userId);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const retryAfterMs = Math.max(1, Math.ceil(e.msBeforeNext));
      throw new AppError(
        ErrorCode.RATE_LIMITED,
        `You are sending messages too fast; nothing was stored. Try again in ${Math.ceil(retryAfterMs / 1000)} s.`,
        { retryAfterMs },
      );
    }
  }

  private async requireReadable(socket: LiveSocket, state: SocketState, groupId: string): Promise<void> {
    const checkedAt = state.readable.get(groupId);
    if (checkedAt !== undefined && Date.now() - checkedAt < this.accessRecheckMs && this.stillJoined(socket, state, groupId)) return;
    state.readable.delete(groupId);
    await this.messages.requireRead(await this.currentUser(socket, state), groupId);
    state.readable.set(groupId, Date.now());
  }

  /**
   * Whether the socket is still in the channel's room. A removal (membershipEnded) takes it out
   * from whichever instance; this instance's own record of the channel is forgotten here.
   */
  private stillJoined(socket: LiveSocket, state: SocketState, groupId: string): boolean {
    if (socket.rooms.has(groupRoom(groupId))) return true;
    if (state.joined.delete(groupId)) delete socket.data.meetings[groupId];
    state.readable.delete(groupId);
    return false;
  }

  /** The account as the handshake read it, read again when older than ACCESS_RECHECK_MS (UNAUTHENTICATED once revoked). */
  private async currentUser(socket: LiveSocket, state: SocketState): Promise<LiveUser> {
    if (Date.now() - state.userCheckedAt < this.accessRecheckMs) return socket.data.user;
    const user = await this.auth.userForToken(tokenOf(socket) ?? '');
    socket.data.user = { ...user, displayName: user.displayName ?? socket.data.user.displayName };
    state.userCheckedAt = Date.now();
    return socket.data.user;
  }

  /** Everyone connected to the channel, on every instance, one entry per person. */
  private async presence(groupId: string): Promise<PresenceEntry[]> {
    const sockets = await this.server
      .in(groupRoom(groupId))
      .fetchSockets()
      .catch((e: unknown) => {
        this.logger.warn(`presence across instances unavailable (${String(e)}); local only`);
        return this.server.local.in(groupRoom(groupId)).fetchSockets();
      });
    const people = new Map<string, PresenceEntry>();
    for (const s of sockets) {
      const user = s.data.user;
      if (!user) continue;
      const meetingId = s.data.meetings?.[groupId] ?? people.get(user.id)?.meetingId ?? null;
      people.set(user.id, { userId: user.id, displayName: user.displayName, deputyId: user.deputyId, meetingId });
    }
    return [...people.values()].sort((a, b) => a.displayName.localeCompare(b.displayName) || a.userId.localeCompare(b.userId));
  }

  private async broadcastPresence(groupId: string): Promise<void> {
    const present = await this.presence(groupId);
    this.toGroup(groupId).emit('presence:update', { groupId, present });
  }

  /** The attendance records when a deputy left, once none of their sockets follows the meeting. */
  private async leaveMeetingIfLast(user: LiveUser, meetingId: string): Promise<void> {
    if (!user.deputyId) return;
    const sockets = await this.server.in(meetingRoom(meetingId)).fetchSockets();
    if (sockets.some((s) => s.data.user?.id === user.id)) return;
    await this.attendance.leave(user.deputyId, meetingId);
  }
}

/** The account version the socket's token was issued for (its signature was checked by the handshake). */
function tokenVersionOf(socket: LiveSocket): number | undefined {
  try {
    const ver = (JSON.parse(Buffer.from((tokenOf(socket) ?? '').split('.')[1] ?? '', 'base64url').toString()) as { ver?: unknown }).ver;
    return typeof ver === 'number' ? ver : undefined;
  } catch {
    return undefined;
  }
}

/** The JWT the socket connected with: `auth: { token }` or an `Authorization: Bearer` header. */
function tokenOf(socket: LiveSocket): string | undefined {
  const fromAuth = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
  const header = socket.handshake.headers.authorization;
  return typeof fromAuth === 'string' ? fromAuth : header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

/** The error part of an ack (or of the handshake refusal), from whatever was thrown. */
export function toLiveError(e: unknown, logger: Logger): LiveError {
  // Database unreachable: a retryable refusal (UNAVAILABLE, retryAfterMs), not an internal error.
  if (!(e instanceof AppError) && isDatabaseUnavailable(e)) {
    logger.warn(`database unavailable: ${e instanceof Error ? e.message.split('\n').filter(Boolean).pop() : String(e)}`);
    e = databaseUnavailable();
  }
  if (e instanceof AppError) {
    const extensions = e.extensions as { retryAfterMs?: unknown; field?: unknown };
    logRefusal(logger, e.code, { reason: e.reason });
    return {
      code: e.code,
      ...(e.reason ? { reason: e.reason } : {}),
      ...(e.params ? { params: e.params } : {}),
      message: e.message,
      ...(typeof extensions.retryAfterMs === 'number' ? { retryAfterMs: extensions.retryAfterMs } : {}),
      ...(typeof extensions.field === 'string' ? { field: extensions.field } : {}),
    };
  }
  logFault(logger, e);
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Something went wrong on the server. Please try again.' };
}
