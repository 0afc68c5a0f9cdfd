import { graphql } from '../../../gql';

/** Breadcrumbs: the unit and the units above it, names and codes only. */
export const UnitAncestorsQuery = graphql(`
  query UnitAncestors($code: String!) {
    unit(code: $code) {
      ...UnitFields
      inScope
      ancestors {
        ...UnitFields
        inScope
      }
    }
  }
`);
