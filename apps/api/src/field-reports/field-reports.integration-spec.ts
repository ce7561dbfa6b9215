import { codeOf, startTestApp, TestApp } from '../../test/test-app';
import { aFieldReport, aMeeting, aRoleMatrix, aSignedInDeputy, aTerm, RoleName, signedIn } from '../../test/factories';

const SUBMIT = `mutation($i: SubmitFieldReportInput!) { submitFieldReport(input: $i) { id status title territory theme anonymisedTestimony author { id } } }`;
const ROUTE = `mutation($i: RouteFieldReportInput!) { routeFieldReport(input: $i) { id status routedGroup { id } } }`;
const PLACE = `mutation($i: PlaceReportOnAgendaInput!) { placeReportOnAgenda(input: $i) { id status agendaItem { id position title meeting { id } } } }`;
const CLOSE = `mutation($i: CloseFieldReportInput!) { closeFieldReport(input: $i) { id status } }`;
const DECIDE = `mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { id text fieldReports { id } } }`;
const START = `mutation($i: StartMeetingInput!) { startMeeting(input: $i) { id } }`;
const REPORT = `query($id: ID!) { fieldReport(id: $id) { id status decision { id text } history { fromStatus toStatus by { id } note } } }`;
const REPORTS = `query($f: FieldReportFilter) { fieldReports(filter: $f) { id title } }`;
const SUMMARY = `query($termId: ID) { fieldReportSummary(termId: $termId) { total decided byStatus { status count } byTheme { key total decided } byTerritory { key total decided } } }`;

const report = {
  territory: 'reg:32',
  theme: 'Logement',
  title: 'Expulsions sans relogement à Lille',
  body: 'Plusieurs familles signalent des expulsions sans solution.',
  anonymisedTestimony: true,
};

