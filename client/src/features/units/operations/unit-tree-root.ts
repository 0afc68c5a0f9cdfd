import { graphql } from '../../../gql';

/** The explorer's root row: the user's scope unit. */
export const UnitTreeRootQuery = graphql(`
  query UnitTreeRoot($code: String!, $campaign: String!, $asOf: Date) {
    unit(code: $code) {
      ...UnitFields
      childCount
      progress(campaign: $campaign, asOf: $asOf) {
        activatedRate
      }
    }
  }
`);
