import { graphql } from '../../../gql';

export const CurrentCampaignQuery = graphql(`
  query CurrentCampaign {
    today
    campaign {
      code
      name
      description
      startDate
      deadline
      rootTarget
    }
  }
`);
