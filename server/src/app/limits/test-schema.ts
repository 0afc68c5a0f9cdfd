import { buildSchema } from 'graphql';

/** A small schema shaped like chitieu's, for the limits' unit tests. */
export const TEST_SCHEMA = buildSchema(`
  type Query {
    unit(code: String!): Unit
    units(first: Int, search: String): UnitConnection!
    campaigns: [Campaign!]!
    today: String
  }
  type Mutation {
    login(username: String!, password: String!): Boolean
    logout: Boolean
    recordTallies(n: Int): Int
  }
  type Campaign { code: String }
  type Unit {
    code: String!
    name: String!
    parent: Unit
    children(first: Int, offset: Int): [Unit!]
    progress(campaign: String!): Progress
    shortfalls(first: Int): [Unit!]
  }
  type Progress { target: Int collected: Int activated: Int }
  type UnitConnection { nodes: [Unit!]! totalCount: Int! pageInfo: PageInfo! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
`);
