import { randomBytes } from 'node:crypto';
import { aDeputy, aFieldReport, aLiveMeetingWithItem, aMeeting, aMembership, aRoleMatrix, aTerm, aUser, markPresent } from './factories';
import { PrismaService } from '../src/prisma/prisma.service';
import { TestApp } from './test-app';
import { aText, anAmendment } from './text-factories';

/** Who calls: nobody, and the five callers of `aRoleMatrix`. */
export const CALLERS = ['anonymous', 'member', 'nonMember', 'coordinator', 'otherCoordinator', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];

const unique = () => randomBytes(4).toString('hex');

/**
 * One small assembly every security spec can act on: a term, a group (coordinated by
 * `coordinator`, with `member`), another group (coordinated by `otherCoordinator`, with
 * `nonMember`), a scheduled meeting with an agenda item, a live meeting with an agenda item and
 * an action assigned to the member, a field report (by a third deputy) routed to the group, a
 * message of the group's discussion written by the member, a closed vote of the live meeting
 * (the member present and voting) and an open time poll of the group.
 */
export async function aFixtureWorld(t: TestApp) {
  const term = await aTerm(t.prisma);
  const m = await aRoleMatrix(t, term.id);
  const author = await aDeputy(t.prisma);
  await aMembership(t.prisma, m.group.id, author.id);
  const meeting = await aMeeting(t.prisma, m.group.id);
  const agendaItem = await t.prisma.agendaItem.create({ data: { meetingId: meeting.id, position: 1, title: 'Accès au logement' } });
  const liveMeeting = await aMeeting(t.prisma, m.group.id, { status: 'LIVE', startsAt: '2026-03-17T17:00:00Z' });
  const liveItem = await t.prisma.agendaItem.create({ data: { meetingId: liveMeeting.id, position: 1, title: 'Santé' } });
  const action = await t.prisma.actionItem.create({
    data: { meetingId: liveMeeting.id, title: 'Écrire au ministère', assigneeId: m.member.deputy.id },
  });
  const fieldReport = await aFieldReport(t.prisma, author.id, { status: 'TRIAGED', routedGroupId: m.group.id, termId: term.id });
  const message = await t.prisma.message.create({
    data: { groupId: m.group.id, authorId: m.member.user.id, seq: 1, clientId: `seed-${unique()}`, body: 'Bonjour' },
  });
  await t.prisma.workingGroup.update({ where: { id: m.group.id }, data: { lastMessageSeq: 1 } });
  await markPresent(t.prisma, liveMeeting.id, [m.member.deputy.id]);
  const vote = await aVote(t.prisma, { meetingId: liveMeeting.id, agendaItemId: liveItem.id }, [m.member.deputy.id], 'CLOSED');
  const timePoll = await aTimePoll(t.prisma, m.group.id);
  // A text of the group open for amendments, by the report's author.
  const text = await aText(t.prisma, m.group.id, author.id);
  const tokens: Record<Caller, string | undefined> = { anonymous: undefined, ...m.tokens };
  return { term, ...m, tokens, author, meeting, agendaItem, liveMeeting, liveItem, action, fieldReport, message, vote, timePoll, text };
}
export type FixtureWorld = Awaited<ReturnType<typeof aFixtureWorld>>;

/** A named vote written directly: open, or closed with every eligible deputy having voted For. */
async function aVote(
  prisma: PrismaService,
  at: { meetingId: string; agendaItemId: string },
  eligibleIds: string[],
  status: 'OPEN' | 'CLOSED',
) {
  const closed = status === 'CLOSED';
  return prisma.vote.create({
    data: {
      ...at,
      question: 'Adopter le rapport ?',
      options: ['For', 'Against', 'Abstain'],
      secrecy: 'NAMED',
      eligibleIds,
      status,
      counts: closed ? [eligibleIds.length, 0, 0] : [],
      closedAt: closed ? new Date() : null,
      participations: {
        createMany: { data: closed ? eligibleIds.map((deputyId) => ({ deputyId, castById: deputyId, namedChoice: 0 })) : [] },
      },
    },
  });
}

