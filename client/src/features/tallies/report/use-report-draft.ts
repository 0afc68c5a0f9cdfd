import type { Locale } from '@chitieu/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FieldProblem } from '../../../lib/errors';
import { checkRow, initialDraft, type Draft, type DraftRow, type Message, type ReportField } from './report-model';
import type { HamletSheet } from './sheet-rows';

const cellKey = (code: string, field: ReportField) => `${code}:${field}`;

/**
 * The report editor's typing state: the cells, which cells were left (their problems show from
 * then on, or after a save was tried), and the problems the server sent back per cell.
 */
export function useReportDraft(rows: readonly HamletSheet[] | null, language: Locale) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<ReadonlyMap<string, Message>>(new Map());

  useEffect(() => {
    if (rows && draft === null) setDraft(initialDraft(rows, language));
  }, [rows, draft, language]);

  const checks = useMemo(() => (rows && draft ? rows.map((row) => checkRow(row, draft[row.code])) : []), [rows, draft]);
  const dirty = checks.some((check) => check.dirty);

  const setCell = useCallback((code: string, field: keyof DraftRow, text: string) => {
    setDraft((current) => (current ? { ...current, [code]: { ...(current[code] ?? { collected: '', activated: '', reason: '' }), [field]: text } } : current));
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

  const showServerProblems = (problems: readonly FieldProblem[]) =>
    setServerProblems(new Map(problems.map((p) => [cellKey(p.unit ?? '', p.field as ReportField), { vi: p.messageVi, en: p.messageEn }])));

  /** Back to what is on record (after a save, or to discard the edits). */
  const reset = () => {
    setDraft(null);
    setTouched(new Set());
    setAttempted(false);
    setServerProblems(new Map());
  };

  return { draft, checks, dirty, setCell, touch, problemOf, setAttempted, showServerProblems, reset };
}

export type ReportDraftState = ReturnType<typeof useReportDraft>;
