import { graphql } from '../../../gql';

/** Everything the printable report shows, live or as filed. */
export const ReportFieldsFragment = graphql(`
  fragment ReportFields on DirectiveReport {
    directiveNumber
    directiveTitle
    issuedBy
    issuedDate
    taskNumber
    taskTitle
    deadline
    assigneeCode
    assigneeName
    campaign
    asOf
    level
    previousAsOf
    total {
      ...ReportRowFields
    }
    rows {
      ...ReportRowFields
    }
    tasks {
      number
      title
      kind
      deadline
      state
      percentDone
    }
  }

  fragment ReportRowFields on ReportRow {
    unitCode
    unitName
    target
    collected
    activated
    collectedRate
    activatedRate
    collectedChange
    activatedChange
    rank
    state
  }
`);
