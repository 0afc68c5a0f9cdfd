import { graphql } from '../../../gql';

/** Parents whose children's targets do not sum to their own: the Problems panel. */
export const TargetProblemsQuery = graphql(`
  query TargetProblems($campaign: String!, $first: Int, $after: String) {
    targetProblems(campaign: $campaign, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        target
        allocated
        unallocated
        childCount
        unit {
          code
          name
          level
        }
      }
    }
  }
`);
