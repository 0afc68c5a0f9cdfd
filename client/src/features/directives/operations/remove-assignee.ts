import { graphql } from '../../../gql';

/** Takes a task away from one assignee (the line stays on record). */
export const RemoveAssigneeMutation = graphql(`
  mutation RemoveDirectiveAssignee($input: RemoveAssigneeInput!) {
    removeAssignee(input: $input) {
      number
    }
  }
`);
