import { addDays, type IsoDate } from '../../common/dates';
import type { UnitEvent, UnitEventKind } from './events';
import { eventKey, versionInForce, type UnitHistory } from './unit-history';
import { isInForce, type UnitVersion } from './validity';

/** A version linked to another by an event: what became of it, or what it was made from. */
export interface LineageLink {
  version: UnitVersion;
  kind: UnitEventKind;
  date: IsoDate;
  legalBasis: string;
}

/**
 * What a version became: for each event that ended it (on its validTo), the versions in force that
 * day that it went into. An ABOLISHED unit's successors are the units that took its territory.
 */
export function successorsOf(history: UnitHistory, version: UnitVersion): LineageLink[] {
  const date = version.validTo;
  if (date === null) return [];
  return (history.eventsFrom.get(eventKey(version.code, date)) ?? []).flatMap((e) =>
    linksTo(history, e, e.toCodes, date),
  );
}

/**
 * What a version was made from: the versions that ended on its first day by an event naming it
 * (merged into it, split into it, renamed or moved into it). ABOLISHED events are not links back:
 * an abolished district hands its territory over through its communes' own events.
 */
export function predecessorsOf(history: UnitHistory, version: UnitVersion): LineageLink[] {
  const date = version.validFrom;
  if (date === null) return [];
  const dayBefore = addDays(date, -1);
  return (history.eventsTo.get(eventKey(version.code, date)) ?? [])
    .filter((e) => e.kind !== 'ABOLISHED' && e.fromCode !== null)
    .flatMap((e) => linksTo(history, e, [e.fromCode!], dayBefore));
}

function linksTo(history: UnitHistory, event: UnitEvent, codes: readonly string[], date: IsoDate): LineageLink[] {
  return codes.flatMap((code) => {
    const version = versionInForce(history, code, date);
    return version === null ? [] : [{ version, kind: event.kind, date: event.date, legalBasis: event.legalBasis }];
  });
}

/**
 * The versions in force on a later date that this one became, following events forward (a version
 * still in force on that date is its own answer). Xã Tân Xuân of 2023 → its commune of 07-2025.
 */
export function successorsOn(history: UnitHistory, version: UnitVersion, date: IsoDate): UnitVersion[] {
  return follow(version, date, (v) => successorsOf(history, v));
}

/**
 * The versions in force on an earlier date that this one was made from, following events back:
 * a commune of 2025 → the communes of 2023 it came from.
 */
export function predecessorsOn(history: UnitHistory, version: UnitVersion, date: IsoDate): UnitVersion[] {
  return follow(version, date, (v) => predecessorsOf(history, v));
}

function follow(start: UnitVersion, date: IsoDate, step: (v: UnitVersion) => LineageLink[]): UnitVersion[] {
  const found = new Map<string, UnitVersion>();
  const seen = new Set<UnitVersion>();
  const stack = [start];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    if (isInForce(v, date)) found.set(v.code, v);
    else stack.push(...step(v).map((link) => link.version));
  }
  return [...found.values()].sort((a, b) => a.code.localeCompare(b.code));
}
