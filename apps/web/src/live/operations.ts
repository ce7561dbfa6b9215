import { graphql } from '../gql';

export const LiveSessionQuery = graphql(`
  query LiveSession($id: ID!) {
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
      status
      ...MeetingRun_meeting
      startsAt
      endsAt
      timeZone
      viewerCan {
        run
        moderate
        attend
      }
      group {
        id
        name
        members {
          id
          role
          deputy {
            id
          }
        }
      }
      currentAgendaItem {
        id
      }
      agenda {
        id
        position
        title
        durationMinutes
      }
    }
  }
`);

export const SetCurrentAgendaItemMutation = graphql(`
  mutation SetCurrentAgendaItem($input: SetCurrentAgendaItemInput!) {
    setCurrentAgendaItem(input: $input) {
      id
      currentAgendaItem {
        id
      }
    }
  }
`);

/** Returns the group's new unread count, so the badges on the home and groups pages follow. */
export const MarkChannelReadMutation = graphql(`
  mutation MarkChannelRead($input: MarkChannelReadInput!) {
    markChannelRead(input: $input) {
      id
      unreadCount
    }
  }
`);
