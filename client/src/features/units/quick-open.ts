import type { ApolloClient } from '@apollo/client';
import { i18n } from '../../i18n/i18n';
import type { QuickOpenProvider } from '../../workbench/views/contributions';
import type { Workbench } from '../../workbench/workbench';
import { LEVEL_ICONS } from './explorer/TreeRow';
import { SearchUnitsQuery } from './operations/search-units';
import { openUnit, type UnitRef } from './open-unit';
import type { RecentUnits } from './recent-units';

/** Ctrl+P: units searched on the server without diacritics, best match first; the recently opened ones before anything is typed. */
export function unitQuickOpen(wb: Workbench, client: ApolloClient, recent: RecentUnits): QuickOpenProvider {
  const item = (unit: UnitRef, icon: string, detail?: string) => ({
    id: unit.code,
    label: unit.name,
    icon,
    description: unit.parentName ?? '',
    ...(detail ? { detail } : {}),
    run: ({ side }: { side: boolean }) => openUnit(wb, unit, { side, pinned: side }),
  });
  return {
    id: 'units',
    recent: () => recent.list().map((unit) => item(unit, 'history')),
    async search(query, signal) {
      const { data, error } = await client.query({
        query: SearchUnitsQuery,
        variables: { search: query, first: 20 },
        fetchPolicy: 'network-only',
        context: { fetchOptions: { signal } },
      });
      if (!data) throw error ?? new Error('No data');
      const t = i18n.getFixedT(null, 'units');
      return data.units.nodes.map((unit) =>
        item(
          { code: unit.code, name: unit.name, ...(unit.parent ? { parentName: unit.parent.name } : {}) },
          LEVEL_ICONS[unit.level],
          t('quickOpen.detail', { level: t(`level.${unit.level}`), code: unit.code }),
        ),
      );
    },
  };
}
