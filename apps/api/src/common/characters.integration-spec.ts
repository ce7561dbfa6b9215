import { startTestApp, TestApp } from '../../test/test-app';
import { aGroup, aTerm, signedIn } from '../../test/factories';

const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id title description } } }`;
const CREATE_GROUP = `mutation($i: CreateWorkingGroupInput!) { createWorkingGroup(input: $i) { id } }`;

describe('control characters in GraphQL inputs', () => {
  let t: TestApp;
  let admin: string;
  let termId: string;
  let groupId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
    termId = (await aTerm(t.prisma, { startsOn: '2026-01-01', endsOn: '2027-12-31' })).id;
    groupId = (await aGroup(t.prisma, termId)).id;
  });
  afterAll(() => t.close());

  const meeting = (o: Record<string, unknown>) => ({
    groupId,
    title: 'Réunion',
    startsAt: '2027-01-05T18:00:00+01:00',
    endsAt: '2027-01-05T19:00:00+01:00',
    ...o,
  });

  it.each([
    ['BEL', '\u0007'],
    ['escape', '\u001B[2J'],
    ['DEL', '\u007F'],
    ['C1 next line', '\u0085'],
    ['vertical tab', '\u000B'],
  ])('refuses %s in any text field with BAD_USER_INPUT and reason INVALID_CHARACTER, naming the field', async (_, c) => {
    const before = await t.prisma.meeting.count();
    const r = await t.gql(SCHEDULE, { i: meeting({ title: `Réunion${c}` }) }, admin);
    expect(r.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CHARACTER',
      params: { field: 'input.title' },
    });
    expect(await t.prisma.meeting.count()).toBe(before);
    // Another input of another feature: the same rule, from the same place.
    const g = await t.gql(CREATE_GROUP, { i: { termId, name: `Groupe${c}`, theme: 'Logement' } }, admin);
    expect(g.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTER' });
  });

  it('takes tabs and line breaks', async () => {
    const r = await t.gql(SCHEDULE, { i: meeting({ description: 'Ordre du jour :\r\n\t1. Logement\n\t2. Santé' }) }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.scheduleMeeting.meeting.description).toBe('Ordre du jour :\r\n\t1. Logement\n\t2. Santé');
  });
});