/** An open time poll of the group with two slots (in the world's term). */
async function aTimePoll(prisma: PrismaService, groupId: string) {
  return prisma.timePoll.create({
    data: {
      groupId,
      title: `Sondage ${unique()}`,
      slots: {
        createMany: {
          data: [
            { startsAt: new Date('2026-05-04T16:00:00Z'), endsAt: new Date('2026-05-04T17:30:00Z') },
            { startsAt: new Date('2026-05-05T16:00:00Z'), endsAt: new Date('2026-05-05T17:30:00Z') },
          ],
        },
      },
    },
    include: { slots: { orderBy: { startsAt: 'asc' } } },
  });
}

/** Fresh rows for calls that change state, so that each caller's call is meaningful. */
export function freshFixtures(t: TestApp, w: FixtureWorld) {
  let seat = 0;
  let counter = 0;
  /** A live meeting of the group with one agenda item, the member present (joined). */
  const liveItem = async () => {
    const live = await aLiveMeetingWithItem(t.prisma, w.group.id, { startsAt: '2026-04-14T16:00:00Z' });
    await markPresent(t.prisma, live.meeting.id, [w.member.deputy.id]);
    return live;
  };
  return {
    prisma: t.prisma,
    unique,
    /** 1, 2, 3... */
    next: () => ++counter,
    /** The next vacant seat number of the world's term (1..15). */
    nextSeat: () => ++seat,
    deputy: () => aDeputy(t.prisma),
    user: (role: 'ADMIN' | 'COORDINATOR' | 'DEPUTY' = 'DEPUTY') => aUser(t.prisma, { role }),
    meeting: (status: 'SCHEDULED' | 'LIVE' = 'SCHEDULED') => aMeeting(t.prisma, w.group.id, { status, startsAt: '2026-04-07T16:00:00Z' }),
    async agendaItem() {
      const meeting = await aMeeting(t.prisma, w.group.id, { startsAt: '2026-05-05T16:00:00Z' });
      return t.prisma.agendaItem.create({ data: { meetingId: meeting.id, position: 1, title: 'Point' } });
    },
    report: (status: 'SUBMITTED' | 'TRIAGED') =>
      aFieldReport(t.prisma, w.author.id, { status, termId: w.term.id, routedGroupId: status === 'TRIAGED' ? w.group.id : undefined }),
    liveItem,
    /** A named vote on a fresh live item, the member present and eligible: open (nobody voted yet), or closed (the member voted For). */
    async vote(status: 'OPEN' | 'CLOSED' = 'OPEN') {
      const { meeting, item } = await liveItem();
      return aVote(t.prisma, { meetingId: meeting.id, agendaItemId: item.id }, [w.member.deputy.id], status);
    },
    /** A fresh live item where the member and the report author are waiting for the floor (member first). */
    async floorRequests() {
      const live = await liveItem();
      const requests = [];
      for (const deputyId of [w.member.deputy.id, w.author.id]) {
        requests.push(
          await t.prisma.speakerRequest.create({
            data: { meetingId: live.meeting.id, agendaItemId: live.item.id, deputyId, openItemId: live.item.id },
          }),
        );
      }
      return { ...live, requests };
    },
    /** A fresh live item where the member has the floor. */
    async speech() {
      const live = await liveItem();
      await t.prisma.speech.create({
        data: {
          meetingId: live.meeting.id,
          agendaItemId: live.item.id,
          deputyId: w.member.deputy.id,
          startedAt: new Date(),
          allottedSeconds: 180,
          openMeetingId: live.meeting.id,
        },
      });
      return live;
    },
    timePoll: () => aTimePoll(t.prisma, w.group.id),
    /** A text of the group: by the member (agreed author), or by the report's author inviting the member as co-author. */
    text: (o: { status?: 'DRAFT' | 'OPEN'; by?: 'member' | 'author' } = {}) =>
      o.by === 'author'
        ? aText(t.prisma, w.group.id, w.author.id, { status: o.status, coAuthorIds: [w.member.deputy.id] })
        : aText(t.prisma, w.group.id, w.member.deputy.id, { status: o.status }),
    /** An amendment to a fresh open text of the group: by the report's author, or by the member. */
    async amendment(o: { by?: 'member' | 'author'; status?: 'SUBMITTED' | 'ADOPTED' } = {}) {
      const text = await aText(t.prisma, w.group.id, w.author.id);
      return anAmendment(t.prisma, text, o.by === 'member' ? w.member.deputy.id : w.author.id, { status: o.status });
    },
  };
}
