import { graphql } from '../gql';

/** One page of the log (newest first); the next page is asked with after: endCursor. */
export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      hasMore
      endCursor
      entries {
        id
        action
        at
        entityType
        entityId
        data
        actor {
          id
          displayName
        }
      }
    }
  }
`);

/** The accounts the actor filter offers (administrators read them all). */
export const AuditActorsQuery = graphql(`
  query AuditActors {
    users {
      id
      displayName
    }
  }
`);
