import { graphql } from '../../../gql';

/** Units to pick as an assignee or a filter ("ba tri"), best match first. */
export const SearchAssigneeUnitsQuery = graphql(`
  query SearchAssigneeUnits($search: String!, $first: Int) {
    units(search: $search, first: $first) {
      nodes {
        ...UnitFields
        parent {
          code
          name
        }
      }
    }
  }
`);
