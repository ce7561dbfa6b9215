import { graphql } from '../gql';

export const SubmitFieldReportMutation = graphql(`
  mutation SubmitFieldReport($input: SubmitFieldReportInput!) {
    submitFieldReport(input: $input) {
      id
      title
      status
    }
  }
`);

export const ReportTriageFragment = graphql(`
  fragment ReportTriage_report on FieldReport {
    id
    title
    body
    status
    theme
    territory
    territoryLabel
    anonymisedTestimony
    createdAt
    author {
      id
      fullName
    }
    routedGroup {
      id
      name
    }
    viewerCan {
      route
      coordinate
    }
    agendaItem {
      id
      meeting {
        id
        title
      }
    }
    history {
      at
      fromStatus
      toStatus
      note
      by {
        id
        displayName
      }
    }
  }
`);

export const ReportsPageQuery = graphql(`
  query ReportsPage($status: FieldReportStatus) {
    me {
      id
      role
    }
    workingGroups {
      id
      name
      viewerCan {
        coordinate
      }
    }
    meetings(filter: { when: UPCOMING, limit: 60 }) {
      id
      title
      status
      startsAt
      group {
        id
      }
    }
    fieldReports(filter: { status: $status, limit: 50 }) {
      id
      ...ReportTriage_report
    }
  }
`);

export const RouteFieldReportMutation = graphql(`
  mutation RouteFieldReport($input: RouteFieldReportInput!) {
    routeFieldReport(input: $input) {
      id
      ...ReportTriage_report
    }
  }
`);

export const PlaceReportOnAgendaMutation = graphql(`
  mutation PlaceReportOnAgenda($input: PlaceReportOnAgendaInput!) {
    placeReportOnAgenda(input: $input) {
      id
      ...ReportTriage_report
    }
  }
`);

export const CloseFieldReportMutation = graphql(`
  mutation CloseFieldReport($input: CloseFieldReportInput!) {
    closeFieldReport(input: $input) {
      id
      ...ReportTriage_report
    }
  }
`);
