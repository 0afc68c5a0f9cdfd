import { graphql } from '../../../gql';

/** Changes a directive's header; absent fields stay. */
export const UpdateDirectiveMutation = graphql(`
  mutation UpdateDirective($input: UpdateDirectiveInput!) {
    updateDirective(input: $input) {
      ...DirectiveRefFields
    }
  }
`);
