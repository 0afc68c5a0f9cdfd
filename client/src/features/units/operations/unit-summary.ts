import { graphql } from '../../../gql';

/** The unit editor's header: figures, trends and state as of a date. */
export const UnitSummaryQuery = graphql(`
  query UnitSummary($code: String!, $campaign: String!, $asOf: Date) {
    unit(code: $code) {
      code
      name
      type
      level
      synthetic
      childCount
      inScope
      progress(campaign: $campaign, asOf: $asOf) {
        asOf
        target
        collected
        activated
        collectedRate
        activatedRate
        percentDone
        state
        daysLeft
        collection {
          remaining
          paceNeeded
          recentPace
          projectedCompletion
          state
        }
        activation {
          remaining
          paceNeeded
          recentPace
          projectedCompletion
          state
        }
      }
    }
  }
`);
