import type { IsoDate } from '../../common/dates';
import type { Level } from '../levels';
import { childrenInForce, versionInForce, type UnitHistory } from './unit-history';
import { dateWithinValidity, type UnitVersion } from './validity';

/**
 * A version's relatives follow its own validity: they are read from the tree of `asOf` when the
 * version is in force then, else of the nearest day it was (dateWithinValidity). So the parent of
 * Xã An Khánh (28810 until 2024-11-30) is Huyện Châu Thành whatever date is asked, and the children
 * of Tỉnh Vĩnh Long are its communes of that date. These walk the history code by code, without
 * building a whole tree.
 */

export function parentOf(history: UnitHistory, version: UnitVersion, asOf: IsoDate): UnitVersion | null {
  return version.parentCode === null
    ? null
    : versionInForce(history, version.parentCode, dateWithinValidity(version, asOf));
}

export function childrenOf(history: UnitHistory, version: UnitVersion, asOf: IsoDate): UnitVersion[] {
  return childrenInForce(history, version.code, dateWithinValidity(version, asOf));
}

/** The units above on the version's date, root first; stops at a missing parent or a code met twice. */
export function ancestorsOf(history: UnitHistory, version: UnitVersion, asOf: IsoDate): UnitVersion[] {
  const date = dateWithinValidity(version, asOf);
  const out: UnitVersion[] = [];
  const seen = new Set([version.code]);
  for (let code = version.parentCode; code !== null && !seen.has(code);) {
    const up = versionInForce(history, code, date);
    if (up === null) break;
    seen.add(code);
    out.unshift(up);
    code = up.parentCode;
  }
  return out;
}

/** The nearest unit above at a level on the version's date (a hamlet's commune); null when none is. */
export function ancestorOfAt(
  history: UnitHistory,
  version: UnitVersion,
  level: Level,
  asOf: IsoDate,
): UnitVersion | null {
  return (
    ancestorsOf(history, version, asOf)
      .reverse()
      .find((v) => v.level === level) ?? null
  );
}
