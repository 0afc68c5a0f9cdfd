import { graphql } from '../../../gql';

/** Quick open: units by name without diacritics ("thanh phu"), best match first. */
export const SearchUnitsQuery = graphql(`
  query SearchUnits($search: String!, $first: Int) {
    units(search: $search, first: $first) {
      totalCount
      nodes {
        code
        name
        level
        inScope
        parent {
          code
          name
        }
      }
    }
  }
`);
