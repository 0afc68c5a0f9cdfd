import { graphql } from '../../gql';

/**
 * A unit's or a line's progress, as the console shows it: both counts against the target with
 * their rates; the days left with each count's trend (what remains, the pace needed and recent).
 */
export const ProgressFields = graphql(`
  fragment ProgressCounts on Progress {
    target
    collected
    activated
    collectedRate
    activatedRate
  }

  fragment ProgressTrends on Progress {
    daysLeft
    collection {
      ...TrendFields
    }
    activation {
      ...TrendFields
    }
  }

  fragment TrendFields on Trend {
    remaining
    paceNeeded
    recentPace
    projectedCompletion
    state
  }
`);
