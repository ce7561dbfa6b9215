import { NotificationKind } from '@tribune/domain';
import { aDeputy, aFieldReport, aLiveChannel, aLiveMeetingWithItem, aMeeting, markPresent, signedIn } from '../../test/factories';
import { startTestApp, TestApp } from '../../test/test-app';
import { DomainEvent, DomainEventBus } from '../common/domain-events';
import { NotificationTriggers } from './notification-triggers';

/**
 * Each kind, from the action that causes it (through GraphQL, as the web does), is told once to the
 * right people and to nobody else, in each recipient's language and on their clock (Europe/Paris
 * unless they chose another). The kinds the jobs send (reminders, due, overdue, poll closing) are
 * rendered in render.spec.ts.
 */
describe('who is told what', () => {
  let t: TestApp;
  let triggers: NotificationTriggers;
  let events: DomainEventBus;
  let channel: Awaited<ReturnType<typeof aLiveChannel>>;
  let outsiders: Awaited<ReturnType<typeof aLiveChannel>>;
  let admin: Awaited<ReturnType<typeof signedIn>>;
  /** members[0] reads English, members[1] Arabic, members[2] French. */
  let en: string, ar: string, fr: string, coordinator: string;

  beforeAll(async () => {
    t = await startTestApp();
    triggers = t.app.get(NotificationTriggers);
    events = t.app.get(DomainEventBus);
    channel = await aLiveChannel(t, { members: 3 });
    outsiders = await aLiveChannel(t, { members: 1, termId: channel.termId });
    admin = await signedIn(t, 'ADMIN');
    [en, ar, fr] = channel.members.map((m) => m.user.id);
    coordinator = channel.coordinator.user.id;
    await t.prisma.user.update({ where: { id: en }, data: { locale: 'en' } });
    await t.prisma.user.update({ where: { id: ar }, data: { locale: 'ar' } });
  });
  afterAll(() => t?.close());
  beforeEach(() => t.prisma.notification.deleteMany());

  const as = async (token: string, mutation: string, inputType: string, input: Record<string, unknown>) => {
    const r = await t.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`, { input }, token);
    if (r.errors) throw new Error(`${mutation}: ${JSON.stringify(r.errors)}`);
    await triggers.settled();
  };
  const coordinating = (mutation: string, inputType: string, input: Record<string, unknown>) =>
    as(channel.coordinator.token, mutation, inputType, input);
  /** Everyone told of this kind (every row, however many times the event was heard): the outsiders' group never appears. */
  const told = async (kind: NotificationKind) => {
    const rows = await t.prisma.notification.findMany({ where: { kind } });
    return rows.map((r) => r.userId).sort();
  };
  /** The notice as its recipient reads it (title and lines in their language). */
  const seenBy = async (userId: string, kind: NotificationKind) => {
    const token = [...channel.members, ...outsiders.members].find((m) => m.user.id === userId)?.token ?? channel.coordinator.token;
    const r = await t.gql(`query { notifications(first: 20) { nodes { kind title lines path } } }`, {}, token);
    return r.data?.notifications.nodes.find((n: { kind: string }) => n.kind === kind) as { title: string; lines: string[]; path: string };
  };
  const sorted = (...ids: string[]) => [...ids].sort();
  const everyoneOfTheGroup = () => sorted(en, ar, fr, coordinator);

  it('MEETING_SCHEDULED: the group’s members and coordinators, once for a whole series', async () => {
    await coordinating('scheduleMeeting', 'ScheduleMeetingInput', {
      groupId: channel.group.id,
      title: 'Logement',
      startsAt: '2026-06-02T16:00:00Z',
      endsAt: '2026-06-02T17:00:00Z',
      recurrence: 'FREQ=WEEKLY;COUNT=3',
    });
    expect(await told('MEETING_SCHEDULED')).toEqual(everyoneOfTheGroup());
    expect(await seenBy(en, 'MEETING_SCHEDULED')).toMatchObject({ title: 'New meeting: Logement' });
    expect((await seenBy(fr, 'MEETING_SCHEDULED')).lines[1]).toMatch(/2 juin 2026.*18:00/);
  });

  it('MEETING_RESCHEDULED: the old and the new time, on the recipient’s clock; told once per change', async () => {
    const meeting = await aMeeting(t.prisma, channel.group.id, { startsAt: '2026-04-07T16:00:00Z' });
    await t.prisma.notificationSettings.create({ data: { userId: en, timeZone: 'America/Montreal' } });
    await coordinating('rescheduleMeeting', 'RescheduleMeetingInput', {
      meetingId: meeting.id,
      startsAt: '2026-04-08T16:00:00Z',
      endsAt: '2026-04-08T17:30:00Z',
    });
    expect(await told('MEETING_RESCHEDULED')).toEqual(everyoneOfTheGroup());
    const notice = await seenBy(en, 'MEETING_RESCHEDULED');
    expect(notice.title).toBe(`Meeting moved: ${meeting.title}`);
    expect(notice.lines[1]).toMatch(/^Before: Tuesday, April 7, 2026.*12:00/);
    expect(notice.lines[2]).toMatch(/^Now: Wednesday, April 8, 2026.*12:00/);
    expect((await seenBy(fr, 'MEETING_RESCHEDULED')).lines[1]).toMatch(/^Avant : mardi 7 avril 2026.*18:00/);
    // The same change heard again tells nobody again.
    events.publish(DomainEvent.MeetingUpdated, { groupId: channel.group.id, meetingId: meeting.id, change: 'rescheduled' });
    await triggers.settled();
    expect(await told('MEETING_RESCHEDULED')).toEqual(everyoneOfTheGroup());
    await t.prisma.notificationSettings.delete({ where: { userId: en } });
  });

  it('MEETING_CANCELLED: with the reason', async () => {
    const meeting = await aMeeting(t.prisma, channel.group.id, { startsAt: '2026-04-14T16:00:00Z' });
    await coordinating('cancelMeeting', 'CancelMeetingInput', { meetingId: meeting.id, reason: 'Grève des transports' });
    expect(await told('MEETING_CANCELLED')).toEqual(everyoneOfTheGroup());
    const notice = await seenBy(ar, 'MEETING_CANCELLED');
    expect(notice.title).toBe(`أُلغي الاجتماع: ${meeting.title}`);
    expect(notice.lines).toContain('السبب: Grève des transports');
  });

  it('MEETING_STARTED: a link straight into the live session', async () => {
    const meeting = await aMeeting(t.prisma, channel.group.id, { startsAt: new Date(Date.now() + 3600_000).toISOString() });
    await coordinating('startMeeting', 'StartMeetingInput', { meetingId: meeting.id, confirmEarly: true });
    expect(await told('MEETING_STARTED')).toEqual(everyoneOfTheGroup());
    expect(await seenBy(fr, 'MEETING_STARTED')).toMatchObject({
      title: `En direct : ${meeting.title}`,
      path: `/meetings/${meeting.id}/live`,
    });
  });

  it('VOTE_OPENED: those who may vote, a proxy holder told whose vote they carry; not who gave theirs away', async () => {
    const { meeting, item } = await aLiveMeetingWithItem(t.prisma, channel.group.id);
    const [holder, present, grantor] = channel.members;
    await markPresent(t.prisma, meeting.id, [holder.deputy.id, present.deputy.id]);
    await coordinating('openVote', 'OpenVoteInput', {
      agendaItemId: item.id,
      question: 'Adopter le rapport ?',
      proxies: [{ grantorId: grantor.deputy.id, holderId: holder.deputy.id }],
    });
    expect(await told('VOTE_OPENED')).toEqual(sorted(en, ar));
    const notice = await seenBy(en, 'VOTE_OPENED');
    expect(notice).toMatchObject({ title: 'Vote open: Adopter le rapport ?', path: `/meetings/${meeting.id}/live` });
    expect(notice.lines).toContain(`You also vote for ${grantor.deputy.fullName} (proxy).`);
    expect((await seenBy(ar, 'VOTE_OPENED')).lines.some((l) => l.includes('توكيل'))).toBe(false);
  });

  it('TIME_POLL_OPENED: the group’s members', async () => {
    await coordinating('createTimePoll', 'CreateTimePollInput', {
      groupId: channel.group.id,
      title: 'Prochaine plénière',
      slots: [{ startsAt: '2026-06-09T16:00:00Z', endsAt: '2026-06-09T17:30:00Z' }],
    });
    expect(await told('TIME_POLL_OPENED')).toEqual(sorted(en, ar, fr));
    expect((await seenBy(fr, 'TIME_POLL_OPENED')).title).toBe('Sondage de date : Prochaine plénière');
  });

  it('SPEAKER_NEXT: the first of the list, once; not those behind', async () => {
    const { item } = await aLiveMeetingWithItem(t.prisma, channel.group.id);
    await as(channel.members[0].token, 'requestFloor', 'RequestFloorInput', { agendaItemId: item.id });
    await as(channel.members[1].token, 'requestFloor', 'RequestFloorInput', { agendaItemId: item.id });
    expect(await told('SPEAKER_NEXT')).toEqual([en]);
    expect((await seenBy(en, 'SPEAKER_NEXT')).title).toBe('You speak next');
  });

  it('ACTION_ASSIGNED: the assignee only', async () => {
    const { meeting } = await aLiveMeetingWithItem(t.prisma, channel.group.id);
    await coordinating('assignAction', 'AssignActionInput', {
      meetingId: meeting.id,
      title: 'Relancer la préfecture',
      assigneeId: channel.members[1].deputy.id,
      dueOn: '2026-12-01',
    });
    expect(await told('ACTION_ASSIGNED')).toEqual([ar]);
    expect((await seenBy(ar, 'ACTION_ASSIGNED')).title).toBe('مهمة مسندة إليك: Relancer la préfecture');
  });

  it('FIELD_REPORT_STATUS: its author, at each step: routed to which group, on which meeting, the decision, the explanation', async () => {
    const author = channel.members[0];
    const report = await aFieldReport(t.prisma, author.deputy.id, { termId: channel.termId, title: 'Domiciliation refusée' });
    const { meeting } = await aLiveMeetingWithItem(t.prisma, channel.group.id);
    const steps: string[][] = [];
    const step = async () => {
      const rows = await t.prisma.notification.findMany({ where: { kind: 'FIELD_REPORT_STATUS' }, orderBy: { createdAt: 'desc' } });
      expect(rows.every((r) => r.userId === author.user.id)).toBe(true);
      const notice = await seenBy(author.user.id, 'FIELD_REPORT_STATUS');
      steps.push([notice.title, ...notice.lines]);
    };
    await coordinating('routeFieldReport', 'RouteFieldReportInput', { reportId: report.id, groupId: channel.group.id });
    await step();
    await coordinating('placeReportOnAgenda', 'PlaceReportOnAgendaInput', { reportId: report.id, meetingId: meeting.id });
    await step();
    const item = await t.prisma.agendaItem.findUniqueOrThrow({ where: { fieldReportId: report.id } });
    await coordinating('recordDecision', 'RecordDecisionInput', { agendaItemId: item.id, text: 'Saisir le préfet.' });
    await step();
    const other = await aFieldReport(t.prisma, author.deputy.id, {
      termId: channel.termId,
      status: 'TRIAGED',
      routedGroupId: channel.group.id,
    });
    await coordinating('closeFieldReport', 'CloseFieldReportInput', { reportId: other.id, note: 'Déjà traité par le groupe Santé.' });
    await step();
    expect(steps[0]).toEqual([`Your report was routed to ${channel.group.name}`, 'Domiciliation refusée']);
    expect(steps[1][0]).toBe('Your report is on the agenda');
    expect(steps[1][2]).toContain(meeting.title);
    expect(steps[2]).toEqual(expect.arrayContaining(['Your report was addressed', 'Decision: Saisir le préfet.']));
    expect(steps[3]).toEqual(['Your report was closed', other.title, 'Explanation: Déjà traité par le groupe Santé.']);
    expect(await t.prisma.notification.count({ where: { kind: 'FIELD_REPORT_STATUS' } })).toBe(4);
  });

  it('MINUTES_PUBLISHED: the group, when the meeting closes with its minutes', async () => {
    const { meeting } = await aLiveMeetingWithItem(t.prisma, channel.group.id);
    await coordinating('updateMinutes', 'UpdateMinutesInput', { meetingId: meeting.id, body: 'Relevé de décisions.' });
    await coordinating('endMeeting', 'MeetingIdInput', { meetingId: meeting.id });
    expect(await told('MINUTES_PUBLISHED')).toEqual(everyoneOfTheGroup());
    expect((await seenBy(fr, 'MINUTES_PUBLISHED')).title).toBe(`Compte rendu publié : ${meeting.title}`);
  });

  it('MANDATE_CHANGED: the deputy whose seat it is', async () => {
    const deputy = channel.members[2].deputy;
    const term = await t.prisma.term.findUniqueOrThrow({ where: { id: channel.termId } });
    await as(admin.token, 'assignSeat', 'AssignSeatInput', { termId: term.id, seatNumber: 3, deputyId: deputy.id, startsOn: '2025-02-01' });
    expect(await told('MANDATE_CHANGED')).toEqual([fr]);
    expect((await seenBy(fr, 'MANDATE_CHANGED')).title).toBe('Le siège 3 vous est attribué');
    const mandate = await t.prisma.mandate.findFirstOrThrow({ where: { deputyId: deputy.id } });
    const successor = await aDeputy(t.prisma, { withAccount: true });
    await as(admin.token, 'endMandate', 'EndMandateInput', {
      mandateId: mandate.id,
      endsOn: '2025-06-30',
      reason: 'RESIGNATION',
      successorDeputyId: successor.id,
    });
    expect(await told('MANDATE_CHANGED')).toEqual(sorted(fr, fr, successor.user!.id));
  });

  it('MENTIONED: those a message names with @Name, not its author nor a name that only starts the same', async () => {
    const [author, named] = channel.members;
    await t.prisma.user.update({ where: { id: named.user.id }, data: { displayName: 'Samira Haddad' } });
    await t.prisma.user.update({ where: { id: fr }, data: { displayName: 'Samira Haddadi' } });
    events.publish(DomainEvent.MessagePosted, {
      groupId: channel.group.id,
      seq: 7,
      authorId: author.user.id,
      body: '@Samira Haddad peux-tu relancer la préfecture ? @' + author.user.displayName,
      meetingId: null,
    });
    await triggers.settled();
    expect(await told('MENTIONED')).toEqual([ar]);
    expect((await seenBy(ar, 'MENTIONED')).path).toBe(`/groups/${channel.group.id}`);
  });

  describe('needsMe (the home page’s "now")', () => {
    const NOW = `query { needsMe { liveMeetings { id } openVotes { id } openTimePolls { pollId } actionItems { actionItemId title } } }`;
    it('lists my live meetings, the votes open to me, the polls I have not answered and my open actions; nobody else’s', async () => {
      const { meeting, item } = await aLiveMeetingWithItem(t.prisma, channel.group.id);
      const [me, other] = channel.members;
      const vote = await t.prisma.vote.create({
        data: {
          meetingId: meeting.id,
          agendaItemId: item.id,
          question: 'Q ?',
          options: ['Pour', 'Contre'],
          secrecy: 'NAMED',
          eligibleIds: [me.deputy.id],
        },
      });
      const poll = await t.prisma.timePoll.create({
        data: {
          groupId: channel.group.id,
          title: 'Quand ?',
          slots: { create: [{ startsAt: new Date('2027-01-05T17:00:00Z'), endsAt: new Date('2027-01-05T18:00:00Z') }] },
        },
      });
      const action = await t.prisma.actionItem.create({ data: { meetingId: meeting.id, title: 'Écrire', assigneeId: me.deputy.id } });
      await t.prisma.actionItem.create({ data: { meetingId: meeting.id, title: 'Fait', assigneeId: me.deputy.id, status: 'DONE' } });
      const mine = (await t.gql(NOW, {}, me.token)).data?.needsMe;
      expect(mine.liveMeetings.map((m: { id: string }) => m.id)).toContain(meeting.id);
      // (The vote an earlier case of this file opened may still be open to me too.)
      expect(mine.openVotes.map((v: { id: string }) => v.id)).toContain(vote.id);
      expect(mine.openTimePolls.map((p: { pollId: string }) => p.pollId)).toContain(poll.id);
      expect(mine.actionItems).toEqual([{ actionItemId: action.id, title: 'Écrire' }]);
      const theirs = (await t.gql(NOW, {}, other.token)).data?.needsMe;
      expect(theirs.openVotes.map((v: { id: string }) => v.id)).not.toContain(vote.id);
      expect(theirs.actionItems.map((a: { actionItemId: string }) => a.actionItemId)).not.toContain(action.id);
      const outsider = (await t.gql(NOW, {}, outsiders.members[0].token)).data?.needsMe;
      expect(outsider).toEqual({ liveMeetings: [], openVotes: [], openTimePolls: [], actionItems: [] });
    });
  });
});
