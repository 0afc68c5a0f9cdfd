import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { connectionLink } from '../lib/connection';

/**
 * The API client: same-origin /graphql with the session cookie. The preflight header satisfies
 * Apollo Server's CSRF prevention. Units are cached by code; progress lives under its unit,
 * keyed by campaign and as-of date.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      connectionLink,
      new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { 'apollo-require-preflight': 'true' } }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Unit: { keyFields: ['code'] },
        Campaign: { keyFields: ['code'] },
        User: { keyFields: ['username'] },
        // Progress and its trends have no identity of their own: they live under their unit (per
        // campaign and as-of date), and different views select different fields of them.
        Progress: { keyFields: false, merge: true },
        Trend: { keyFields: false, merge: true },
        // A directive line's state and percent are for a date: one cache entry per line and date.
        AssignmentLine: { keyFields: ['id', 'asOf'] },
      },
    }),
    defaultOptions: {
      watchQuery: { errorPolicy: 'all', fetchPolicy: 'cache-first' },
      query: { errorPolicy: 'all' },
    },
  });
}
