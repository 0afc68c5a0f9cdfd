/** A cell of the report grid: its row (hamlet) and column (collected, activated, reason). */
export interface GridCell {
  row: number;
  col: number;
}

/** Where the cursor is, and the column a run of Tabs started from (Enter goes back to it). */
export interface GridCursor extends GridCell {
  anchorCol: number | null;
}

export type GridKey = 'Tab' | 'ShiftTab' | 'Enter' | 'ShiftEnter' | 'ArrowUp' | 'ArrowDown';

/** The move a key makes: to another cell, or out of the grid after its last cell or before its first. */
export type GridMove = { to: GridCursor } | { leave: 'after' | 'before' } | null;

/**
 * Moves like a spreadsheet: Tab goes right and wraps to the next row, Shift+Tab back; Enter goes
 * down to the column the run of Tabs started from (type collected, Tab, activated, Enter: the
 * next hamlet's collected), Shift+Enter up; arrows move up and down in the same column. Rows may
 * have different numbers of columns (a row shows a reason cell when a correction needs one).
 */
export function moveInGrid(
  cursor: GridCursor,
  key: GridKey,
  columnsOf: (row: number) => number,
  rows: number,
): GridMove {
  const { row, col } = cursor;
  const clampCol = (r: number, c: number) => Math.max(0, Math.min(columnsOf(r) - 1, c));
  const vertical = (r: number, c: number): GridCursor => ({ row: r, col: clampCol(r, c), anchorCol: null });
  switch (key) {
    case 'Tab': {
      const anchorCol = cursor.anchorCol ?? col;
      if (col + 1 < columnsOf(row)) return { to: { row, col: col + 1, anchorCol } };
      return row + 1 < rows ? { to: { row: row + 1, col: 0, anchorCol: 0 } } : { leave: 'after' };
    }
    case 'ShiftTab': {
      if (col > 0) return { to: { row, col: col - 1, anchorCol: null } };
      return row > 0 ? { to: { row: row - 1, col: columnsOf(row - 1) - 1, anchorCol: null } } : { leave: 'before' };
    }
    case 'Enter':
      return row + 1 < rows ? { to: vertical(row + 1, cursor.anchorCol ?? col) } : { leave: 'after' };
    case 'ShiftEnter':
      return row > 0 ? { to: vertical(row - 1, cursor.anchorCol ?? col) } : null;
    case 'ArrowDown':
      return row + 1 < rows ? { to: vertical(row + 1, col) } : null;
    case 'ArrowUp':
      return row > 0 ? { to: vertical(row - 1, col) } : null;
  }
}

/** The grid key of a keyboard event, or null when the grid leaves it alone. */
export function gridKeyOf(event: {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): GridKey | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'Tab':
      return event.shiftKey ? 'ShiftTab' : 'Tab';
    case 'Enter':
      return event.shiftKey ? 'ShiftEnter' : 'Enter';
    case 'ArrowUp':
      return 'ArrowUp';
    case 'ArrowDown':
      return 'ArrowDown';
    default:
      return null;
  }
}
