import { graphql } from '../../../gql';

/** Registers a directive (its header; tasks are added one by one from the task form). */
export const CreateDirectiveMutation = graphql(`
  mutation CreateDirective($input: CreateDirectiveInput!) {
    createDirective(input: $input) {
      ...DirectiveRefFields
    }
  }
`);
