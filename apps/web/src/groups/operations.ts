import { graphql } from '../gql';

export const GroupsQuery = graphql(`
  query Groups {
    workingGroups {
      id
      name
      theme
      description
      unreadCount
      members {
        id
      }
    }
  }
`);

export const GroupPageQuery = graphql(`
  query GroupPage($id: ID!) {
    me {
      id
      role
    }
    workingGroup(id: $id) {
      id
      name
      theme
      description
      coordinators {
        id
        displayName
      }
      members {
        id
        role
        startsOn
        deputy {
          id
          fullName
          territory
        }
      }
    }
    upcoming: meetings(filter: { groupId: $id, when: UPCOMING, limit: 8 }) {
      id
      title
      status
      startsAt
      endsAt
      ...MeetingItem_meeting
    }
    past: meetings(filter: { groupId: $id, when: PAST, limit: 5 }) {
      id
      title
      status
      startsAt
      endsAt
      ...MeetingItem_meeting
    }
    fieldReports(filter: { groupId: $id, limit: 50 }) {
      id
      ...FieldReportItem_report
    }
  }
`);
