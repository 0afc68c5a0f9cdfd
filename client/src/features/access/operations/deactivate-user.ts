import { graphql } from '../../../gql';

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($username: String!) {
    deactivateUser(username: $username) {
      ...UserAccountFields
    }
  }
`);
