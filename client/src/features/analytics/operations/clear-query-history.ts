import { graphql } from '../../../gql';

export const ClearQueryHistoryMutation = graphql(`
  mutation ClearQueryHistory {
    clearQueryHistory
  }
`);
