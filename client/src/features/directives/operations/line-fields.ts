import { graphql } from '../../../gql';

/** What a line row shows: assignee, unit, state, percent, both counts with their paces, the latest update. */
export const LineFieldsFragment = graphql(`
  fragment LineFields on AssignmentLine {
    id
    asOf
    state
    percentDone
    canUpdate
    assignee {
      code
      name
      shortName
      kind
    }
    unit {
      code
      name
      level
    }
    progress {
      target
      collected
      activated
      collectedRate
      activatedRate
      state
      daysLeft
      collection {
        ...LineTrendFields
      }
      activation {
        ...LineTrendFields
      }
    }
    latestUpdate {
      id
      date
      text
      percent
      done
    }
  }

  fragment LineTrendFields on Trend {
    remaining
    paceNeeded
    recentPace
    projectedCompletion
    state
  }
`);
