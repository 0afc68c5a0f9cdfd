import { describe, expect, it } from 'vitest';
import { sheetRows, type SheetInput } from './sheet-rows';

const point = (date: string, collected: number, activated: number) => ({ date, collected, activated });

function input(overrides: Partial<SheetInput> & Pick<SheetInput, 'hamlets'>): SheetInput {
  return { date: '2023-11-14', lastBefore: new Map(), reportedOn: new Map(), latest: new Map(), ...overrides };
}

describe('sheetRows', () => {
  it('reads the previous report and the report on the date', () => {
    const [row] = sheetRows(
      input({
        hamlets: [
          {
            code: 'A',
            name: 'Ấp 1',
            history: [point('2023-11-13', 700, 500), point('2023-11-14', 757, 600), point('2023-11-15', 757, 600)],
          },
        ],
        lastBefore: new Map([['A', '2023-11-12']]),
        reportedOn: new Map([['A', true]]),
        latest: new Map([['A', '2023-11-14']]),
      }),
    );
    expect(row).toEqual({
      code: 'A',
      name: 'Ấp 1',
      previous: { date: '2023-11-12', collected: 700, activated: 500 },
      onDate: { collected: 757, activated: 600 },
      next: null,
      // One day of history before the date: too little to say what is usual.
      typicalGain: { collected: null, activated: null },
      daysSincePrevious: 2,
    });
  });

  it('finds the next report after a back date where the series moves', () => {
    const [row] = sheetRows(
      input({
        hamlets: [
          {
            code: 'A',
            name: 'Ấp 1',
            history: [point('2023-11-13', 700, 500), point('2023-11-14', 700, 500), point('2023-11-15', 790, 610)],
          },
        ],
        lastBefore: new Map([['A', '2023-11-13']]),
        latest: new Map([['A', '2023-11-15']]),
      }),
    );
    expect(row?.onDate).toBeNull();
    expect(row?.next).toEqual({ collected: 790, activated: 610 });
  });

  it('treats a later report that repeats the counts as the next one', () => {
    const [row] = sheetRows(
      input({
        hamlets: [
          {
            code: 'A',
            name: 'Ấp 1',
            history: [point('2023-11-13', 700, 500), point('2023-11-14', 700, 500), point('2023-11-15', 700, 500)],
          },
        ],
        lastBefore: new Map([['A', '2023-11-13']]),
        latest: new Map([['A', '2023-11-15']]),
      }),
    );
    expect(row?.next).toEqual({ collected: 700, activated: 500 });
  });

  it('has nothing before, on or after for a hamlet that never reported', () => {
    const [row] = sheetRows(
      input({
        hamlets: [{ code: 'B', name: 'Ấp 2', history: [point('2023-11-13', 0, 0), point('2023-11-14', 0, 0)] }],
      }),
    );
    expect(row).toEqual({ code: 'B', name: 'Ấp 2', previous: null, onDate: null, next: null });
  });

  it('knows each count’s usual daily gain from the two weeks before the date', () => {
    const history = Array.from({ length: 15 }, (_, i) =>
      point(`2023-11-${String(i + 1).padStart(2, '0')}`, 700 + 7 * i, 500 + 3 * i),
    );
    const [row] = sheetRows(
      input({
        date: '2023-11-15',
        hamlets: [{ code: 'A', name: 'Ấp 1', history }],
        lastBefore: new Map([['A', '2023-11-14']]),
      }),
    );
    expect(row).toMatchObject({ typicalGain: { collected: 7, activated: 3 }, daysSincePrevious: 1 });
  });
});
