import { graphql } from '../gql';

export const RsvpFragment = graphql(`
  fragment Rsvp_meeting on Meeting {
    id
    title
    status
    myAttendance {
      response
      deputy {
        id
      }
    }
  }
`);

export const MeetingItemFragment = graphql(`
  fragment MeetingItem_meeting on Meeting {
    id
    title
    startsAt
    endsAt
    timeZone
    status
    place
    onlineUrl
    group {
      id
      name
    }
    ...Rsvp_meeting
  }
`);

export const RespondToMeetingMutation = graphql(`
  mutation RespondToMeeting($input: RespondToMeetingInput!) {
    respondToMeeting(input: $input) {
      response
      note
      respondedAt
      present
      deputy {
        id
      }
    }
  }
`);

export const AgendaItemFieldsFragment = graphql(`
  fragment AgendaItemFields on AgendaItem {
    id
    position
    title
    description
    durationMinutes
  }
`);

export const MeetingPageQuery = graphql(`
  query MeetingPage($id: ID!) {
    me {
      id
      role
      deputy {
        id
      }
    }
    meeting(id: $id) {
      id
      title
      attendanceFinal
      ...MeetingRun_meeting
      description
      startsAt
      endsAt
      timeZone
      status
      place
      onlineUrl
      cancelReason
      minutes
      minutesVersions {
        version
        createdAt
      }
      series {
        id
        rrule
      }
      viewerCan {
        coordinate
        run
      }
      group {
        id
        name
      }
      quorum {
        members
        required
        confirmed
        present
        reached
        expected
      }
      currentAgendaItem {
        id
      }
      agenda {
        ...AgendaItemFields
      }
      attendance {
        response
        present
        deputy {
          id
          fullName
        }
      }
      myAttendance {
        response
      }
      ...Rsvp_meeting
    }
  }
`);

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
      meeting {
        id
        agenda {
          ...AgendaItemFields
        }
      }
    }
  }
`);

export const ReorderAgendaMutation = graphql(`
  mutation ReorderAgenda($input: ReorderAgendaInput!) {
    reorderAgenda(input: $input) {
      ...AgendaItemFields
    }
  }
`);

/** Sent with confirmEarly only after the person confirmed (MeetingRunControls). */
export const StartMeetingMutation = graphql(`
  mutation StartMeeting($input: StartMeetingInput!) {
    startMeeting(input: $input) {
      id
      status
      startedAt
      attendanceFinal
      reopenableUntil
      currentAgendaItem {
        id
      }
    }
  }
`);

export const EndMeetingMutation = graphql(`
  mutation EndMeeting($input: MeetingIdInput!) {
    endMeeting(input: $input) {
      id
      status
      endedAt
      attendanceFinal
      reopenableUntil
    }
  }
`);

export const ReopenMeetingMutation = graphql(`
  mutation ReopenMeeting($input: MeetingIdInput!) {
    reopenMeeting(input: $input) {
      id
      status
      endedAt
      attendanceFinal
      reopenableUntil
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      meeting {
        id
        title
      }
      occurrences {
        id
        startsAt
      }
      conflicts {
        ...ConflictWarnings_conflict
      }
      warnings {
        code
        params
        message
      }
    }
  }
`);

export const RescheduleMeetingMutation = graphql(`
  mutation RescheduleMeeting($input: RescheduleMeetingInput!) {
    rescheduleMeeting(input: $input) {
      meeting {
        id
        startsAt
        endsAt
      }
      occurrences {
        id
      }
      conflicts {
        ...ConflictWarnings_conflict
      }
      warnings {
        code
        params
        message
      }
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      meeting {
        id
        status
        cancelReason
      }
      occurrences {
        id
      }
    }
  }
`);

export const UpdateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {
    updateAgendaItem(input: $input) {
      ...AgendaItemFields
    }
  }
`);

export const RemoveAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($input: RemoveAgendaItemInput!) {
    removeAgendaItem(input: $input) {
      ...AgendaItemFields
    }
  }
`);

export const UpdateMinutesMutation = graphql(`
  mutation UpdateMinutes($input: UpdateMinutesInput!) {
    updateMinutes(input: $input) {
      id
      minutes
      minutesVersions {
        version
        createdAt
      }
    }
  }
`);
