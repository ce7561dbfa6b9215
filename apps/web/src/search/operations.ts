import { graphql } from '../gql';

/** One page of results (newest first); the next page is asked with after: endCursor. */
export const SearchQuery = graphql(`
  query Search($input: SearchInput!) {
    search(input: $input) {
      totalCount
      hasMore
      endCursor
      hits {
        kind
        id
        at
        title
        groupId
        groupName
        meetingId
        meetingTitle
        authorName
        seq
        minutesVersion
        textId
        number
        snippet {
          text
          match
        }
      }
    }
  }
`);

/** What the filters offer: the groups and the deputies. */
export const SearchFiltersQuery = graphql(`
  query SearchFilters {
    workingGroups {
      id
      name
    }
    deputies {
      id
      fullName
    }
  }
`);

/** A stretch of a group's discussion (messages after afterSeq), to show a message found in its context. */
export const MessageContextQuery = graphql(`
  query MessageContext($groupId: ID!, $afterSeq: Int!, $limit: Int!) {
    workingGroup(id: $groupId) {
      id
      name
    }
    messages(groupId: $groupId, afterSeq: $afterSeq, limit: $limit) {
      id
      seq
      body
      deleted
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

/** A meeting's minutes versions, to show the one found. */
export const MinutesVersionsQuery = graphql(`
  query MinutesVersions($meetingId: ID!) {
    meeting(id: $meetingId) {
      id
      title
      minutesVersions {
        version
        body
        createdAt
      }
    }
  }
`);
