import { graphql } from '../../../gql';

/** Agencies that can issue directives or be given tasks (Công an tỉnh, Tỉnh Đoàn…). */
export const AgenciesQuery = graphql(`
  query DirectiveAgencies {
    agencies {
      code
      name
      shortName
      unit {
        code
        name
      }
    }
    campaigns {
      code
      name
    }
  }
`);
