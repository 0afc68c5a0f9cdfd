import { graphql } from '../../../gql';

/** Someone else's shared query or an example, copied as your own private one (then editable). */
export const CopySavedQueryMutation = graphql(`
  mutation CopySavedQuery($id: ID!, $name: String) {
    copySavedQuery(id: $id, name: $name) {
      ...SavedQueryFields
    }
  }
`);
