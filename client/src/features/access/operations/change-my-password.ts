import { graphql } from '../../../gql';

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($oldPassword: String!, $newPassword: String!) {
    changeMyPassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`);
