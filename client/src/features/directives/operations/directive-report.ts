import { graphql } from '../../../gql';

/** The report of a REPORT_BY line as of a date, per district or per commune. */
export const DirectiveReportQuery = graphql(`
  query DirectiveReport(
    $directive: String!
    $issuer: String
    $task: Int!
    $assignee: String
    $asOf: Date
    $level: ReportLevel
  ) {
    directiveReport(
      directive: $directive
      issuer: $issuer
      task: $task
      assignee: $assignee
      asOf: $asOf
      level: $level
    ) {
      ...ReportFields
    }
  }
`);
