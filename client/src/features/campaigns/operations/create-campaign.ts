import { graphql } from '../../../gql';

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      code
      name
    }
  }
`);
