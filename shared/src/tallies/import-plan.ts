import type { IsoDate } from '../common/dates';
import type { Counts } from '../progress/progress';
import { checkTally } from './checks';
import type { RejectedRow, RowProblem, TallyCsvRow } from './csv-rows';

/** A report already on record for a hamlet. */
export interface ExistingReport extends Counts {
  date: IsoDate;
  reason: string | null;
}

export type ImportOutcome = 'create' | 'update' | 'unchanged';

export interface PlannedRow {
  row: TallyCsvRow;
  outcome: ImportOutcome;
}

export interface ImportPlan {
  planned: PlannedRow[];
  rejected: RejectedRow[];
}

function reject(row: TallyCsvRow, problems: RowProblem[]): RejectedRow {
  return { line: row.line, unit: row.unit, date: row.date, problems };
}

/** Rows naming the same hamlet and date as an earlier row: the later ones are refused. */
export function splitDuplicates(rows: readonly TallyCsvRow[]): { unique: TallyCsvRow[]; rejected: RejectedRow[] } {
  const first = new Map<string, number>();
  const unique: TallyCsvRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const row of rows) {
    const key = `${row.unit}|${row.date}`;
    const line = first.get(key);
    if (line === undefined) {
      first.set(key, row.line);
      unique.push(row);
    } else {
      rejected.push(
        reject(row, [
          {
            field: 'row',
            messageVi: `Trùng ấp và ngày với dòng ${line}.`,
            messageEn: `Same hamlet and date as line ${line}.`,
          },
        ]),
      );
    }
  }
  return { unique, rejected };
}

function toProblems(problems: ReturnType<typeof checkTally>): RowProblem[] {
  return problems.map(({ field, messageVi, messageEn }) => ({ field, messageVi, messageEn }));
}

/**
 * Checks the rows of one hamlet (distinct dates) against its reports on record, as the series
 * will stand once the file is in: each row is checked (DESIGN.md's tally rules) against the
 * report before it and the one after it in the merged series, so a file that corrects several
 * days at once is judged as a whole. Rows that repeat what is on record are `unchanged`.
 */
export function planHamletImport(existing: readonly ExistingReport[], rows: readonly TallyCsvRow[]): ImportPlan {
  const rejected: RejectedRow[] = [];
  // Rows wrong in themselves (activated above collected, …) are refused first and left out of the
  // series, so that one bad row does not make its neighbours look wrong too.
  const sound: TallyCsvRow[] = [];
  for (const row of rows) {
    const problems = checkTally(row, { previous: null, next: null });
    if (problems.length > 0) rejected.push(reject(row, toProblems(problems)));
    else sound.push(row);
  }
  const onRecord = new Map(existing.map((r) => [r.date, r]));
  const merged = new Map<IsoDate, Counts>(existing.map((r) => [r.date, r]));
  for (const row of sound) merged.set(row.date, row);
  const dates = [...merged.keys()].sort();
  const index = new Map(dates.map((d, i) => [d, i]));

  const planned: PlannedRow[] = [];
  for (const row of sound) {
    const old = onRecord.get(row.date);
    const sameCounts = old !== undefined && old.collected === row.collected && old.activated === row.activated;
    if (sameCounts && (row.reason === null || row.reason === old.reason)) {
      planned.push({ row, outcome: 'unchanged' });
      continue;
    }
    const i = index.get(row.date)!;
    const before = i > 0 ? merged.get(dates[i - 1]!)! : null;
    const after = i + 1 < dates.length ? merged.get(dates[i + 1]!)! : null;
    const problems = checkTally(row, { previous: before, next: after });
    if (problems.length > 0) rejected.push(reject(row, toProblems(problems)));
    else planned.push({ row, outcome: old ? 'update' : 'create' });
  }
  return { planned, rejected };
}

export interface ImportSummary {
  rowsRead: number;
  wouldCreate: number;
  wouldUpdate: number;
  unchanged: number;
  rejected: number;
}

export function summarizeImport(rowsRead: number, planned: readonly PlannedRow[], rejected: number): ImportSummary {
  const count = (o: ImportOutcome) => planned.filter((p) => p.outcome === o).length;
  return {
    rowsRead,
    wouldCreate: count('create'),
    wouldUpdate: count('update'),
    unchanged: count('unchanged'),
    rejected,
  };
}
