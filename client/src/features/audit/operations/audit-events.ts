import { graphql } from '../../../gql';

/** Changes at a unit and below, newest first, filtered; a page at a time. */
export const AuditEventsQuery = graphql(`
  query AuditEvents(
    $unit: String
    $user: String
    $action: String
    $from: Date
    $to: Date
    $first: Int
    $after: String
  ) {
    auditEvents(unit: $unit, user: $user, action: $action, from: $from, to: $to, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        user
        role
        action
        campaign
        field
        oldValue
        newValue
        reason
        requestId
        unit {
          code
          name
          level
        }
      }
    }
  }
`);
