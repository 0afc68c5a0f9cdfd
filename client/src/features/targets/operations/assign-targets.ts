import { graphql } from '../../../gql';

/** Saves the changed cells of a targets editor in one transaction, against its version. */
export const AssignTargetsMutation = graphql(`
  mutation AssignTargets($input: AssignTargetsInput!) {
    assignTargets(input: $input) {
      version
      changed
    }
  }
`);
