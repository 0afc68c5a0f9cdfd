import { graphql } from '../../../gql';

/** The hamlets below a unit that need the most accounts to reach their targets. */
export const UnitShortfallsQuery = graphql(`
  query UnitShortfalls($code: String!, $campaign: String!, $asOf: Date, $first: Int) {
    unit(code: $code) {
      code
      shortfalls(campaign: $campaign, asOf: $asOf, first: $first) {
        unit {
          code
          name
          parent {
            code
            name
          }
        }
        target
        collected
        activated
        needed
      }
    }
  }
`);
