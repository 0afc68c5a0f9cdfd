import { graphql } from '../../../gql';

/** Removes a task (kept on record, audited). */
export const RemoveTaskMutation = graphql(`
  mutation RemoveDirectiveTask($input: RemoveTaskInput!) {
    removeTask(input: $input) {
      id
    }
  }
`);
