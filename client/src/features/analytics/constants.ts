/** The editor type of a GraphQL tab, and the ids of the feature's views. */
export const GRAPHQL_EDITOR = 'graphql';
export const QUERIES_VIEW = 'analytics.queries';
export const DOCS_VIEW = 'analytics.docs';
export const CATEGORY = { vi: 'Phân tích', en: 'Analytics' };
