import { graphql } from '../../../gql';

/** One saved query, to open it in a tab. */
export const SavedQueryQuery = graphql(`
  query SavedQuery($id: ID!) {
    savedQuery(id: $id) {
      ...SavedQueryFields
    }
  }
`);
