import { graphql } from '../../../gql';

/** The unit editor's header: figures, trends and state as of a date. */
export const UnitSummaryQuery = graphql(`
  query UnitSummary($code: String!, $campaign: String!, $asOf: Date) {
    unit(code: $code) {
      ...UnitFields
      type
      synthetic
      childCount
      inScope
      progress(campaign: $campaign, asOf: $asOf) {
        asOf
        ...ProgressCounts
        percentDone
        state
        ...ProgressTrends
      }
    }
  }
`);
