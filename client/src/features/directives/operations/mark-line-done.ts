import { graphql } from '../../../gql';

/** The DONE mark on an unlinked DUE_BY line. */
export const MarkLineDoneMutation = graphql(`
  mutation MarkLineDone($input: MarkLineDoneInput!) {
    markLineDone(input: $input) {
      ...LineStateFields
    }
  }
`);
