import { graphql } from '../../../gql';

/**
 * The latest filed report of a line, exactly as filed. A snapshot is large (up to 600 rows), so
 * the query cost allows one at a time: the first line of the task at the assignee's unit and
 * level (REPORT_BY tasks have one line in practice; the caller checks the assignee).
 */
export const LatestFiledReportQuery = graphql(`
  query LatestFiledReport($number: String!, $issuer: String, $task: Int!, $unit: String!, $level: Level) {
    directive(number: $number, issuer: $issuer) {
      id
      lines(task: $task, under: $unit, level: $level, first: 1) {
        nodes {
          id
          asOf
          assignee {
            code
          }
          filedReports(first: 1) {
            id
            asOf
            filedOn
            filedBy
            report {
              ...ReportFields
            }
          }
        }
      }
    }
  }
`);
