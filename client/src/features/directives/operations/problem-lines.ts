import { graphql } from '../../../gql';

/** The Problems panel: a directive's overdue and at-risk lines in scope, worst first. */
export const ProblemLinesQuery = graphql(`
  query ProblemLines($number: String!, $issuer: String, $asOf: Date, $first: Int) {
    directive(number: $number, issuer: $issuer) {
      id
      overdue: lines(asOf: $asOf, state: OVERDUE, orderBy: WORST_FIRST, first: $first) {
        totalCount
        nodes {
          ...ProblemLineFields
        }
      }
      atRisk: lines(asOf: $asOf, state: AT_RISK, orderBy: WORST_FIRST, first: $first) {
        totalCount
        nodes {
          ...ProblemLineFields
        }
      }
    }
  }

  fragment ProblemLineFields on AssignmentLine {
    id
    asOf
    state
    percentDone
    task {
      number
      title
      deadline
    }
    assignee {
      code
      name
    }
    unit {
      code
      name
    }
  }
`);
