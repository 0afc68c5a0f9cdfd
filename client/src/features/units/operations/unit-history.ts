import { graphql } from '../../../gql';

/** Daily cumulative counts for the chart, with the target line. */
export const UnitHistoryQuery = graphql(`
  query UnitHistory($code: String!, $campaign: String!, $from: Date, $to: Date, $asOf: Date) {
    unit(code: $code) {
      code
      history(campaign: $campaign, from: $from, to: $to) {
        date
        collected
        activated
      }
      progress(campaign: $campaign, asOf: $asOf) {
        target
      }
    }
  }
`);
