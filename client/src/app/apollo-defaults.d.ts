import '@apollo/client';

// Every query reads with errorPolicy "all": a FORBIDDEN field error (figures above the user's
// scope) still leaves the rest of the answer usable. Declared here so the types know it.
declare module '@apollo/client' {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
    }
  }
}
