import { useQuery } from '@apollo/client/react';
import { useDebounced } from '../../lib/use-debounced';
import { SearchUnitsQuery } from './operations/search-units';

/**
 * The units matching what is typed (a name without diacritics, "ba tri", or a code), best match
 * first: asked of the server 200 ms after the typing stops, from two characters on.
 */
export function useUnitSearch(text: string, first: number) {
  const search = useDebounced(text.trim(), 200);
  const { data } = useQuery(SearchUnitsQuery, { variables: { search, first }, skip: search.length < 2 });
  return search.length < 2 ? [] : (data?.units.nodes ?? []);
}
