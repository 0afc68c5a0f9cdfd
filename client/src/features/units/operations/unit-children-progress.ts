import { graphql } from '../../../gql';

/** The unit editor's table: every child with its figures (who is lowest?). */
export const UnitChildrenProgressQuery = graphql(`
  query UnitChildrenProgress($code: String!, $campaign: String!, $asOf: Date) {
    unit(code: $code) {
      code
      children {
        code
        name
        level
        childCount
        progress(campaign: $campaign, asOf: $asOf) {
          target
          collected
          activated
          collectedRate
          activatedRate
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
