import { graphql } from '../../../gql';

/** Gives a task to more assignees, one line each. */
export const AddAssigneesMutation = graphql(`
  mutation AddDirectiveAssignees($input: AddAssigneesInput!) {
    addAssignees(input: $input) {
      number
    }
  }
`);
