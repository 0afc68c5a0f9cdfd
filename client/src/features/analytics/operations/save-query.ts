import { graphql } from '../../../gql';

export const SaveQueryMutation = graphql(`
  mutation SaveQuery($input: SaveQueryInput!) {
    saveQuery(input: $input) {
      ...SavedQueryFields
    }
  }
`);
