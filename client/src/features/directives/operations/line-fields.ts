import { graphql } from '../../../gql';

/** What a line row shows: assignee, unit, state, percent, both counts with their paces, the latest update. */
export const LineFieldsFragment = graphql(`
  fragment LineFields on AssignmentLine {
    ...LineStateFields
    canUpdate
    assignee {
      code
      name
      shortName
      kind
    }
    unit {
      ...UnitFields
    }
    progress {
      ...ProgressCounts
      state
      ...ProgressTrends
    }
    latestUpdate {
      id
      date
      text
      percent
      done
    }
  }
`);
