import { graphql } from '../../../gql';

/** Saves a day's report for any set of hamlets: all or nothing. */
export const RecordTalliesMutation = graphql(`
  mutation RecordTallies($input: RecordTalliesInput!) {
    recordTallies(input: $input) {
      date
      saved
    }
  }
`);
