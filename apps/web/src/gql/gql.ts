/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter) {\n      id\n      action\n      at\n      entityType\n      entityId\n      data\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  query CalendarPage {\n    meetings(filter: { when: UPCOMING, limit: 60 }) {\n      id\n      startsAt\n      ...MeetingItem_meeting\n    }\n    calendarFeed {\n      path\n      token\n    }\n  }\n": typeof types.CalendarPageDocument,
    "\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken {\n      path\n      token\n    }\n  }\n": typeof types.RegenerateCalendarTokenDocument,
    "\n  query Groups {\n    workingGroups {\n      id\n      name\n      theme\n      description\n      members {\n        id\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  query GroupPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    workingGroup(id: $id) {\n      id\n      name\n      theme\n      description\n      coordinators {\n        id\n        displayName\n      }\n      members {\n        id\n        role\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n        }\n      }\n    }\n    upcoming: meetings(filter: { groupId: $id, when: UPCOMING, limit: 8 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    past: meetings(filter: { groupId: $id, when: PAST, limit: 5 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { groupId: $id, limit: 50 }) {\n      id\n      ...FieldReportItem_report\n    }\n  }\n": typeof types.GroupPageDocument,
    "\n  fragment FieldReportItem_report on FieldReport {\n    id\n    title\n    status\n    theme\n    territory\n    createdAt\n    author {\n      id\n      fullName\n    }\n    routedGroup {\n      id\n      name\n    }\n  }\n": typeof types.FieldReportItem_ReportFragmentDoc,
    "\n  query Home {\n    me {\n      id\n      displayName\n      role\n    }\n    workingGroups {\n      id\n      name\n      theme\n      coordinators {\n        id\n      }\n    }\n    meetings(filter: { when: UPCOMING, limit: 40 }) {\n      id\n      group {\n        id\n      }\n      myAttendance {\n        deputy {\n          id\n        }\n      }\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { limit: 50 }) {\n      id\n      author {\n        id\n      }\n      ...FieldReportItem_report\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query LiveSession($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    meeting(id: $id) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      timeZone\n      group {\n        id\n        name\n        coordinators {\n          id\n        }\n        members {\n          id\n          role\n          deputy {\n            id\n          }\n        }\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        id\n        position\n        title\n        durationMinutes\n      }\n    }\n  }\n": typeof types.LiveSessionDocument,
    "\n  fragment Rsvp_meeting on Meeting {\n    id\n    title\n    status\n    myAttendance {\n      response\n      deputy {\n        id\n      }\n    }\n  }\n": typeof types.Rsvp_MeetingFragmentDoc,
    "\n  fragment MeetingItem_meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    timeZone\n    status\n    place\n    onlineUrl\n    group {\n      id\n      name\n    }\n    ...Rsvp_meeting\n  }\n": typeof types.MeetingItem_MeetingFragmentDoc,
    "\n  mutation RespondToMeeting($input: RespondToMeetingInput!) {\n    respondToMeeting(input: $input) {\n      response\n      note\n      respondedAt\n      present\n      deputy {\n        id\n      }\n    }\n  }\n": typeof types.RespondToMeetingDocument,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    position\n    title\n    description\n    durationMinutes\n  }\n": typeof types.AgendaItemFieldsFragmentDoc,
    "\n  query MeetingPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    meeting(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      timeZone\n      status\n      place\n      onlineUrl\n      cancelReason\n      series {\n        id\n        rrule\n      }\n      group {\n        id\n        name\n        coordinators {\n          id\n        }\n      }\n      quorum {\n        members\n        required\n        confirmed\n        present\n        reached\n        expected\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n      attendance {\n        response\n        present\n        deputy {\n          id\n          fullName\n        }\n      }\n      myAttendance {\n        response\n      }\n      ...Rsvp_meeting\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      meeting {\n        id\n        agenda {\n          ...AgendaItemFields\n        }\n      }\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.ReorderAgendaDocument,
    "\n  mutation StartMeeting($input: MeetingIdInput!) {\n    startMeeting(input: $input) {\n      id\n      status\n      startedAt\n      currentAgendaItem {\n        id\n      }\n    }\n  }\n": typeof types.StartMeetingDocument,
    "\n  mutation EndMeeting($input: MeetingIdInput!) {\n    endMeeting(input: $input) {\n      id\n      status\n      endedAt\n    }\n  }\n": typeof types.EndMeetingDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        id\n        title\n      }\n      occurrences {\n        id\n        startsAt\n      }\n      conflicts {\n        deputyId\n        deputyName\n        startsAt\n        meeting {\n          id\n          title\n        }\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  fragment ParityLine_term on Term {\n    seatCount\n    parity {\n      women\n      total\n      minimumWomen\n      satisfied\n      vacant\n      reachable\n    }\n  }\n": typeof types.ParityLine_TermFragmentDoc,
    "\n  fragment SeatList_term on Term {\n    startsOn\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n        }\n      }\n      history {\n        id\n        startsOn\n        endsOn\n        endReason\n        deputy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.SeatList_TermFragmentDoc,
    "\n  query CurrentTerm {\n    currentTerm {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      ...ParityLine_term\n      ...SeatList_term\n    }\n  }\n": typeof types.CurrentTermDocument,
    "\n  query TermAdmin {\n    me {\n      id\n      role\n    }\n    deputies {\n      id\n      fullName\n      gender\n      currentMandate {\n        id\n      }\n    }\n  }\n": typeof types.TermAdminDocument,
    "\n  mutation AssignSeat($input: AssignSeatInput!) {\n    assignSeat(input: $input) {\n      mandate {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AssignSeatDocument,
    "\n  mutation EndMandate($input: EndMandateInput!) {\n    endMandate(input: $input) {\n      mandate {\n        id\n        endsOn\n        endReason\n      }\n      successor {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EndMandateDocument,
};
const documents: Documents = {
    "\n  query AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter) {\n      id\n      action\n      at\n      entityType\n      entityId\n      data\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n    }\n  }\n": types.MeDocument,
    "\n  query CalendarPage {\n    meetings(filter: { when: UPCOMING, limit: 60 }) {\n      id\n      startsAt\n      ...MeetingItem_meeting\n    }\n    calendarFeed {\n      path\n      token\n    }\n  }\n": types.CalendarPageDocument,
    "\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken {\n      path\n      token\n    }\n  }\n": types.RegenerateCalendarTokenDocument,
    "\n  query Groups {\n    workingGroups {\n      id\n      name\n      theme\n      description\n      members {\n        id\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  query GroupPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    workingGroup(id: $id) {\n      id\n      name\n      theme\n      description\n      coordinators {\n        id\n        displayName\n      }\n      members {\n        id\n        role\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n        }\n      }\n    }\n    upcoming: meetings(filter: { groupId: $id, when: UPCOMING, limit: 8 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    past: meetings(filter: { groupId: $id, when: PAST, limit: 5 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { groupId: $id, limit: 50 }) {\n      id\n      ...FieldReportItem_report\n    }\n  }\n": types.GroupPageDocument,
    "\n  fragment FieldReportItem_report on FieldReport {\n    id\n    title\n    status\n    theme\n    territory\n    createdAt\n    author {\n      id\n      fullName\n    }\n    routedGroup {\n      id\n      name\n    }\n  }\n": types.FieldReportItem_ReportFragmentDoc,
    "\n  query Home {\n    me {\n      id\n      displayName\n      role\n    }\n    workingGroups {\n      id\n      name\n      theme\n      coordinators {\n        id\n      }\n    }\n    meetings(filter: { when: UPCOMING, limit: 40 }) {\n      id\n      group {\n        id\n      }\n      myAttendance {\n        deputy {\n          id\n        }\n      }\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { limit: 50 }) {\n      id\n      author {\n        id\n      }\n      ...FieldReportItem_report\n    }\n  }\n": types.HomeDocument,
    "\n  query LiveSession($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    meeting(id: $id) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      timeZone\n      group {\n        id\n        name\n        coordinators {\n          id\n        }\n        members {\n          id\n          role\n          deputy {\n            id\n          }\n        }\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        id\n        position\n        title\n        durationMinutes\n      }\n    }\n  }\n": types.LiveSessionDocument,
    "\n  fragment Rsvp_meeting on Meeting {\n    id\n    title\n    status\n    myAttendance {\n      response\n      deputy {\n        id\n      }\n    }\n  }\n": types.Rsvp_MeetingFragmentDoc,
    "\n  fragment MeetingItem_meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    timeZone\n    status\n    place\n    onlineUrl\n    group {\n      id\n      name\n    }\n    ...Rsvp_meeting\n  }\n": types.MeetingItem_MeetingFragmentDoc,
    "\n  mutation RespondToMeeting($input: RespondToMeetingInput!) {\n    respondToMeeting(input: $input) {\n      response\n      note\n      respondedAt\n      present\n      deputy {\n        id\n      }\n    }\n  }\n": types.RespondToMeetingDocument,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    position\n    title\n    description\n    durationMinutes\n  }\n": types.AgendaItemFieldsFragmentDoc,
    "\n  query MeetingPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    meeting(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      timeZone\n      status\n      place\n      onlineUrl\n      cancelReason\n      series {\n        id\n        rrule\n      }\n      group {\n        id\n        name\n        coordinators {\n          id\n        }\n      }\n      quorum {\n        members\n        required\n        confirmed\n        present\n        reached\n        expected\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n      attendance {\n        response\n        present\n        deputy {\n          id\n          fullName\n        }\n      }\n      myAttendance {\n        response\n      }\n      ...Rsvp_meeting\n    }\n  }\n": types.MeetingPageDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      meeting {\n        id\n        agenda {\n          ...AgendaItemFields\n        }\n      }\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": types.ReorderAgendaDocument,
    "\n  mutation StartMeeting($input: MeetingIdInput!) {\n    startMeeting(input: $input) {\n      id\n      status\n      startedAt\n      currentAgendaItem {\n        id\n      }\n    }\n  }\n": types.StartMeetingDocument,
    "\n  mutation EndMeeting($input: MeetingIdInput!) {\n    endMeeting(input: $input) {\n      id\n      status\n      endedAt\n    }\n  }\n": types.EndMeetingDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        id\n        title\n      }\n      occurrences {\n        id\n        startsAt\n      }\n      conflicts {\n        deputyId\n        deputyName\n        startsAt\n        meeting {\n          id\n          title\n        }\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  fragment ParityLine_term on Term {\n    seatCount\n    parity {\n      women\n      total\n      minimumWomen\n      satisfied\n      vacant\n      reachable\n    }\n  }\n": types.ParityLine_TermFragmentDoc,
    "\n  fragment SeatList_term on Term {\n    startsOn\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n        }\n      }\n      history {\n        id\n        startsOn\n        endsOn\n        endReason\n        deputy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.SeatList_TermFragmentDoc,
    "\n  query CurrentTerm {\n    currentTerm {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      ...ParityLine_term\n      ...SeatList_term\n    }\n  }\n": types.CurrentTermDocument,
    "\n  query TermAdmin {\n    me {\n      id\n      role\n    }\n    deputies {\n      id\n      fullName\n      gender\n      currentMandate {\n        id\n      }\n    }\n  }\n": types.TermAdminDocument,
    "\n  mutation AssignSeat($input: AssignSeatInput!) {\n    assignSeat(input: $input) {\n      mandate {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": types.AssignSeatDocument,
    "\n  mutation EndMandate($input: EndMandateInput!) {\n    endMandate(input: $input) {\n      mandate {\n        id\n        endsOn\n        endReason\n      }\n      successor {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": types.EndMandateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter) {\n      id\n      action\n      at\n      entityType\n      entityId\n      data\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter) {\n    auditLog(filter: $filter) {\n      id\n      action\n      at\n      entityType\n      entityId\n      data\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarPage {\n    meetings(filter: { when: UPCOMING, limit: 60 }) {\n      id\n      startsAt\n      ...MeetingItem_meeting\n    }\n    calendarFeed {\n      path\n      token\n    }\n  }\n"): (typeof documents)["\n  query CalendarPage {\n    meetings(filter: { when: UPCOMING, limit: 60 }) {\n      id\n      startsAt\n      ...MeetingItem_meeting\n    }\n    calendarFeed {\n      path\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken {\n      path\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken {\n      path\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups {\n    workingGroups {\n      id\n      name\n      theme\n      description\n      members {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Groups {\n    workingGroups {\n      id\n      name\n      theme\n      description\n      members {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    workingGroup(id: $id) {\n      id\n      name\n      theme\n      description\n      coordinators {\n        id\n        displayName\n      }\n      members {\n        id\n        role\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n        }\n      }\n    }\n    upcoming: meetings(filter: { groupId: $id, when: UPCOMING, limit: 8 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    past: meetings(filter: { groupId: $id, when: PAST, limit: 5 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { groupId: $id, limit: 50 }) {\n      id\n      ...FieldReportItem_report\n    }\n  }\n"): (typeof documents)["\n  query GroupPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    workingGroup(id: $id) {\n      id\n      name\n      theme\n      description\n      coordinators {\n        id\n        displayName\n      }\n      members {\n        id\n        role\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n        }\n      }\n    }\n    upcoming: meetings(filter: { groupId: $id, when: UPCOMING, limit: 8 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    past: meetings(filter: { groupId: $id, when: PAST, limit: 5 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { groupId: $id, limit: 50 }) {\n      id\n      ...FieldReportItem_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FieldReportItem_report on FieldReport {\n    id\n    title\n    status\n    theme\n    territory\n    createdAt\n    author {\n      id\n      fullName\n    }\n    routedGroup {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FieldReportItem_report on FieldReport {\n    id\n    title\n    status\n    theme\n    territory\n    createdAt\n    author {\n      id\n      fullName\n    }\n    routedGroup {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    me {\n      id\n      displayName\n      role\n    }\n    workingGroups {\n      id\n      name\n      theme\n      coordinators {\n        id\n      }\n    }\n    meetings(filter: { when: UPCOMING, limit: 40 }) {\n      id\n      group {\n        id\n      }\n      myAttendance {\n        deputy {\n          id\n        }\n      }\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { limit: 50 }) {\n      id\n      author {\n        id\n      }\n      ...FieldReportItem_report\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    me {\n      id\n      displayName\n      role\n    }\n    workingGroups {\n      id\n      name\n      theme\n      coordinators {\n        id\n      }\n    }\n    meetings(filter: { when: UPCOMING, limit: 40 }) {\n      id\n      group {\n        id\n      }\n      myAttendance {\n        deputy {\n          id\n        }\n      }\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { limit: 50 }) {\n      id\n      author {\n        id\n      }\n      ...FieldReportItem_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSession($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    meeting(id: $id) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      timeZone\n      group {\n        id\n        name\n        coordinators {\n          id\n        }\n        members {\n          id\n          role\n          deputy {\n            id\n          }\n        }\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        id\n        position\n        title\n        durationMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveSession($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    meeting(id: $id) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      timeZone\n      group {\n        id\n        name\n        coordinators {\n          id\n        }\n        members {\n          id\n          role\n          deputy {\n            id\n          }\n        }\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        id\n        position\n        title\n        durationMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Rsvp_meeting on Meeting {\n    id\n    title\n    status\n    myAttendance {\n      response\n      deputy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment Rsvp_meeting on Meeting {\n    id\n    title\n    status\n    myAttendance {\n      response\n      deputy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingItem_meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    timeZone\n    status\n    place\n    onlineUrl\n    group {\n      id\n      name\n    }\n    ...Rsvp_meeting\n  }\n"): (typeof documents)["\n  fragment MeetingItem_meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    timeZone\n    status\n    place\n    onlineUrl\n    group {\n      id\n      name\n    }\n    ...Rsvp_meeting\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMeeting($input: RespondToMeetingInput!) {\n    respondToMeeting(input: $input) {\n      response\n      note\n      respondedAt\n      present\n      deputy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToMeeting($input: RespondToMeetingInput!) {\n    respondToMeeting(input: $input) {\n      response\n      note\n      respondedAt\n      present\n      deputy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    position\n    title\n    description\n    durationMinutes\n  }\n"): (typeof documents)["\n  fragment AgendaItemFields on AgendaItem {\n    id\n    position\n    title\n    description\n    durationMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    meeting(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      timeZone\n      status\n      place\n      onlineUrl\n      cancelReason\n      series {\n        id\n        rrule\n      }\n      group {\n        id\n        name\n        coordinators {\n          id\n        }\n      }\n      quorum {\n        members\n        required\n        confirmed\n        present\n        reached\n        expected\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n      attendance {\n        response\n        present\n        deputy {\n          id\n          fullName\n        }\n      }\n      myAttendance {\n        response\n      }\n      ...Rsvp_meeting\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    meeting(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      timeZone\n      status\n      place\n      onlineUrl\n      cancelReason\n      series {\n        id\n        rrule\n      }\n      group {\n        id\n        name\n        coordinators {\n          id\n        }\n      }\n      quorum {\n        members\n        required\n        confirmed\n        present\n        reached\n        expected\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n      attendance {\n        response\n        present\n        deputy {\n          id\n          fullName\n        }\n      }\n      myAttendance {\n        response\n      }\n      ...Rsvp_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      meeting {\n        id\n        agenda {\n          ...AgendaItemFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      meeting {\n        id\n        agenda {\n          ...AgendaItemFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMeeting($input: MeetingIdInput!) {\n    startMeeting(input: $input) {\n      id\n      status\n      startedAt\n      currentAgendaItem {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartMeeting($input: MeetingIdInput!) {\n    startMeeting(input: $input) {\n      id\n      status\n      startedAt\n      currentAgendaItem {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMeeting($input: MeetingIdInput!) {\n    endMeeting(input: $input) {\n      id\n      status\n      endedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EndMeeting($input: MeetingIdInput!) {\n    endMeeting(input: $input) {\n      id\n      status\n      endedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        id\n        title\n      }\n      occurrences {\n        id\n        startsAt\n      }\n      conflicts {\n        deputyId\n        deputyName\n        startsAt\n        meeting {\n          id\n          title\n        }\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        id\n        title\n      }\n      occurrences {\n        id\n        startsAt\n      }\n      conflicts {\n        deputyId\n        deputyName\n        startsAt\n        meeting {\n          id\n          title\n        }\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParityLine_term on Term {\n    seatCount\n    parity {\n      women\n      total\n      minimumWomen\n      satisfied\n      vacant\n      reachable\n    }\n  }\n"): (typeof documents)["\n  fragment ParityLine_term on Term {\n    seatCount\n    parity {\n      women\n      total\n      minimumWomen\n      satisfied\n      vacant\n      reachable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeatList_term on Term {\n    startsOn\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n        }\n      }\n      history {\n        id\n        startsOn\n        endsOn\n        endReason\n        deputy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SeatList_term on Term {\n    startsOn\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n        }\n      }\n      history {\n        id\n        startsOn\n        endsOn\n        endReason\n        deputy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentTerm {\n    currentTerm {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      ...ParityLine_term\n      ...SeatList_term\n    }\n  }\n"): (typeof documents)["\n  query CurrentTerm {\n    currentTerm {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      ...ParityLine_term\n      ...SeatList_term\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermAdmin {\n    me {\n      id\n      role\n    }\n    deputies {\n      id\n      fullName\n      gender\n      currentMandate {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TermAdmin {\n    me {\n      id\n      role\n    }\n    deputies {\n      id\n      fullName\n      gender\n      currentMandate {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignSeat($input: AssignSeatInput!) {\n    assignSeat(input: $input) {\n      mandate {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignSeat($input: AssignSeatInput!) {\n    assignSeat(input: $input) {\n      mandate {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMandate($input: EndMandateInput!) {\n    endMandate(input: $input) {\n      mandate {\n        id\n        endsOn\n        endReason\n      }\n      successor {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndMandate($input: EndMandateInput!) {\n    endMandate(input: $input) {\n      mandate {\n        id\n        endsOn\n        endReason\n      }\n      successor {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;