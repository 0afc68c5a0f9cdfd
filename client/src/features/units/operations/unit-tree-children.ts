import { graphql } from '../../../gql';

/** One level of the explorer, loaded when a row is expanded. */
export const UnitTreeChildrenQuery = graphql(`
  query UnitTreeChildren($code: String!, $campaign: String!, $asOf: Date) {
    unit(code: $code) {
      code
      children {
        code
        name
        level
        childCount
        progress(campaign: $campaign, asOf: $asOf) {
          activatedRate
        }
      }
    }
  }
`);
