import { Injectable, Logger } from '@nestjs/common';
import { PresenceEntry } from '@tribune/domain';
import { AttendanceService } from './attendance.service';
import { groupRoom, LiveServer, LiveUser, meetingRoom, userRoom } from './live-socket';

/**
 * Who is connected to a channel (on every instance, one entry per person, with the live meeting
 * they follow), its broadcast, and the attendance that follows it: a deputy leaves a meeting
 * when none of their sockets follows it any more.
 */
@Injectable()
export class PresenceService {
  private readonly logger = new Logger('LiveGateway');
  private server!: LiveServer;

  constructor(private readonly attendance: AttendanceService) {}

  /** The gateway's server, once it is up. */
  attach(server: LiveServer): void {
    this.server = server;
  }

  /** Everyone connected to the channel, on every instance, one entry per person. */
  async of(groupId: string): Promise<PresenceEntry[]> {
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

  /** Tells the whole channel who is there now. */
  async broadcast(groupId: string): Promise<void> {
    const present = await this.of(groupId);
    this.server.to(groupRoom(groupId)).emit('presence:update', { groupId, present });
  }

  /** The attendance records when a deputy left, once none of their sockets follows the meeting. */
  async leaveMeetingIfLast(user: LiveUser, meetingId: string): Promise<void> {
    if (!user.deputyId) return;
    const sockets = await this.server.in(meetingRoom(meetingId)).fetchSockets();
    if (sockets.some((s) => s.data.user?.id === user.id)) return;
    await this.attendance.leave(user.deputyId, meetingId);
  }

  /**
   * A person's sockets leave the channel's room and its meetings' rooms on every instance (their
   * attendance records that they left), and the channel hears who is left.
   */
  async removeFromGroup(userId: string, deputyId: string, groupId: string): Promise<void> {
    const theirs = this.server.in(userRoom(userId));
    theirs.socketsLeave(groupRoom(groupId));
    const sockets = await theirs.fetchSockets().catch((e: unknown) => {
      this.logger.warn(`sockets across instances unavailable (${String(e)}); local only`);
      return this.server.local.in(userRoom(userId)).fetchSockets();
    });
    const meetings = new Set(sockets.flatMap((s) => s.data.meetings?.[groupId] ?? []));
    for (const meetingId of meetings) theirs.socketsLeave(meetingRoom(meetingId));
    await Promise.all([...meetings].map((meetingId) => this.attendance.leave(deputyId, meetingId)));
    await this.broadcast(groupId);
  }
}
