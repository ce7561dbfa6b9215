import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@tribune/domain';
import { AuthService } from '../auth/auth.service';
import { AppError, unauthenticated } from '../common/app-error';
import { MessagesService } from './messages.service';
import { groupRoom, LiveSocket, LiveUser, tokenOf } from './live-socket';

/**
 * Access checked when joining is trusted this long for sends, and the account read in the
 * handshake this long; then both are read again. A removal or a revocation acts at once
 * through its domain event (membershipEnded, disconnectUser); this bounds how long one whose
 * event was missed (Redis away between instances) could last.
 */
const ACCESS_RECHECK_MS = 60_000;

/** What one socket holds on this instance only about what it may read. */
interface AccessState {
  /** The channels it joined. */
  joined: Set<string>;
  /** groupId -> when read access was last checked (trusted only while the socket is in the channel's room). */
  readable: Map<string, number>;
  /** When socket.data.user was last read from the token and the database. */
  userCheckedAt: number;
}

/**
 * The per-socket access cache of the live path: who the socket is (read in the handshake, read
 * again after ACCESS_RECHECK_MS) and which channels it was found to read (checked by
 * MessagesService.requireRead, trusted while it stays in the channel's room).
 */
@Injectable()
export class SocketAccess {
  /** ACCESS_RECHECK_MS (a test shortens it rather than moving the clock its own client also reads). */
  recheckMs = ACCESS_RECHECK_MS;
  private readonly states = new WeakMap<LiveSocket, AccessState>();

  constructor(
    private readonly auth: AuthService,
    private readonly messages: MessagesService,
  ) {}

  /** The handshake: the socket's token checked and its account read, or UNAUTHENTICATED. */
  async authenticate(socket: LiveSocket): Promise<void> {
    const token = tokenOf(socket);
    if (!token) throw unauthenticated('Please log in: the connection needs your token (auth: { token }).');
    const user = await this.auth.userForToken(token);
    socket.data = { user: { ...user, displayName: user.displayName ?? '' }, meetings: {} };
  }

  /** Starts the cache of a socket that passed the handshake. */
  opened(socket: LiveSocket): void {
    this.states.set(socket, { joined: new Set(), readable: new Map(), userCheckedAt: Date.now() });
  }

  /** The channels the socket joined (none once closed during a shutdown, or unknown). */
  joined(socket: LiveSocket): ReadonlySet<string> {
    return this.states.get(socket)?.joined ?? new Set();
  }

  /** The account as the handshake read it, read again when older than recheckMs (UNAUTHENTICATED once revoked). */
  async currentUser(socket: LiveSocket): Promise<LiveUser> {
    const state = this.state(socket);
    if (Date.now() - state.userCheckedAt < this.recheckMs) return socket.data.user;
    const user = await this.auth.userForToken(tokenOf(socket) ?? '');
    socket.data.user = { ...user, displayName: user.displayName ?? socket.data.user.displayName };
    state.userCheckedAt = Date.now();
    return socket.data.user;
  }

  /** The check of a join: the socket reads the channel now (and is trusted to for a while). */
  async requireReadOnJoin(socket: LiveSocket, groupId: string): Promise<{ lastMessageSeq: number }> {
    const found = await this.messages.requireRead(await this.currentUser(socket), groupId);
    this.state(socket).readable.set(groupId, Date.now());
    return found;
  }

  /** The socket is in the channel's room now. */
  entered(socket: LiveSocket, groupId: string): void {
    this.state(socket).joined.add(groupId);
  }

  /** Forgets the channel; false when the socket had not joined it. */
  leave(socket: LiveSocket, groupId: string): boolean {
    const state = this.state(socket);
    state.readable.delete(groupId);
    return state.joined.delete(groupId);
  }

  /** The check of a request in a channel: trusted from the last one while recent and still in the room, else read again. */
  async requireReadable(socket: LiveSocket, groupId: string): Promise<void> {
    const state = this.state(socket);
    const checkedAt = state.readable.get(groupId);
    if (checkedAt !== undefined && Date.now() - checkedAt < this.recheckMs && this.stillJoined(socket, groupId)) return;
    state.readable.delete(groupId);
    await this.messages.requireRead(await this.currentUser(socket), groupId);
    state.readable.set(groupId, Date.now());
  }

  /**
   * Whether the socket is still in the channel's room. A removal (membershipEnded) takes it out
   * from whichever instance; this instance's own record of the channel is forgotten here.
   */
  stillJoined(socket: LiveSocket, groupId: string): boolean {
    if (socket.rooms.has(groupRoom(groupId))) return true;
    const state = this.state(socket);
    if (state.joined.delete(groupId)) delete socket.data.meetings[groupId];
    state.readable.delete(groupId);
    return false;
  }

  /** Whether the account, as it is now, reads the channel. */
  async accountReads(userId: string, groupId: string): Promise<boolean> {
    const user = await this.auth.accountOf(userId);
    if (!user) return false;
    return this.messages.requireRead(user, groupId).then(
      () => true,
      (e: unknown) => {
        if (e instanceof AppError && (e.code === ErrorCode.FORBIDDEN || e.code === ErrorCode.NOT_FOUND)) return false;
        throw e;
      },
    );
  }

  /** Which of these sockets' sessions still hold (account enabled, token not revoked), in one statement. */
  async stillSignedIn(sockets: readonly LiveSocket[]): Promise<boolean[]> {
    return this.auth.sessionsStillValid(sockets.map((s) => ({ userId: s.data.user.id, token: tokenOf(s) })));
  }

  private state(socket: LiveSocket): AccessState {
    let state = this.states.get(socket);
    if (!state) this.states.set(socket, (state = { joined: new Set(), readable: new Map(), userCheckedAt: Date.now() }));
    return state;
  }
}
