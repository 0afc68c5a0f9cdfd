import { graphql } from '../../../gql';

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($username: String!) {
    reactivateUser(username: $username) {
      ...UserAccountFields
    }
  }
`);
