import { isLeaf, LEVELS, PROGRESS_STATES, type Level, type ProgressState } from '@chitieu/shared';
import { useTranslation } from 'react-i18next';
import type { LineOrder } from '../../../gql/graphql';
import { isFiltered, NO_FILTER, setLineFilter, useLineFilter } from './line-filter';
import { useSignedInUser } from '../../../lib/signed-in-user';
import { UnitChipPicker } from './UnitChipPicker';

const ORDERS: readonly LineOrder[] = ['TASK', 'WORST_FIRST', 'PERCENT_DONE'];
const FILTER_LEVELS: readonly Level[] = LEVELS.filter((l) => !isLeaf(l) && l !== 'COUNTRY');

/** State, level and unit filters and the order of every task's lines; the server applies them. */
export function LineFilters({ filterKey }: { filterKey: string }) {
  const { t } = useTranslation('directives');
  const filter = useLineFilter(filterKey);
  // A commune's officials see their own lines only: filtering by level or unit has nothing to narrow.
  const wide = useSignedInUser().scope.level !== 'COMMUNE';
  const set = (patch: Parameters<typeof setLineFilter>[1]) => setLineFilter(filterKey, patch);

  return (
    <div className="dir-line-filters" role="group" aria-label={t('filter.label')} data-testid="line-filters">
      <label>
        <span>{t('filter.state')}</span>
        <select
          className="select"
          value={filter.state ?? ''}
          onChange={(e) => set({ state: (e.target.value || null) as ProgressState | null })}
        >
          <option value="">{t('filter.anyState')}</option>
          {PROGRESS_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`state.${state}`)}
            </option>
          ))}
        </select>
      </label>
      {wide && (
        <>
          <label>
            <span>{t('filter.level')}</span>
            <select
              className="select"
              value={filter.level ?? ''}
              onChange={(e) => set({ level: (e.target.value || null) as Level | null })}
            >
              <option value="">{t('filter.anyLevel')}</option>
              {FILTER_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`filter.levels.${level}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="dir-line-filter-unit">
            <span>{t('filter.under')}</span>
            <UnitChipPicker label={t('filter.under')} value={filter.under} onChange={(under) => set({ under })} />
          </div>
        </>
      )}
      <label>
        <span>{t('filter.order')}</span>
        <select
          className="select"
          value={filter.orderBy}
          onChange={(e) => set({ orderBy: e.target.value as LineOrder, sort: null })}
        >
          {ORDERS.map((order) => (
            <option key={order} value={order}>
              {t(`filter.orders.${order}`)}
            </option>
          ))}
        </select>
      </label>
      {isFiltered(filter) && (
        <button type="button" className="link-button" onClick={() => set({ ...NO_FILTER, orderBy: filter.orderBy })}>
          {t('filter.clear')}
        </button>
      )}
    </div>
  );
}
