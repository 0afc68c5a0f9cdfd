import { graphql } from '../../../gql';

/** The figures of a window of a long level of the explorer: the rows on screen. */
export const UnitTreeFiguresQuery = graphql(`
  query UnitTreeFigures($code: String!, $campaign: String!, $asOf: Date, $first: Int!, $offset: Int!) {
    unit(code: $code) {
      code
      children(first: $first, offset: $offset) {
        code
        progress(campaign: $campaign, asOf: $asOf) {
          activatedRate
        }
      }
    }
  }
`);
