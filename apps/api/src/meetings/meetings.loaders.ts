import type DataLoader from 'dataloader';
import { Meeting, Prisma } from '../generated/prisma/client';
import { ids, Loaders, many, one } from '../loaders/loaders';

/** Meetings' own loaders, in the request's container: `loaders.of(MeetingsLoaders)`. */
export class MeetingsLoaders {
  constructor(private readonly loaders: Loaders) {
    this.meetingById = loaders.byId<Meeting>('Meeting');
  }

  /** The same loader as the access policy's (it reads a meeting's group through it). */
  readonly meetingById: DataLoader<string, Meeting | null>;
  readonly meetingSeriesById = one(
    (ids) => this.loaders.prisma.meetingSeries.findMany({ where: { id: { in: [...ids] } } }),
    (s) => s.id,
  );
  readonly attendancesByMeetingId = many(
    (ids) => this.loaders.prisma.attendance.findMany({ where: { meetingId: { in: [...ids] } } }),
    (a) => a.meetingId,
  );

  /**
   * For each membership: the group's coming meetings (scheduled or live) that overlap a meeting of
   * another group the same deputy belongs to now (DESIGN.md: nobody in two meetings at once without
   * a warning), one statement per batch. `meeting` is the other group's meeting.
   */
  readonly scheduleConflictsByMembershipId = many(
    async (keys) => {
      const rows = await this.loaders.prisma.readRaw<Array<Record<string, unknown>>>(Prisma.sql`
        SELECT gm."id" AS "membershipId", gm."deputyId", d."fullName" AS "deputyName", mine."startsAt" AS "clashStartsAt", other.*
        FROM "GroupMembership" gm
        JOIN "Deputy" d ON d."id" = gm."deputyId"
        JOIN "Meeting" mine ON mine."groupId" = gm."groupId" AND mine."status" IN ('SCHEDULED', 'LIVE') AND mine."endsAt" > ${new Date()}
        JOIN "GroupMembership" elsewhere ON elsewhere."deputyId" = gm."deputyId" AND elsewhere."openGroupId" IS NOT NULL AND elsewhere."groupId" <> gm."groupId"
        JOIN "Meeting" other ON other."groupId" = elsewhere."groupId" AND other."status" IN ('SCHEDULED', 'LIVE')
          AND other."startsAt" < mine."endsAt" AND other."endsAt" > mine."startsAt"
        WHERE gm."id" IN (${ids(keys)})
        ORDER BY mine."startsAt", other."startsAt", other."id"`);
      return rows.map(({ membershipId, deputyId, deputyName, clashStartsAt, ...other }) => ({
        membershipId: membershipId as string,
        deputyId: deputyId as string,
        deputyName: deputyName as string,
        startsAt: clashStartsAt as Date,
        meeting: other as unknown as Meeting,
      }));
    },
    (c) => c.membershipId,
  );
}
