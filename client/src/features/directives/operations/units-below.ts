import { graphql } from '../../../gql';

/** The units of one level below a unit, a page at a time ("every commune of Ba Tri"). */
export const UnitsBelowQuery = graphql(`
  query UnitsBelow($parent: String!, $level: Level, $first: Int, $after: String) {
    units(parent: $parent, level: $level, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        code
        name
        level
      }
    }
  }
`);
