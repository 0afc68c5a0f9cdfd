import { graphql } from '../../gql';

/** The changes pushed over the live socket: which units' figures moved, and of what kind. */
export const ChangesSubscription = graphql(`
  subscription Changes {
    changes {
      kind
      campaign
      units
    }
  }
`);
