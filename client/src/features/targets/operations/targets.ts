import { graphql } from '../../../gql';

/** A parent's target, its children's targets and the version token to save against. */
export const TargetsQuery = graphql(`
  query Targets($campaign: String!, $parent: String!) {
    targets(campaign: $campaign, parent: $parent) {
      version
      target
      allocated
      unallocated
      canEdit
      parent {
        ...UnitFields
        parent {
          code
          name
          inScope
        }
      }
      children {
        target
        population
        unit {
          ...UnitFields
        }
      }
    }
  }
`);
