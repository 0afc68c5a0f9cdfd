import { graphql } from '../../../gql';

/** A unit's level and parent: a hamlet's report is its commune's. */
export const UnitParentQuery = graphql(`
  query UnitParent($code: String!) {
    unit(code: $code) {
      ...UnitFields
      parent {
        ...UnitFields
      }
    }
  }
`);
