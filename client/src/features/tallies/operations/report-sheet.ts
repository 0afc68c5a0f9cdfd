import { graphql } from '../../../gql';

/**
 * What the report editor needs for a commune and a date: its hamlets with their cumulative counts
 * from the day before to today, and which of them reported before, on and after the date.
 */
export const ReportSheetQuery = graphql(`
  query ReportSheet($code: String!, $campaign: String!, $date: Date!, $dayBefore: Date!, $from: Date!, $today: Date!) {
    unit(code: $code) {
      code
      name
      level
      children {
        code
        name
        history(campaign: $campaign, from: $from, to: $today) {
          date
          collected
          activated
        }
      }
    }
    before: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $dayBefore, first: 100) {
      nodes {
        unit {
          code
        }
        lastReportDate
      }
    }
    onDate: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $date, first: 100) {
      nodes {
        unit {
          code
        }
        reported
      }
    }
    latest: reportingStatus(campaign: $campaign, parent: $code, level: HAMLET, date: $today, first: 100) {
      nodes {
        unit {
          code
        }
        lastReportDate
      }
    }
  }
`);
