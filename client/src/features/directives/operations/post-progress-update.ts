import { graphql } from '../../../gql';

/** A dated progress update on an unlinked line (text, percent, date). */
export const PostProgressUpdateMutation = graphql(`
  mutation PostProgressUpdate($input: ProgressUpdateInput!) {
    postProgressUpdate(input: $input) {
      ...LineStateFields
    }
  }
`);
