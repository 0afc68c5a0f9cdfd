import { graphql } from '../../gql';

export const DataVersionQuery = graphql(`
  query DataVersion {
    dataVersion
  }
`);
