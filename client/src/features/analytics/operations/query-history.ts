import { graphql } from '../../../gql';

/** What you ran in the query editor, newest first (the server keeps the latest 200). */
export const QueryHistoryQuery = graphql(`
  query QueryHistory($first: Int) {
    queryHistory(first: $first) {
      totalCount
      nodes {
        id
        ranAt
        operationName
        query
        variables
        durationMs
        errorCount
      }
    }
  }
`);
