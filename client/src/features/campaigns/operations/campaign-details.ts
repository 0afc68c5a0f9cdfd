import { graphql } from '../../../gql';

/** Every field of a campaign, for its editor. */
export const CampaignDetailsQuery = graphql(`
  query CampaignDetails($code: String!) {
    campaign(code: $code) {
      ...CampaignFields
      rootUnit {
        code
        name
        inScope
      }
    }
  }
`);
