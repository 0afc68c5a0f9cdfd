import { graphql } from '../../../gql';

/**
 * One level of the explorer, loaded when a row is expanded. A long level comes without its
 * figures (`figures` false): they are read for the rows on screen (UnitTreeFiguresQuery).
 * Hamlets have nothing below them: a commune's level is read without counting (`hamlets` true).
 */
export const UnitTreeChildrenQuery = graphql(`
  query UnitTreeChildren($code: String!, $campaign: String!, $asOf: Date, $figures: Boolean!, $hamlets: Boolean!) {
    unit(code: $code) {
      code
      children {
        ...UnitFields
        childCount @skip(if: $hamlets)
        progress(campaign: $campaign, asOf: $asOf) @include(if: $figures) {
          activatedRate
        }
      }
    }
  }
`);
