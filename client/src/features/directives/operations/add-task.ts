import { graphql } from '../../../gql';

/** Adds a task with its assignees; it takes the next number. */
export const AddTaskMutation = graphql(`
  mutation AddDirectiveTask($input: AddTaskInput!) {
    addTask(input: $input) {
      number
    }
  }
`);
