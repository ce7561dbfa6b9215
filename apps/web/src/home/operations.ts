import { graphql } from '../gql';

export const FieldReportItemFragment = graphql(`
  fragment FieldReportItem_report on FieldReport {
    id
    title
    status
    theme
    territory
    territoryLabel
    createdAt
    author {
      id
      fullName
    }
    routedGroup {
      id
      name
    }
  }
`);

export const HomeQuery = graphql(`
  query Home {
    me {
      id
      displayName
      role
      deputy {
        id
      }
    }
    workingGroups {
      id
      name
      theme
      unreadCount
      viewerCan {
        coordinate
      }
    }
    meetings(filter: { when: UPCOMING, limit: 40 }) {
      id
      group {
        id
      }
      myAttendance {
        deputy {
          id
        }
      }
      ...MeetingItem_meeting
    }
    fieldReports(filter: { limit: 50 }) {
      id
      author {
        id
      }
      ...FieldReportItem_report
    }
  }
`);