describe('field reports', () => {
  let t: TestApp;
  let admin: string;
  let termId: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = (await signedIn(t, 'ADMIN')).token;
    // The current term (today is inside it), so submitted reports belong to it.
    const now = new Date();
    termId = (await aTerm(t.prisma, { startsOn: `${now.getUTCFullYear() - 1}-01-01`, endsOn: `${now.getUTCFullYear() + 1}-12-31` })).id;
  });
  afterAll(() => t.close());

  it('goes submitted -> triaged -> on agenda -> addressed, recording who moved it, and links the decision', async () => {
    const m = await aRoleMatrix(t, termId);
    const submitted = await t.gql(SUBMIT, { i: report }, m.tokens.member);
    expect(submitted.data!.submitFieldReport).toMatchObject({
      status: 'SUBMITTED',
      anonymisedTestimony: true,
      author: { id: m.member.deputy.id },
    });
    const id = submitted.data!.submitFieldReport.id;
    expect(await t.prisma.fieldReport.findUniqueOrThrow({ where: { id } })).toMatchObject({ termId });

    const routed = await t.gql(ROUTE, { i: { reportId: id, groupId: m.group.id, note: 'Pour le groupe logement' } }, m.tokens.coordinator);
    expect(routed.data!.routeFieldReport).toEqual({ id, status: 'TRIAGED', routedGroup: { id: m.group.id } });

    const meeting = await aMeeting(t.prisma, m.group.id, { startsAt: '2026-12-15T17:00:00Z' });
    await t.gql(
      `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }`,
      { i: { meetingId: meeting.id, title: 'Accueil' } },
      admin,
    );
    const placed = await t.gql(PLACE, { i: { reportId: id, meetingId: meeting.id } }, m.tokens.coordinator);
    expect(placed.data!.placeReportOnAgenda).toMatchObject({
      status: 'ON_AGENDA',
      agendaItem: { position: 2, title: report.title, meeting: { id: meeting.id } },
    });

    // Twelve days ahead: opening it now needs the early-start confirmation.
    await t.gql(START, { i: { meetingId: meeting.id, confirmEarly: true } }, m.tokens.coordinator);
    const decided = await t.gql(
      DECIDE,
      {
        i: {
          agendaItemId: placed.data!.placeReportOnAgenda.agendaItem.id,
          text: 'Saisir la préfecture et le bailleur social.',
          votesFor: 1,
        },
      },
      m.tokens.coordinator,
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.recordDecision.fieldReports).toEqual([{ id }]);

    const final = (await t.gql(REPORT, { id }, m.tokens.member)).data!.fieldReport;
    expect(final.status).toBe('ADDRESSED');
    expect(final.decision).toEqual({ id: decided.data!.recordDecision.id, text: 'Saisir la préfecture et le bailleur social.' });
    expect(final.history.map((h: { fromStatus: string | null; toStatus: string }) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'SUBMITTED'],
      ['SUBMITTED', 'TRIAGED'],
      ['TRIAGED', 'ON_AGENDA'],
      ['ON_AGENDA', 'ADDRESSED'],
    ]);
    expect(final.history[0].by.id).toBe(m.member.user.id);
    // Notes are people's own words; the steps the application makes carry none (the web says them from the statuses, in the reader's language).
    expect(final.history.map((h: { note: string | null }) => h.note)).toEqual([null, 'Pour le groupe logement', null, null]);
    expect(
      await t.prisma.auditLog.count({ where: { entityId: id, action: { in: ['fieldReport.route', 'fieldReport.placeOnAgenda'] } } }),
    ).toBe(2);
  });

  it('goes back to triaged when its agenda item is removed, and can be closed with a reason', async () => {
    const m = await aRoleMatrix(t, termId);
    const r = await aFieldReport(t.prisma, m.member.deputy.id, { status: 'TRIAGED', routedGroupId: m.group.id, termId });
    const meeting = await aMeeting(t.prisma, m.group.id);
    const placed = await t.gql(PLACE, { i: { reportId: r.id, meetingId: meeting.id } }, admin);
    expect(codeOf(await t.gql(CLOSE, { i: { reportId: r.id, note: 'Doublon' } }, admin))).toBe('CONFLICT');
    await t.gql(
      `mutation($i: RemoveAgendaItemInput!) { removeAgendaItem(input: $i) { id } }`,
      { i: { agendaItemId: placed.data!.placeReportOnAgenda.agendaItem.id } },
      admin,
    );
    expect((await t.prisma.fieldReport.findUniqueOrThrow({ where: { id: r.id } })).status).toBe('TRIAGED');
    const closed = await t.gql(CLOSE, { i: { reportId: r.id, note: "Doublon d'une remontée déjà traitée" } }, m.tokens.coordinator);
    expect(closed.data!.closeFieldReport.status).toBe('CLOSED');
    expect(codeOf(await t.gql(ROUTE, { i: { reportId: r.id, groupId: m.group.id } }, admin))).toBe('CONFLICT');
  });

  it.each([
    ['an empty title', { title: '' }],
    ['an empty territory', { territory: '' }],
    ['a street address as territory', { territory: '14 rue de la Paix, Calais' }],
    ['a postcode as territory', { territory: 'Grande-Synthe 59760' }],
    ['a body of 1 MB', { body: 'x'.repeat(1_000_000) }],
    ['a title of 201 characters', { title: 'x'.repeat(201) }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, patch) => {
    const me = await aSignedInDeputy(t);
    expect(codeOf(await t.gql(SUBMIT, { i: { ...report, ...patch } }, me.token))).toBe('BAD_USER_INPUT');
    expect(await t.prisma.fieldReport.count({ where: { authorId: me.deputy.id } })).toBe(0);
  });

  it("refuses to place a report that is not triaged, or routed to another group than the meeting's", async () => {
    const m = await aRoleMatrix(t, termId);
    const meeting = await aMeeting(t.prisma, m.group.id);
    const fresh = await aFieldReport(t.prisma, m.member.deputy.id, { termId });
    const elsewhere = await aFieldReport(t.prisma, m.member.deputy.id, { status: 'TRIAGED', routedGroupId: m.otherGroup.id, termId });
    expect(codeOf(await t.gql(PLACE, { i: { reportId: fresh.id, meetingId: meeting.id } }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(PLACE, { i: { reportId: elsewhere.id, meetingId: meeting.id } }, admin))).toBe('BAD_USER_INPUT');
    expect(await t.prisma.agendaItem.count({ where: { meetingId: meeting.id } })).toBe(0);
  });

  it("role matrix: deputies submit; administrators and the target group's coordinators route and place", async () => {
    const m = await aRoleMatrix(t, termId);
    const roles: RoleName[] = ['admin', 'coordinator', 'otherCoordinator', 'member', 'nonMember'];
    const codes: Record<string, Record<string, unknown>> = { submit: {}, route: {}, place: {} };
    const meeting = await aMeeting(t.prisma, m.group.id);
    for (const role of roles) {
      codes.submit[role] = codeOf(await t.gql(SUBMIT, { i: report }, m.tokens[role]));
      const r = await aFieldReport(t.prisma, m.member.deputy.id, { termId });
      codes.route[role] = codeOf(await t.gql(ROUTE, { i: { reportId: r.id, groupId: m.group.id } }, m.tokens[role]));
      const triaged = await aFieldReport(t.prisma, m.member.deputy.id, { status: 'TRIAGED', routedGroupId: m.group.id, termId });
      codes.place[role] = codeOf(await t.gql(PLACE, { i: { reportId: triaged.id, meetingId: meeting.id } }, m.tokens[role]));
    }
    const coordination = { admin: 'OK', coordinator: 'OK', otherCoordinator: 'FORBIDDEN', member: 'FORBIDDEN', nonMember: 'FORBIDDEN' };
    expect(codes).toEqual({
      submit: { admin: 'FORBIDDEN', coordinator: 'FORBIDDEN', otherCoordinator: 'FORBIDDEN', member: 'OK', nonMember: 'OK' },
      route: coordination,
      place: coordination,
    });
  });

  it("role matrix: a routed report is closed by its group's coordination, an unrouted one by an administrator", async () => {
    const m = await aRoleMatrix(t, termId);
    const roles: RoleName[] = ['admin', 'coordinator', 'otherCoordinator', 'member', 'nonMember'];
    const codes: Record<string, Record<string, unknown>> = { routed: {}, unrouted: {} };
    for (const role of roles) {
      const routed = await aFieldReport(t.prisma, m.member.deputy.id, { status: 'TRIAGED', routedGroupId: m.group.id, termId });
      codes.routed[role] = codeOf(await t.gql(CLOSE, { i: { reportId: routed.id, note: `Closed by ${role}` } }, m.tokens[role]));
      const unrouted = await aFieldReport(t.prisma, m.member.deputy.id, { termId });
      codes.unrouted[role] = codeOf(await t.gql(CLOSE, { i: { reportId: unrouted.id, note: `Closed by ${role}` } }, m.tokens[role]));
    }
    const refused = { otherCoordinator: 'FORBIDDEN', member: 'FORBIDDEN', nonMember: 'FORBIDDEN' };
    expect(codes).toEqual({
      routed: { admin: 'OK', coordinator: 'OK', ...refused },
      unrouted: { admin: 'OK', coordinator: 'FORBIDDEN', ...refused },
    });
    expect(await t.prisma.fieldReport.count({ where: { authorId: m.member.deputy.id, status: 'CLOSED' } })).toBe(3);
  });

  it('fieldReports(filter): deputies see their own and those routed to their groups; filters by status, theme, territory, group, author', async () => {
    const m = await aRoleMatrix(t, termId);
    const author = m.nonMember.deputy.id;
    await aFieldReport(t.prisma, author, { title: 'Own', theme: 'Santé', territory: 'reg:53', termId });
    await aFieldReport(t.prisma, author, { title: 'Routed to group', status: 'TRIAGED', routedGroupId: m.group.id, termId });
    await aFieldReport(t.prisma, author, { title: 'Routed elsewhere', status: 'TRIAGED', routedGroupId: m.otherGroup.id, termId });
    const titles = async (f: Record<string, unknown>, token: string) =>
      ((await t.gql(REPORTS, { f }, token)).data!.fieldReports as Array<{ title: string }>).map((r) => r.title).sort();
    expect(await titles({ authorId: author }, m.tokens.member)).toEqual(['Routed to group']);
    expect(await titles({ authorId: author }, m.tokens.nonMember)).toEqual(['Own', 'Routed elsewhere', 'Routed to group']);
    expect(await titles({ authorId: author, status: 'TRIAGED' }, admin)).toEqual(['Routed elsewhere', 'Routed to group']);
    expect(await titles({ authorId: author, theme: 'santé' }, admin)).toEqual(['Own']);
    expect(await titles({ authorId: author, territory: 'reg:53' }, admin)).toEqual(['Own']);
    expect(await titles({ groupId: m.otherGroup.id }, admin)).toEqual(['Routed elsewhere']);
    const own = await t.prisma.fieldReport.findFirstOrThrow({ where: { authorId: author, title: 'Own' } });
    expect(codeOf(await t.gql(REPORT, { id: own.id }, m.tokens.member))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(REPORTS, { f: { limit: 500 } }, admin))).toBe('BAD_USER_INPUT');
  });

  it('summarises a term by status, theme and territory, with how many reached a decision, for administrators only', async () => {
    const term = await aTerm(t.prisma, { startsOn: '2040-01-01', endsOn: '2041-12-31' });
    const author = (await aSignedInDeputy(t)).deputy.id;
    await aFieldReport(t.prisma, author, { termId: term.id, theme: 'Logement', territory: 'reg:53', status: 'ADDRESSED' });
    await aFieldReport(t.prisma, author, { termId: term.id, theme: 'Logement', territory: 'reg:76', status: 'SUBMITTED' });
    await aFieldReport(t.prisma, author, { termId: term.id, theme: 'Santé', territory: 'reg:53', status: 'CLOSED' });
    const r = await t.gql(SUMMARY, { termId: term.id }, admin);
    expect(r.data!.fieldReportSummary).toMatchObject({
      total: 3,
      decided: 1,
      byTheme: [
        { key: 'Logement', total: 2, decided: 1 },
        { key: 'Santé', total: 1, decided: 0 },
      ],
      byTerritory: [
        { key: 'reg:53', total: 2, decided: 1 },
        { key: 'reg:76', total: 1, decided: 0 },
      ],
    });
    expect(r.data!.fieldReportSummary.byStatus).toContainEqual({ status: 'ON_AGENDA', count: 0 });
    const { token } = await signedIn(t, 'COORDINATOR');
    expect(codeOf(await t.gql(SUMMARY, { termId: term.id }, token))).toBe('FORBIDDEN');
  });
});
