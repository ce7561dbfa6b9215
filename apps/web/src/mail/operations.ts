import { graphql } from '../gql';

export const SentMailsQuery = graphql(`
  query SentMails($first: Int!, $after: String) {
    sentMails(first: $first, after: $after) {
      mails {
        id
        to
        subject
        locale
        status
        text
        calendarMethod
        attempts
        lastError
        createdAt
        sentAt
      }
      hasMore
      endCursor
    }
  }
`);
