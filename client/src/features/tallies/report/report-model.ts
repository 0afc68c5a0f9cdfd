import {
  checkTally,
  isUnusualGain,
  unusualGainWarning,
  type Counts,
  type Locale,
  type ReplacingReport,
  type TallyInput,
} from '@chitieu/shared';
import { formatCountInput, parseCountInput, type ParsedCount } from '../../../lib/counts';
import type { HamletSheet } from './sheet-rows';

/** What is typed in one hamlet's row. */
export interface DraftRow {
  collected: string;
  activated: string;
  reason: string;
}

export type Draft = Readonly<Record<string, DraftRow>>;
export type ReportField = 'collected' | 'activated' | 'reason' | 'unit';
export interface Message {
  vi: string;
  en: string;
}

/** One row checked: what it holds, whether it will be saved, and its problems per cell. */
export interface RowCheck {
  code: string;
  /** The counts to save, when both cells hold whole numbers. */
  counts: Counts | null;
  /** Complete, and different from the report on record for the date: the save sends it. */
  changed: boolean;
  /** Anything typed differs from what the editor opened with. */
  dirty: boolean;
  problems: Partial<Record<ReportField, Message>>;
  /** A correction (below the previous report, above a later one): the reason cell shows. */
  needsReason: boolean;
  /** The day's change against the previous report (from 0 when there is none). */
  change: { collected: number | null; activated: number | null };
  /** The date's report the sheet showed (a save names it as the one it replaces), or null. */
  expected: Counts | null;
  /** Non-blocking: a day's gain far above the hamlet's usual one (saving stays allowed). */
  warnings: Partial<Record<'collected' | 'activated', Message>>;
}

const EMPTY_ROW: DraftRow = { collected: '', activated: '', reason: '' };
const BOTH: Message = { vi: 'Nhập cả số thu nhận và số kích hoạt.', en: 'Enter both counts.' };
const NOT_A_COUNT: Message = {
  vi: 'Không đọc được số: gõ số nguyên, ví dụ 1.234.',
  en: 'Not a whole number: type e.g. 1,234.',
};
const CANNOT_CLEAR: Message = {
  vi: 'Báo cáo ngày này đã lưu: chỉ sửa được số, không xoá được.',
  en: "This day's report is saved: it can be corrected, not removed.",
};

/** A row's cells showing a report (the date's report on record), or empty for none. */
export function draftRowOf(report: Counts | null, language: Locale): DraftRow {
  return report
    ? {
        collected: formatCountInput(report.collected, language),
        activated: formatCountInput(report.activated, language),
        reason: '',
      }
    : EMPTY_ROW;
}

/** The cells as the editor opens: the date's report when there is one, else empty. */
export function initialDraft(rows: readonly HamletSheet[], language: Locale): Draft {
  return Object.fromEntries(rows.map((row) => [row.code, draftRowOf(row.onDate, language)]));
}

const valueOf = (parsed: ParsedCount) => (parsed.kind === 'count' ? parsed.value : null);

/**
 * Checks a row with the rules of '@chitieu/shared' (checkTally): the server checks them again.
 * `shown` is the date's report the row's cells started from (by default the one on record): the
 * row is changed when the cells differ from it, and a save names it as the report it replaces.
 */
export function checkRow(row: HamletSheet, draft: DraftRow = EMPTY_ROW, shown: Counts | null = row.onDate): RowCheck {
  const collected = parseCountInput(draft.collected);
  const activated = parseCountInput(draft.activated);
  const reason = draft.reason.trim();
  const problems: RowCheck['problems'] = {};
  const base = row.previous ?? { collected: 0, activated: 0 };
  const change = {
    collected: valueOf(collected) === null ? null : valueOf(collected)! - base.collected,
    activated: valueOf(activated) === null ? null : valueOf(activated)! - base.activated,
  };
  const onDate = shown;
  const dirty =
    valueOf(collected) !== (onDate?.collected ?? null) ||
    valueOf(activated) !== (onDate?.activated ?? null) ||
    collected.kind === 'invalid' ||
    activated.kind === 'invalid' ||
    reason !== '';
  const warnings: RowCheck['warnings'] = {};
  const result = (counts: Counts | null, changed: boolean, needsReason = false): RowCheck => ({
    code: row.code,
    counts,
    changed,
    dirty,
    problems,
    needsReason,
    change,
    expected: onDate,
    warnings,
  });

  for (const field of ['collected', 'activated'] as const) {
    if ((field === 'collected' ? collected : activated).kind === 'invalid') problems[field] = NOT_A_COUNT;
  }
  if (collected.kind === 'empty' && activated.kind === 'empty') {
    if (onDate) problems.collected = problems.activated = CANNOT_CLEAR;
    return result(null, false);
  }
  if (collected.kind === 'empty') problems.collected = BOTH;
  if (activated.kind === 'empty') problems.activated = BOTH;
  if (collected.kind !== 'count' || activated.kind !== 'count') return result(null, false);

  const counts = { collected: collected.value, activated: activated.value };
  const same = onDate !== null && onDate.collected === counts.collected && onDate.activated === counts.activated;
  const changed = !same || reason !== '';
  if (!changed) return result(counts, false);
  const around = { previous: row.previous, next: row.next };
  const input: TallyInput = { unit: row.code, ...counts, reason };
  const found = checkTally(input, around);
  const withReason = reason === '' ? checkTally({ ...input, reason: '-' }, around) : found;
  const needsReason = reason !== '' || withReason.length < found.length;
  for (const problem of found) problems[problem.field] ??= { vi: problem.messageVi, en: problem.messageEn };
  for (const field of ['collected', 'activated'] as const) {
    const gain = change[field] ?? 0;
    const typical = row.typicalGain?.[field] ?? null;
    if (!problems[field] && typical !== null && isUnusualGain(gain, row.daysSincePrevious ?? 1, typical)) {
      const { messageVi, messageEn } = unusualGainWarning(gain, typical);
      warnings[field] = { vi: messageVi, en: messageEn };
    }
  }
  return result(counts, true, needsReason);
}

/**
 * The reports one save sends: the rows that changed, with their reasons, each naming the date's
 * report the sheet showed as the one it replaces (replace-with-expected: if someone saved another
 * meanwhile, the server refuses with CONFLICT instead of overwriting it).
 */
export function reportsToSave(checks: readonly RowCheck[], draft: Draft): ReplacingReport[] {
  return checks
    .filter((check) => check.changed && check.counts)
    .map((check) => {
      const reason = draft[check.code]?.reason.trim() ?? '';
      const { collected, activated } = check.counts!;
      const expected = check.expected && { collected: check.expected.collected, activated: check.expected.activated };
      return {
        unit: check.code,
        collected,
        activated,
        ...(reason ? { reason } : {}),
        ...(expected ? { expected } : {}),
      };
    });
}

/** Rows with a problem, in grid order. */
export function rowsWithProblems(checks: readonly RowCheck[]): RowCheck[] {
  return checks.filter((check) => Object.keys(check.problems).length > 0);
}
