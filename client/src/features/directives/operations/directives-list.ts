import { graphql } from '../../../gql';

/** The side bar: directives in scope with their state and nearest deadline on a date. */
export const DirectivesListQuery = graphql(`
  query DirectivesList($asOf: Date, $first: Int) {
    directives(asOf: $asOf, first: $first) {
      totalCount
      nodes {
        id
        number
        kind
        title
        issuedDate
        status
        state(asOf: $asOf)
        nearestDeadline(asOf: $asOf)
        issuedBy {
          code
          name
        }
      }
    }
  }
`);
