/** One cell of the results table: what a GraphQL leaf can be. */
export type Cell = string | number | boolean | null;

export interface Column {
  /** The dotted path inside a row ("unit.name", "progress.activatedRate"). */
  key: string;
  /** Every value present is a number: sorted as numbers, offered for the chart. */
  numeric: boolean;
}

/** The first list of a result, one row per item, nested objects spread into dotted columns. */
export interface ResultTable {
  /** Where the list is ("ranking.nodes"); "" when the result had no list and is one row. */
  path: string;
  columns: Column[];
  rows: Cell[][];
}

/** The first array met walking the result in field order (depth first), with its path. */
export function findFirstList(value: unknown, path: string[] = []): { path: string[]; list: unknown[] } | null {
  if (Array.isArray(value)) return { path, list: value };
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = findFirstList(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

function isScalar(value: unknown): value is Cell {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function flattenInto(value: unknown, prefix: string, out: Map<string, Cell>): void {
  if (isScalar(value)) {
    out.set(prefix, value);
  } else if (Array.isArray(value)) {
    // A list inside a row: scalars joined, objects kept as JSON (the table shows one level of lists).
    out.set(prefix, value.every((v) => isScalar(v) && v !== null) ? value.join(', ') : JSON.stringify(value));
  } else if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(prefix, null);
    for (const [key, child] of entries) flattenInto(child, prefix ? `${prefix}.${key}` : key, out);
  }
}

/** The table of a result's data: its first list flattened, or the whole data as one row. */
export function flattenResult(data: unknown): ResultTable | null {
  if (typeof data !== 'object' || data === null) return null;
  const found = findFirstList(data);
  const items = found ? found.list : [data];
  const leaf = found?.path[found.path.length - 1] ?? 'value';
  const flat = items.map((item) => {
    const cells = new Map<string, Cell>();
    flattenInto(item, isScalar(item) || Array.isArray(item) ? leaf : '', cells);
    return cells;
  });
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const cells of flat) {
    for (const key of cells.keys()) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  const rows = flat.map((cells) => keys.map((key) => cells.get(key) ?? null));
  const columns = keys.map((key, index) => {
    const present = rows.map((row) => row[index]).filter((cell) => cell !== null && cell !== undefined);
    return { key, numeric: present.length > 0 && present.every((cell) => typeof cell === 'number') };
  });
  return { path: found ? found.path.join('.') : '', columns, rows };
}

export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Rows sorted by one column; empty cells always last, numbers as numbers, text in Vietnamese order. */
export function sortRows(rows: readonly Cell[][], column: number, direction: SortDirection): Cell[][] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[column] ?? null;
    const y = b[column] ?? null;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * collator.compare(String(x), String(y));
  });
}
