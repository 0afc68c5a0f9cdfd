import { graphql } from '../../../gql';

/** The campaign the console shows, for everyone: no figure (the root's target is FORBIDDEN below the root). */
export const CurrentCampaignQuery = graphql(`
  query CurrentCampaign {
    today
    campaign {
      code
      name
      description
      startDate
      deadline
    }
  }
`);
