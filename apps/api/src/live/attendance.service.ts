import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/app-error';

/** Presence in a live meeting is recorded on its attendance (present, joined, left). */
@Injectable()
export class AttendanceService {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Records that a deputy follows a live meeting of the group. Returns whether it was
   * recorded: not when the meeting is not live or the person is not a deputy.
   */
  async enter(actor: AuthUser, groupId: string, meetingId: string): Promise<boolean> {
    const meeting = await this.prisma.meeting.findUnique({ where: { id: meetingId }, select: { groupId: true, status: true } });
    if (!meeting || meeting.groupId !== groupId) throw notFound('Meeting of this group', meetingId);
    if (meeting.status !== 'LIVE' || !actor.deputyId) return false;
    const key = { meetingId, deputyId: actor.deputyId };
    const now = new Date();
    await this.prisma.$transaction([
      this.prisma.attendance.upsert({
        where: { meetingId_deputyId: key },
        create: { ...key, present: true, joinedAt: now },
        update: { present: true, leftAt: null },
      }),
      this.prisma.attendance.updateMany({ where: { ...key, joinedAt: null }, data: { joinedAt: now } }),
    ]);
    return true;
  }

  async leave(deputyId: string, meetingId: string): Promise<void> {
    await this.prisma.attendance.updateMany({ where: { meetingId, deputyId, present: true }, data: { leftAt: new Date() } });
  }
}
