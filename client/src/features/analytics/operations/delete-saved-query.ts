import { graphql } from '../../../gql';

export const DeleteSavedQueryMutation = graphql(`
  mutation DeleteSavedQuery($id: ID!) {
    deleteSavedQuery(id: $id)
  }
`);
