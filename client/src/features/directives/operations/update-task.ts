import { graphql } from '../../../gql';

/** Changes a task (title, text, kind, deadline, link to the target); absent fields stay. */
export const UpdateTaskMutation = graphql(`
  mutation UpdateDirectiveTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      number
    }
  }
`);
