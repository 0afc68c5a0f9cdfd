import { graphql } from '../../../gql';

/** What names a saved directive: its number and issuer (the editor's tab is opened by them). */
export const DirectiveRefFields = graphql(`
  fragment DirectiveRefFields on Directive {
    id
    number
    issuedBy {
      code
      name
    }
  }
`);
