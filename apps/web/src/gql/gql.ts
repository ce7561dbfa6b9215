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
    "\n  query AccountsPage {\n    me {\n      id\n      role\n    }\n    users {\n      id\n      email\n      displayName\n      role\n      locale\n      disabled\n      deputy {\n        id\n        fullName\n      }\n    }\n    deputies {\n      id\n      fullName\n    }\n  }\n": typeof types.AccountsPageDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n    }\n  }\n": typeof types.SetUserDisabledDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      password\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasMore\n      endCursor\n      entries {\n        id\n        action\n        at\n        entityType\n        entityId\n        data\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditActors {\n    users {\n      id\n      displayName\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AccountPage {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": typeof types.AccountPageDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query CalendarPage {\n    meetings(filter: { when: UPCOMING, limit: 60 }) {\n      id\n      startsAt\n      ...MeetingItem_meeting\n    }\n    calendarFeed {\n      path\n      token\n    }\n  }\n": typeof types.CalendarPageDocument,
    "\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken {\n      path\n      token\n    }\n  }\n": typeof types.RegenerateCalendarTokenDocument,
    "\n  query CalendarRange($from: DateTime!, $to: DateTime!) {\n    meetings(filter: { from: $from, to: $to, limit: 100 }) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      group {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CalendarRangeDocument,
    "\n  query AddToCalendar {\n    calendarFeed {\n      token\n    }\n  }\n": typeof types.AddToCalendarDocument,
    "\n  fragment DeputyProfile_deputy on Deputy {\n    id\n    fullName\n    gender\n    territory\n    territoryLabel\n    languages\n    skills\n    bio\n    eligibilityAttestedOn\n    currentMandate {\n      id\n      startsOn\n      seat {\n        id\n        number\n      }\n    }\n    memberships {\n      id\n      role\n      group {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DeputyProfile_DeputyFragmentDoc,
    "\n  query Deputies {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    deputies {\n      id\n      fullName\n      territory\n      territoryLabel\n      languages\n      skills\n      currentMandate {\n        id\n        seat {\n          id\n          number\n        }\n      }\n      memberships {\n        id\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DeputiesDocument,
    "\n  query Deputy($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    deputy(id: $id) {\n      ...DeputyProfile_deputy\n    }\n  }\n": typeof types.DeputyDocument,
    "\n  mutation CreateDeputy($input: CreateDeputyInput!) {\n    createDeputy(input: $input) {\n      id\n      fullName\n    }\n  }\n": typeof types.CreateDeputyDocument,
    "\n  mutation UpdateDeputy($input: UpdateDeputyInput!) {\n    updateDeputy(input: $input) {\n      ...DeputyProfile_deputy\n    }\n  }\n": typeof types.UpdateDeputyDocument,
    "\n  query Groups {\n    workingGroups {\n      id\n      name\n      theme\n      description\n      unreadCount\n      members {\n        id\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  query GroupPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    workingGroup(id: $id) {\n      id\n      name\n      theme\n      description\n      viewerCan {\n        coordinate\n        discuss\n        moderate\n      }\n      coordinators {\n        id\n        displayName\n      }\n      members {\n        id\n        role\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n          territoryLabel\n        }\n      }\n    }\n    upcoming: meetings(filter: { groupId: $id, when: UPCOMING, limit: 8 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    past: meetings(filter: { groupId: $id, when: PAST, limit: 5 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { groupId: $id, limit: 50 }) {\n      id\n      ...FieldReportItem_report\n    }\n  }\n": typeof types.GroupPageDocument,
    "\n  query NewGroupTerm {\n    currentTerm {\n      id\n      name\n    }\n  }\n": typeof types.NewGroupTermDocument,
    "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateWorkingGroupDocument,
    "\n  query GroupDeputyChoices {\n    deputies {\n      id\n      fullName\n      territory\n      territoryLabel\n    }\n  }\n": typeof types.GroupDeputyChoicesDocument,
    "\n  query GroupCoordinatorChoices {\n    users {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.GroupCoordinatorChoicesDocument,
    "\n  mutation AddGroupMember($input: AddGroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n      role\n      scheduleConflicts {\n        ...ConflictWarnings_conflict\n      }\n    }\n  }\n": typeof types.AddGroupMemberDocument,
    "\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      endsOn\n    }\n  }\n": typeof types.RemoveGroupMemberDocument,
    "\n  mutation AddGroupCoordinator($input: AddGroupCoordinatorInput!) {\n    addGroupCoordinator(input: $input) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AddGroupCoordinatorDocument,
    "\n  query NeedsYou {\n    needsMe {\n      liveMeetings {\n        id\n        title\n        group {\n          id\n          name\n        }\n      }\n      openVotes {\n        id\n        question\n        meeting {\n          id\n          title\n        }\n      }\n      openTimePolls {\n        pollId\n        groupId\n        groupName\n        title\n      }\n      actionItems {\n        actionItemId\n        title\n        dueOn\n        meetingId\n        meetingTitle\n      }\n    }\n  }\n": typeof types.NeedsYouDocument,
    "\n  fragment FieldReportItem_report on FieldReport {\n    id\n    title\n    status\n    theme\n    territory\n    territoryLabel\n    createdAt\n    author {\n      id\n      fullName\n    }\n    routedGroup {\n      id\n      name\n    }\n  }\n": typeof types.FieldReportItem_ReportFragmentDoc,
    "\n  query Home {\n    me {\n      id\n      displayName\n      role\n      deputy {\n        id\n      }\n    }\n    workingGroups {\n      id\n      name\n      theme\n      unreadCount\n      viewerCan {\n        coordinate\n      }\n    }\n    meetings(filter: { when: UPCOMING, limit: 40 }) {\n      id\n      group {\n        id\n      }\n      myAttendance {\n        deputy {\n          id\n        }\n      }\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { limit: 50 }) {\n      id\n      author {\n        id\n      }\n      ...FieldReportItem_report\n    }\n  }\n": typeof types.HomeDocument,
    "\n  mutation SetMyLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  query MyLocale {\n    me {\n      id\n      locale\n    }\n  }\n": typeof types.MyLocaleDocument,
    "\n  query LiveSession($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    meeting(id: $id) {\n      id\n      title\n      status\n      ...MeetingRun_meeting\n      startsAt\n      endsAt\n      timeZone\n      viewerCan {\n        run\n        moderate\n        attend\n      }\n      group {\n        id\n        name\n        members {\n          id\n          role\n          deputy {\n            id\n          }\n        }\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        id\n        position\n        title\n        durationMinutes\n      }\n    }\n  }\n": typeof types.LiveSessionDocument,
    "\n  mutation SetCurrentAgendaItem($input: SetCurrentAgendaItemInput!) {\n    setCurrentAgendaItem(input: $input) {\n      id\n      currentAgendaItem {\n        id\n      }\n    }\n  }\n": typeof types.SetCurrentAgendaItemDocument,
    "\n  mutation MarkChannelRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      id\n      unreadCount\n    }\n  }\n": typeof types.MarkChannelReadDocument,
    "\n  query SentMails($first: Int!, $after: String) {\n    sentMails(first: $first, after: $after) {\n      mails {\n        id\n        to\n        subject\n        locale\n        status\n        text\n        calendarMethod\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n      hasMore\n      endCursor\n    }\n  }\n": typeof types.SentMailsDocument,
    "\n  fragment ConflictWarnings_conflict on MeetingConflict {\n    deputyId\n    deputyName\n    startsAt\n    meeting {\n      id\n      title\n    }\n  }\n": typeof types.ConflictWarnings_ConflictFragmentDoc,
    "\n  fragment MeetingRun_meeting on Meeting {\n    id\n    title\n    status\n    startsAt\n    timeZone\n    reopenableUntil\n    viewerCan {\n      run\n      coordinate\n    }\n  }\n": typeof types.MeetingRun_MeetingFragmentDoc,
    "\n  fragment Rsvp_meeting on Meeting {\n    id\n    title\n    status\n    myAttendance {\n      response\n      deputy {\n        id\n      }\n    }\n  }\n": typeof types.Rsvp_MeetingFragmentDoc,
    "\n  fragment MeetingItem_meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    timeZone\n    status\n    place\n    onlineUrl\n    group {\n      id\n      name\n    }\n    ...Rsvp_meeting\n  }\n": typeof types.MeetingItem_MeetingFragmentDoc,
    "\n  mutation RespondToMeeting($input: RespondToMeetingInput!) {\n    respondToMeeting(input: $input) {\n      response\n      note\n      respondedAt\n      present\n      deputy {\n        id\n      }\n    }\n  }\n": typeof types.RespondToMeetingDocument,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    position\n    title\n    description\n    durationMinutes\n  }\n": typeof types.AgendaItemFieldsFragmentDoc,
    "\n  query MeetingPage($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    meeting(id: $id) {\n      id\n      title\n      attendanceFinal\n      ...MeetingRun_meeting\n      description\n      startsAt\n      endsAt\n      timeZone\n      status\n      place\n      onlineUrl\n      cancelReason\n      minutes\n      minutesVersions {\n        version\n        createdAt\n      }\n      series {\n        id\n        rrule\n      }\n      viewerCan {\n        coordinate\n        run\n      }\n      group {\n        id\n        name\n      }\n      quorum {\n        members\n        required\n        confirmed\n        present\n        reached\n        expected\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n      attendance {\n        response\n        present\n        deputy {\n          id\n          fullName\n        }\n      }\n      myAttendance {\n        response\n      }\n      ...Rsvp_meeting\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      meeting {\n        id\n        agenda {\n          ...AgendaItemFields\n        }\n      }\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.ReorderAgendaDocument,
    "\n  mutation StartMeeting($input: StartMeetingInput!) {\n    startMeeting(input: $input) {\n      id\n      status\n      startedAt\n      attendanceFinal\n      reopenableUntil\n      currentAgendaItem {\n        id\n      }\n    }\n  }\n": typeof types.StartMeetingDocument,
    "\n  mutation EndMeeting($input: MeetingIdInput!) {\n    endMeeting(input: $input) {\n      id\n      status\n      endedAt\n      attendanceFinal\n      reopenableUntil\n    }\n  }\n": typeof types.EndMeetingDocument,
    "\n  mutation ReopenMeeting($input: MeetingIdInput!) {\n    reopenMeeting(input: $input) {\n      id\n      status\n      endedAt\n      attendanceFinal\n      reopenableUntil\n    }\n  }\n": typeof types.ReopenMeetingDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        id\n        title\n      }\n      occurrences {\n        id\n        startsAt\n      }\n      conflicts {\n        ...ConflictWarnings_conflict\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) {\n      meeting {\n        id\n        startsAt\n        endsAt\n      }\n      occurrences {\n        id\n      }\n      conflicts {\n        ...ConflictWarnings_conflict\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n": typeof types.RescheduleMeetingDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        id\n        status\n        cancelReason\n      }\n      occurrences {\n        id\n      }\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.UpdateAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($input: RemoveAgendaItemInput!) {\n    removeAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.RemoveAgendaItemDocument,
    "\n  mutation UpdateMinutes($input: UpdateMinutesInput!) {\n    updateMinutes(input: $input) {\n      id\n      minutes\n      minutesVersions {\n        version\n        createdAt\n      }\n    }\n  }\n": typeof types.UpdateMinutesDocument,
    "\n  query MeetingOutcomes($id: ID!) {\n    meeting(id: $id) {\n      id\n      agenda {\n        id\n        position\n        title\n      }\n      decisions {\n        id\n        text\n        votesFor\n        votesAgainst\n        votesAbstain\n        createdAt\n        agendaItem {\n          id\n          title\n        }\n      }\n      actionItems {\n        id\n        title\n        status\n        dueOn\n        assignee {\n          id\n          fullName\n        }\n      }\n      group {\n        id\n        members {\n          id\n          deputy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingOutcomesDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      text\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation AssignAction($input: AssignActionInput!) {\n    assignAction(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.AssignActionDocument,
    "\n  mutation SetActionStatus($input: SetActionStatusInput!) {\n    setActionStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SetActionStatusDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    lines\n    path\n    createdAt\n    readAt\n  }\n": typeof types.NotificationItem_NotificationFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n      hasMore\n      totalCount\n      endCursor\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      unreadCount\n    }\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      channels {\n        kind\n        inApp\n        email\n        mandatory\n      }\n      reminderMinutes\n      reminderChoices\n      timeZone\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      channels {\n        kind\n        inApp\n        email\n        mandatory\n      }\n      reminderMinutes\n      reminderChoices\n      timeZone\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query Offline {\n    me {\n      id\n      displayName\n    }\n    workingGroups {\n      id\n      name\n    }\n    auditLog {\n      totalCount\n    }\n  }\n": typeof types.OfflineDocument,
    "\n  fragment SpeakersStateFields on SpeakersState {\n    meetingId\n    agendaItemId\n    speakingTimeSeconds\n    alternating\n    rule\n    serverTime\n    current {\n      speechId\n      deputyId\n      fullName\n      pointOfOrder\n      startedAt\n      allottedSeconds\n      endsAt\n    }\n    queue {\n      requestId\n      deputyId\n      fullName\n      pointOfOrder\n      firstTime\n      requestedAt\n    }\n  }\n": typeof types.SpeakersStateFieldsFragmentDoc,
    "\n  query Speakers($agendaItemId: ID!) {\n    speakers(agendaItemId: $agendaItemId) {\n      ...SpeakersStateFields\n    }\n  }\n": typeof types.SpeakersDocument,
    "\n  mutation RequestFloor($input: RequestFloorInput!) {\n    requestFloor(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n": typeof types.RequestFloorDocument,
    "\n  mutation WithdrawFloorRequest($input: AgendaItemIdInput!) {\n    withdrawFloorRequest(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n": typeof types.WithdrawFloorRequestDocument,
    "\n  mutation GiveFloor($input: GiveFloorInput!) {\n    giveFloor(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n": typeof types.GiveFloorDocument,
    "\n  mutation EndFloor($input: AgendaItemIdInput!) {\n    endFloor(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n": typeof types.EndFloorDocument,
    "\n  mutation ReorderSpeakers($input: ReorderSpeakersInput!) {\n    reorderSpeakers(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n": typeof types.ReorderSpeakersDocument,
    "\n  mutation SetSpeakingRules($input: SetSpeakingRulesInput!) {\n    setSpeakingRules(input: $input) {\n      id\n    }\n  }\n": typeof types.SetSpeakingRulesDocument,
    "\n  query MeetingQuorum($id: ID!) {\n    meeting(id: $id) {\n      id\n      quorum {\n        members\n        present\n        required\n        reached\n      }\n    }\n  }\n": typeof types.MeetingQuorumDocument,
    "\n  fragment VoteFields on Vote {\n    id\n    question\n    options\n    secrecy\n    allowChange\n    eligibility\n    status\n    cast\n    eligible\n    canVote\n    hasVoted\n    openedAt\n    closedAt\n    agendaItem {\n      id\n      title\n    }\n    results {\n      cast\n      eligible\n      turnout\n      counts {\n        option\n        count\n      }\n      quorum {\n        members\n        present\n        required\n        reached\n      }\n    }\n    decision {\n      id\n      text\n    }\n    proxies {\n      grantor {\n        id\n        fullName\n      }\n      holder {\n        id\n        fullName\n      }\n    }\n    voters {\n      id\n    }\n    namedVotes {\n      option\n      deputy {\n        id\n        fullName\n      }\n      castBy {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.VoteFieldsFragmentDoc,
    "\n  query MeetingVotes($id: ID!) {\n    meeting(id: $id) {\n      id\n      group {\n        id\n        members {\n          id\n          deputy {\n            id\n            fullName\n          }\n        }\n      }\n      votes {\n        ...VoteFields\n      }\n    }\n  }\n": typeof types.MeetingVotesDocument,
    "\n  mutation OpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      ...VoteFields\n    }\n  }\n": typeof types.OpenVoteDocument,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      cast\n      eligible\n      firstCast\n      receipt\n      vote {\n        ...VoteFields\n      }\n    }\n  }\n": typeof types.CastVoteDocument,
    "\n  mutation CloseVote($input: CloseVoteInput!) {\n    closeVote(input: $input) {\n      vote {\n        ...VoteFields\n      }\n    }\n  }\n": typeof types.CloseVoteDocument,
    "\n  mutation RecordVoteDecision($input: RecordVoteDecisionInput!) {\n    recordVoteDecision(input: $input) {\n      ...VoteFields\n    }\n  }\n": typeof types.RecordVoteDecisionDocument,
    "\n  query MeetingSpeakingStats($meetingId: ID!) {\n    speakingStats(input: { meetingId: $meetingId }) {\n      totalSeconds\n      speeches\n      byGender {\n        gender\n        seconds\n        share\n      }\n    }\n  }\n": typeof types.MeetingSpeakingStatsDocument,
    "\n  query RecordsTerms {\n    currentTerm {\n      id\n    }\n    terms {\n      id\n      name\n    }\n  }\n": typeof types.RecordsTermsDocument,
    "\n  query RecordsGroups($termId: ID!) {\n    workingGroups(termId: $termId) {\n      id\n      name\n    }\n  }\n": typeof types.RecordsGroupsDocument,
    "\n  query RecordsMeetings($groupId: ID!) {\n    meetings(filter: { groupId: $groupId, when: PAST, limit: 100 }) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n": typeof types.RecordsMeetingsDocument,
    "\n  query AttendanceRecord($termId: ID!, $groupId: ID) {\n    attendanceRecord(termId: $termId, groupId: $groupId) {\n      deputyId\n      fullName\n      meetings\n      present\n      excused\n      absent\n      rate\n    }\n  }\n": typeof types.AttendanceRecordDocument,
    "\n  query SpeakingStats($input: SpeakingStatsInput!) {\n    speakingStats(input: $input) {\n      speeches\n      totalSeconds\n      byGender {\n        gender\n        seconds\n        speeches\n        share\n      }\n      byPerson {\n        deputyId\n        fullName\n        seconds\n        speeches\n      }\n    }\n  }\n": typeof types.SpeakingStatsDocument,
    "\n  query ReportPage($id: ID!) {\n    fieldReport(id: $id) {\n      id\n      title\n      body\n      status\n      theme\n      territory\n      territoryLabel\n      createdAt\n      author {\n        id\n        fullName\n      }\n      routedGroup {\n        id\n        name\n      }\n      agendaItem {\n        id\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n      decision {\n        id\n        text\n      }\n      history {\n        at\n        fromStatus\n        toStatus\n        note\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ReportPageDocument,
    "\n  mutation SubmitFieldReport($input: SubmitFieldReportInput!) {\n    submitFieldReport(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.SubmitFieldReportDocument,
    "\n  fragment ReportTriage_report on FieldReport {\n    id\n    title\n    body\n    status\n    theme\n    territory\n    territoryLabel\n    anonymisedTestimony\n    createdAt\n    author {\n      id\n      fullName\n    }\n    routedGroup {\n      id\n      name\n    }\n    viewerCan {\n      route\n      coordinate\n    }\n    agendaItem {\n      id\n      meeting {\n        id\n        title\n      }\n    }\n    history {\n      at\n      fromStatus\n      toStatus\n      note\n      by {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ReportTriage_ReportFragmentDoc,
    "\n  query ReportsPage($status: FieldReportStatus) {\n    me {\n      id\n      role\n    }\n    workingGroups {\n      id\n      name\n      viewerCan {\n        coordinate\n      }\n    }\n    meetings(filter: { when: UPCOMING, limit: 60 }) {\n      id\n      title\n      status\n      startsAt\n      group {\n        id\n      }\n    }\n    fieldReports(filter: { status: $status, limit: 50 }) {\n      id\n      ...ReportTriage_report\n    }\n  }\n": typeof types.ReportsPageDocument,
    "\n  mutation RouteFieldReport($input: RouteFieldReportInput!) {\n    routeFieldReport(input: $input) {\n      id\n      ...ReportTriage_report\n    }\n  }\n": typeof types.RouteFieldReportDocument,
    "\n  mutation PlaceReportOnAgenda($input: PlaceReportOnAgendaInput!) {\n    placeReportOnAgenda(input: $input) {\n      id\n      ...ReportTriage_report\n    }\n  }\n": typeof types.PlaceReportOnAgendaDocument,
    "\n  mutation CloseFieldReport($input: CloseFieldReportInput!) {\n    closeFieldReport(input: $input) {\n      id\n      ...ReportTriage_report\n    }\n  }\n": typeof types.CloseFieldReportDocument,
    "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      hasMore\n      endCursor\n      hits {\n        kind\n        id\n        at\n        title\n        groupId\n        groupName\n        meetingId\n        meetingTitle\n        authorName\n        seq\n        minutesVersion\n        textId\n        number\n        snippet {\n          text\n          match\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchFilters {\n    workingGroups {\n      id\n      name\n    }\n    deputies {\n      id\n      fullName\n    }\n  }\n": typeof types.SearchFiltersDocument,
    "\n  query MessageContext($groupId: ID!, $afterSeq: Int!, $limit: Int!) {\n    workingGroup(id: $groupId) {\n      id\n      name\n    }\n    messages(groupId: $groupId, afterSeq: $afterSeq, limit: $limit) {\n      id\n      seq\n      body\n      deleted\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.MessageContextDocument,
    "\n  query MinutesVersions($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      title\n      minutesVersions {\n        version\n        body\n        createdAt\n      }\n    }\n  }\n": typeof types.MinutesVersionsDocument,
    "\n  fragment ParityLine_term on Term {\n    seatCount\n    parity {\n      women\n      total\n      minimumWomen\n      satisfied\n      vacant\n      reachable\n    }\n  }\n": typeof types.ParityLine_TermFragmentDoc,
    "\n  fragment SeatList_term on Term {\n    startsOn\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n          territoryLabel\n        }\n      }\n      history {\n        id\n        startsOn\n        endsOn\n        endReason\n        deputy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.SeatList_TermFragmentDoc,
    "\n  fragment Hemicycle_term on Term {\n    seatCount\n    parity {\n      women\n      minimumWomen\n      satisfied\n    }\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        deputy {\n          id\n          fullName\n          gender\n        }\n      }\n    }\n  }\n": typeof types.Hemicycle_TermFragmentDoc,
    "\n  query CurrentTerm {\n    currentTerm {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      ...ParityLine_term\n      ...Hemicycle_term\n      ...SeatList_term\n    }\n  }\n": typeof types.CurrentTermDocument,
    "\n  query TermAdmin {\n    me {\n      id\n      role\n    }\n    deputies {\n      id\n      fullName\n      gender\n      currentMandate {\n        id\n      }\n    }\n  }\n": typeof types.TermAdminDocument,
    "\n  mutation AssignSeat($input: AssignSeatInput!) {\n    assignSeat(input: $input) {\n      mandate {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n": typeof types.AssignSeatDocument,
    "\n  mutation EndMandate($input: EndMandateInput!) {\n    endMandate(input: $input) {\n      mandate {\n        id\n        endsOn\n        endReason\n      }\n      successor {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n": typeof types.EndMandateDocument,
    "\n  mutation CreateTerm($input: CreateTermInput!) {\n    createTerm(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n    }\n  }\n": typeof types.CreateTermDocument,
    "\n  query Territories {\n    territories {\n      code\n      label\n      kind\n    }\n  }\n": typeof types.TerritoriesDocument,
    "\n  query GroupTexts($groupId: ID!) {\n    workingGroup(id: $groupId) {\n      id\n      viewerCan {\n        coordinate\n      }\n    }\n    me {\n      id\n      deputy {\n        id\n      }\n    }\n    texts(groupId: $groupId, first: 50) {\n      id\n      title\n      kind\n      status\n      amendmentDeadline\n      updatedAt\n    }\n  }\n": typeof types.GroupTextsDocument,
    "\n  mutation CreateText($input: CreateTextInput!) {\n    createText(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTextDocument,
    "\n  query TextPage($id: ID!) {\n    text(id: $id) {\n      id\n      title\n      kind\n      status\n      amendmentDeadline\n      decidedAt\n      group {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        agree\n        amend\n        coordinate\n      }\n      authors {\n        agreed\n        deputy {\n          id\n          fullName\n        }\n      }\n      fieldReports {\n        id\n        title\n      }\n      currentVersion {\n        id\n        number\n        paragraphs {\n          id\n          text\n          firstLine\n          lastLine\n        }\n      }\n      versions {\n        id\n        number\n        origin\n        createdAt\n      }\n      amendments {\n        id\n        number\n        status\n        reason\n        procedure\n        procedureNote\n        staleParagraphIds\n        author {\n          id\n          fullName\n        }\n        signers {\n          id\n          fullName\n        }\n        version {\n          id\n          number\n        }\n        targets {\n          id\n          text\n          firstLine\n          lastLine\n        }\n        changes {\n          kind\n          paragraphId\n          afterId\n          text\n        }\n        block {\n          id\n          name\n        }\n        agendaItem {\n          id\n        }\n      }\n      overlaps {\n        amendmentIds\n      }\n      blocks {\n        id\n        name\n        agendaItem {\n          id\n        }\n      }\n      pendingCollisions {\n        amendmentId\n        paragraphId\n        base\n        ours\n        theirs\n      }\n      agendaItem {\n        id\n      }\n    }\n  }\n": typeof types.TextPageDocument,
    "\n  query TextMeetings($groupId: ID!) {\n    meetings(filter: { groupId: $groupId }) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n": typeof types.TextMeetingsDocument,
    "\n  query TextVersions($id: ID!, $from: Int!, $to: Int!) {\n    text(id: $id) {\n      id\n      from: version(number: $from) {\n        id\n        number\n        paragraphs {\n          id\n          text\n          firstLine\n          lastLine\n        }\n      }\n      to: version(number: $to) {\n        id\n        number\n        paragraphs {\n          id\n          text\n          firstLine\n          lastLine\n        }\n      }\n    }\n  }\n": typeof types.TextVersionsDocument,
    "\n  mutation AgreeToText($input: TextRefInput!) {\n    agreeToText(input: $input) {\n      id\n    }\n  }\n": typeof types.AgreeToTextDocument,
    "\n  mutation UpdateTextDraft($input: UpdateTextDraftInput!) {\n    updateTextDraft(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateTextDraftDocument,
    "\n  mutation OpenTextForAmendments($input: OpenTextForAmendmentsInput!) {\n    openTextForAmendments(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OpenTextForAmendmentsDocument,
    "\n  mutation PlaceTextOnAgenda($input: PlaceTextOnAgendaInput!) {\n    placeTextOnAgenda(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PlaceTextOnAgendaDocument,
    "\n  mutation WithdrawText($input: TextRefInput!) {\n    withdrawText(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawTextDocument,
    "\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.ProposeAmendmentDocument,
    "\n  mutation CosignAmendment($input: AmendmentRefInput!) {\n    cosignAmendment(input: $input) {\n      id\n    }\n  }\n": typeof types.CosignAmendmentDocument,
    "\n  mutation SetAmendmentProcedure($input: SetAmendmentProcedureInput!) {\n    setAmendmentProcedure(input: $input) {\n      id\n      procedure\n    }\n  }\n": typeof types.SetAmendmentProcedureDocument,
    "\n  mutation CreateAmendmentBlock($input: CreateAmendmentBlockInput!) {\n    createAmendmentBlock(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAmendmentBlockDocument,
    "\n  mutation PlaceAmendmentOnAgenda($input: PlaceAmendmentOnAgendaInput!) {\n    placeAmendmentOnAgenda(input: $input) {\n      id\n    }\n  }\n": typeof types.PlaceAmendmentOnAgendaDocument,
    "\n  mutation ResolveAmendmentCollision($input: ResolveAmendmentCollisionInput!) {\n    resolveAmendmentCollision(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveAmendmentCollisionDocument,
    "\n  fragment TimePollFields on TimePoll {\n    id\n    title\n    description\n    status\n    timeZone\n    createdAt\n    closedAt\n    bestSlotId\n    meeting {\n      id\n      title\n      startsAt\n    }\n    slots {\n      id\n      startsAt\n      endsAt\n      tally {\n        yes\n        ifNeedBe\n        no\n      }\n      answers {\n        answer\n        deputy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.TimePollFieldsFragmentDoc,
    "\n  query GroupTimePolls($groupId: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    workingGroup(id: $groupId) {\n      id\n      name\n      viewerCan {\n        coordinate\n      }\n      members {\n        id\n        deputy {\n          id\n        }\n      }\n    }\n    timePolls(groupId: $groupId) {\n      ...TimePollFields\n    }\n  }\n": typeof types.GroupTimePollsDocument,
    "\n  mutation CreateTimePoll($input: CreateTimePollInput!) {\n    createTimePoll(input: $input) {\n      ...TimePollFields\n    }\n  }\n": typeof types.CreateTimePollDocument,
    "\n  mutation AnswerTimePoll($input: AnswerTimePollInput!) {\n    answerTimePoll(input: $input) {\n      ...TimePollFields\n    }\n  }\n": typeof types.AnswerTimePollDocument,
    "\n  mutation ScheduleFromTimePoll($input: ScheduleFromTimePollInput!) {\n    scheduleFromTimePoll(input: $input) {\n      meeting {\n        id\n        title\n        startsAt\n      }\n      poll {\n        ...TimePollFields\n      }\n      conflicts {\n        ...ConflictWarnings_conflict\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n": typeof types.ScheduleFromTimePollDocument,
};
const documents: Documents = {
    "\n  query AccountsPage {\n    me {\n      id\n      role\n    }\n    users {\n      id\n      email\n      displayName\n      role\n      locale\n      disabled\n      deputy {\n        id\n        fullName\n      }\n    }\n    deputies {\n      id\n      fullName\n    }\n  }\n": types.AccountsPageDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n    }\n  }\n": types.SetUserDisabledDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      password\n      user {\n        id\n      }\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasMore\n      endCursor\n      entries {\n        id\n        action\n        at\n        entityType\n        entityId\n        data\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditActors {\n    users {\n      id\n      displayName\n    }\n  }\n": types.AuditActorsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n        mustChangePassword\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n    }\n  }\n": types.MeDocument,
    "\n  query AccountPage {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": types.AccountPageDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query CalendarPage {\n    meetings(filter: { when: UPCOMING, limit: 60 }) {\n      id\n      startsAt\n      ...MeetingItem_meeting\n    }\n    calendarFeed {\n      path\n      token\n    }\n  }\n": types.CalendarPageDocument,
    "\n  mutation RegenerateCalendarToken {\n    regenerateCalendarToken {\n      path\n      token\n    }\n  }\n": types.RegenerateCalendarTokenDocument,
    "\n  query CalendarRange($from: DateTime!, $to: DateTime!) {\n    meetings(filter: { from: $from, to: $to, limit: 100 }) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      group {\n        id\n        name\n      }\n    }\n  }\n": types.CalendarRangeDocument,
    "\n  query AddToCalendar {\n    calendarFeed {\n      token\n    }\n  }\n": types.AddToCalendarDocument,
    "\n  fragment DeputyProfile_deputy on Deputy {\n    id\n    fullName\n    gender\n    territory\n    territoryLabel\n    languages\n    skills\n    bio\n    eligibilityAttestedOn\n    currentMandate {\n      id\n      startsOn\n      seat {\n        id\n        number\n      }\n    }\n    memberships {\n      id\n      role\n      group {\n        id\n        name\n      }\n    }\n  }\n": types.DeputyProfile_DeputyFragmentDoc,
    "\n  query Deputies {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    deputies {\n      id\n      fullName\n      territory\n      territoryLabel\n      languages\n      skills\n      currentMandate {\n        id\n        seat {\n          id\n          number\n        }\n      }\n      memberships {\n        id\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DeputiesDocument,
    "\n  query Deputy($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    deputy(id: $id) {\n      ...DeputyProfile_deputy\n    }\n  }\n": types.DeputyDocument,
    "\n  mutation CreateDeputy($input: CreateDeputyInput!) {\n    createDeputy(input: $input) {\n      id\n      fullName\n    }\n  }\n": types.CreateDeputyDocument,
    "\n  mutation UpdateDeputy($input: UpdateDeputyInput!) {\n    updateDeputy(input: $input) {\n      ...DeputyProfile_deputy\n    }\n  }\n": types.UpdateDeputyDocument,
    "\n  query Groups {\n    workingGroups {\n      id\n      name\n      theme\n      description\n      unreadCount\n      members {\n        id\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  query GroupPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    workingGroup(id: $id) {\n      id\n      name\n      theme\n      description\n      viewerCan {\n        coordinate\n        discuss\n        moderate\n      }\n      coordinators {\n        id\n        displayName\n      }\n      members {\n        id\n        role\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n          territoryLabel\n        }\n      }\n    }\n    upcoming: meetings(filter: { groupId: $id, when: UPCOMING, limit: 8 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    past: meetings(filter: { groupId: $id, when: PAST, limit: 5 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { groupId: $id, limit: 50 }) {\n      id\n      ...FieldReportItem_report\n    }\n  }\n": types.GroupPageDocument,
    "\n  query NewGroupTerm {\n    currentTerm {\n      id\n      name\n    }\n  }\n": types.NewGroupTermDocument,
    "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateWorkingGroupDocument,
    "\n  query GroupDeputyChoices {\n    deputies {\n      id\n      fullName\n      territory\n      territoryLabel\n    }\n  }\n": types.GroupDeputyChoicesDocument,
    "\n  query GroupCoordinatorChoices {\n    users {\n      id\n      displayName\n      role\n    }\n  }\n": types.GroupCoordinatorChoicesDocument,
    "\n  mutation AddGroupMember($input: AddGroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n      role\n      scheduleConflicts {\n        ...ConflictWarnings_conflict\n      }\n    }\n  }\n": types.AddGroupMemberDocument,
    "\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      endsOn\n    }\n  }\n": types.RemoveGroupMemberDocument,
    "\n  mutation AddGroupCoordinator($input: AddGroupCoordinatorInput!) {\n    addGroupCoordinator(input: $input) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n": types.AddGroupCoordinatorDocument,
    "\n  query NeedsYou {\n    needsMe {\n      liveMeetings {\n        id\n        title\n        group {\n          id\n          name\n        }\n      }\n      openVotes {\n        id\n        question\n        meeting {\n          id\n          title\n        }\n      }\n      openTimePolls {\n        pollId\n        groupId\n        groupName\n        title\n      }\n      actionItems {\n        actionItemId\n        title\n        dueOn\n        meetingId\n        meetingTitle\n      }\n    }\n  }\n": types.NeedsYouDocument,
    "\n  fragment FieldReportItem_report on FieldReport {\n    id\n    title\n    status\n    theme\n    territory\n    territoryLabel\n    createdAt\n    author {\n      id\n      fullName\n    }\n    routedGroup {\n      id\n      name\n    }\n  }\n": types.FieldReportItem_ReportFragmentDoc,
    "\n  query Home {\n    me {\n      id\n      displayName\n      role\n      deputy {\n        id\n      }\n    }\n    workingGroups {\n      id\n      name\n      theme\n      unreadCount\n      viewerCan {\n        coordinate\n      }\n    }\n    meetings(filter: { when: UPCOMING, limit: 40 }) {\n      id\n      group {\n        id\n      }\n      myAttendance {\n        deputy {\n          id\n        }\n      }\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { limit: 50 }) {\n      id\n      author {\n        id\n      }\n      ...FieldReportItem_report\n    }\n  }\n": types.HomeDocument,
    "\n  mutation SetMyLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  query MyLocale {\n    me {\n      id\n      locale\n    }\n  }\n": types.MyLocaleDocument,
    "\n  query LiveSession($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    meeting(id: $id) {\n      id\n      title\n      status\n      ...MeetingRun_meeting\n      startsAt\n      endsAt\n      timeZone\n      viewerCan {\n        run\n        moderate\n        attend\n      }\n      group {\n        id\n        name\n        members {\n          id\n          role\n          deputy {\n            id\n          }\n        }\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        id\n        position\n        title\n        durationMinutes\n      }\n    }\n  }\n": types.LiveSessionDocument,
    "\n  mutation SetCurrentAgendaItem($input: SetCurrentAgendaItemInput!) {\n    setCurrentAgendaItem(input: $input) {\n      id\n      currentAgendaItem {\n        id\n      }\n    }\n  }\n": types.SetCurrentAgendaItemDocument,
    "\n  mutation MarkChannelRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      id\n      unreadCount\n    }\n  }\n": types.MarkChannelReadDocument,
    "\n  query SentMails($first: Int!, $after: String) {\n    sentMails(first: $first, after: $after) {\n      mails {\n        id\n        to\n        subject\n        locale\n        status\n        text\n        calendarMethod\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n      hasMore\n      endCursor\n    }\n  }\n": types.SentMailsDocument,
    "\n  fragment ConflictWarnings_conflict on MeetingConflict {\n    deputyId\n    deputyName\n    startsAt\n    meeting {\n      id\n      title\n    }\n  }\n": types.ConflictWarnings_ConflictFragmentDoc,
    "\n  fragment MeetingRun_meeting on Meeting {\n    id\n    title\n    status\n    startsAt\n    timeZone\n    reopenableUntil\n    viewerCan {\n      run\n      coordinate\n    }\n  }\n": types.MeetingRun_MeetingFragmentDoc,
    "\n  fragment Rsvp_meeting on Meeting {\n    id\n    title\n    status\n    myAttendance {\n      response\n      deputy {\n        id\n      }\n    }\n  }\n": types.Rsvp_MeetingFragmentDoc,
    "\n  fragment MeetingItem_meeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    timeZone\n    status\n    place\n    onlineUrl\n    group {\n      id\n      name\n    }\n    ...Rsvp_meeting\n  }\n": types.MeetingItem_MeetingFragmentDoc,
    "\n  mutation RespondToMeeting($input: RespondToMeetingInput!) {\n    respondToMeeting(input: $input) {\n      response\n      note\n      respondedAt\n      present\n      deputy {\n        id\n      }\n    }\n  }\n": types.RespondToMeetingDocument,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    position\n    title\n    description\n    durationMinutes\n  }\n": types.AgendaItemFieldsFragmentDoc,
    "\n  query MeetingPage($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    meeting(id: $id) {\n      id\n      title\n      attendanceFinal\n      ...MeetingRun_meeting\n      description\n      startsAt\n      endsAt\n      timeZone\n      status\n      place\n      onlineUrl\n      cancelReason\n      minutes\n      minutesVersions {\n        version\n        createdAt\n      }\n      series {\n        id\n        rrule\n      }\n      viewerCan {\n        coordinate\n        run\n      }\n      group {\n        id\n        name\n      }\n      quorum {\n        members\n        required\n        confirmed\n        present\n        reached\n        expected\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n      attendance {\n        response\n        present\n        deputy {\n          id\n          fullName\n        }\n      }\n      myAttendance {\n        response\n      }\n      ...Rsvp_meeting\n    }\n  }\n": types.MeetingPageDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      meeting {\n        id\n        agenda {\n          ...AgendaItemFields\n        }\n      }\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": types.ReorderAgendaDocument,
    "\n  mutation StartMeeting($input: StartMeetingInput!) {\n    startMeeting(input: $input) {\n      id\n      status\n      startedAt\n      attendanceFinal\n      reopenableUntil\n      currentAgendaItem {\n        id\n      }\n    }\n  }\n": types.StartMeetingDocument,
    "\n  mutation EndMeeting($input: MeetingIdInput!) {\n    endMeeting(input: $input) {\n      id\n      status\n      endedAt\n      attendanceFinal\n      reopenableUntil\n    }\n  }\n": types.EndMeetingDocument,
    "\n  mutation ReopenMeeting($input: MeetingIdInput!) {\n    reopenMeeting(input: $input) {\n      id\n      status\n      endedAt\n      attendanceFinal\n      reopenableUntil\n    }\n  }\n": types.ReopenMeetingDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        id\n        title\n      }\n      occurrences {\n        id\n        startsAt\n      }\n      conflicts {\n        ...ConflictWarnings_conflict\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) {\n      meeting {\n        id\n        startsAt\n        endsAt\n      }\n      occurrences {\n        id\n      }\n      conflicts {\n        ...ConflictWarnings_conflict\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n": types.RescheduleMeetingDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        id\n        status\n        cancelReason\n      }\n      occurrences {\n        id\n      }\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": types.UpdateAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($input: RemoveAgendaItemInput!) {\n    removeAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": types.RemoveAgendaItemDocument,
    "\n  mutation UpdateMinutes($input: UpdateMinutesInput!) {\n    updateMinutes(input: $input) {\n      id\n      minutes\n      minutesVersions {\n        version\n        createdAt\n      }\n    }\n  }\n": types.UpdateMinutesDocument,
    "\n  query MeetingOutcomes($id: ID!) {\n    meeting(id: $id) {\n      id\n      agenda {\n        id\n        position\n        title\n      }\n      decisions {\n        id\n        text\n        votesFor\n        votesAgainst\n        votesAbstain\n        createdAt\n        agendaItem {\n          id\n          title\n        }\n      }\n      actionItems {\n        id\n        title\n        status\n        dueOn\n        assignee {\n          id\n          fullName\n        }\n      }\n      group {\n        id\n        members {\n          id\n          deputy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.MeetingOutcomesDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      text\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation AssignAction($input: AssignActionInput!) {\n    assignAction(input: $input) {\n      id\n      title\n    }\n  }\n": types.AssignActionDocument,
    "\n  mutation SetActionStatus($input: SetActionStatusInput!) {\n    setActionStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.SetActionStatusDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    lines\n    path\n    createdAt\n    readAt\n  }\n": types.NotificationItem_NotificationFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n      hasMore\n      totalCount\n      endCursor\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      unreadCount\n    }\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      channels {\n        kind\n        inApp\n        email\n        mandatory\n      }\n      reminderMinutes\n      reminderChoices\n      timeZone\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      channels {\n        kind\n        inApp\n        email\n        mandatory\n      }\n      reminderMinutes\n      reminderChoices\n      timeZone\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query Offline {\n    me {\n      id\n      displayName\n    }\n    workingGroups {\n      id\n      name\n    }\n    auditLog {\n      totalCount\n    }\n  }\n": types.OfflineDocument,
    "\n  fragment SpeakersStateFields on SpeakersState {\n    meetingId\n    agendaItemId\n    speakingTimeSeconds\n    alternating\n    rule\n    serverTime\n    current {\n      speechId\n      deputyId\n      fullName\n      pointOfOrder\n      startedAt\n      allottedSeconds\n      endsAt\n    }\n    queue {\n      requestId\n      deputyId\n      fullName\n      pointOfOrder\n      firstTime\n      requestedAt\n    }\n  }\n": types.SpeakersStateFieldsFragmentDoc,
    "\n  query Speakers($agendaItemId: ID!) {\n    speakers(agendaItemId: $agendaItemId) {\n      ...SpeakersStateFields\n    }\n  }\n": types.SpeakersDocument,
    "\n  mutation RequestFloor($input: RequestFloorInput!) {\n    requestFloor(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n": types.RequestFloorDocument,
    "\n  mutation WithdrawFloorRequest($input: AgendaItemIdInput!) {\n    withdrawFloorRequest(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n": types.WithdrawFloorRequestDocument,
    "\n  mutation GiveFloor($input: GiveFloorInput!) {\n    giveFloor(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n": types.GiveFloorDocument,
    "\n  mutation EndFloor($input: AgendaItemIdInput!) {\n    endFloor(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n": types.EndFloorDocument,
    "\n  mutation ReorderSpeakers($input: ReorderSpeakersInput!) {\n    reorderSpeakers(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n": types.ReorderSpeakersDocument,
    "\n  mutation SetSpeakingRules($input: SetSpeakingRulesInput!) {\n    setSpeakingRules(input: $input) {\n      id\n    }\n  }\n": types.SetSpeakingRulesDocument,
    "\n  query MeetingQuorum($id: ID!) {\n    meeting(id: $id) {\n      id\n      quorum {\n        members\n        present\n        required\n        reached\n      }\n    }\n  }\n": types.MeetingQuorumDocument,
    "\n  fragment VoteFields on Vote {\n    id\n    question\n    options\n    secrecy\n    allowChange\n    eligibility\n    status\n    cast\n    eligible\n    canVote\n    hasVoted\n    openedAt\n    closedAt\n    agendaItem {\n      id\n      title\n    }\n    results {\n      cast\n      eligible\n      turnout\n      counts {\n        option\n        count\n      }\n      quorum {\n        members\n        present\n        required\n        reached\n      }\n    }\n    decision {\n      id\n      text\n    }\n    proxies {\n      grantor {\n        id\n        fullName\n      }\n      holder {\n        id\n        fullName\n      }\n    }\n    voters {\n      id\n    }\n    namedVotes {\n      option\n      deputy {\n        id\n        fullName\n      }\n      castBy {\n        id\n        fullName\n      }\n    }\n  }\n": types.VoteFieldsFragmentDoc,
    "\n  query MeetingVotes($id: ID!) {\n    meeting(id: $id) {\n      id\n      group {\n        id\n        members {\n          id\n          deputy {\n            id\n            fullName\n          }\n        }\n      }\n      votes {\n        ...VoteFields\n      }\n    }\n  }\n": types.MeetingVotesDocument,
    "\n  mutation OpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      ...VoteFields\n    }\n  }\n": types.OpenVoteDocument,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      cast\n      eligible\n      firstCast\n      receipt\n      vote {\n        ...VoteFields\n      }\n    }\n  }\n": types.CastVoteDocument,
    "\n  mutation CloseVote($input: CloseVoteInput!) {\n    closeVote(input: $input) {\n      vote {\n        ...VoteFields\n      }\n    }\n  }\n": types.CloseVoteDocument,
    "\n  mutation RecordVoteDecision($input: RecordVoteDecisionInput!) {\n    recordVoteDecision(input: $input) {\n      ...VoteFields\n    }\n  }\n": types.RecordVoteDecisionDocument,
    "\n  query MeetingSpeakingStats($meetingId: ID!) {\n    speakingStats(input: { meetingId: $meetingId }) {\n      totalSeconds\n      speeches\n      byGender {\n        gender\n        seconds\n        share\n      }\n    }\n  }\n": types.MeetingSpeakingStatsDocument,
    "\n  query RecordsTerms {\n    currentTerm {\n      id\n    }\n    terms {\n      id\n      name\n    }\n  }\n": types.RecordsTermsDocument,
    "\n  query RecordsGroups($termId: ID!) {\n    workingGroups(termId: $termId) {\n      id\n      name\n    }\n  }\n": types.RecordsGroupsDocument,
    "\n  query RecordsMeetings($groupId: ID!) {\n    meetings(filter: { groupId: $groupId, when: PAST, limit: 100 }) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n": types.RecordsMeetingsDocument,
    "\n  query AttendanceRecord($termId: ID!, $groupId: ID) {\n    attendanceRecord(termId: $termId, groupId: $groupId) {\n      deputyId\n      fullName\n      meetings\n      present\n      excused\n      absent\n      rate\n    }\n  }\n": types.AttendanceRecordDocument,
    "\n  query SpeakingStats($input: SpeakingStatsInput!) {\n    speakingStats(input: $input) {\n      speeches\n      totalSeconds\n      byGender {\n        gender\n        seconds\n        speeches\n        share\n      }\n      byPerson {\n        deputyId\n        fullName\n        seconds\n        speeches\n      }\n    }\n  }\n": types.SpeakingStatsDocument,
    "\n  query ReportPage($id: ID!) {\n    fieldReport(id: $id) {\n      id\n      title\n      body\n      status\n      theme\n      territory\n      territoryLabel\n      createdAt\n      author {\n        id\n        fullName\n      }\n      routedGroup {\n        id\n        name\n      }\n      agendaItem {\n        id\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n      decision {\n        id\n        text\n      }\n      history {\n        at\n        fromStatus\n        toStatus\n        note\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ReportPageDocument,
    "\n  mutation SubmitFieldReport($input: SubmitFieldReportInput!) {\n    submitFieldReport(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.SubmitFieldReportDocument,
    "\n  fragment ReportTriage_report on FieldReport {\n    id\n    title\n    body\n    status\n    theme\n    territory\n    territoryLabel\n    anonymisedTestimony\n    createdAt\n    author {\n      id\n      fullName\n    }\n    routedGroup {\n      id\n      name\n    }\n    viewerCan {\n      route\n      coordinate\n    }\n    agendaItem {\n      id\n      meeting {\n        id\n        title\n      }\n    }\n    history {\n      at\n      fromStatus\n      toStatus\n      note\n      by {\n        id\n        displayName\n      }\n    }\n  }\n": types.ReportTriage_ReportFragmentDoc,
    "\n  query ReportsPage($status: FieldReportStatus) {\n    me {\n      id\n      role\n    }\n    workingGroups {\n      id\n      name\n      viewerCan {\n        coordinate\n      }\n    }\n    meetings(filter: { when: UPCOMING, limit: 60 }) {\n      id\n      title\n      status\n      startsAt\n      group {\n        id\n      }\n    }\n    fieldReports(filter: { status: $status, limit: 50 }) {\n      id\n      ...ReportTriage_report\n    }\n  }\n": types.ReportsPageDocument,
    "\n  mutation RouteFieldReport($input: RouteFieldReportInput!) {\n    routeFieldReport(input: $input) {\n      id\n      ...ReportTriage_report\n    }\n  }\n": types.RouteFieldReportDocument,
    "\n  mutation PlaceReportOnAgenda($input: PlaceReportOnAgendaInput!) {\n    placeReportOnAgenda(input: $input) {\n      id\n      ...ReportTriage_report\n    }\n  }\n": types.PlaceReportOnAgendaDocument,
    "\n  mutation CloseFieldReport($input: CloseFieldReportInput!) {\n    closeFieldReport(input: $input) {\n      id\n      ...ReportTriage_report\n    }\n  }\n": types.CloseFieldReportDocument,
    "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      hasMore\n      endCursor\n      hits {\n        kind\n        id\n        at\n        title\n        groupId\n        groupName\n        meetingId\n        meetingTitle\n        authorName\n        seq\n        minutesVersion\n        textId\n        number\n        snippet {\n          text\n          match\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchFilters {\n    workingGroups {\n      id\n      name\n    }\n    deputies {\n      id\n      fullName\n    }\n  }\n": types.SearchFiltersDocument,
    "\n  query MessageContext($groupId: ID!, $afterSeq: Int!, $limit: Int!) {\n    workingGroup(id: $groupId) {\n      id\n      name\n    }\n    messages(groupId: $groupId, afterSeq: $afterSeq, limit: $limit) {\n      id\n      seq\n      body\n      deleted\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.MessageContextDocument,
    "\n  query MinutesVersions($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      title\n      minutesVersions {\n        version\n        body\n        createdAt\n      }\n    }\n  }\n": types.MinutesVersionsDocument,
    "\n  fragment ParityLine_term on Term {\n    seatCount\n    parity {\n      women\n      total\n      minimumWomen\n      satisfied\n      vacant\n      reachable\n    }\n  }\n": types.ParityLine_TermFragmentDoc,
    "\n  fragment SeatList_term on Term {\n    startsOn\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n          territoryLabel\n        }\n      }\n      history {\n        id\n        startsOn\n        endsOn\n        endReason\n        deputy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.SeatList_TermFragmentDoc,
    "\n  fragment Hemicycle_term on Term {\n    seatCount\n    parity {\n      women\n      minimumWomen\n      satisfied\n    }\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        deputy {\n          id\n          fullName\n          gender\n        }\n      }\n    }\n  }\n": types.Hemicycle_TermFragmentDoc,
    "\n  query CurrentTerm {\n    currentTerm {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      ...ParityLine_term\n      ...Hemicycle_term\n      ...SeatList_term\n    }\n  }\n": types.CurrentTermDocument,
    "\n  query TermAdmin {\n    me {\n      id\n      role\n    }\n    deputies {\n      id\n      fullName\n      gender\n      currentMandate {\n        id\n      }\n    }\n  }\n": types.TermAdminDocument,
    "\n  mutation AssignSeat($input: AssignSeatInput!) {\n    assignSeat(input: $input) {\n      mandate {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n": types.AssignSeatDocument,
    "\n  mutation EndMandate($input: EndMandateInput!) {\n    endMandate(input: $input) {\n      mandate {\n        id\n        endsOn\n        endReason\n      }\n      successor {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n": types.EndMandateDocument,
    "\n  mutation CreateTerm($input: CreateTermInput!) {\n    createTerm(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n    }\n  }\n": types.CreateTermDocument,
    "\n  query Territories {\n    territories {\n      code\n      label\n      kind\n    }\n  }\n": types.TerritoriesDocument,
    "\n  query GroupTexts($groupId: ID!) {\n    workingGroup(id: $groupId) {\n      id\n      viewerCan {\n        coordinate\n      }\n    }\n    me {\n      id\n      deputy {\n        id\n      }\n    }\n    texts(groupId: $groupId, first: 50) {\n      id\n      title\n      kind\n      status\n      amendmentDeadline\n      updatedAt\n    }\n  }\n": types.GroupTextsDocument,
    "\n  mutation CreateText($input: CreateTextInput!) {\n    createText(input: $input) {\n      id\n    }\n  }\n": types.CreateTextDocument,
    "\n  query TextPage($id: ID!) {\n    text(id: $id) {\n      id\n      title\n      kind\n      status\n      amendmentDeadline\n      decidedAt\n      group {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        agree\n        amend\n        coordinate\n      }\n      authors {\n        agreed\n        deputy {\n          id\n          fullName\n        }\n      }\n      fieldReports {\n        id\n        title\n      }\n      currentVersion {\n        id\n        number\n        paragraphs {\n          id\n          text\n          firstLine\n          lastLine\n        }\n      }\n      versions {\n        id\n        number\n        origin\n        createdAt\n      }\n      amendments {\n        id\n        number\n        status\n        reason\n        procedure\n        procedureNote\n        staleParagraphIds\n        author {\n          id\n          fullName\n        }\n        signers {\n          id\n          fullName\n        }\n        version {\n          id\n          number\n        }\n        targets {\n          id\n          text\n          firstLine\n          lastLine\n        }\n        changes {\n          kind\n          paragraphId\n          afterId\n          text\n        }\n        block {\n          id\n          name\n        }\n        agendaItem {\n          id\n        }\n      }\n      overlaps {\n        amendmentIds\n      }\n      blocks {\n        id\n        name\n        agendaItem {\n          id\n        }\n      }\n      pendingCollisions {\n        amendmentId\n        paragraphId\n        base\n        ours\n        theirs\n      }\n      agendaItem {\n        id\n      }\n    }\n  }\n": types.TextPageDocument,
    "\n  query TextMeetings($groupId: ID!) {\n    meetings(filter: { groupId: $groupId }) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n": types.TextMeetingsDocument,
    "\n  query TextVersions($id: ID!, $from: Int!, $to: Int!) {\n    text(id: $id) {\n      id\n      from: version(number: $from) {\n        id\n        number\n        paragraphs {\n          id\n          text\n          firstLine\n          lastLine\n        }\n      }\n      to: version(number: $to) {\n        id\n        number\n        paragraphs {\n          id\n          text\n          firstLine\n          lastLine\n        }\n      }\n    }\n  }\n": types.TextVersionsDocument,
    "\n  mutation AgreeToText($input: TextRefInput!) {\n    agreeToText(input: $input) {\n      id\n    }\n  }\n": types.AgreeToTextDocument,
    "\n  mutation UpdateTextDraft($input: UpdateTextDraftInput!) {\n    updateTextDraft(input: $input) {\n      id\n    }\n  }\n": types.UpdateTextDraftDocument,
    "\n  mutation OpenTextForAmendments($input: OpenTextForAmendmentsInput!) {\n    openTextForAmendments(input: $input) {\n      id\n      status\n    }\n  }\n": types.OpenTextForAmendmentsDocument,
    "\n  mutation PlaceTextOnAgenda($input: PlaceTextOnAgendaInput!) {\n    placeTextOnAgenda(input: $input) {\n      id\n      status\n    }\n  }\n": types.PlaceTextOnAgendaDocument,
    "\n  mutation WithdrawText($input: TextRefInput!) {\n    withdrawText(input: $input) {\n      id\n      status\n    }\n  }\n": types.WithdrawTextDocument,
    "\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      id\n      number\n    }\n  }\n": types.ProposeAmendmentDocument,
    "\n  mutation CosignAmendment($input: AmendmentRefInput!) {\n    cosignAmendment(input: $input) {\n      id\n    }\n  }\n": types.CosignAmendmentDocument,
    "\n  mutation SetAmendmentProcedure($input: SetAmendmentProcedureInput!) {\n    setAmendmentProcedure(input: $input) {\n      id\n      procedure\n    }\n  }\n": types.SetAmendmentProcedureDocument,
    "\n  mutation CreateAmendmentBlock($input: CreateAmendmentBlockInput!) {\n    createAmendmentBlock(input: $input) {\n      id\n    }\n  }\n": types.CreateAmendmentBlockDocument,
    "\n  mutation PlaceAmendmentOnAgenda($input: PlaceAmendmentOnAgendaInput!) {\n    placeAmendmentOnAgenda(input: $input) {\n      id\n    }\n  }\n": types.PlaceAmendmentOnAgendaDocument,
    "\n  mutation ResolveAmendmentCollision($input: ResolveAmendmentCollisionInput!) {\n    resolveAmendmentCollision(input: $input) {\n      id\n      status\n    }\n  }\n": types.ResolveAmendmentCollisionDocument,
    "\n  fragment TimePollFields on TimePoll {\n    id\n    title\n    description\n    status\n    timeZone\n    createdAt\n    closedAt\n    bestSlotId\n    meeting {\n      id\n      title\n      startsAt\n    }\n    slots {\n      id\n      startsAt\n      endsAt\n      tally {\n        yes\n        ifNeedBe\n        no\n      }\n      answers {\n        answer\n        deputy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.TimePollFieldsFragmentDoc,
    "\n  query GroupTimePolls($groupId: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    workingGroup(id: $groupId) {\n      id\n      name\n      viewerCan {\n        coordinate\n      }\n      members {\n        id\n        deputy {\n          id\n        }\n      }\n    }\n    timePolls(groupId: $groupId) {\n      ...TimePollFields\n    }\n  }\n": types.GroupTimePollsDocument,
    "\n  mutation CreateTimePoll($input: CreateTimePollInput!) {\n    createTimePoll(input: $input) {\n      ...TimePollFields\n    }\n  }\n": types.CreateTimePollDocument,
    "\n  mutation AnswerTimePoll($input: AnswerTimePollInput!) {\n    answerTimePoll(input: $input) {\n      ...TimePollFields\n    }\n  }\n": types.AnswerTimePollDocument,
    "\n  mutation ScheduleFromTimePoll($input: ScheduleFromTimePollInput!) {\n    scheduleFromTimePoll(input: $input) {\n      meeting {\n        id\n        title\n        startsAt\n      }\n      poll {\n        ...TimePollFields\n      }\n      conflicts {\n        ...ConflictWarnings_conflict\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n": types.ScheduleFromTimePollDocument,
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
export function graphql(source: "\n  query AccountsPage {\n    me {\n      id\n      role\n    }\n    users {\n      id\n      email\n      displayName\n      role\n      locale\n      disabled\n      deputy {\n        id\n        fullName\n      }\n    }\n    deputies {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query AccountsPage {\n    me {\n      id\n      role\n    }\n    users {\n      id\n      email\n      displayName\n      role\n      locale\n      disabled\n      deputy {\n        id\n        fullName\n      }\n    }\n    deputies {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      password\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      password\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasMore\n      endCursor\n      entries {\n        id\n        action\n        at\n        entityType\n        entityId\n        data\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasMore\n      endCursor\n      entries {\n        id\n        action\n        at\n        entityType\n        entityId\n        data\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors {\n    users {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query AuditActors {\n    users {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n        mustChangePassword\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n        mustChangePassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPage {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query AccountPage {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query CalendarRange($from: DateTime!, $to: DateTime!) {\n    meetings(filter: { from: $from, to: $to, limit: 100 }) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      group {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarRange($from: DateTime!, $to: DateTime!) {\n    meetings(filter: { from: $from, to: $to, limit: 100 }) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      group {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AddToCalendar {\n    calendarFeed {\n      token\n    }\n  }\n"): (typeof documents)["\n  query AddToCalendar {\n    calendarFeed {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeputyProfile_deputy on Deputy {\n    id\n    fullName\n    gender\n    territory\n    territoryLabel\n    languages\n    skills\n    bio\n    eligibilityAttestedOn\n    currentMandate {\n      id\n      startsOn\n      seat {\n        id\n        number\n      }\n    }\n    memberships {\n      id\n      role\n      group {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DeputyProfile_deputy on Deputy {\n    id\n    fullName\n    gender\n    territory\n    territoryLabel\n    languages\n    skills\n    bio\n    eligibilityAttestedOn\n    currentMandate {\n      id\n      startsOn\n      seat {\n        id\n        number\n      }\n    }\n    memberships {\n      id\n      role\n      group {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deputies {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    deputies {\n      id\n      fullName\n      territory\n      territoryLabel\n      languages\n      skills\n      currentMandate {\n        id\n        seat {\n          id\n          number\n        }\n      }\n      memberships {\n        id\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deputies {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    deputies {\n      id\n      fullName\n      territory\n      territoryLabel\n      languages\n      skills\n      currentMandate {\n        id\n        seat {\n          id\n          number\n        }\n      }\n      memberships {\n        id\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deputy($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    deputy(id: $id) {\n      ...DeputyProfile_deputy\n    }\n  }\n"): (typeof documents)["\n  query Deputy($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    deputy(id: $id) {\n      ...DeputyProfile_deputy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeputy($input: CreateDeputyInput!) {\n    createDeputy(input: $input) {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDeputy($input: CreateDeputyInput!) {\n    createDeputy(input: $input) {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeputy($input: UpdateDeputyInput!) {\n    updateDeputy(input: $input) {\n      ...DeputyProfile_deputy\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeputy($input: UpdateDeputyInput!) {\n    updateDeputy(input: $input) {\n      ...DeputyProfile_deputy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups {\n    workingGroups {\n      id\n      name\n      theme\n      description\n      unreadCount\n      members {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Groups {\n    workingGroups {\n      id\n      name\n      theme\n      description\n      unreadCount\n      members {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    workingGroup(id: $id) {\n      id\n      name\n      theme\n      description\n      viewerCan {\n        coordinate\n        discuss\n        moderate\n      }\n      coordinators {\n        id\n        displayName\n      }\n      members {\n        id\n        role\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n          territoryLabel\n        }\n      }\n    }\n    upcoming: meetings(filter: { groupId: $id, when: UPCOMING, limit: 8 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    past: meetings(filter: { groupId: $id, when: PAST, limit: 5 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { groupId: $id, limit: 50 }) {\n      id\n      ...FieldReportItem_report\n    }\n  }\n"): (typeof documents)["\n  query GroupPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    workingGroup(id: $id) {\n      id\n      name\n      theme\n      description\n      viewerCan {\n        coordinate\n        discuss\n        moderate\n      }\n      coordinators {\n        id\n        displayName\n      }\n      members {\n        id\n        role\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n          territoryLabel\n        }\n      }\n    }\n    upcoming: meetings(filter: { groupId: $id, when: UPCOMING, limit: 8 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    past: meetings(filter: { groupId: $id, when: PAST, limit: 5 }) {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { groupId: $id, limit: 50 }) {\n      id\n      ...FieldReportItem_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewGroupTerm {\n    currentTerm {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query NewGroupTerm {\n    currentTerm {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupDeputyChoices {\n    deputies {\n      id\n      fullName\n      territory\n      territoryLabel\n    }\n  }\n"): (typeof documents)["\n  query GroupDeputyChoices {\n    deputies {\n      id\n      fullName\n      territory\n      territoryLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupCoordinatorChoices {\n    users {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query GroupCoordinatorChoices {\n    users {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGroupMember($input: AddGroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n      role\n      scheduleConflicts {\n        ...ConflictWarnings_conflict\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddGroupMember($input: AddGroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n      role\n      scheduleConflicts {\n        ...ConflictWarnings_conflict\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGroupCoordinator($input: AddGroupCoordinatorInput!) {\n    addGroupCoordinator(input: $input) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddGroupCoordinator($input: AddGroupCoordinatorInput!) {\n    addGroupCoordinator(input: $input) {\n      id\n      coordinators {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsYou {\n    needsMe {\n      liveMeetings {\n        id\n        title\n        group {\n          id\n          name\n        }\n      }\n      openVotes {\n        id\n        question\n        meeting {\n          id\n          title\n        }\n      }\n      openTimePolls {\n        pollId\n        groupId\n        groupName\n        title\n      }\n      actionItems {\n        actionItemId\n        title\n        dueOn\n        meetingId\n        meetingTitle\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedsYou {\n    needsMe {\n      liveMeetings {\n        id\n        title\n        group {\n          id\n          name\n        }\n      }\n      openVotes {\n        id\n        question\n        meeting {\n          id\n          title\n        }\n      }\n      openTimePolls {\n        pollId\n        groupId\n        groupName\n        title\n      }\n      actionItems {\n        actionItemId\n        title\n        dueOn\n        meetingId\n        meetingTitle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FieldReportItem_report on FieldReport {\n    id\n    title\n    status\n    theme\n    territory\n    territoryLabel\n    createdAt\n    author {\n      id\n      fullName\n    }\n    routedGroup {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FieldReportItem_report on FieldReport {\n    id\n    title\n    status\n    theme\n    territory\n    territoryLabel\n    createdAt\n    author {\n      id\n      fullName\n    }\n    routedGroup {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    me {\n      id\n      displayName\n      role\n      deputy {\n        id\n      }\n    }\n    workingGroups {\n      id\n      name\n      theme\n      unreadCount\n      viewerCan {\n        coordinate\n      }\n    }\n    meetings(filter: { when: UPCOMING, limit: 40 }) {\n      id\n      group {\n        id\n      }\n      myAttendance {\n        deputy {\n          id\n        }\n      }\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { limit: 50 }) {\n      id\n      author {\n        id\n      }\n      ...FieldReportItem_report\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    me {\n      id\n      displayName\n      role\n      deputy {\n        id\n      }\n    }\n    workingGroups {\n      id\n      name\n      theme\n      unreadCount\n      viewerCan {\n        coordinate\n      }\n    }\n    meetings(filter: { when: UPCOMING, limit: 40 }) {\n      id\n      group {\n        id\n      }\n      myAttendance {\n        deputy {\n          id\n        }\n      }\n      ...MeetingItem_meeting\n    }\n    fieldReports(filter: { limit: 50 }) {\n      id\n      author {\n        id\n      }\n      ...FieldReportItem_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($input: SetMyLocaleInput!) {\n    setMyLocale(input: $input) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLocale {\n    me {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  query MyLocale {\n    me {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSession($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    meeting(id: $id) {\n      id\n      title\n      status\n      ...MeetingRun_meeting\n      startsAt\n      endsAt\n      timeZone\n      viewerCan {\n        run\n        moderate\n        attend\n      }\n      group {\n        id\n        name\n        members {\n          id\n          role\n          deputy {\n            id\n          }\n        }\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        id\n        position\n        title\n        durationMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveSession($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    meeting(id: $id) {\n      id\n      title\n      status\n      ...MeetingRun_meeting\n      startsAt\n      endsAt\n      timeZone\n      viewerCan {\n        run\n        moderate\n        attend\n      }\n      group {\n        id\n        name\n        members {\n          id\n          role\n          deputy {\n            id\n          }\n        }\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        id\n        position\n        title\n        durationMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCurrentAgendaItem($input: SetCurrentAgendaItemInput!) {\n    setCurrentAgendaItem(input: $input) {\n      id\n      currentAgendaItem {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCurrentAgendaItem($input: SetCurrentAgendaItemInput!) {\n    setCurrentAgendaItem(input: $input) {\n      id\n      currentAgendaItem {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkChannelRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      id\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkChannelRead($input: MarkChannelReadInput!) {\n    markChannelRead(input: $input) {\n      id\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SentMails($first: Int!, $after: String) {\n    sentMails(first: $first, after: $after) {\n      mails {\n        id\n        to\n        subject\n        locale\n        status\n        text\n        calendarMethod\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n      hasMore\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  query SentMails($first: Int!, $after: String) {\n    sentMails(first: $first, after: $after) {\n      mails {\n        id\n        to\n        subject\n        locale\n        status\n        text\n        calendarMethod\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n      hasMore\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConflictWarnings_conflict on MeetingConflict {\n    deputyId\n    deputyName\n    startsAt\n    meeting {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ConflictWarnings_conflict on MeetingConflict {\n    deputyId\n    deputyName\n    startsAt\n    meeting {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingRun_meeting on Meeting {\n    id\n    title\n    status\n    startsAt\n    timeZone\n    reopenableUntil\n    viewerCan {\n      run\n      coordinate\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingRun_meeting on Meeting {\n    id\n    title\n    status\n    startsAt\n    timeZone\n    reopenableUntil\n    viewerCan {\n      run\n      coordinate\n    }\n  }\n"];
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
export function graphql(source: "\n  query MeetingPage($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    meeting(id: $id) {\n      id\n      title\n      attendanceFinal\n      ...MeetingRun_meeting\n      description\n      startsAt\n      endsAt\n      timeZone\n      status\n      place\n      onlineUrl\n      cancelReason\n      minutes\n      minutesVersions {\n        version\n        createdAt\n      }\n      series {\n        id\n        rrule\n      }\n      viewerCan {\n        coordinate\n        run\n      }\n      group {\n        id\n        name\n      }\n      quorum {\n        members\n        required\n        confirmed\n        present\n        reached\n        expected\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n      attendance {\n        response\n        present\n        deputy {\n          id\n          fullName\n        }\n      }\n      myAttendance {\n        response\n      }\n      ...Rsvp_meeting\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    meeting(id: $id) {\n      id\n      title\n      attendanceFinal\n      ...MeetingRun_meeting\n      description\n      startsAt\n      endsAt\n      timeZone\n      status\n      place\n      onlineUrl\n      cancelReason\n      minutes\n      minutesVersions {\n        version\n        createdAt\n      }\n      series {\n        id\n        rrule\n      }\n      viewerCan {\n        coordinate\n        run\n      }\n      group {\n        id\n        name\n      }\n      quorum {\n        members\n        required\n        confirmed\n        present\n        reached\n        expected\n      }\n      currentAgendaItem {\n        id\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n      attendance {\n        response\n        present\n        deputy {\n          id\n          fullName\n        }\n      }\n      myAttendance {\n        response\n      }\n      ...Rsvp_meeting\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation StartMeeting($input: StartMeetingInput!) {\n    startMeeting(input: $input) {\n      id\n      status\n      startedAt\n      attendanceFinal\n      reopenableUntil\n      currentAgendaItem {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartMeeting($input: StartMeetingInput!) {\n    startMeeting(input: $input) {\n      id\n      status\n      startedAt\n      attendanceFinal\n      reopenableUntil\n      currentAgendaItem {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMeeting($input: MeetingIdInput!) {\n    endMeeting(input: $input) {\n      id\n      status\n      endedAt\n      attendanceFinal\n      reopenableUntil\n    }\n  }\n"): (typeof documents)["\n  mutation EndMeeting($input: MeetingIdInput!) {\n    endMeeting(input: $input) {\n      id\n      status\n      endedAt\n      attendanceFinal\n      reopenableUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenMeeting($input: MeetingIdInput!) {\n    reopenMeeting(input: $input) {\n      id\n      status\n      endedAt\n      attendanceFinal\n      reopenableUntil\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenMeeting($input: MeetingIdInput!) {\n    reopenMeeting(input: $input) {\n      id\n      status\n      endedAt\n      attendanceFinal\n      reopenableUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        id\n        title\n      }\n      occurrences {\n        id\n        startsAt\n      }\n      conflicts {\n        ...ConflictWarnings_conflict\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        id\n        title\n      }\n      occurrences {\n        id\n        startsAt\n      }\n      conflicts {\n        ...ConflictWarnings_conflict\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) {\n      meeting {\n        id\n        startsAt\n        endsAt\n      }\n      occurrences {\n        id\n      }\n      conflicts {\n        ...ConflictWarnings_conflict\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {\n    rescheduleMeeting(input: $input) {\n      meeting {\n        id\n        startsAt\n        endsAt\n      }\n      occurrences {\n        id\n      }\n      conflicts {\n        ...ConflictWarnings_conflict\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        id\n        status\n        cancelReason\n      }\n      occurrences {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        id\n        status\n        cancelReason\n      }\n      occurrences {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($input: RemoveAgendaItemInput!) {\n    removeAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAgendaItem($input: RemoveAgendaItemInput!) {\n    removeAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMinutes($input: UpdateMinutesInput!) {\n    updateMinutes(input: $input) {\n      id\n      minutes\n      minutesVersions {\n        version\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMinutes($input: UpdateMinutesInput!) {\n    updateMinutes(input: $input) {\n      id\n      minutes\n      minutesVersions {\n        version\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingOutcomes($id: ID!) {\n    meeting(id: $id) {\n      id\n      agenda {\n        id\n        position\n        title\n      }\n      decisions {\n        id\n        text\n        votesFor\n        votesAgainst\n        votesAbstain\n        createdAt\n        agendaItem {\n          id\n          title\n        }\n      }\n      actionItems {\n        id\n        title\n        status\n        dueOn\n        assignee {\n          id\n          fullName\n        }\n      }\n      group {\n        id\n        members {\n          id\n          deputy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingOutcomes($id: ID!) {\n    meeting(id: $id) {\n      id\n      agenda {\n        id\n        position\n        title\n      }\n      decisions {\n        id\n        text\n        votesFor\n        votesAgainst\n        votesAbstain\n        createdAt\n        agendaItem {\n          id\n          title\n        }\n      }\n      actionItems {\n        id\n        title\n        status\n        dueOn\n        assignee {\n          id\n          fullName\n        }\n      }\n      group {\n        id\n        members {\n          id\n          deputy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      text\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignAction($input: AssignActionInput!) {\n    assignAction(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation AssignAction($input: AssignActionInput!) {\n    assignAction(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActionStatus($input: SetActionStatusInput!) {\n    setActionStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetActionStatus($input: SetActionStatusInput!) {\n    setActionStatus(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    lines\n    path\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    lines\n    path\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n      hasMore\n      totalCount\n      endCursor\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        ...NotificationItem_notification\n      }\n      hasMore\n      totalCount\n      endCursor\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      marked\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      channels {\n        kind\n        inApp\n        email\n        mandatory\n      }\n      reminderMinutes\n      reminderChoices\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      channels {\n        kind\n        inApp\n        email\n        mandatory\n      }\n      reminderMinutes\n      reminderChoices\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      channels {\n        kind\n        inApp\n        email\n        mandatory\n      }\n      reminderMinutes\n      reminderChoices\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      channels {\n        kind\n        inApp\n        email\n        mandatory\n      }\n      reminderMinutes\n      reminderChoices\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offline {\n    me {\n      id\n      displayName\n    }\n    workingGroups {\n      id\n      name\n    }\n    auditLog {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Offline {\n    me {\n      id\n      displayName\n    }\n    workingGroups {\n      id\n      name\n    }\n    auditLog {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpeakersStateFields on SpeakersState {\n    meetingId\n    agendaItemId\n    speakingTimeSeconds\n    alternating\n    rule\n    serverTime\n    current {\n      speechId\n      deputyId\n      fullName\n      pointOfOrder\n      startedAt\n      allottedSeconds\n      endsAt\n    }\n    queue {\n      requestId\n      deputyId\n      fullName\n      pointOfOrder\n      firstTime\n      requestedAt\n    }\n  }\n"): (typeof documents)["\n  fragment SpeakersStateFields on SpeakersState {\n    meetingId\n    agendaItemId\n    speakingTimeSeconds\n    alternating\n    rule\n    serverTime\n    current {\n      speechId\n      deputyId\n      fullName\n      pointOfOrder\n      startedAt\n      allottedSeconds\n      endsAt\n    }\n    queue {\n      requestId\n      deputyId\n      fullName\n      pointOfOrder\n      firstTime\n      requestedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Speakers($agendaItemId: ID!) {\n    speakers(agendaItemId: $agendaItemId) {\n      ...SpeakersStateFields\n    }\n  }\n"): (typeof documents)["\n  query Speakers($agendaItemId: ID!) {\n    speakers(agendaItemId: $agendaItemId) {\n      ...SpeakersStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestFloor($input: RequestFloorInput!) {\n    requestFloor(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestFloor($input: RequestFloorInput!) {\n    requestFloor(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawFloorRequest($input: AgendaItemIdInput!) {\n    withdrawFloorRequest(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawFloorRequest($input: AgendaItemIdInput!) {\n    withdrawFloorRequest(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveFloor($input: GiveFloorInput!) {\n    giveFloor(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation GiveFloor($input: GiveFloorInput!) {\n    giveFloor(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndFloor($input: AgendaItemIdInput!) {\n    endFloor(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndFloor($input: AgendaItemIdInput!) {\n    endFloor(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderSpeakers($input: ReorderSpeakersInput!) {\n    reorderSpeakers(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderSpeakers($input: ReorderSpeakersInput!) {\n    reorderSpeakers(input: $input) {\n      ...SpeakersStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSpeakingRules($input: SetSpeakingRulesInput!) {\n    setSpeakingRules(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetSpeakingRules($input: SetSpeakingRulesInput!) {\n    setSpeakingRules(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingQuorum($id: ID!) {\n    meeting(id: $id) {\n      id\n      quorum {\n        members\n        present\n        required\n        reached\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingQuorum($id: ID!) {\n    meeting(id: $id) {\n      id\n      quorum {\n        members\n        present\n        required\n        reached\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteFields on Vote {\n    id\n    question\n    options\n    secrecy\n    allowChange\n    eligibility\n    status\n    cast\n    eligible\n    canVote\n    hasVoted\n    openedAt\n    closedAt\n    agendaItem {\n      id\n      title\n    }\n    results {\n      cast\n      eligible\n      turnout\n      counts {\n        option\n        count\n      }\n      quorum {\n        members\n        present\n        required\n        reached\n      }\n    }\n    decision {\n      id\n      text\n    }\n    proxies {\n      grantor {\n        id\n        fullName\n      }\n      holder {\n        id\n        fullName\n      }\n    }\n    voters {\n      id\n    }\n    namedVotes {\n      option\n      deputy {\n        id\n        fullName\n      }\n      castBy {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VoteFields on Vote {\n    id\n    question\n    options\n    secrecy\n    allowChange\n    eligibility\n    status\n    cast\n    eligible\n    canVote\n    hasVoted\n    openedAt\n    closedAt\n    agendaItem {\n      id\n      title\n    }\n    results {\n      cast\n      eligible\n      turnout\n      counts {\n        option\n        count\n      }\n      quorum {\n        members\n        present\n        required\n        reached\n      }\n    }\n    decision {\n      id\n      text\n    }\n    proxies {\n      grantor {\n        id\n        fullName\n      }\n      holder {\n        id\n        fullName\n      }\n    }\n    voters {\n      id\n    }\n    namedVotes {\n      option\n      deputy {\n        id\n        fullName\n      }\n      castBy {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingVotes($id: ID!) {\n    meeting(id: $id) {\n      id\n      group {\n        id\n        members {\n          id\n          deputy {\n            id\n            fullName\n          }\n        }\n      }\n      votes {\n        ...VoteFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingVotes($id: ID!) {\n    meeting(id: $id) {\n      id\n      group {\n        id\n        members {\n          id\n          deputy {\n            id\n            fullName\n          }\n        }\n      }\n      votes {\n        ...VoteFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      ...VoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      ...VoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      cast\n      eligible\n      firstCast\n      receipt\n      vote {\n        ...VoteFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      cast\n      eligible\n      firstCast\n      receipt\n      vote {\n        ...VoteFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseVote($input: CloseVoteInput!) {\n    closeVote(input: $input) {\n      vote {\n        ...VoteFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseVote($input: CloseVoteInput!) {\n    closeVote(input: $input) {\n      vote {\n        ...VoteFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVoteDecision($input: RecordVoteDecisionInput!) {\n    recordVoteDecision(input: $input) {\n      ...VoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordVoteDecision($input: RecordVoteDecisionInput!) {\n    recordVoteDecision(input: $input) {\n      ...VoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingSpeakingStats($meetingId: ID!) {\n    speakingStats(input: { meetingId: $meetingId }) {\n      totalSeconds\n      speeches\n      byGender {\n        gender\n        seconds\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingSpeakingStats($meetingId: ID!) {\n    speakingStats(input: { meetingId: $meetingId }) {\n      totalSeconds\n      speeches\n      byGender {\n        gender\n        seconds\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordsTerms {\n    currentTerm {\n      id\n    }\n    terms {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RecordsTerms {\n    currentTerm {\n      id\n    }\n    terms {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordsGroups($termId: ID!) {\n    workingGroups(termId: $termId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RecordsGroups($termId: ID!) {\n    workingGroups(termId: $termId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordsMeetings($groupId: ID!) {\n    meetings(filter: { groupId: $groupId, when: PAST, limit: 100 }) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n"): (typeof documents)["\n  query RecordsMeetings($groupId: ID!) {\n    meetings(filter: { groupId: $groupId, when: PAST, limit: 100 }) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceRecord($termId: ID!, $groupId: ID) {\n    attendanceRecord(termId: $termId, groupId: $groupId) {\n      deputyId\n      fullName\n      meetings\n      present\n      excused\n      absent\n      rate\n    }\n  }\n"): (typeof documents)["\n  query AttendanceRecord($termId: ID!, $groupId: ID) {\n    attendanceRecord(termId: $termId, groupId: $groupId) {\n      deputyId\n      fullName\n      meetings\n      present\n      excused\n      absent\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeakingStats($input: SpeakingStatsInput!) {\n    speakingStats(input: $input) {\n      speeches\n      totalSeconds\n      byGender {\n        gender\n        seconds\n        speeches\n        share\n      }\n      byPerson {\n        deputyId\n        fullName\n        seconds\n        speeches\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpeakingStats($input: SpeakingStatsInput!) {\n    speakingStats(input: $input) {\n      speeches\n      totalSeconds\n      byGender {\n        gender\n        seconds\n        speeches\n        share\n      }\n      byPerson {\n        deputyId\n        fullName\n        seconds\n        speeches\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPage($id: ID!) {\n    fieldReport(id: $id) {\n      id\n      title\n      body\n      status\n      theme\n      territory\n      territoryLabel\n      createdAt\n      author {\n        id\n        fullName\n      }\n      routedGroup {\n        id\n        name\n      }\n      agendaItem {\n        id\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n      decision {\n        id\n        text\n      }\n      history {\n        at\n        fromStatus\n        toStatus\n        note\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportPage($id: ID!) {\n    fieldReport(id: $id) {\n      id\n      title\n      body\n      status\n      theme\n      territory\n      territoryLabel\n      createdAt\n      author {\n        id\n        fullName\n      }\n      routedGroup {\n        id\n        name\n      }\n      agendaItem {\n        id\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n      decision {\n        id\n        text\n      }\n      history {\n        at\n        fromStatus\n        toStatus\n        note\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFieldReport($input: SubmitFieldReportInput!) {\n    submitFieldReport(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitFieldReport($input: SubmitFieldReportInput!) {\n    submitFieldReport(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportTriage_report on FieldReport {\n    id\n    title\n    body\n    status\n    theme\n    territory\n    territoryLabel\n    anonymisedTestimony\n    createdAt\n    author {\n      id\n      fullName\n    }\n    routedGroup {\n      id\n      name\n    }\n    viewerCan {\n      route\n      coordinate\n    }\n    agendaItem {\n      id\n      meeting {\n        id\n        title\n      }\n    }\n    history {\n      at\n      fromStatus\n      toStatus\n      note\n      by {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReportTriage_report on FieldReport {\n    id\n    title\n    body\n    status\n    theme\n    territory\n    territoryLabel\n    anonymisedTestimony\n    createdAt\n    author {\n      id\n      fullName\n    }\n    routedGroup {\n      id\n      name\n    }\n    viewerCan {\n      route\n      coordinate\n    }\n    agendaItem {\n      id\n      meeting {\n        id\n        title\n      }\n    }\n    history {\n      at\n      fromStatus\n      toStatus\n      note\n      by {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsPage($status: FieldReportStatus) {\n    me {\n      id\n      role\n    }\n    workingGroups {\n      id\n      name\n      viewerCan {\n        coordinate\n      }\n    }\n    meetings(filter: { when: UPCOMING, limit: 60 }) {\n      id\n      title\n      status\n      startsAt\n      group {\n        id\n      }\n    }\n    fieldReports(filter: { status: $status, limit: 50 }) {\n      id\n      ...ReportTriage_report\n    }\n  }\n"): (typeof documents)["\n  query ReportsPage($status: FieldReportStatus) {\n    me {\n      id\n      role\n    }\n    workingGroups {\n      id\n      name\n      viewerCan {\n        coordinate\n      }\n    }\n    meetings(filter: { when: UPCOMING, limit: 60 }) {\n      id\n      title\n      status\n      startsAt\n      group {\n        id\n      }\n    }\n    fieldReports(filter: { status: $status, limit: 50 }) {\n      id\n      ...ReportTriage_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RouteFieldReport($input: RouteFieldReportInput!) {\n    routeFieldReport(input: $input) {\n      id\n      ...ReportTriage_report\n    }\n  }\n"): (typeof documents)["\n  mutation RouteFieldReport($input: RouteFieldReportInput!) {\n    routeFieldReport(input: $input) {\n      id\n      ...ReportTriage_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceReportOnAgenda($input: PlaceReportOnAgendaInput!) {\n    placeReportOnAgenda(input: $input) {\n      id\n      ...ReportTriage_report\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceReportOnAgenda($input: PlaceReportOnAgendaInput!) {\n    placeReportOnAgenda(input: $input) {\n      id\n      ...ReportTriage_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseFieldReport($input: CloseFieldReportInput!) {\n    closeFieldReport(input: $input) {\n      id\n      ...ReportTriage_report\n    }\n  }\n"): (typeof documents)["\n  mutation CloseFieldReport($input: CloseFieldReportInput!) {\n    closeFieldReport(input: $input) {\n      id\n      ...ReportTriage_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      hasMore\n      endCursor\n      hits {\n        kind\n        id\n        at\n        title\n        groupId\n        groupName\n        meetingId\n        meetingTitle\n        authorName\n        seq\n        minutesVersion\n        textId\n        number\n        snippet {\n          text\n          match\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($input: SearchInput!) {\n    search(input: $input) {\n      totalCount\n      hasMore\n      endCursor\n      hits {\n        kind\n        id\n        at\n        title\n        groupId\n        groupName\n        meetingId\n        meetingTitle\n        authorName\n        seq\n        minutesVersion\n        textId\n        number\n        snippet {\n          text\n          match\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFilters {\n    workingGroups {\n      id\n      name\n    }\n    deputies {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query SearchFilters {\n    workingGroups {\n      id\n      name\n    }\n    deputies {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageContext($groupId: ID!, $afterSeq: Int!, $limit: Int!) {\n    workingGroup(id: $groupId) {\n      id\n      name\n    }\n    messages(groupId: $groupId, afterSeq: $afterSeq, limit: $limit) {\n      id\n      seq\n      body\n      deleted\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessageContext($groupId: ID!, $afterSeq: Int!, $limit: Int!) {\n    workingGroup(id: $groupId) {\n      id\n      name\n    }\n    messages(groupId: $groupId, afterSeq: $afterSeq, limit: $limit) {\n      id\n      seq\n      body\n      deleted\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinutesVersions($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      title\n      minutesVersions {\n        version\n        body\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MinutesVersions($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      title\n      minutesVersions {\n        version\n        body\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParityLine_term on Term {\n    seatCount\n    parity {\n      women\n      total\n      minimumWomen\n      satisfied\n      vacant\n      reachable\n    }\n  }\n"): (typeof documents)["\n  fragment ParityLine_term on Term {\n    seatCount\n    parity {\n      women\n      total\n      minimumWomen\n      satisfied\n      vacant\n      reachable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeatList_term on Term {\n    startsOn\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n          territoryLabel\n        }\n      }\n      history {\n        id\n        startsOn\n        endsOn\n        endReason\n        deputy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SeatList_term on Term {\n    startsOn\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        startsOn\n        deputy {\n          id\n          fullName\n          territory\n          territoryLabel\n        }\n      }\n      history {\n        id\n        startsOn\n        endsOn\n        endReason\n        deputy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Hemicycle_term on Term {\n    seatCount\n    parity {\n      women\n      minimumWomen\n      satisfied\n    }\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        deputy {\n          id\n          fullName\n          gender\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment Hemicycle_term on Term {\n    seatCount\n    parity {\n      women\n      minimumWomen\n      satisfied\n    }\n    seats {\n      id\n      number\n      currentMandate {\n        id\n        deputy {\n          id\n          fullName\n          gender\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentTerm {\n    currentTerm {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      ...ParityLine_term\n      ...Hemicycle_term\n      ...SeatList_term\n    }\n  }\n"): (typeof documents)["\n  query CurrentTerm {\n    currentTerm {\n      id\n      name\n      status\n      startsOn\n      endsOn\n      ...ParityLine_term\n      ...Hemicycle_term\n      ...SeatList_term\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermAdmin {\n    me {\n      id\n      role\n    }\n    deputies {\n      id\n      fullName\n      gender\n      currentMandate {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TermAdmin {\n    me {\n      id\n      role\n    }\n    deputies {\n      id\n      fullName\n      gender\n      currentMandate {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignSeat($input: AssignSeatInput!) {\n    assignSeat(input: $input) {\n      mandate {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignSeat($input: AssignSeatInput!) {\n    assignSeat(input: $input) {\n      mandate {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMandate($input: EndMandateInput!) {\n    endMandate(input: $input) {\n      mandate {\n        id\n        endsOn\n        endReason\n      }\n      successor {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndMandate($input: EndMandateInput!) {\n    endMandate(input: $input) {\n      mandate {\n        id\n        endsOn\n        endReason\n      }\n      successor {\n        id\n      }\n      parity {\n        women\n        total\n        minimumWomen\n        satisfied\n        vacant\n        reachable\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTerm($input: CreateTermInput!) {\n    createTerm(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTerm($input: CreateTermInput!) {\n    createTerm(input: $input) {\n      id\n      name\n      startsOn\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Territories {\n    territories {\n      code\n      label\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Territories {\n    territories {\n      code\n      label\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupTexts($groupId: ID!) {\n    workingGroup(id: $groupId) {\n      id\n      viewerCan {\n        coordinate\n      }\n    }\n    me {\n      id\n      deputy {\n        id\n      }\n    }\n    texts(groupId: $groupId, first: 50) {\n      id\n      title\n      kind\n      status\n      amendmentDeadline\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query GroupTexts($groupId: ID!) {\n    workingGroup(id: $groupId) {\n      id\n      viewerCan {\n        coordinate\n      }\n    }\n    me {\n      id\n      deputy {\n        id\n      }\n    }\n    texts(groupId: $groupId, first: 50) {\n      id\n      title\n      kind\n      status\n      amendmentDeadline\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateText($input: CreateTextInput!) {\n    createText(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateText($input: CreateTextInput!) {\n    createText(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TextPage($id: ID!) {\n    text(id: $id) {\n      id\n      title\n      kind\n      status\n      amendmentDeadline\n      decidedAt\n      group {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        agree\n        amend\n        coordinate\n      }\n      authors {\n        agreed\n        deputy {\n          id\n          fullName\n        }\n      }\n      fieldReports {\n        id\n        title\n      }\n      currentVersion {\n        id\n        number\n        paragraphs {\n          id\n          text\n          firstLine\n          lastLine\n        }\n      }\n      versions {\n        id\n        number\n        origin\n        createdAt\n      }\n      amendments {\n        id\n        number\n        status\n        reason\n        procedure\n        procedureNote\n        staleParagraphIds\n        author {\n          id\n          fullName\n        }\n        signers {\n          id\n          fullName\n        }\n        version {\n          id\n          number\n        }\n        targets {\n          id\n          text\n          firstLine\n          lastLine\n        }\n        changes {\n          kind\n          paragraphId\n          afterId\n          text\n        }\n        block {\n          id\n          name\n        }\n        agendaItem {\n          id\n        }\n      }\n      overlaps {\n        amendmentIds\n      }\n      blocks {\n        id\n        name\n        agendaItem {\n          id\n        }\n      }\n      pendingCollisions {\n        amendmentId\n        paragraphId\n        base\n        ours\n        theirs\n      }\n      agendaItem {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TextPage($id: ID!) {\n    text(id: $id) {\n      id\n      title\n      kind\n      status\n      amendmentDeadline\n      decidedAt\n      group {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        agree\n        amend\n        coordinate\n      }\n      authors {\n        agreed\n        deputy {\n          id\n          fullName\n        }\n      }\n      fieldReports {\n        id\n        title\n      }\n      currentVersion {\n        id\n        number\n        paragraphs {\n          id\n          text\n          firstLine\n          lastLine\n        }\n      }\n      versions {\n        id\n        number\n        origin\n        createdAt\n      }\n      amendments {\n        id\n        number\n        status\n        reason\n        procedure\n        procedureNote\n        staleParagraphIds\n        author {\n          id\n          fullName\n        }\n        signers {\n          id\n          fullName\n        }\n        version {\n          id\n          number\n        }\n        targets {\n          id\n          text\n          firstLine\n          lastLine\n        }\n        changes {\n          kind\n          paragraphId\n          afterId\n          text\n        }\n        block {\n          id\n          name\n        }\n        agendaItem {\n          id\n        }\n      }\n      overlaps {\n        amendmentIds\n      }\n      blocks {\n        id\n        name\n        agendaItem {\n          id\n        }\n      }\n      pendingCollisions {\n        amendmentId\n        paragraphId\n        base\n        ours\n        theirs\n      }\n      agendaItem {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TextMeetings($groupId: ID!) {\n    meetings(filter: { groupId: $groupId }) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n"): (typeof documents)["\n  query TextMeetings($groupId: ID!) {\n    meetings(filter: { groupId: $groupId }) {\n      id\n      title\n      startsAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TextVersions($id: ID!, $from: Int!, $to: Int!) {\n    text(id: $id) {\n      id\n      from: version(number: $from) {\n        id\n        number\n        paragraphs {\n          id\n          text\n          firstLine\n          lastLine\n        }\n      }\n      to: version(number: $to) {\n        id\n        number\n        paragraphs {\n          id\n          text\n          firstLine\n          lastLine\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TextVersions($id: ID!, $from: Int!, $to: Int!) {\n    text(id: $id) {\n      id\n      from: version(number: $from) {\n        id\n        number\n        paragraphs {\n          id\n          text\n          firstLine\n          lastLine\n        }\n      }\n      to: version(number: $to) {\n        id\n        number\n        paragraphs {\n          id\n          text\n          firstLine\n          lastLine\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreeToText($input: TextRefInput!) {\n    agreeToText(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AgreeToText($input: TextRefInput!) {\n    agreeToText(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTextDraft($input: UpdateTextDraftInput!) {\n    updateTextDraft(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTextDraft($input: UpdateTextDraftInput!) {\n    updateTextDraft(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenTextForAmendments($input: OpenTextForAmendmentsInput!) {\n    openTextForAmendments(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OpenTextForAmendments($input: OpenTextForAmendmentsInput!) {\n    openTextForAmendments(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceTextOnAgenda($input: PlaceTextOnAgendaInput!) {\n    placeTextOnAgenda(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceTextOnAgenda($input: PlaceTextOnAgendaInput!) {\n    placeTextOnAgenda(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawText($input: TextRefInput!) {\n    withdrawText(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawText($input: TextRefInput!) {\n    withdrawText(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeAmendment($input: ProposeAmendmentInput!) {\n    proposeAmendment(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CosignAmendment($input: AmendmentRefInput!) {\n    cosignAmendment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CosignAmendment($input: AmendmentRefInput!) {\n    cosignAmendment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAmendmentProcedure($input: SetAmendmentProcedureInput!) {\n    setAmendmentProcedure(input: $input) {\n      id\n      procedure\n    }\n  }\n"): (typeof documents)["\n  mutation SetAmendmentProcedure($input: SetAmendmentProcedureInput!) {\n    setAmendmentProcedure(input: $input) {\n      id\n      procedure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAmendmentBlock($input: CreateAmendmentBlockInput!) {\n    createAmendmentBlock(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAmendmentBlock($input: CreateAmendmentBlockInput!) {\n    createAmendmentBlock(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceAmendmentOnAgenda($input: PlaceAmendmentOnAgendaInput!) {\n    placeAmendmentOnAgenda(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceAmendmentOnAgenda($input: PlaceAmendmentOnAgendaInput!) {\n    placeAmendmentOnAgenda(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveAmendmentCollision($input: ResolveAmendmentCollisionInput!) {\n    resolveAmendmentCollision(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveAmendmentCollision($input: ResolveAmendmentCollisionInput!) {\n    resolveAmendmentCollision(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimePollFields on TimePoll {\n    id\n    title\n    description\n    status\n    timeZone\n    createdAt\n    closedAt\n    bestSlotId\n    meeting {\n      id\n      title\n      startsAt\n    }\n    slots {\n      id\n      startsAt\n      endsAt\n      tally {\n        yes\n        ifNeedBe\n        no\n      }\n      answers {\n        answer\n        deputy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TimePollFields on TimePoll {\n    id\n    title\n    description\n    status\n    timeZone\n    createdAt\n    closedAt\n    bestSlotId\n    meeting {\n      id\n      title\n      startsAt\n    }\n    slots {\n      id\n      startsAt\n      endsAt\n      tally {\n        yes\n        ifNeedBe\n        no\n      }\n      answers {\n        answer\n        deputy {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupTimePolls($groupId: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    workingGroup(id: $groupId) {\n      id\n      name\n      viewerCan {\n        coordinate\n      }\n      members {\n        id\n        deputy {\n          id\n        }\n      }\n    }\n    timePolls(groupId: $groupId) {\n      ...TimePollFields\n    }\n  }\n"): (typeof documents)["\n  query GroupTimePolls($groupId: ID!) {\n    me {\n      id\n      role\n      deputy {\n        id\n      }\n    }\n    workingGroup(id: $groupId) {\n      id\n      name\n      viewerCan {\n        coordinate\n      }\n      members {\n        id\n        deputy {\n          id\n        }\n      }\n    }\n    timePolls(groupId: $groupId) {\n      ...TimePollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTimePoll($input: CreateTimePollInput!) {\n    createTimePoll(input: $input) {\n      ...TimePollFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTimePoll($input: CreateTimePollInput!) {\n    createTimePoll(input: $input) {\n      ...TimePollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerTimePoll($input: AnswerTimePollInput!) {\n    answerTimePoll(input: $input) {\n      ...TimePollFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerTimePoll($input: AnswerTimePollInput!) {\n    answerTimePoll(input: $input) {\n      ...TimePollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleFromTimePoll($input: ScheduleFromTimePollInput!) {\n    scheduleFromTimePoll(input: $input) {\n      meeting {\n        id\n        title\n        startsAt\n      }\n      poll {\n        ...TimePollFields\n      }\n      conflicts {\n        ...ConflictWarnings_conflict\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleFromTimePoll($input: ScheduleFromTimePollInput!) {\n    scheduleFromTimePoll(input: $input) {\n      meeting {\n        id\n        title\n        startsAt\n      }\n      poll {\n        ...TimePollFields\n      }\n      conflicts {\n        ...ConflictWarnings_conflict\n      }\n      warnings {\n        code\n        params\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;