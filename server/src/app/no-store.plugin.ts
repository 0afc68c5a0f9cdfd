import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Answers are never stored by a browser or a proxy: they carry one user's figures. Apollo's cache
 * control plugin would say the same, but it wraps every field of every answer to collect cache
 * hints chitieu does not use (a 10,000-row list is 100,000 field calls); it is disabled and this
 * header set once per answer instead.
 */
export const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};
