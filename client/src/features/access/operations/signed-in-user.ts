import { graphql } from '../../../gql';

/** Who is signed in: what the console shows of them and decides its views by (role and scope). */
export const SignedInUserFields = graphql(`
  fragment SignedInUser on User {
    username
    role
    scope {
      code
      name
      level
    }
  }
`);
