import { graphql } from '../../../gql';

export const RevokeSessionsMutation = graphql(`
  mutation RevokeSessions($username: String!) {
    revokeSessions(username: $username) {
      ...UserAccountFields
    }
  }
`);
