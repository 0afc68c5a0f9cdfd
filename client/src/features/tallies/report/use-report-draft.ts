import type { Locale } from '@chitieu/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FieldProblem } from '../../../lib/errors';
import {
  checkRow,
  draftRowOf,
  initialDraft,
  type Draft,
  type DraftRow,
  type Message,
  type ReportField,
} from './report-model';
import { rebaseShown, followRecord, shownOf, type Shown } from './shown-reports';
import type { HamletSheet } from './sheet-rows';

const cellKey = (code: string, field: ReportField) => `${code}:${field}`;

/**
 * The report editor's typing state: the cells, which cells were left (their problems show from
 * then on, or after a save was tried), the problems the server sent back per cell, and for each
 * row the date's report its cells started from ("shown": a save names it as the one it replaces).
 * A row nobody typed in follows the report on record when the data refreshes; a row typed in
 * keeps what it was shown until a save, a revert or a conflict.
 */
export function useReportDraft(rows: readonly HamletSheet[] | null, language: Locale) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [shown, setShown] = useState<Shown>(new Map());
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<ReadonlyMap<string, Message>>(new Map());

  useEffect(() => {
    if (!rows) return;
    if (draft === null) {
      setDraft(initialDraft(rows, language));
      setShown(shownOf(rows));
      return;
    }
    const moved = followRecord(rows, shown, edited);
    if (moved.length === 0) return;
    setDraft((current) =>
      current
        ? { ...current, ...Object.fromEntries(moved.map((row) => [row.code, draftRowOf(row.onDate, language)])) }
        : current,
    );
    setShown((current) => new Map([...current, ...moved.map((row) => [row.code, row.onDate] as const)]));
  }, [rows, draft, shown, edited, language]);

  const checks = useMemo(
    () =>
      rows && draft
        ? rows.map((row) => checkRow(row, draft[row.code], shown.has(row.code) ? shown.get(row.code)! : row.onDate))
        : [],
    [rows, draft, shown],
  );
  const dirty = checks.some((check) => check.dirty);

  const setCell = useCallback((code: string, field: keyof DraftRow, text: string) => {
    setDraft((current) =>
      current
        ? { ...current, [code]: { ...(current[code] ?? { collected: '', activated: '', reason: '' }), [field]: text } }
        : current,
    );
    setEdited((current) => (current.has(code) ? current : new Set(current).add(code)));
    setServerProblems((current) => {
      if (![...current.keys()].some((key) => key.startsWith(`${code}:`))) return current;
      return new Map([...current].filter(([key]) => !key.startsWith(`${code}:`)));
    });
  }, []);

  const touch = useCallback((code: string, field: ReportField) => {
    setTouched((current) => (current.has(cellKey(code, field)) ? current : new Set(current).add(cellKey(code, field))));
  }, []);

  /** The problem to show on a cell: the server's, else the client's once the cell was left. */
  const problemOf = (code: string, field: ReportField): Message | undefined => {
    const server = serverProblems.get(cellKey(code, field));
    if (server) return server;
    if (!attempted && !touched.has(cellKey(code, field))) return undefined;
    return checks.find((check) => check.code === code)?.problems[field];
  };

  /** An unusual gain on a cell, once the cell was left (or a save tried), when it has no problem. */
  const warningOf = (code: string, field: 'collected' | 'activated'): Message | undefined => {
    if (problemOf(code, field) || (!attempted && !touched.has(cellKey(code, field)))) return undefined;
    return checks.find((check) => check.code === code)?.warnings[field];
  };

  const showServerProblems = (problems: readonly FieldProblem[]) =>
    setServerProblems(
      new Map(
        problems.map((p) => [cellKey(p.unit ?? '', p.field as ReportField), { vi: p.messageVi, en: p.messageEn }]),
      ),
    );

  /**
   * After a CONFLICT: the rows in conflict are now shown what is on record (each cell's `stored`),
   * so the next save, if the user still wants it, names that report as the one it replaces.
   */
  const rebase = (cells: ReadonlyArray<{ unit: string; field: string; stored: number | null }>) =>
    setShown((current) => rebaseShown(current, cells));

  /** Back to what is on record (after a save, or to discard the edits). */
  const reset = () => {
    setDraft(null);
    setShown(new Map());
    setEdited(new Set());
    setTouched(new Set());
    setAttempted(false);
    setServerProblems(new Map());
  };

  return {
    draft,
    checks,
    dirty,
    setCell,
    touch,
    problemOf,
    warningOf,
    setAttempted,
    showServerProblems,
    rebase,
    reset,
  };
}

export type ReportDraftState = ReturnType<typeof useReportDraft>;
