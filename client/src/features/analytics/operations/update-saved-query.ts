import { graphql } from '../../../gql';

export const UpdateSavedQueryMutation = graphql(`
  mutation UpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) {
    updateSavedQuery(id: $id, input: $input) {
      ...SavedQueryFields
    }
  }
`);
