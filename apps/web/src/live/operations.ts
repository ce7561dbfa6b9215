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
      startsAt
      endsAt
      timeZone
      group {
        id
        name
        coordinators {
          id
        }
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
