import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { Level } from '@chitieu/shared';
import type { UnitsBelowQuery as UnitsBelowData } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/errors';
import { UnitsBelowQuery } from '../operations/units-below';
import type { Assignee } from './task-draft';

const PAGE = 100;

async function page(
  client: ApolloClient,
  parent: string,
  level: Level,
  after: string | null,
): Promise<UnitsBelowData['units']> {
  const { data, error } = await client.query({
    query: UnitsBelowQuery,
    variables: { parent, level, first: PAGE, after },
  });
  if (!data) throw error ?? new Error('No data');
  return data.units;
}

/** Loads a unit's districts and communes (a page at a time), to give them all a task at once. */
export function useUnitsBelow(): { load(parent: string): Promise<Assignee[]>; loading: boolean; error: string | null } {
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = async (parent: string): Promise<Assignee[]> => {
    setLoading(true);
    setError(null);
    const found: Assignee[] = [];
    try {
      for (const level of ['DISTRICT', 'COMMUNE'] as const) {
        let after: string | null = null;
        do {
          const units = await page(client, parent, level, after);
          found.push(...units.nodes.map((u) => ({ code: u.code, name: u.name })));
          after = units.pageInfo.hasNextPage ? (units.pageInfo.endCursor ?? null) : null;
        } while (after);
      }
      return found;
    } catch (e) {
      setError(errorMessage(e));
      return [];
    } finally {
      setLoading(false);
    }
  };
  return { load, loading, error };
}
