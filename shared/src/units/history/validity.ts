import type { IsoDate } from '../../common/dates';
import { addDays } from '../../common/dates';
import type { Level } from '../levels';

/**
 * One unit as it stood for a stretch of time. A code alone is not a unit: codes are reused (28810
 * was Xã An Khánh, then Thị trấn Châu Thành, then Xã Phú Túc), so a unit is a code and a validity.
 *
 * Validity is a half-open interval of calendar days, [validFrom, validTo): `validFrom` is the first
 * day in force, `validTo` the first day no longer in force (exclusive), which is the effective date
 * of the change that ended it. So the version ended by a reorganisation and the one it starts meet
 * on the effective date with neither gap nor overlap. `validFrom` null: in force since before the
 * records begin (the 2023 catalogue does not say since when); `validTo` null: still in force.
 *
 * A version never changes its name, level, parent or extent: any such change ends it and starts a
 * new version (of the same code or another), linked by an event (units/history/events). Its parent
 * is a code: the parent on a date is that code's version in force on that date.
 */
export interface UnitVersion {
  code: string;
  name: string;
  level: Level;
  parentCode: string | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

/** What names one version: its code and its first day (null: since before the records). */
export interface VersionKey {
  code: string;
  validFrom: IsoDate | null;
}

/** "28810@2024-12-01"; "28810@" for a version in force since before the records. */
export function versionKey(version: VersionKey): string {
  return `${version.code}@${version.validFrom ?? ''}`;
}

/** Whether the version is in force on the date: validFrom ≤ date < validTo. */
export function isInForce(version: UnitVersion, date: IsoDate): boolean {
  return (
    (version.validFrom === null || version.validFrom <= date) && (version.validTo === null || date < version.validTo)
  );
}

/** The last day the version is in force; null while it is open-ended. */
export function lastDayInForce(version: UnitVersion): IsoDate | null {
  return version.validTo === null ? null : addDays(version.validTo, -1);
}

/**
 * The date whose tree a version's relatives (parent, children, ancestors) are read from: the date
 * asked for when the version is in force then, else the nearest day of its own validity (its first
 * day for an earlier date, its last for a later one). A 2023 commune asked about in 2026 shows the
 * tree it ended in, never the tree of 2026.
 */
export function dateWithinValidity(version: UnitVersion, asOf: IsoDate): IsoDate {
  if (version.validFrom !== null && asOf < version.validFrom) return version.validFrom;
  const last = lastDayInForce(version);
  return last !== null && asOf > last ? last : asOf;
}

/** A broken validity: ends before it starts, or overlaps another version of the same code. */
export interface ValidityProblem {
  code: string;
  problem: 'EMPTY' | 'OVERLAP';
}

/** The codes whose versions are not one after another (each version non-empty, no two in force on one day). */
export function validityProblems(versions: readonly UnitVersion[]): ValidityProblem[] {
  const byCode = new Map<string, UnitVersion[]>();
  for (const v of versions) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
  const problems: ValidityProblem[] = [];
  for (const [code, list] of byCode) {
    if (list.some((v) => v.validFrom !== null && v.validTo !== null && v.validTo <= v.validFrom))
      problems.push({ code, problem: 'EMPTY' });
    const sorted = [...list].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
    for (let i = 1; i < sorted.length; i++) {
      const before = sorted[i - 1]!;
      const after = sorted[i]!;
      if (before.validTo === null || after.validFrom === null || before.validTo > after.validFrom) {
        problems.push({ code, problem: 'OVERLAP' });
        break;
      }
    }
  }
  return problems;
}
