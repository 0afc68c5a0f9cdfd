import { graphql } from '../../../gql';

/** The unit editor's table: every child with its figures (who is lowest?). */
export const UnitChildrenProgressQuery = graphql(`
  query UnitChildrenProgress($code: String!, $campaign: String!, $asOf: Date) {
    unit(code: $code) {
      code
      children {
        ...UnitFields
        childCount
        progress(campaign: $campaign, asOf: $asOf) {
          ...ProgressCounts
          percentDone
          state
          activation {
            remaining
          }
        }
      }
    }
  }
`);
