import { graphql } from '../gql';

/** The terms to choose from (newest first) and the one running today. */
export const RecordsTermsQuery = graphql(`
  query RecordsTerms {
    currentTerm {
      id
    }
    terms {
      id
      name
    }
  }
`);

export const RecordsGroupsQuery = graphql(`
  query RecordsGroups($termId: ID!) {
    workingGroups(termId: $termId) {
      id
      name
    }
  }
`);

/** A group's meetings that have (or had) speeches: ended or live. */
export const RecordsMeetingsQuery = graphql(`
  query RecordsMeetings($groupId: ID!) {
    meetings(filter: { groupId: $groupId, when: PAST, limit: 100 }) {
      id
      title
      startsAt
      status
    }
  }
`);

export const AttendanceRecordQuery = graphql(`
  query AttendanceRecord($termId: ID!, $groupId: ID) {
    attendanceRecord(termId: $termId, groupId: $groupId) {
      deputyId
      fullName
      meetings
      present
      excused
      absent
      rate
    }
  }
`);

export const SpeakingStatsQuery = graphql(`
  query SpeakingStats($input: SpeakingStatsInput!) {
    speakingStats(input: $input) {
      speeches
      totalSeconds
      byGender {
        gender
        seconds
        speeches
        share
      }
      byPerson {
        deputyId
        fullName
        seconds
        speeches
      }
    }
  }
`);
