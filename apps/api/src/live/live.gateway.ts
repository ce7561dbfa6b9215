import { Logger, OnModuleDestroy } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayDisconnect, OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { LiveReplies, TYPING_THROTTLE_MS } from '@tribune/domain';
import { RedisConnections } from '../redis/redis-connections';
import { createTolerantAdapter } from '../redis/tolerant-redis-adapter';
import { AttendanceService } from './attendance.service';
import { coalesceWrites } from './coalesced-writes';
import { optionalId, pageLimit, requiredId, sequenceNumber, text } from './dto/live-input';
import { LiveAcks, toLiveError } from './live-acks';
import { groupRoom, LiveServer, LiveSocket, meetingRoom, userRoom } from './live-socket';
import { MessagesService, toLive } from './messages.service';
import { PresenceService } from './presence.service';
import { SendRate } from './send-rate';
import { SocketAccess } from './socket-access';
import { SocketBudget } from './socket-budget';

/**
 * How often each instance re-reads, in one statement, the accounts of its open sockets: a socket
 * that only listens loses access within this time of a revocation whose event it missed (Redis
 * away between instances, a change made in the database), not at its next request.
 */
const SESSION_SWEEP_MS = 10_000;

/** What one socket holds on this instance besides its access (SocketAccess). */
interface SocketState {
  /** One send after another per socket, so a client's messages keep the order it sent them in. */
  sends: Promise<unknown>;
  typingAt: Map<string, number>;
  /** Rates and operations in flight of this socket's requests (socket-budget.ts). */
  budget: SocketBudget;
}

/**
 * Live discussion on the API's HTTP server (default path /socket.io). The handshake carries
 * the JWT (`auth: { token }` or an `Authorization: Bearer` header); a socket exists only once
 * authenticated, so every handler below runs for a known user. Each handler checks its payload,
 * asks a service and returns the ack's content: LiveAcks admits and answers every request
 * (budget, errors to acks), SocketAccess caches what the socket may read, PresenceService says
 * who is there. No per-message compression (Engine.IO's default, set on purpose): with it each
 * member's copy of a broadcast would be deflated on its own instead of sharing one pre-encoded frame.
 */
