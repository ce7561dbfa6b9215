import { randomBytes } from 'node:crypto';
import { AuthService } from '../src/auth/auth.service';
import { newCalendarToken } from '../src/users/users.service';
import { PrismaService } from '../src/prisma/prisma.service';
import { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct horse battery';
let hash: Promise<string> | undefined;
const passwordHash = () => (hash ??= AuthService.hashPassword(TEST_PASSWORD));
const unique = () => randomBytes(4).toString('hex');

/** YYYY-MM-DD (UTC) `days` after today: for tests whose meaning depends on what is upcoming or past. */
export const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type Role = 'ADMIN' | 'COORDINATOR' | 'DEPUTY';
type Gender = 'WOMAN' | 'MAN' | 'OTHER' | 'UNDISCLOSED';

export async function aUser(prisma: PrismaService, o: { role?: Role; email?: string; displayName?: string } = {}) {
  const role = o.role ?? 'DEPUTY';
  return prisma.user.create({
    data: {
      email: o.email ?? `${role.toLowerCase()}-${unique()}@test.example`,
      displayName: o.displayName ?? `${role} ${unique()}`,
      role,
      passwordHash: await passwordHash(),
      calendarToken: newCalendarToken(),
    },
  });
}

export async function aDeputy(prisma: PrismaService, o: { gender?: Gender; fullName?: string; withAccount?: boolean } = {}) {
  const user = o.withAccount ? await aUser(prisma, { role: 'DEPUTY' }) : null;
  return prisma.deputy.create({
    data: {
      fullName: o.fullName ?? `Deputy ${unique()}`,
      gender: o.gender ?? 'WOMAN',
      territory: 'reg:11',
      languages: ['fr'],
      skills: [],
      userId: user?.id,
    },
    include: { user: true },
  });
}

export async function aTerm(
  prisma: PrismaService,
  o: { startsOn?: string; endsOn?: string; seatCount?: number; minimumWomen?: number } = {},
) {
  const seatCount = o.seatCount ?? 15;
  return prisma.term.create({
    data: {
      name: `Term ${unique()}`,
      startsOn: new Date(o.startsOn ?? '2025-01-08'),
      endsOn: new Date(o.endsOn ?? '2027-01-07'),
      seatCount,
      minimumWomen: o.minimumWomen ?? 8,
      seats: { createMany: { data: Array.from({ length: seatCount }, (_, i) => ({ number: i + 1 })) } },
    },
    include: { seats: { orderBy: { number: 'asc' } } },
  });
}

/** An open mandate written directly (the rules under test go through the API instead). */
export async function aMandate(prisma: PrismaService, seat: { id: string }, deputy: { id: string }, startsOn = '2025-01-08') {
  return prisma.mandate.create({
    data: { seatId: seat.id, deputyId: deputy.id, startsOn: new Date(startsOn), openSeatId: seat.id, openDeputyId: deputy.id },
  });
}

export async function aGroup(prisma: PrismaService, termId: string, o: { name?: string; coordinatorIds?: string[] } = {}) {
  return prisma.workingGroup.create({
    data: {
      termId,
      name: o.name ?? `Group ${unique()}`,
      theme: 'Logement',
      coordinators: { createMany: { data: (o.coordinatorIds ?? []).map((userId) => ({ userId })) } },
    },
  });
}

export async function aMembership(
  prisma: PrismaService,
  groupId: string,
  deputyId: string,
  role: 'LEAD' | 'RAPPORTEUR' | 'MEMBER' = 'MEMBER',
) {
  return prisma.groupMembership.create({ data: { groupId, deputyId, role, startsOn: new Date('2025-02-01'), openGroupId: groupId } });
}

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }`;

/** A bearer token obtained through the real login mutation. */
export async function tokenFor(t: TestApp, user: { email: string }): Promise<string> {
  const r = await t.gql<{ login: { token: string } }>(LOGIN, { email: user.email, password: TEST_PASSWORD });
  if (!r.data?.login) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}

/** An account of the given role and its token. */
export async function signedIn(t: TestApp, role: Role) {
  const user = await aUser(t.prisma, { role });
  return { user, token: await tokenFor(t, user) };
}

/** A meeting written directly; `startsAt` defaults to 2026-03-10 18:00 Paris, one hour long. */
export async function aMeeting(
  prisma: PrismaService,
  groupId: string,
  o: {
    title?: string;
    startsAt?: string;
    endsAt?: string;
    timeZone?: string;
    status?: 'SCHEDULED' | 'LIVE' | 'ENDED' | 'CANCELLED';
    seriesId?: string;
  } = {},
) {
  const startsAt = new Date(o.startsAt ?? '2026-03-10T17:00:00Z');
  return prisma.meeting.create({
    data: {
      groupId,
      title: o.title ?? `Meeting ${unique()}`,
      startsAt,
      endsAt: new Date(o.endsAt ?? startsAt.getTime() + 3600_000),
      timeZone: o.timeZone ?? 'Europe/Paris',
      status: o.status ?? 'SCHEDULED',
      seriesId: o.seriesId,
    },
  });
}

/** A deputy with an account, signed in: `{ deputy, user, token }`. */
export async function aSignedInDeputy(t: TestApp, o: { fullName?: string } = {}) {
  const deputy = await aDeputy(t.prisma, { ...o, withAccount: true });
  return { deputy, user: deputy.user!, token: await tokenFor(t, deputy.user!) };
}

/** A field report written directly, in the given status. */
export async function aFieldReport(
  prisma: PrismaService,
  authorId: string,
  o: {
    status?: 'SUBMITTED' | 'TRIAGED' | 'ON_AGENDA' | 'ADDRESSED' | 'CLOSED';
    routedGroupId?: string;
    termId?: string;
    theme?: string;
    territory?: string;
    title?: string;
  } = {},
) {
  return prisma.fieldReport.create({
    data: {
      authorId,
      termId: o.termId,
      territory: o.territory ?? 'reg:11',
      theme: o.theme ?? 'Logement',
      title: o.title ?? `Report ${unique()}`,
      body: 'Ce que nous entendons sur le terrain.',
      status: o.status ?? 'SUBMITTED',
      routedGroupId: o.routedGroupId,
    },
  });
}

/**
 * The five callers every group mutation is checked against: an administrator, a coordinator of
 * the group, a coordinator of another group, a deputy member of the group and a deputy who is not.
 */
export async function aRoleMatrix(t: TestApp, termId: string) {
  const admin = await signedIn(t, 'ADMIN');
  const coordinator = await signedIn(t, 'COORDINATOR');
  const otherCoordinator = await signedIn(t, 'COORDINATOR');
  const group = await aGroup(t.prisma, termId, { coordinatorIds: [coordinator.user.id] });
  const otherGroup = await aGroup(t.prisma, termId, { coordinatorIds: [otherCoordinator.user.id] });
  const member = await aSignedInDeputy(t);
  const nonMember = await aSignedInDeputy(t);
  await aMembership(t.prisma, group.id, member.deputy.id);
  await aMembership(t.prisma, otherGroup.id, nonMember.deputy.id);
  return {
    group,
    otherGroup,
    member,
    nonMember,
    tokens: {
      admin: admin.token,
      coordinator: coordinator.token,
      otherCoordinator: otherCoordinator.token,
      member: member.token,
      nonMember: nonMember.token,
    },
  };
}
export type RoleName = 'admin' | 'coordinator' | 'otherCoordinator' | 'member' | 'nonMember';

/** A working group with a coordinator and `members` signed-in deputies: the live channel of the live specs. */
export async function aLiveChannel(t: TestApp, o: { members?: number; termId?: string } = {}) {
  const termId = o.termId ?? (await aTerm(t.prisma)).id;
  const coordinator = await signedIn(t, 'COORDINATOR');
  const group = await aGroup(t.prisma, termId, { coordinatorIds: [coordinator.user.id] });
  const members: {
    deputy: Awaited<ReturnType<typeof aDeputy>>;
    user: { id: string; email: string; displayName: string };
    token: string;
  }[] = [];
  for (let i = 0; i < (o.members ?? 2); i++) {
    const deputy = await aDeputy(t.prisma, { withAccount: true });
    await aMembership(t.prisma, group.id, deputy.id);
    members.push({ deputy, user: deputy.user!, token: await tokenFor(t, deputy.user!) });
  }
  return { termId, group, coordinator, members };
}

/** A live meeting of the group with one agenda item (issue 7 specs). */
export async function aLiveMeetingWithItem(
  prisma: PrismaService,
  groupId: string,
  o: { status?: 'SCHEDULED' | 'LIVE' | 'ENDED'; startsAt?: string } = {},
) {
  const meeting = await aMeeting(prisma, groupId, { status: o.status ?? 'LIVE', startsAt: o.startsAt });
  const item = await prisma.agendaItem.create({ data: { meetingId: meeting.id, position: 1, title: 'Point' } });
  return { meeting, item };
}

/** Marks deputies present in a meeting, as joining the live session does. */
export async function markPresent(prisma: PrismaService, meetingId: string, deputyIds: string[]) {
  for (const deputyId of deputyIds) {
    await prisma.attendance.upsert({
      where: { meetingId_deputyId: { meetingId, deputyId } },
      create: { meetingId, deputyId, present: true, joinedAt: new Date() },
      update: { present: true },
    });
  }
}
