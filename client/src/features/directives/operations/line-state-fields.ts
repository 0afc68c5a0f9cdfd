import { graphql } from '../../../gql';

/** A line's state on its date: what a progress update or a DONE mark changes. */
export const LineStateFields = graphql(`
  fragment LineStateFields on AssignmentLine {
    id
    asOf
    state
    percentDone
  }
`);
