import type { Level, ProgressState } from '@chitieu/shared';
import type { LineOrder } from '../../../gql/graphql';
import { createStore, useStore } from '../../../workbench/state/store';
import type { LineColumn, SortDirection } from './line-sort';

/** The filters of a directive's lines; the server applies them ("every AT_RISK commune of Ba Tri"). */
export interface LineFilter {
  state: ProgressState | null;
  level: Level | null;
  /** A unit whose subtree the lines must lie in. */
  under: { code: string; name: string } | null;
  orderBy: LineOrder;
  /** A column the table sorts by on top of the server's order (null: the server's order). */
  sort: { column: LineColumn; direction: SortDirection } | null;
}

export const NO_FILTER: LineFilter = { state: null, level: null, under: null, orderBy: 'TASK', sort: null };

/** Filters live outside the editor, so they survive switching tabs (an inactive editor unmounts). */
const filters = createStore<Readonly<Record<string, LineFilter>>>({});

export function lineFilterOf(key: string): LineFilter {
  return filters.get()[key] ?? NO_FILTER;
}

export function setLineFilter(key: string, patch: Partial<LineFilter>): void {
  filters.set((all) => ({ ...all, [key]: { ...lineFilterOf(key), ...patch } }));
}

export function useLineFilter(key: string): LineFilter {
  return useStore(filters, (all) => all[key] ?? NO_FILTER);
}

export function isFiltered(filter: LineFilter): boolean {
  return filter.state !== null || filter.level !== null || filter.under !== null;
}

/** The TaskLines variables of a filter. */
export function lineVariables(filter: LineFilter) {
  return { state: filter.state, level: filter.level, under: filter.under?.code ?? null, orderBy: filter.orderBy };
}
