import type { IsoDate } from '../../common/dates';
import { reorganisationConflict, type MappingCell, type ReorganisationConflict } from './conflicts';
import type { ReorganisationRow } from './mapping';
import { targetCode } from './row-checks';
import { unitIn, type TreeOnDate } from './tree-on-date';
import type { UnitVersion } from './validity';

/** A version the mapping starts on the effective date, with the rows that make it. */
export interface NewUnit {
  version: UnitVersion;
  rows: ReorganisationRow[];
}

const SHARED_KINDS: ReadonlySet<ReorganisationRow['kind']> = new Set(['MERGED_INTO', 'SPLIT_INTO']);

function resolve(tree: TreeOnDate, row: ReorganisationRow, code: string, effectiveDate: IsoDate): UnitVersion {
  // What is kept comes from the unit the code names the day before (the absorbing unit of a merge),
  // else from the row's old unit.
  const kept = unitIn(tree, code) ?? (row.oldCode === null ? null : unitIn(tree, row.oldCode));
  return {
    code,
    name: row.newName ?? kept?.name ?? '',
    level: row.newLevel ?? kept?.level ?? 'HAMLET',
    parentCode: row.newParentCode ?? kept?.parentCode ?? null,
    validFrom: effectiveDate,
    validTo: null,
  };
}

function disagreement(a: UnitVersion, b: UnitVersion): MappingCell | null {
  if (a.name !== b.name) return 'newName';
  if (a.parentCode !== b.parentCode) return 'newParentCode';
  return a.level !== b.level ? 'newLevel' : null;
}

/**
 * The units the rows start, one per target code. Rows sharing a code (the parts of a merge, a
 * split's part that joins a merge) must agree on the unit's name, parent and level; a rename, a
 * move or a creation is alone on its code. A target code still in force the day before must be
 * ended by the mapping itself (one of its old codes): otherwise it clashes with a unit in force.
 */
export function newUnits(
  tree: TreeOnDate,
  rows: readonly ReorganisationRow[],
  effectiveDate: IsoDate,
): { units: Map<string, NewUnit>; conflicts: ReorganisationConflict[] } {
  const oldCodes = new Set(rows.map((r) => r.oldCode).filter((c) => c !== null));
  const units = new Map<string, NewUnit>();
  const conflicts: ReorganisationConflict[] = [];
  for (const row of rows) {
    const code = targetCode(row);
    if (code === null) continue;
    const version = resolve(tree, row, code, effectiveDate);
    const known = units.get(code);
    if (known === undefined) {
      units.set(code, { version, rows: [row] });
      const inForce = unitIn(tree, code);
      if (inForce !== null && !oldCodes.has(code))
        conflicts.push(
          reorganisationConflict(row.line, 'NEW_CODE_IN_FORCE', { code, name: inForce.name, date: tree.date }),
        );
      continue;
    }
    const first = known.rows[0]!;
    if (!SHARED_KINDS.has(row.kind) || !SHARED_KINDS.has(first.kind)) {
      conflicts.push(reorganisationConflict(row.line, 'NEW_CODE_TWICE', { code, otherLine: first.line }));
      continue;
    }
    const cell = disagreement(known.version, version);
    if (cell !== null)
      conflicts.push(reorganisationConflict(row.line, 'NEW_UNIT_DISAGREES', { code, otherLine: first.line, cell }));
    known.rows.push(row);
  }
  return { units, conflicts };
}
