import { graphql } from '../../../gql';

/**
 * One line's updates and filed reports. The API has no query for a single line: this asks for
 * the task's lines at the line's own unit and level (one, or the few agencies of a province)
 * and the caller keeps the one with the line's id.
 */
export const LineHistoryQuery = graphql(`
  query LineHistory($number: String!, $issuer: String, $task: Int!, $unit: String!, $level: Level) {
    directive(number: $number, issuer: $issuer) {
      id
      lines(task: $task, under: $unit, level: $level, first: 5) {
        nodes {
          id
          asOf
          updates(first: 10) {
            id
            date
            percent
            done
            text
            author
            recordedAt
          }
          filedReports(first: 10) {
            id
            asOf
            level
            filedOn
            filedAt
            filedBy
          }
        }
      }
    }
  }
`);
