import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLSchema } from 'graphql';
import { aMandate, aMembership, TEST_PASSWORD } from '../../test/factories';
import { aFixtureWorld, Caller, CALLERS, FixtureWorld, freshFixtures } from '../../test/fixture-world';
import { operationFor, schemaOperations } from '../../test/graphql-operations';
import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { anAmendment } from '../../test/text-factories';

/**
 * Who may call what, for every query and mutation of the schema. 'OK' is an allow; a deny is
 * FORBIDDEN, or UNAUTHENTICATED for an anonymous caller. Where an allowed call would end in
 * BAD_USER_INPUT, CONFLICT or NOT_FOUND after the access check, that still counts as an allow
 * and the row says so; the rows below build inputs that succeed, so 'OK' is what they expect.
 */
type Code = 'OK' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';
type Expected = Record<Caller, Code>;
type Fresh = ReturnType<typeof freshFixtures>;
interface Row {
  /** The call's variables in this world, for this caller (fresh rows where the call changes state). */
  vars: (w: FixtureWorld, fresh: Fresh, caller: Caller) => Record<string, unknown> | Promise<Record<string, unknown>>;
  expect: Expected;
}

const allow = (...who: Caller[]): Expected =>
  Object.fromEntries(CALLERS.map((c) => [c, who.includes(c) ? 'OK' : c === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'])) as Expected;

/** Any signed-in account. */
const SIGNED_IN = allow('member', 'nonMember', 'coordinator', 'otherCoordinator', 'admin');
const ADMIN = allow('admin');
/** Administrators and the coordinators of the group concerned. */
const COORDINATION = allow('coordinator', 'admin');
/** Every coordinator and administrator: things that belong to no group yet. */
const STAFF = allow('coordinator', 'otherCoordinator', 'admin');
/** A group's discussion: its members and its coordinators only (administrators only as one of them; issue 12). */
const GROUP_READERS = allow('member', 'coordinator');
/** A group's meetings and the reports routed to it: its members, every coordinator and administrator. */
const MEETING_READERS = allow('member', 'coordinator', 'otherCoordinator', 'admin');
/** Deputies act as themselves (a report, an RSVP): accounts without a deputy profile are refused. */
const DEPUTIES = allow('member', 'nonMember');

const MATRIX: Record<string, Row> = {
  // ---- queries
  me: { vars: () => ({}), expect: SIGNED_IN },
  currentTerm: { vars: () => ({}), expect: SIGNED_IN },
  terms: { vars: () => ({}), expect: SIGNED_IN },
  term: { vars: (w) => ({ id: w.term.id }), expect: SIGNED_IN },
  deputies: { vars: () => ({}), expect: SIGNED_IN },
  deputy: { vars: (w) => ({ id: w.member.deputy.id }), expect: SIGNED_IN },
  workingGroups: { vars: (w) => ({ termId: w.term.id }), expect: SIGNED_IN },
  workingGroup: { vars: (w) => ({ id: w.group.id }), expect: SIGNED_IN },
  // Lists are filtered to what the caller may see (checked in the meetings and field-reports specs).
  meetings: { vars: (w) => ({ filter: { groupId: w.group.id } }), expect: SIGNED_IN },
  meeting: { vars: (w) => ({ id: w.meeting.id }), expect: MEETING_READERS },
  fieldReports: { vars: (w) => ({ filter: { groupId: w.group.id } }), expect: SIGNED_IN },
  fieldReport: { vars: (w) => ({ id: w.fieldReport.id }), expect: MEETING_READERS },
  fieldReportSummary: { vars: (w) => ({ termId: w.term.id }), expect: ADMIN },
  messages: { vars: (w) => ({ groupId: w.group.id }), expect: GROUP_READERS },
  calendarFeed: { vars: () => ({}), expect: SIGNED_IN },
  users: { vars: () => ({}), expect: ADMIN },
  auditLog: { vars: () => ({}), expect: ADMIN },
  sentMails: { vars: () => ({}), expect: ADMIN },
  // Parliamentary procedure: read like the group's meetings.
  vote: { vars: (w) => ({ id: w.vote.id }), expect: MEETING_READERS },
  speakers: { vars: (w) => ({ agendaItemId: w.liveItem.id }), expect: MEETING_READERS },
  // The meeting form (the group form is the same rule); term-wide statistics are STAFF.
  speakingStats: { vars: (w) => ({ input: { meetingId: w.liveMeeting.id } }), expect: MEETING_READERS },
  timePoll: { vars: (w) => ({ id: w.timePoll.id }), expect: MEETING_READERS },
  timePolls: { vars: (w) => ({ groupId: w.group.id }), expect: MEETING_READERS },
  // Texts: read like the group's meetings; the list is filtered to what the caller may read.
  texts: { vars: (w) => ({ groupId: w.group.id }), expect: SIGNED_IN },
  text: { vars: (w) => ({ id: w.text.id }), expect: MEETING_READERS },
  attendanceRecord: { vars: (w) => ({ termId: w.term.id }), expect: ADMIN },
  // The list the territory fields offer (public data, but only the signed-in forms need it).
  territories: { vars: () => ({}), expect: SIGNED_IN },
  // One's own notifications and settings: each person reads and marks only their own (notifications.e2e-spec).
  notifications: { vars: () => ({}), expect: SIGNED_IN },
  unreadNotificationCount: { vars: () => ({}), expect: SIGNED_IN },
  notificationPreferences: { vars: () => ({}), expect: SIGNED_IN },
  // What needs the caller now: their own groups' live meetings, votes, polls, their actions.
  needsMe: { vars: () => ({}), expect: SIGNED_IN },
  // Results are filtered in SQL to what the caller may read (search.integration-spec).
  search: { vars: () => ({ input: { query: 'préfecture' } }), expect: SIGNED_IN },

  // ---- mutations: accounts, terms, seats, deputies
  login: { vars: (w) => ({ input: { email: w.member.user.email, password: TEST_PASSWORD } }), expect: allow(...CALLERS) },
  regenerateCalendarToken: { vars: () => ({}), expect: SIGNED_IN },
  createUser: {
    vars: (_w, f) => ({
      input: {
        email: `new-${f.unique()}@test.example`,
        displayName: 'Nouvelle personne',
        password: 'long enough password',
        role: 'DEPUTY',
      },
    }),
    expect: ADMIN,
  },
  setUserRole: { vars: async (_w, f) => ({ input: { userId: (await f.user()).id, role: 'COORDINATOR' } }), expect: ADMIN },
  setUserDisabled: { vars: async (_w, f) => ({ input: { userId: (await f.user()).id, disabled: true } }), expect: ADMIN },
  resetUserPassword: { vars: async (_w, f) => ({ input: { userId: (await f.user()).id } }), expect: ADMIN },
  createTerm: {
    vars: (_w, f) => {
      const year = 2100 + 3 * f.next();
      return { input: { name: `Term ${f.unique()}`, startsOn: `${year}-01-01` } };
    },
    expect: ADMIN,
  },
  assignSeat: {
    vars: async (w, f) => ({
      input: { termId: w.term.id, seatNumber: f.nextSeat(), deputyId: (await f.deputy()).id, startsOn: '2025-02-01' },
    }),
    expect: ADMIN,
  },
  endMandate: {
    vars: async (w, f) => {
      const mandate = await aMandate(f.prisma, w.term.seats[f.nextSeat() - 1], await f.deputy(), '2025-02-01');
      return { input: { mandateId: mandate.id, endsOn: '2025-06-30', reason: 'RESIGNATION' } };
    },
    expect: ADMIN,
  },
  createDeputy: { vars: (_w, f) => ({ input: { fullName: `Deputy ${f.unique()}`, gender: 'WOMAN', territory: 'reg:76' } }), expect: ADMIN },
  // Deputies edit their own profile only (the member's, here), administrators any.
  updateDeputy: { vars: (w) => ({ input: { id: w.member.deputy.id, territory: 'reg:53' } }), expect: allow('member', 'admin') },

  // ---- working groups
  createWorkingGroup: { vars: (w, f) => ({ input: { termId: w.term.id, name: `Group ${f.unique()}`, theme: 'Santé' } }), expect: STAFF },
  addGroupMember: { vars: async (w, f) => ({ input: { groupId: w.group.id, deputyId: (await f.deputy()).id } }), expect: COORDINATION },
  removeGroupMember: {
    vars: async (w, f) => {
      const deputy = await f.deputy();
      await aMembership(f.prisma, w.group.id, deputy.id);
      return { input: { groupId: w.group.id, deputyId: deputy.id } };
    },
    expect: COORDINATION,
  },
  addGroupCoordinator: {
    vars: async (w, f) => ({ input: { groupId: w.group.id, userId: (await f.user('COORDINATOR')).id } }),
    expect: ADMIN,
  },

  // ---- meetings
  scheduleMeeting: {
    vars: (w, f) => ({
      input: { groupId: w.group.id, title: `Réunion ${f.unique()}`, startsAt: '2026-06-02T16:00:00Z', endsAt: '2026-06-02T17:00:00Z' },
    }),
    expect: COORDINATION,
  },
  rescheduleMeeting: {
    vars: async (_w, f) => ({
      input: { meetingId: (await f.meeting()).id, startsAt: '2026-04-08T16:00:00Z', endsAt: '2026-04-08T17:30:00Z' },
    }),
    expect: COORDINATION,
  },
  cancelMeeting: {
    vars: async (_w, f) => ({ input: { meetingId: (await f.meeting()).id, reason: 'Grève des transports' } }),
    expect: COORDINATION,
  },
  // Members answer their group's meetings; accounts without a deputy profile have nothing to answer.
  respondToMeeting: { vars: (w) => ({ input: { meetingId: w.meeting.id, response: 'YES' } }), expect: allow('member') },
  // Coordination or the group's lead (the matrix's member is a plain MEMBER).
  startMeeting: { vars: async (_w, f) => ({ input: { meetingId: (await f.meeting()).id } }), expect: COORDINATION },
  endMeeting: { vars: async (_w, f) => ({ input: { meetingId: (await f.meeting('LIVE')).id } }), expect: COORDINATION },
  // Reopening (within 24 hours of the end) is coordination only: not the group's lead.
  reopenMeeting: {
    vars: async (_w, f) => {
      const meeting = await f.meeting('LIVE');
      await f.prisma.meeting.update({
        where: { id: meeting.id },
        data: { status: 'ENDED', startedAt: new Date(Date.now() - 3600_000), endedAt: new Date() },
      });
      return { input: { meetingId: meeting.id } };
    },
    expect: COORDINATION,
  },
  setCurrentAgendaItem: { vars: async (_w, f) => ({ input: { meetingId: (await f.meeting('LIVE')).id } }), expect: COORDINATION },
  updateMinutes: { vars: (w, f) => ({ input: { meetingId: w.meeting.id, body: `Compte rendu ${f.unique()}` } }), expect: COORDINATION },

  // ---- agenda
  addAgendaItem: { vars: (w) => ({ input: { meetingId: w.meeting.id, title: 'Divers' } }), expect: COORDINATION },
  updateAgendaItem: {
    vars: (w, f) => ({ input: { agendaItemId: w.agendaItem.id, title: `Accès au logement ${f.unique()}` } }),
    expect: COORDINATION,
  },
  removeAgendaItem: { vars: async (_w, f) => ({ input: { agendaItemId: (await f.agendaItem()).id } }), expect: COORDINATION },
  reorderAgenda: {
    vars: async (w, f) => {
      const items = await f.prisma.agendaItem.findMany({ where: { meetingId: w.meeting.id }, orderBy: { position: 'desc' } });
      return { input: { meetingId: w.meeting.id, itemIds: items.map((i) => i.id) } };
    },
    expect: COORDINATION,
  },

  // ---- decisions and actions
  recordDecision: { vars: (w) => ({ input: { agendaItemId: w.liveItem.id, text: 'Adopté' } }), expect: COORDINATION },
  assignAction: { vars: (w) => ({ input: { meetingId: w.liveMeeting.id, title: 'Relancer la préfecture' } }), expect: COORDINATION },
  // The assignee (the member) too.
  setActionStatus: {
    vars: (w) => ({ input: { actionItemId: w.action.id, status: 'IN_PROGRESS' } }),
    expect: allow('member', 'coordinator', 'admin'),
  },

  // ---- votes: the chair (coordination or the group's lead) runs them, present members vote
  openVote: {
    vars: async (_w, f) => ({ input: { agendaItemId: (await f.liveItem()).item.id, question: 'Adopter le rapport ?' } }),
    expect: COORDINATION,
  },
  // Only the deputies eligible when the vote opened (here the member, present), while the meeting is live.
  castVote: { vars: async (_w, f) => ({ input: { voteId: (await f.vote()).id, choice: 0 } }), expect: allow('member') },
  closeVote: {
    vars: async (_w, f) => ({ input: { voteId: (await f.vote()).id, decisionText: 'Le rapport est adopté.' } }),
    expect: COORDINATION,
  },
  recordVoteDecision: {
    vars: async (_w, f) => ({ input: { voteId: (await f.vote('CLOSED')).id, text: 'Le rapport est adopté.' } }),
    expect: COORDINATION,
  },

  // ---- list of speakers: members ask for the floor in a live meeting, the chair gives it
  requestFloor: { vars: async (_w, f) => ({ input: { agendaItemId: (await f.liveItem()).item.id } }), expect: allow('member') },
  withdrawFloorRequest: {
    vars: async (_w, f) => ({ input: { agendaItemId: (await f.floorRequests()).item.id } }),
    expect: allow('member'),
  },
  giveFloor: {
    vars: async (_w, f) => {
      const { item, requests } = await f.floorRequests();
      return { input: { agendaItemId: item.id, requestId: requests[0].id } };
    },
    expect: COORDINATION,
  },
  endFloor: { vars: async (_w, f) => ({ input: { agendaItemId: (await f.speech()).item.id } }), expect: COORDINATION },
  reorderSpeakers: {
    vars: async (_w, f) => {
      const { item, requests } = await f.floorRequests();
      return { input: { agendaItemId: item.id, requestIds: requests.map((r) => r.id).reverse() } };
    },
    expect: COORDINATION,
  },
  setSpeakingRules: {
    vars: async (_w, f) => ({ input: { meetingId: (await f.liveItem()).meeting.id, speakingTimeSeconds: 120, alternating: true } }),
    expect: COORDINATION,
  },

  // ---- time polls: coordination proposes slots and schedules, members answer
  createTimePoll: {
    vars: (w, f) => ({
      input: {
        groupId: w.group.id,
        title: `Sondage ${f.unique()}`,
        slots: [
          { startsAt: '2026-06-09T16:00:00Z', endsAt: '2026-06-09T17:30:00Z' },
          { startsAt: '2026-06-10T16:00:00Z', endsAt: '2026-06-10T17:30:00Z' },
        ],
      },
    }),
    expect: COORDINATION,
  },
  answerTimePoll: {
    vars: async (_w, f) => {
      const poll = await f.timePoll();
      return {
        input: {
          pollId: poll.id,
          answers: [
            { slotId: poll.slots[0].id, answer: 'YES' },
            { slotId: poll.slots[1].id, answer: 'IF_NEED_BE' },
          ],
        },
      };
    },
    expect: allow('member'),
  },
  scheduleFromTimePoll: { vars: async (_w, f) => ({ input: { pollId: (await f.timePoll()).id, place: 'Salle 2' } }), expect: COORDINATION },

  // ---- field reports
  submitFieldReport: {
    vars: () => ({ input: { title: 'Expulsions', body: 'Ce que nous entendons.', territory: 'reg:44', theme: 'Logement' } }),
    expect: DEPUTIES,
  },
  routeFieldReport: {
    vars: async (w, f) => ({ input: { reportId: (await f.report('SUBMITTED')).id, groupId: w.group.id } }),
    expect: COORDINATION,
  },
  placeReportOnAgenda: {
    vars: async (w, f) => ({ input: { reportId: (await f.report('TRIAGED')).id, meetingId: w.meeting.id } }),
    expect: COORDINATION,
  },
  closeFieldReport: {
    vars: async (_w, f) => ({ input: { reportId: (await f.report('TRIAGED')).id, note: 'Hors sujet' } }),
    expect: COORDINATION,
  },

  // ---- texts: members draft and amend, authors edit their draft, coordination runs the procedure
  createText: {
    vars: (w) => ({ input: { groupId: w.group.id, kind: 'POSITION', title: 'Santé', paragraphs: ['Un alinéa.'] } }),
    expect: allow('member'),
  },
  // The member is the invited co-author.
  agreeToText: {
    vars: async (_w, f) => ({ input: { textId: (await f.text({ by: 'author', status: 'DRAFT' })).id } }),
    expect: allow('member'),
  },
  // Its agreed authors only (the member wrote it).
  updateTextDraft: {
    vars: async (_w, f) => {
      const text = await f.text({ status: 'DRAFT' });
      return { input: { textId: text.id, baseVersionId: text.version.id, paragraphs: [{ id: 'p1', text: 'Revu.' }] } };
    },
    expect: allow('member'),
  },
  openTextForAmendments: {
    vars: async (_w, f) => ({ input: { textId: (await f.text({ status: 'DRAFT' })).id, deadline: '2099-01-01T00:00:00Z' } }),
    expect: allow('member', 'coordinator', 'admin'),
  },
  placeTextOnAgenda: { vars: async (w, f) => ({ input: { textId: (await f.text()).id, meetingId: w.meeting.id } }), expect: COORDINATION },
  withdrawText: { vars: async (_w, f) => ({ input: { textId: (await f.text()).id } }), expect: allow('member', 'coordinator', 'admin') },
  proposeAmendment: {
    vars: (w) => ({
      input: { textId: w.text.id, versionId: w.text.version.id, reason: 'Plus clair', changes: [{ kind: 'DELETE', paragraphId: 'p2' }] },
    }),
    expect: allow('member'),
  },
  // Members other than its author (the report's author wrote it).
  cosignAmendment: { vars: async (_w, f) => ({ input: { amendmentId: (await f.amendment()).id } }), expect: allow('member') },
  withdrawAmendment: {
    vars: async (_w, f) => ({ input: { amendmentId: (await f.amendment({ by: 'member' })).id } }),
    expect: allow('member'),
  },
  setAmendmentProcedure: {
    vars: async (_w, f) => ({ input: { amendmentId: (await f.amendment()).id, procedure: 'ADOPT' } }),
    expect: COORDINATION,
  },
  createAmendmentBlock: {
    vars: async (_w, f) => {
      const a = await f.amendment();
      const b = await anAmendment(f.prisma, { id: a.textId, groupId: a.groupId, version: { id: a.versionId } }, a.authorId);
      return { input: { textId: a.textId, name: 'Bloc', amendmentIds: [a.id, b.id] } };
    },
    expect: COORDINATION,
  },
  placeAmendmentOnAgenda: {
    vars: async (w, f) => ({ input: { meetingId: w.meeting.id, amendmentId: (await f.amendment()).id } }),
    expect: COORDINATION,
  },
  resolveAmendmentCollision: {
    vars: async (_w, f) => ({
      input: { amendmentId: (await f.amendment({ status: 'ADOPTED' })).id, wordings: [{ paragraphId: 'p1', text: 'Choisi.' }] },
    }),
    expect: COORDINATION,
  },

  // ---- mutations: read positions (unread counts), like the discussion itself
  // ---- one's own account
  // Any signed-in person, for themselves; a wrong current password here, so the world's sessions survive.
  changePassword: {
    vars: () => ({ input: { currentPassword: 'not the password', newPassword: 'a brand new passphrase' } }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'BAD_USER_INPUT',
      nonMember: 'BAD_USER_INPUT',
      coordinator: 'BAD_USER_INPUT',
      otherCoordinator: 'BAD_USER_INPUT',
      admin: 'BAD_USER_INPUT',
    },
  },
  // Anyone, signed in or not, gets the same answer; an address without an account here, so no mail goes out.
  requestPasswordReset: { vars: (_w, f) => ({ input: { email: `nobody-${f.unique()}@test.example` } }), expect: allow(...CALLERS) },
  // The link's token is the credential: a made-up one is refused whoever calls (tested with real links in users/).
  resetPassword: {
    vars: () => ({ input: { token: 'not-a-link-token', newPassword: 'a brand new passphrase' } }),
    expect: {
      anonymous: 'BAD_USER_INPUT',
      member: 'BAD_USER_INPUT',
      nonMember: 'BAD_USER_INPUT',
      coordinator: 'BAD_USER_INPUT',
      otherCoordinator: 'BAD_USER_INPUT',
      admin: 'BAD_USER_INPUT',
    },
  },
  setMyLocale: { vars: () => ({ input: { locale: 'fr' } }), expect: SIGNED_IN },
  markChannelRead: { vars: (w) => ({ input: { groupId: w.group.id, seq: 0 } }), expect: GROUP_READERS },
  // The caller's own notification (another's answers NOT_FOUND: notifications.e2e-spec).
  markNotificationRead: {
    vars: async (w, f, caller) => {
      const token = w.tokens[caller];
      if (!token) return { input: { id: f.unique() } };
      const { sub } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string };
      const n = await f.prisma.notification.create({
        data: {
          userId: sub,
          kind: 'MANDATE_CHANGED',
          dedupeKey: `matrix-${f.unique()}`,
          payload: { termName: 'T', seatNumber: 1, change: 'ENDED', startsOn: '2025-01-08' },
        },
      });
      return { input: { id: n.id } };
    },
    expect: SIGNED_IN,
  },
  markAllNotificationsRead: { vars: () => ({}), expect: SIGNED_IN },
  updateNotificationPreferences: { vars: () => ({ input: { reminderMinutes: [1440, 60] } }), expect: SIGNED_IN },
};

/**
 * Mutations that are not privileged changes (DESIGN.md: "every privileged change writes an
 * AuditLog row"): a person acting for themselves, or a session. Every other mutation, allowed,
 * must add an audit row; refused, none.
 */
const NOT_AUDITED: Record<string, string> = {
  login: 'a session, not a change',
  requestPasswordReset: 'asks for a link by mail; using it is audited (user.changePassword)',
  setMyLocale: "the caller's own language",
  markChannelRead: "the caller's own read position",
  markNotificationRead: "the caller's own notification",
  markAllNotificationsRead: "the caller's own notifications",
  updateNotificationPreferences: "the caller's own choices",
  respondToMeeting: "the caller's own answer to an invitation",
  answerTimePoll: "the caller's own availability",
  requestFloor: 'a deputy asking to speak (the list itself is the record)',
  withdrawFloorRequest: 'a deputy withdrawing their own request',
  castVote: 'a ballot: participation is recorded with the vote, and a secret ballot must leave no other trace',
};

describe('authorization matrix', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let world: FixtureWorld;
  let fresh: Fresh;

  beforeAll(async () => {
    t = await startTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    world = await aFixtureWorld(t);
    fresh = freshFixtures(t, world);
  });
  afterAll(() => t.close());

  it('classifies every operation of the schema, and only those', () => {
    const operations = schemaOperations(schema).map((o) => o.field.name);
    expect({
      unclassified: operations.filter((name) => !(name in MATRIX)),
      stale: Object.keys(MATRIX).filter((name) => !operations.includes(name)),
    }).toEqual({ unclassified: [], stale: [] });
  });

  for (const [name, row] of Object.entries(MATRIX)) {
    const who = CALLERS.filter((c) => row.expect[c] !== 'FORBIDDEN' && row.expect[c] !== 'UNAUTHENTICATED');
    it(`${name}: allowed to ${who.join(', ') || 'nobody'}`, async () => {
      const op = schemaOperations(schema).find((o) => o.field.name === name);
      expect(op).toBeDefined();
      const got: Partial<Record<Caller, string>> = {};
      const details: string[] = [];
      const audited: Partial<Record<Caller, boolean>> = {};
      for (const caller of CALLERS) {
        const { query, variables } = operationFor(op!.kind, op!.field, await row.vars(world, fresh, caller));
        const auditRows = await t.prisma.auditLog.count();
        const r = await t.gql(query, variables, world.tokens[caller]);
        got[caller] = codeOf(r) ?? 'NO_CODE';
        audited[caller] = (await t.prisma.auditLog.count()) > auditRows;
        if (got[caller] !== row.expect[caller]) details.push(`${caller}: ${r.errors?.[0]?.message}`);
      }
      expect({ codes: got, details }).toEqual({ codes: row.expect, details: expect.any(Array) });
      if (op!.kind === 'mutation') {
        // Allowed privileged changes leave an audit row; refused calls leave nothing.
        const privileged = !(name in NOT_AUDITED);
        const expected = Object.fromEntries(CALLERS.map((c) => [c, privileged && got[c] === 'OK']));
        expect({ audited }).toEqual({ audited: expected });
      }
    });
  }
});
