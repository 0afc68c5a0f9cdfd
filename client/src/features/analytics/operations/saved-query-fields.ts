import { graphql } from '../../../gql';

/** What the console shows of a saved query: its text, who owns it, with whom it is shared. */
export const SavedQueryFieldsDoc = graphql(`
  fragment SavedQueryFields on SavedQuery {
    id
    name
    description
    query
    variables
    shared
    example
    owner
    mine
    readOnly
    updatedAt
    sharedWith {
      code
      name
    }
  }
`);
