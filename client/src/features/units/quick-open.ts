import type { ApolloClient } from '@apollo/client';
import { i18n } from '../../i18n/i18n';
import type { QuickOpenProvider } from '../../workbench/views/contributions';
import type { Workbench } from '../../workbench/workbench';
import { LEVEL_ICONS } from './explorer/TreeRow';
import { SearchUnitsQuery } from './operations/search-units';
import { openUnit } from './open-unit';

/** Ctrl+P: units searched on the server without diacritics, best match first. */
export function unitQuickOpen(wb: Workbench, client: ApolloClient): QuickOpenProvider {
  return {
    id: 'units',
    async search(query, signal) {
      const { data, error } = await client.query({
        query: SearchUnitsQuery,
        variables: { search: query, first: 20 },
        fetchPolicy: 'network-only',
        context: { fetchOptions: { signal } },
      });
      if (!data) throw error ?? new Error('No data');
      const t = i18n.getFixedT(null, 'units');
      return data.units.nodes.map((unit) => ({
        id: unit.code,
        label: unit.name,
        icon: LEVEL_ICONS[unit.level],
        description: unit.parent?.name ?? '',
        detail: t('quickOpen.detail', { level: t(`level.${unit.level}`), code: unit.code }),
        run: ({ side }) => openUnit(wb, unit, { side, pinned: side }),
      }));
    },
  };
}
