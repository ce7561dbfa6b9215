import type { Server, Socket } from 'socket.io';
import { ClientToServerEvents, ServerToClientEvents } from '@tribune/domain';
import { AuthUser } from '../auth/auth-user';

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

export const groupRoom = (groupId: string) => `group:${groupId}`;
export const userRoom = (userId: string) => `user:${userId}`;
export const meetingRoom = (meetingId: string) => `meeting:${meetingId}`;

/** The JWT the socket connected with: `auth: { token }` or an `Authorization: Bearer` header. */
export function tokenOf(socket: LiveSocket): string | undefined {
  const fromAuth = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
  const header = socket.handshake.headers.authorization;
  return typeof fromAuth === 'string' ? fromAuth : header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}