@WebSocketGateway({ transports: ['websocket', 'polling'], serveClient: false, maxHttpBufferSize: 64 * 1024, perMessageDeflate: false })
export class LiveGateway
  implements OnGatewayInit<LiveServer>, OnGatewayConnection<LiveSocket>, OnGatewayDisconnect<LiveSocket>, OnModuleDestroy
{
  @WebSocketServer() server: LiveServer;
  private sweepTimer?: NodeJS.Timeout;
  private readonly logger = new Logger('LiveGateway');
  private readonly states = new WeakMap<LiveSocket, SocketState>();

  constructor(
    private readonly acks: LiveAcks,
    private readonly access: SocketAccess,
    private readonly presence: PresenceService,
    private readonly messages: MessagesService,
    private readonly attendance: AttendanceService,
    private readonly sendRate: SendRate,
    private readonly redis: RedisConnections,
  ) {}

  afterInit(server: LiveServer): void {
    this.presence.attach(server);
    this.sweepSessionsEvery(SESSION_SWEEP_MS);
    if (this.redis.pub && this.redis.sub) {
      // Tolerates Redis being away (at start or later): local delivery only until it is back.
      server.adapter(createTolerantAdapter(this.redis, { key: `${this.redis.keyPrefix}:socket.io`, requestsTimeout: 3000 }) as never);
    }
    server.use((socket, next) => {
      this.access.authenticate(socket).then(
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

  handleConnection(socket: LiveSocket): void {
    const state: SocketState = { sends: Promise.resolve(), typingAt: new Map(), budget: new SocketBudget() };
    this.states.set(socket, state);
    this.access.opened(socket);
    coalesceWrites(socket.conn);
    void socket.join(userRoom(socket.data.user.id));
    const on = <E extends keyof LiveReplies>(event: E, handler: (request: Record<string, unknown>) => Promise<LiveReplies[E]>) =>
      this.acks.on(socket, state.budget, event, handler);
    on('channel:join', (r) => this.join(socket, r));
    on('channel:leave', (r) => this.leave(socket, r));
    on('channel:history', (r) => this.history(socket, r));
    on('message:send', (r) => this.send(socket, state, r));
    on('message:edit', (r) => this.edit(socket, r));
    on('message:delete', (r) => this.delete(socket, r));
    socket.on('typing', (request) => this.typing(socket, state, request));
  }

  handleDisconnect(socket: LiveSocket): void {
    // Shutting down: sockets are about to be closed and will reconnect elsewhere; no presence churn.
    if (!this.states.has(socket) || this.acks.shuttingDown) return;
    const user = socket.data.user;
    for (const groupId of this.access.joined(socket)) {
      const meetingId = socket.data.meetings[groupId];
      const after = meetingId ? this.presence.leaveMeetingIfLast(user, meetingId) : Promise.resolve();
      after.then(() => this.presence.broadcast(groupId)).catch((e: unknown) => this.logger.warn(`presence after disconnect: ${String(e)}`));
    }
  }

  /**
   * Graceful shutdown (SIGTERM), before the database and the sockets close: from now on every
   * request is refused with a retryable UNAVAILABLE, and the sends already running finish and
   * get their ack (stored) or their refusal. Never a send stored without an answer, nor lost.
   */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweepTimer);
    await this.acks.drain();
  }

  /** Emits to everyone in a channel, on every instance. */
  toGroup(groupId: string) {
    return this.server.to(groupRoom(groupId));
  }

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
    const valid = await this.access.stillSignedIn(sockets);
    sockets.forEach((socket, i) => valid[i] || socket.disconnect(true));
  }

  /**
   * The account's sessions were revoked (role changed, disabled, logged out everywhere): its
   * open sockets close on every instance, and their reconnection is refused by the handshake.
   */
  disconnectUser(userId: string): void {
    this.server.in(userRoom(userId)).disconnectSockets(true);
  }

  /**
   * A deputy's membership of the group ended. Unless they still read it otherwise (as a
   * coordinator of the group: the access policy's discussion rule), their sockets leave the
   * channel's room and its meeting's room on every instance: nothing more of the group reaches
   * them, and their next send is checked again.
   */
  async membershipEnded(userId: string, deputyId: string, groupId: string): Promise<void> {
    if (await this.access.accountReads(userId, groupId)) return;
    await this.presence.removeFromGroup(userId, deputyId, groupId);
  }

  private async join(socket: LiveSocket, request: Record<string, unknown>): Promise<LiveReplies['channel:join']> {
    const groupId = requiredId(request.groupId, 'groupId');
    const afterSeq = sequenceNumber(request.afterSeq, 'afterSeq');
    const meetingId = optionalId(request.meetingId, 'meetingId');
    const { lastMessageSeq } = await this.access.requireReadOnJoin(socket, groupId);
    const user = socket.data.user;

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
      await this.presence.leaveMeetingIfLast(user, previousMeeting);
    }

    // Into the room before reading the history: whatever commits after the read is broadcast
    // to this socket, whatever committed before is in the reply (overlap is deduplicated by seq).
    await socket.join(groupRoom(groupId));
    this.access.entered(socket, groupId);
    const [page, presence] = await Promise.all([this.messages.page(groupId, afterSeq), this.presence.of(groupId)]);
    socket.to(groupRoom(groupId)).emit('presence:update', { groupId, present: presence });
    return {
      messages: await this.messages.toLiveMany(page.messages),
      hasMore: page.hasMore,
      lastSeq: Math.max(lastMessageSeq, page.messages.at(-1)?.seq ?? 0),
      presence,
      attendingMeetingId,
    };
  }

  private async leave(socket: LiveSocket, request: Record<string, unknown>): Promise<LiveReplies['channel:leave']> {
    const groupId = requiredId(request.groupId, 'groupId');
    if (!this.access.leave(socket, groupId)) return {};
    await socket.leave(groupRoom(groupId));
    const meetingId = socket.data.meetings[groupId];
    if (meetingId) {
      delete socket.data.meetings[groupId];
      await socket.leave(meetingRoom(meetingId));
      await this.presence.leaveMeetingIfLast(socket.data.user, meetingId);
    }
    await this.presence.broadcast(groupId);
    return {};
  }

  private async history(socket: LiveSocket, request: Record<string, unknown>): Promise<LiveReplies['channel:history']> {
    const groupId = requiredId(request.groupId, 'groupId');
    const afterSeq = sequenceNumber(request.afterSeq, 'afterSeq');
    const limit = pageLimit(request.limit);
    await this.access.requireReadable(socket, groupId);
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
    await this.sendRate.consume(socket.data.user.id);
    return this.inOrder(state, async () => {
      await this.access.requireReadable(socket, input.groupId);
      const user = socket.data.user;
      const { message, duplicate } = await this.messages.send(user, input);
      const live = toLive(message, user.displayName);
      // After the commit, before the ack; a resend of a stored message is not broadcast again.
      if (!duplicate) socket.to(groupRoom(input.groupId)).emit('message:new', live);
      return { message: live, duplicate };
    });
  }

  private async edit(socket: LiveSocket, request: Record<string, unknown>): Promise<LiveReplies['message:edit']> {
    const user = await this.access.currentUser(socket);
    const row = await this.messages.edit(user, requiredId(request.messageId, 'messageId'), text(request.body, 'body'));
    const live = toLive(row, user.displayName);
    socket.to(groupRoom(row.groupId)).emit('message:updated', live);
    return { message: live };
  }

  private async delete(socket: LiveSocket, request: Record<string, unknown>): Promise<LiveReplies['message:delete']> {
    const row = await this.messages.delete(await this.access.currentUser(socket), requiredId(request.messageId, 'messageId'));
    const [live] = await this.messages.toLiveMany([row]);
    socket.to(groupRoom(row.groupId)).emit('message:updated', live);
    return { message: live };
  }

  private typing(socket: LiveSocket, state: SocketState, request: unknown): void {
    const groupId = (request as { groupId?: unknown } | null)?.groupId;
    if (typeof groupId !== 'string' || !this.access.stillJoined(socket, groupId)) return;
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
}
