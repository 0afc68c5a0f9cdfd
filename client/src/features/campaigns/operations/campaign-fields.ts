import { graphql } from '../../../gql';

/** A campaign's own fields, as its editor reads and saves them. */
export const CampaignFields = graphql(`
  fragment CampaignFields on Campaign {
    code
    name
    description
    collectedLabel
    activatedLabel
    startDate
    deadline
    rootTarget
  }
`);
