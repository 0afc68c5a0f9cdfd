import { graphql } from '../../../gql';

/** The side bar's list: yours, shared with you and the examples, by name (one page of 100). */
export const SavedQueriesQuery = graphql(`
  query SavedQueries($search: String, $first: Int) {
    savedQueries(search: $search, filter: ALL, first: $first) {
      totalCount
      nodes {
        ...SavedQueryFields
      }
    }
  }
`);
