import type { Locale } from '@chitieu/shared';
import { useMemo, useState } from 'react';
import type { TargetsQuery } from '../../../gql/graphql';
import {
  applyProposal,
  checkTargets,
  initialTargetDraft,
  rebaseDraft,
  type TargetDraft,
  type TargetRow,
} from '../targets-model';

export type TargetSplitData = TargetsQuery['targets'];

/** What the editor saves against: the version, the parent's target and the children, as loaded. */
export interface TargetsBase {
  version: string;
  target: number;
  rows: TargetRow[];
}

function baseOf(split: TargetSplitData): TargetsBase {
  return {
    version: split.version,
    target: split.target,
    rows: split.children.map((c) => ({
      code: c.unit.code,
      name: c.unit.name,
      population: c.population ?? null,
      saved: c.target,
    })),
  };
}

/**
 * The grid's state. The base (version and saved targets) is what the editor loaded, and stays so
 * while the data refreshes in the background: a save against it is refused with CONFLICT when
 * someone saved in between, instead of silently writing over their change.
 */
export function useTargetsDraft(split: TargetSplitData | undefined, language: Locale) {
  const [base, setBase] = useState<TargetsBase | null>(null);
  const [draft, setDraft] = useState<TargetDraft | null>(null);
  if (split && base === null) {
    const loaded = baseOf(split);
    setBase(loaded);
    setDraft(initialTargetDraft(loaded.rows, language));
  }
  const check = useMemo(() => (base && draft ? checkTargets(base.target, base.rows, draft) : null), [base, draft]);

  return {
    base,
    draft,
    check,
    setCell: (code: string, text: string) => setDraft((current) => ({ ...current, [code]: text })),
    apply: (parts: readonly number[]) => base && setDraft(applyProposal(base.rows, parts, language)),
    /** Back to the saved targets of this (or a newer) load. */
    reset: (next?: TargetSplitData) => {
      const loaded = next ? baseOf(next) : base;
      if (!loaded) return;
      setBase(loaded);
      setDraft(initialTargetDraft(loaded.rows, language));
    },
    /** Takes the newer version as the base and keeps the user's edits (only those) on top of it. */
    rebase: (next: TargetSplitData) => {
      const loaded = baseOf(next);
      if (base && draft) setDraft(rebaseDraft(base.rows, loaded.rows, draft, language));
      setBase(loaded);
    },
  };
}

export type TargetsDraftState = ReturnType<typeof useTargetsDraft>;
