import {
  allocationOf,
  isTarget,
  MAX_TARGET,
  splitTarget,
  type Locale,
  type SplitMethod,
  type SplitOutcome,
} from '@chitieu/shared';
import { formatCountInput, parseCountInput } from '../../lib/counts';

/** A child in the targets editor: its saved target and what split helpers may weigh it by. */
export interface TargetRow {
  code: string;
  name: string;
  population: number | null;
  saved: number;
}

/** What is typed in each child's cell, by code. */
export type TargetDraft = Readonly<Record<string, string>>;

export interface Message {
  vi: string;
  en: string;
}

export interface TargetsCheck {
  /** Each cell's value when it holds a valid target. */
  values: ReadonlyMap<string, number>;
  problems: ReadonlyMap<string, Message>;
  /** Sum of the valid cells (đã phân bổ) and parent − sum (chưa phân bổ; negative: vượt). */
  allocated: number;
  unallocated: number;
  /** The cells that differ from what is saved: what one assignTargets sends. */
  changed: Array<{ unit: string; target: number }>;
  dirty: boolean;
}

const NOT_A_TARGET: Message = {
  vi: `Chỉ tiêu là số nguyên từ 0 đến ${formatCountInput(MAX_TARGET, 'vi')}.`,
  en: `A target is a whole number from 0 to ${formatCountInput(MAX_TARGET, 'en')}.`,
};

export function initialTargetDraft(rows: readonly TargetRow[], language: Locale): TargetDraft {
  return Object.fromEntries(rows.map((row) => [row.code, formatCountInput(row.saved, language)]));
}

/** The grid checked as it is typed: the sum and the remainder move with every keystroke. */
export function checkTargets(parentTarget: number, rows: readonly TargetRow[], draft: TargetDraft): TargetsCheck {
  const values = new Map<string, number>();
  const problems = new Map<string, Message>();
  const changed: TargetsCheck['changed'] = [];
  let dirty = false;
  for (const row of rows) {
    const parsed = parseCountInput(draft[row.code] ?? '');
    if (parsed.kind !== 'count' || !isTarget(parsed.value)) {
      problems.set(row.code, NOT_A_TARGET);
      dirty = true;
      continue;
    }
    values.set(row.code, parsed.value);
    if (parsed.value !== row.saved) {
      changed.push({ unit: row.code, target: parsed.value });
      dirty = true;
    }
  }
  const { allocated, unallocated } = allocationOf(parentTarget, [...values.values()]);
  return { values, problems, allocated, unallocated, changed, dirty };
}

/**
 * What a split helper proposes (the rule is '@chitieu/shared' splitTarget, largest remainder, so
 * the parts sum exactly to the parent's target): equally, by population, or in proportion to the
 * targets in the grid now (cells that are not valid count as 0).
 */
export function proposeSplit(
  parentTarget: number,
  rows: readonly TargetRow[],
  check: TargetsCheck,
  method: SplitMethod,
): SplitOutcome {
  return splitTarget(
    parentTarget,
    rows.map((row) => ({ population: row.population, target: check.values.get(row.code) ?? 0 })),
    method,
  );
}

/** The grid after applying a proposal. */
export function applyProposal(rows: readonly TargetRow[], parts: readonly number[], language: Locale): TargetDraft {
  return Object.fromEntries(rows.map((row, i) => [row.code, formatCountInput(parts[i] ?? 0, language)]));
}

/**
 * A draft moved onto a newer version: cells the user edited keep their text, the others take the
 * newer saved targets (so a rebase never writes back over someone else's change).
 */
export function rebaseDraft(
  before: readonly TargetRow[],
  after: readonly TargetRow[],
  draft: TargetDraft,
  language: Locale,
): TargetDraft {
  const saved = new Map(before.map((row) => [row.code, row.saved]));
  return Object.fromEntries(
    after.map((row) => {
      const text = draft[row.code];
      const parsed = parseCountInput(text ?? '');
      const untouched = text === undefined || (parsed.kind === 'count' && parsed.value === saved.get(row.code));
      return [row.code, untouched ? formatCountInput(row.saved, language) : text];
    }),
  );
}

/** One change someone else saved since the editor loaded (CONFLICT's extensions.changes). */
export interface ConflictChange {
  unit: string;
  name: string;
  oldTarget: number | null;
  newTarget: number;
  by: string;
  at: string;
}

/** Reads CONFLICT's `changes`, keeping the well-formed entries. */
export function readConflictChanges(value: unknown): ConflictChange[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const c = item as Partial<ConflictChange> | null;
    if (!c || typeof c.unit !== 'string' || typeof c.newTarget !== 'number') return [];
    return [
      {
        unit: c.unit,
        name: typeof c.name === 'string' ? c.name : c.unit,
        oldTarget: typeof c.oldTarget === 'number' ? c.oldTarget : null,
        newTarget: c.newTarget,
        by: String(c.by ?? ''),
        at: String(c.at ?? ''),
      },
    ];
  });
}
