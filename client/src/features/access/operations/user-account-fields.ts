import { graphql } from '../../../gql';

/** The columns of the users view; every user mutation answers with them. */
export const UserAccountFields = graphql(`
  fragment UserAccountFields on UserAccount {
    username
    role
    active
    createdAt
    lastSeenAt
    openSessions
    scope {
      code
      name
      level
    }
  }
`);
