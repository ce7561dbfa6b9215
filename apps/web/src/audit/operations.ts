import { graphql } from '../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter) {
    auditLog(filter: $filter) {
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
`);
