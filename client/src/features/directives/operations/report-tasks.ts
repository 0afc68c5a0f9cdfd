import { graphql } from '../../../gql';

/** Directives in scope with their tasks' kinds and deadlines: where the "Lập báo cáo…" command finds the report due next. */
export const ReportTasksQuery = graphql(`
  query ReportTasks($asOf: Date, $first: Int) {
    directives(asOf: $asOf, first: $first) {
      nodes {
        id
        number
        issuedBy {
          code
        }
        tasks(asOf: $asOf) {
          number
          kind
          deadline
          state
        }
      }
    }
  }
`);
