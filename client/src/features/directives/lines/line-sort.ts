import { compareStateSeverity, type ProgressState } from '@chitieu/shared';

/** The sortable columns of a task's lines. */
export const LINE_COLUMNS = ['assignee', 'collectedRate', 'activatedRate', 'percentDone', 'state'] as const;
export type LineColumn = (typeof LINE_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface SortableLine {
  assignee: { name: string };
  state: ProgressState;
  percentDone?: number | null;
  progress?: { collectedRate?: number | null; activatedRate?: number | null } | null;
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

function value(line: SortableLine, column: LineColumn): number | string | null {
  switch (column) {
    case 'assignee':
      return line.assignee.name;
    case 'collectedRate':
      return line.progress?.collectedRate ?? null;
    case 'activatedRate':
      return line.progress?.activatedRate ?? null;
    case 'percentDone':
      return line.percentDone ?? null;
    case 'state':
      return compareStateSeverity(line.state, 'DONE');
  }
}

/**
 * Sorts lines by a column on top of the server's order (which stays the tie-break): empty values
 * last whatever the direction; by state, worst first when descending.
 */
export function sortLines<T extends SortableLine>(
  lines: readonly T[],
  column: LineColumn,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => {
      const x = value(a.line, column);
      const y = value(b.line, column);
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      const order = typeof x === 'string' || typeof y === 'string' ? collator.compare(String(x), String(y)) : x - y;
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map(({ line }) => line);
}
