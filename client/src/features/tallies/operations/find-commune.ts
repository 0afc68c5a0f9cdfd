import { graphql } from '../../../gql';

/** A commune by name or code, for the "enter the day's tallies" command. */
export const FindCommuneQuery = graphql(`
  query FindCommune($search: String!) {
    units(search: $search, level: COMMUNE, first: 5) {
      nodes {
        code
        name
        parent {
          name
        }
      }
    }
  }
`);
