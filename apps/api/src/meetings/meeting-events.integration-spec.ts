import { EventEmitter2 } from '@nestjs/event-emitter';
import { codeOf, GqlResult, startTestApp, TestApp } from '../../test/test-app';
import { aGroup, aMeeting, aMembership, aSignedInDeputy, aTerm, daysFromToday, signedIn } from '../../test/factories';

/**
 * What the live module broadcasts comes from the domain events the services publish after
 * commit (DESIGN.md, Architecture): each change of a meeting or its agenda publishes exactly its
 * event, once, and a refused change publishes nothing.
 */
describe('meeting and agenda events', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let groupId: string;
  let events: Array<{ name: string; payload: unknown }>;
  // The notices these changes cause (notification.created) are the notifications feature's, tested there.
  const record = (name: string | string[], payload: unknown) => {
    if (String(name) !== 'notification.created') events.push({ name: String(name), payload });
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
    const term = await aTerm(t.prisma, { startsOn: daysFromToday(-300), endsOn: daysFromToday(400) });
    groupId = (await aGroup(t.prisma, term.id)).id;
    const deputy = await aSignedInDeputy(t);
    await aMembership(t.prisma, groupId, deputy.deputy.id);
    member = deputy.token;
    t.app.get(EventEmitter2).onAny(record);
  });
  afterAll(async () => {
    t.app.get(EventEmitter2).offAny(record);
    await t.close();
  });
  beforeEach(() => {
    events = [];
  });

  const ok = (r: GqlResult) => {
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const meetingAt = async (days: number, status: 'SCHEDULED' | 'LIVE' = 'SCHEDULED') => {
    const meeting = await aMeeting(t.prisma, groupId, { startsAt: `${daysFromToday(days)}T16:00:00Z`, status });
    const items = [];
    for (const position of [1, 2])
      items.push(await t.prisma.agendaItem.create({ data: { meetingId: meeting.id, position, title: `Point ${position}` } }));
    return { meeting, items };
  };
  const meetingEvent = (meetingId: string, change: string) => ({ name: 'meeting.updated', payload: { groupId, meetingId, change } });
  const agendaEvent = (meetingId: string, currentAgendaItemId: string | null) => ({
    name: 'agenda.updated',
    payload: { groupId, meetingId, currentAgendaItemId },
  });

  it('publishes meeting.updated "rescheduled" when a meeting moves', async () => {
    const { meeting } = await meetingAt(10);
    ok(
      await t.gql(
        `mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { meeting { id } } }`,
        { i: { meetingId: meeting.id, startsAt: `${daysFromToday(11)}T16:00:00Z`, endsAt: `${daysFromToday(11)}T17:00:00Z` } },
        admin,
      ),
    );
    expect(events).toEqual([
      {
        name: 'meeting.updated',
        payload: {
          groupId,
          meetingId: meeting.id,
          change: 'rescheduled',
          previousStartsAt: new Date(meeting.startsAt).toISOString(),
          previousEndsAt: new Date(meeting.endsAt).toISOString(),
        },
      },
    ]);
  });

  it('publishes meeting.updated "cancelled" when a meeting is cancelled', async () => {
    const { meeting } = await meetingAt(12);
    ok(
      await t.gql(
        `mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { meeting { id } } }`,
        { i: { meetingId: meeting.id, reason: 'Salle indisponible' } },
        admin,
      ),
    );
    expect(events).toEqual([meetingEvent(meeting.id, 'cancelled')]);
  });

  it('publishes meeting.updated "updated" when a member answers the invitation', async () => {
    const { meeting } = await meetingAt(13);
    ok(
      await t.gql(
        `mutation($i: RespondToMeetingInput!) { respondToMeeting(input: $i) { response } }`,
        { i: { meetingId: meeting.id, response: 'YES' } },
        member,
      ),
    );
    expect(events).toEqual([meetingEvent(meeting.id, 'updated')]);
  });

  it('publishes "started", then the current item, then "ended" through a sitting', async () => {
    const { meeting, items } = await meetingAt(0);
    ok(
      await t.gql(
        `mutation($i: StartMeetingInput!) { startMeeting(input: $i) { id } }`,
        { i: { meetingId: meeting.id, confirmEarly: true } },
        admin,
      ),
    );
    expect(events).toEqual([meetingEvent(meeting.id, 'started')]);
    events = [];
    ok(
      await t.gql(
        `mutation($i: SetCurrentAgendaItemInput!) { setCurrentAgendaItem(input: $i) { id } }`,
        { i: { meetingId: meeting.id, agendaItemId: items[1].id } },
        admin,
      ),
    );
    expect(events).toEqual([meetingEvent(meeting.id, 'current-item'), agendaEvent(meeting.id, items[1].id)]);
    events = [];
    ok(await t.gql(`mutation($i: MeetingIdInput!) { endMeeting(input: $i) { id } }`, { i: { meetingId: meeting.id } }, admin));
    expect(events).toEqual([meetingEvent(meeting.id, 'ended')]);
  });

  it('publishes agenda.updated for each change of the agenda', async () => {
    const { meeting, items } = await meetingAt(14);
    const added = ok(
      await t.gql(
        `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }`,
        { i: { meetingId: meeting.id, title: 'Budget' } },
        admin,
      ),
    ).addAgendaItem.id;
    ok(
      await t.gql(
        `mutation($i: UpdateAgendaItemInput!) { updateAgendaItem(input: $i) { id } }`,
        { i: { agendaItemId: added, title: 'Budget 2027' } },
        admin,
      ),
    );
    ok(
      await t.gql(
        `mutation($i: ReorderAgendaInput!) { reorderAgenda(input: $i) { id } }`,
        { i: { meetingId: meeting.id, itemIds: [added, items[1].id, items[0].id] } },
        admin,
      ),
    );
    ok(await t.gql(`mutation($i: RemoveAgendaItemInput!) { removeAgendaItem(input: $i) { id } }`, { i: { agendaItemId: added } }, admin));
    expect(events).toEqual([
      agendaEvent(meeting.id, null),
      agendaEvent(meeting.id, null),
      agendaEvent(meeting.id, null),
      agendaEvent(meeting.id, null),
    ]);
  });

  it('publishes nothing for a refused change', async () => {
    const { meeting, items } = await meetingAt(15);
    expect(
      codeOf(
        await t.gql(
          `mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { meeting { id } } }`,
          { i: { meetingId: meeting.id, reason: 'Non' } },
          member,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await t.gql(
          `mutation($i: ReorderAgendaInput!) { reorderAgenda(input: $i) { id } }`,
          { i: { meetingId: meeting.id, itemIds: [items[0].id] } },
          admin,
        ),
      ),
    ).toBe('CONFLICT');
    expect(events).toEqual([]);
  });
});
