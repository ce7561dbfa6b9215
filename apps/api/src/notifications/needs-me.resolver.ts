import { Field, ID, ObjectType, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { GraphQLDate } from '../common/scalars';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../prisma/prisma.service';
import { listOf } from '../security/graphql-limits';
import { Meeting } from '../meetings/models/meeting.model';
import { Vote } from '../votes/models/vote.model';

/** At most this many of each on the home page. */
const NEEDS_ME_SIZE = 10;

@ObjectType({ description: 'A time poll of one of my groups I have not answered yet.' })
export class PollToAnswer {
  @Field(() => ID) pollId: string;
  @Field(() => ID, { description: 'Its group (the poll page is under the group).' }) groupId: string;
  @Field({ description: "The group's name." }) groupName: string;
  @Field({ description: "The poll's title." }) title: string;
}

@ObjectType({ description: 'An action item assigned to me, not done yet.' })
export class ActionToDo {
  @Field(() => ID) actionItemId: string;
  @Field({ description: 'What is to be done.' }) title: string;
  @Field(() => GraphQLDate, { nullable: true, description: 'Its due date, if any.' }) dueOn: Date | null;
  @Field(() => ID, { description: 'The meeting it was decided in.' }) meetingId: string;
  @Field({ description: "That meeting's title." }) meetingTitle: string;
}

@ObjectType({ description: 'What needs the signed-in person now (the home page).' })
export class NeedsMe {
  viewer: AuthUser;
}

/**
 * The home page's "now": a meeting of my groups live now (to join), the votes open to me, the time
 * polls of my groups I have not answered, my open action items. Each list is the signed-in
 * person's own, read from their memberships and assignments (never someone else's).
 */
@Resolver(() => NeedsMe)
export class NeedsMeResolver {
  constructor(private readonly prisma: PrismaService) {}

  @Query(() => NeedsMe, {
    description: 'What needs the signed-in person now: live meetings, open votes and polls, their open action items.',
  })
  needsMe(@CurrentUser() viewer: AuthUser): NeedsMe {
    return { viewer };
  }

  @ResolveField(() => [Meeting], {
    description: 'Meetings of my groups (as a member or coordinator) in session now.',
    complexity: listOf(NEEDS_ME_SIZE),
  })
  liveMeetings(@Root() { viewer }: NeedsMe) {
    const mine: Prisma.WorkingGroupWhereInput[] = [{ coordinators: { some: { userId: viewer.id } } }];
    if (viewer.deputyId) mine.push({ memberships: { some: { openGroupId: { not: null }, deputyId: viewer.deputyId } } });
    return this.prisma.meeting.findMany({
      where: { status: 'LIVE', group: { OR: mine } },
      orderBy: { startsAt: 'asc' },
      take: NEEDS_ME_SIZE,
    });
  }

  @ResolveField(() => [Vote], { description: 'Open votes I may cast and have not cast yet.', complexity: listOf(NEEDS_ME_SIZE) })
  async openVotes(@Root() { viewer }: NeedsMe) {
    if (!viewer.deputyId) return [];
    return this.prisma.vote.findMany({
      where: { status: 'OPEN', eligibleIds: { has: viewer.deputyId }, participations: { none: { deputyId: viewer.deputyId } } },
      orderBy: { openedAt: 'asc' },
      take: NEEDS_ME_SIZE,
    });
  }

  @ResolveField(() => [PollToAnswer], {
    description: 'Open time polls of my groups I have not answered.',
    complexity: listOf(NEEDS_ME_SIZE),
  })
  async openTimePolls(@Root() { viewer }: NeedsMe): Promise<PollToAnswer[]> {
    if (!viewer.deputyId) return [];
    return this.prisma.$queryRaw<PollToAnswer[]>(Prisma.sql`
      SELECT p.id AS "pollId", p."groupId", g.name AS "groupName", p.title FROM "TimePoll" p JOIN "WorkingGroup" g ON g.id = p."groupId"
      WHERE p.status = 'OPEN' AND p."groupId" IN (SELECT m."groupId" FROM "GroupMembership" m WHERE m."openGroupId" IS NOT NULL AND m."deputyId" = ${viewer.deputyId})
        AND NOT EXISTS (SELECT 1 FROM "TimePollSlot" s JOIN "TimePollAnswer" a ON a."slotId" = s.id WHERE s."pollId" = p.id AND a."deputyId" = ${viewer.deputyId})
      ORDER BY p."createdAt" LIMIT ${NEEDS_ME_SIZE}`);
  }

  @ResolveField(() => [ActionToDo], { description: 'Action items assigned to me, open or in progress.', complexity: listOf(NEEDS_ME_SIZE) })
  async actionItems(@Root() { viewer }: NeedsMe): Promise<ActionToDo[]> {
    if (!viewer.deputyId) return [];
    const items = await this.prisma.actionItem.findMany({
      where: { assigneeId: viewer.deputyId, status: { in: ['OPEN', 'IN_PROGRESS'] } },
      include: { meeting: { select: { title: true } } },
      orderBy: [{ dueOn: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
      take: NEEDS_ME_SIZE,
    });
    return items.map((a) => ({
      actionItemId: a.id,
      title: a.title,
      dueOn: a.dueOn,
      meetingId: a.meetingId,
      meetingTitle: a.meeting.title,
    }));
  }
}
