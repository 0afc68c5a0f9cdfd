interface Connection {
  nodes: readonly unknown[];
  pageInfo: { endCursor?: string | null };
}

/**
 * What fetchMore needs for a "show more" under a paged list: the page after the last one shown,
 * its nodes appended to theirs. `key` names the query's connection (users, auditEvents…).
 */
export function nextPage<K extends string, D extends { [name in K]: Connection }>(key: K, data: D) {
  return {
    variables: { after: data[key].pageInfo.endCursor ?? null },
    updateQuery: (previous: D, { fetchMoreResult }: { fetchMoreResult: D }): D =>
      ({
        ...previous,
        [key]: { ...fetchMoreResult[key], nodes: [...previous[key].nodes, ...fetchMoreResult[key].nodes] },
      }) as D,
  };
}
