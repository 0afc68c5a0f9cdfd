import { graphql } from '../../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      username
      role
      scope {
        code
        name
        level
      }
    }
  }
`);
