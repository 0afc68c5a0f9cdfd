import { graphql } from '../../../gql';

/** One task's lines in scope, filtered and ordered by the server ("every AT_RISK commune of Ba Tri"). */
export const TaskLinesQuery = graphql(`
  query TaskLines(
    $number: String!
    $issuer: String
    $task: Int!
    $asOf: Date
    $state: ProgressState
    $under: String
    $level: Level
    $orderBy: LineOrder
  ) {
    directive(number: $number, issuer: $issuer) {
      id
      task(number: $task, asOf: $asOf) {
        number
        assignments(state: $state, under: $under, level: $level, orderBy: $orderBy) {
          ...LineFields
        }
      }
    }
  }
`);
