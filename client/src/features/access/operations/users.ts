import { graphql } from '../../../gql';

/** User accounts at or below the admin's scope, by username, a page at a time. */
export const UsersQuery = graphql(`
  query Users($search: String, $first: Int, $after: String) {
    users(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...UserAccountFields
      }
    }
  }
`);
