import type { IsoDate } from '../../common/dates';
import type { FollowingMove } from './child-placement';
import type { UnitEvent } from './events';
import type { ReorganisationRow } from './mapping';
import { abolishedSuccessors, type StartedVersion } from './new-tree-checks';
import type { NewUnit } from './new-units';
import { targetCode } from './row-checks';
import { ancestorAt, unitIn, type TreeOnDate } from './tree-on-date';
import type { UnitVersion } from './validity';

/** Where one hamlet is the day before and on the effective date (commune codes). */
export interface HamletMove {
  hamlet: string;
  fromCommune: string | null;
  toCommune: string | null;
}

/**
 * What a reorganisation will do, before it is applied (the dry run). `versionsToEnd` are versions
 * in force the day before that get validTo = effectiveDate; `versionsToCreate` start on it.
 */
export interface ReorganisationPlan {
  effectiveDate: IsoDate;
  /** New units made by merging, with the old codes merged into each. */
  merges: { code: string; name: string; from: string[] }[];
  splits: { code: string; into: { code: string; hamlets: string[] }[] }[];
  renames: { code: string; fromName: string; toCode: string; toName: string }[];
  moves: { code: string; fromParent: string | null; toParent: string | null }[];
  created: string[];
  abolished: { code: string; successors: string[] }[];
  /** Every hamlet whose commune version changes, with its commune before and after. */
  hamlets: HamletMove[];
  versionsToEnd: UnitVersion[];
  versionsToCreate: UnitVersion[];
  events: UnitEvent[];
}

/** What the plan is made of, once every row is known to be sound. */
export interface PlanParts {
  before: TreeOnDate;
  after: TreeOnDate;
  rows: readonly ReorganisationRow[];
  units: ReadonlyMap<string, NewUnit>;
  moves: readonly FollowingMove[];
  ended: UnitVersion[];
  touched: ReadonlyMap<string, StartedVersion>;
  started: readonly StartedVersion[];
}

/** The dry run's account of a sound mapping: what changes, for whom, and the events to record. */
export function describePlan({
  before,
  after,
  rows,
  units,
  moves,
  ended,
  touched,
  started,
}: PlanParts): ReorganisationPlan {
  const date = after.date;
  const old = (code: string) => unitIn(before, code)!;
  const of = (kind: ReorganisationRow['kind']) => rows.filter((r) => r.kind === kind);
  const splitCodes = [...new Set(of('SPLIT_INTO').map((r) => r.oldCode!))];
  const abolished = of('ABOLISHED').map((r) => ({
    code: r.oldCode!,
    successors: abolishedSuccessors(before, after, old(r.oldCode!)),
    row: r,
  }));
  const communeOn = (tree: TreeOnDate, code: string) => {
    const hamlet = unitIn(tree, code);
    return hamlet === null ? null : (ancestorAt(tree, hamlet, 'COMMUNE')?.code ?? null);
  };
  const hamlets = [...touched.keys()]
    .sort()
    .map((hamlet) => ({ hamlet, fromCommune: communeOn(before, hamlet), toCommune: communeOn(after, hamlet) }));
  const startedCodes = new Set(started.map((s) => s.version.code));
  const event = (row: ReorganisationRow, fromCode: string | null, toCodes: string[]): UnitEvent => ({
    kind: row.kind,
    date,
    legalBasis: row.legalBasis,
    fromCode,
    toCodes,
  });
  return {
    effectiveDate: date,
    merges: [...units.values()]
      .filter((u) => u.rows.some((r) => r.kind === 'MERGED_INTO'))
      .map((u) => ({
        code: u.version.code,
        name: u.version.name,
        from: u.rows.filter((r) => r.kind === 'MERGED_INTO').map((r) => r.oldCode!),
      })),
    splits: splitCodes.map((code) => ({
      code,
      into: of('SPLIT_INTO')
        .filter((r) => r.oldCode === code)
        .map((r) => ({ code: r.newCode!, hamlets: [...r.hamlets] })),
    })),
    renames: of('RENAMED').map((r) => ({
      code: r.oldCode!,
      fromName: old(r.oldCode!).name,
      toCode: targetCode(r)!,
      toName: r.newName!,
    })),
    moves: of('MOVED_UNDER').map((r) => ({
      code: r.oldCode!,
      fromParent: old(r.oldCode!).parentCode,
      toParent: r.newParentCode,
    })),
    created: of('CREATED').map((r) => r.newCode!),
    abolished: abolished.map(({ code, successors }) => ({ code, successors })),
    hamlets: hamlets.filter(
      (h) => h.fromCommune !== h.toCommune || startedCodes.has(h.hamlet) || startedCodes.has(h.toCommune ?? ''),
    ),
    versionsToEnd: ended,
    versionsToCreate: started.map((s) => s.version),
    events: [
      ...rows
        .filter((r) => r.kind !== 'SPLIT_INTO' && r.kind !== 'ABOLISHED')
        .map((r) => event(r, r.oldCode, [targetCode(r)!])),
      ...splitCodes.map((code) => {
        const parts = of('SPLIT_INTO').filter((r) => r.oldCode === code);
        return event(
          parts[0]!,
          code,
          parts.map((r) => r.newCode!),
        );
      }),
      ...abolished.map(({ code, successors, row }) => event(row, code, successors)),
      ...moves.map((m) => ({
        kind: 'MOVED_UNDER' as const,
        date,
        legalBasis: m.row.legalBasis,
        fromCode: m.from.code,
        toCodes: [m.to.code],
      })),
    ],
  };
}
