import { graphql } from '../../../gql';

/** Who reported on a date below a unit: hamlets, and communes whose every hamlet did. */
export const UnitCompletenessQuery = graphql(`
  query UnitCompleteness($code: String!, $campaign: String!, $date: Date) {
    unit(code: $code) {
      code
      level
      completeness(campaign: $campaign, date: $date) {
        date
        communesReported
        communesTotal
        hamletsReported
        hamletsTotal
      }
    }
  }
`);
