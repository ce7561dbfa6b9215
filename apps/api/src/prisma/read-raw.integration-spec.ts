import { Prisma } from '../generated/prisma/client';
import { startTestApp, TestApp } from '../../test/test-app';
import { aDeputy, aGroup, aMandate, aMeeting, aMembership, aTerm } from '../../test/factories';

describe('PrismaService.readRaw', () => {
  // The API's tests run in a time zone that is not UTC (jest.config.js): pg's default readings of
  // `date` columns (and writing of Date parameters) follow it, Prisma's do not.
  it('runs where local time is not UTC', () => {
    expect(new Date('2101-03-10T12:00:00').getTimezoneOffset()).not.toBe(0);
  });

  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    const term = await aTerm(t.prisma, { startsOn: '2101-01-08', endsOn: '2103-01-07' });
    const deputy = await aDeputy(t.prisma, { withAccount: true });
    await t.prisma.deputy.update({
      where: { id: deputy.id },
      data: { languages: ['fr', 'ar', 'ps'], skills: ['droit, "asile"'], eligibilityAttestedOn: new Date('2101-02-03'), bio: null },
    });
    await aMandate(t.prisma, term.seats[0], deputy, '2101-01-08');
    const group = await aGroup(t.prisma, term.id);
    await aMembership(t.prisma, group.id, deputy.id, 'RAPPORTEUR');
    await aMeeting(t.prisma, group.id, { startsAt: '2101-03-10T23:30:00Z', endsAt: '2101-03-11T00:30:00Z' });
  });
  afterAll(() => t.close());

  const both = async (query: Prisma.Sql) => ({
    direct: await t.prisma.readRaw<unknown[]>(query),
    prisma: await t.prisma.$queryRaw<unknown[]>(query),
  });

  it('goes straight to PostgreSQL, not through Prisma', async () => {
    const before = t.prisma.queryCount;
    const [row] = await t.prisma.readRaw<Array<{ name: string }>>(Prisma.sql`SELECT current_setting('application_name') AS name`);
    // Counted with Prisma's statements (the SQL count tests see it), on a connection of its own.
    expect(t.prisma.queryCount).toBe(before + 1);
    expect(row.name).not.toMatch(/prisma/i);
  });

  it.each([
    ['dates, text arrays, enums and nullable columns', Prisma.sql`SELECT * FROM "Deputy"`],
    [
      'date columns of terms and mandates',
      Prisma.sql`SELECT t.*, m."startsOn" AS "mandateStartsOn", m."endsOn" AS "mandateEndsOn" FROM "Term" t JOIN "Seat" s ON s."termId" = t.id JOIN "Mandate" m ON m."seatId" = s.id`,
    ],
    ['instants (timestamptz) and days (date)', Prisma.sql`SELECT * FROM "Meeting"`],
    ['counts (bigint)', Prisma.sql`SELECT COUNT(*) AS n, COUNT(*)::int AS m FROM "GroupMembership"`],
    ['users and memberships', Prisma.sql`SELECT u.*, gm.* FROM "User" u, "GroupMembership" gm`],
  ])('reads %s as $queryRaw does', async (_, query) => {
    const { direct, prisma } = await both(query);
    expect(prisma.length).toBeGreaterThan(0);
    expect(direct).toEqual(prisma);
  });

  it('sends Date parameters as Prisma does, whatever the local time zone', async () => {
    // 2101-03-10T23:30Z is 20:30 on the 10th in São Paulo: a parameter written in local time would
    // fall on another day when compared with a `date` column.
    const at = new Date('2101-03-10T23:00:00Z');
    for (const query of [
      Prisma.sql`SELECT id FROM "Meeting" WHERE "startsAt" > ${at}`,
      Prisma.sql`SELECT id FROM "Meeting" WHERE "createdAt" < ${at}`,
      Prisma.sql`SELECT ${at}::timestamptz AS at, ${at}::date AS day`,
    ]) {
      const { direct, prisma } = await both(query);
      expect(prisma.length).toBe(1);
      expect(direct).toEqual(prisma);
    }
  });
});
