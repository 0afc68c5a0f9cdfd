import { graphql } from '../../../gql';

/** Files the report: the server keeps the snapshot and the line is DONE from today. */
export const FileReportMutation = graphql(`
  mutation FileReport($input: FileReportInput!) {
    fileReport(input: $input) {
      id
      asOf
      level
      filedOn
      filedBy
    }
  }
`);
