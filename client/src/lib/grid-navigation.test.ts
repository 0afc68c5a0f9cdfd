import { describe, expect, it } from 'vitest';
import { gridKeyOf, moveInGrid, type GridCursor } from './grid-navigation';

const at = (row: number, col: number, anchorCol: number | null = null): GridCursor => ({ row, col, anchorCol });
const two = () => 2;

describe('moveInGrid', () => {
  it('Tab goes right, then wraps to the first cell of the next row, then leaves after the last', () => {
    expect(moveInGrid(at(0, 0), 'Tab', two, 3)).toEqual({ to: at(0, 1, 0) });
    expect(moveInGrid(at(0, 1, 0), 'Tab', two, 3)).toEqual({ to: at(1, 0, 0) });
    expect(moveInGrid(at(2, 1), 'Tab', two, 3)).toEqual({ leave: 'after' });
  });

  it('Shift+Tab goes left, wraps to the end of the previous row, leaves before the first', () => {
    expect(moveInGrid(at(1, 1), 'ShiftTab', two, 3)).toEqual({ to: at(1, 0) });
    expect(moveInGrid(at(1, 0), 'ShiftTab', two, 3)).toEqual({ to: at(0, 1) });
    expect(moveInGrid(at(0, 0), 'ShiftTab', two, 3)).toEqual({ leave: 'before' });
  });

  it('Enter after a run of Tabs goes down to the column the run started from', () => {
    const afterTab = moveInGrid(at(0, 0), 'Tab', two, 3);
    expect(afterTab).toEqual({ to: at(0, 1, 0) });
    expect(moveInGrid(at(0, 1, 0), 'Enter', two, 3)).toEqual({ to: at(1, 0) });
  });

  it('Enter without Tabs goes straight down; from the last row it leaves the grid', () => {
    expect(moveInGrid(at(0, 1), 'Enter', two, 3)).toEqual({ to: at(1, 1) });
    expect(moveInGrid(at(2, 0), 'Enter', two, 3)).toEqual({ leave: 'after' });
    expect(moveInGrid(at(1, 1), 'ShiftEnter', two, 3)).toEqual({ to: at(0, 1) });
    expect(moveInGrid(at(0, 1), 'ShiftEnter', two, 3)).toBeNull();
  });

  it('arrows move in the same column and stop at the edges', () => {
    expect(moveInGrid(at(0, 1), 'ArrowDown', two, 3)).toEqual({ to: at(1, 1) });
    expect(moveInGrid(at(2, 1), 'ArrowDown', two, 3)).toBeNull();
    expect(moveInGrid(at(0, 0), 'ArrowUp', two, 3)).toBeNull();
  });

  it('visits the reason cell of a row that shows one, and clamps to shorter rows', () => {
    const columns = (row: number) => (row === 1 ? 3 : 2);
    expect(moveInGrid(at(1, 1), 'Tab', columns, 3)).toEqual({ to: at(1, 2, 1) });
    expect(moveInGrid(at(1, 2, 1), 'Tab', columns, 3)).toEqual({ to: at(2, 0, 0) });
    expect(moveInGrid(at(1, 2), 'ArrowDown', columns, 3)).toEqual({ to: at(2, 1) });
    expect(moveInGrid(at(2, 0), 'ShiftTab', columns, 3)).toEqual({ to: at(1, 2) });
  });
});

describe('gridKeyOf', () => {
  const key = (
    k: string,
    mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {},
  ) => gridKeyOf({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
  it('reads the keys the grid moves with and ignores chords', () => {
    expect(key('Tab')).toBe('Tab');
    expect(key('Tab', { shiftKey: true })).toBe('ShiftTab');
    expect(key('Enter', { shiftKey: true })).toBe('ShiftEnter');
    expect(key('ArrowDown')).toBe('ArrowDown');
    expect(key('Enter', { ctrlKey: true })).toBeNull();
    expect(key('ArrowLeft')).toBeNull();
    expect(key('a')).toBeNull();
  });
});
