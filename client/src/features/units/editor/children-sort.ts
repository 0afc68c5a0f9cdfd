/** The columns of the children table, and how each one sorts. */
export const CHILD_COLUMNS = [
  'name',
  'target',
  'collected',
  'collectedRate',
  'activated',
  'activatedRate',
  'remaining',
  'state',
] as const;
export type ChildColumn = (typeof CHILD_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface ChildRow {
  code: string;
  name: string;
  target: number | null;
  collected: number | null;
  activated: number | null;
  collectedRate: number | null;
  activatedRate: number | null;
  remaining: number | null;
  /** Severity of the state, higher is worse, so that sorting by state puts the worst together. */
  stateRank: number | null;
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Sorts rows by a column; empty values always go last; ties fall back to the name. */
export function sortChildren(rows: readonly ChildRow[], column: ChildColumn, direction: SortDirection): ChildRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const value = (row: ChildRow): number | string | null => (column === 'state' ? row.stateRank : row[column]);
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null && y === null) return collator.compare(a.name, b.name);
    if (x === null) return 1;
    if (y === null) return -1;
    const order = typeof x === 'string' || typeof y === 'string' ? collator.compare(String(x), String(y)) : x - y;
    return order !== 0 ? sign * order : collator.compare(a.name, b.name);
  });
}
