import type { IsoDate } from '../../common/dates';
import type { UnitEvent } from './events';
import { isInForce, type UnitVersion } from './validity';

/**
 * Every version of every unit and every event between them, indexed for questions about a date.
 * Nothing is ever removed: an ended version stays, with its validTo.
 */
export interface UnitHistory {
  versions: readonly UnitVersion[];
  events: readonly UnitEvent[];
  /** Each code's versions, oldest first. */
  byCode: ReadonlyMap<string, readonly UnitVersion[]>;
  /** The versions that have this parent code, at any time. */
  byParent: ReadonlyMap<string, readonly UnitVersion[]>;
  /** The events that ended a code on a date, by eventKey(code, date). */
  eventsFrom: ReadonlyMap<string, readonly UnitEvent[]>;
  /** The events that name a code among their `toCodes` on a date, by eventKey(code, date). */
  eventsTo: ReadonlyMap<string, readonly UnitEvent[]>;
}

/** "28810 2024-12-01": the key of a code's events on a date. */
export function eventKey(code: string, date: IsoDate): string {
  return `${code} ${date}`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function unitHistory(versions: readonly UnitVersion[], events: readonly UnitEvent[] = []): UnitHistory {
  const byCode = new Map<string, UnitVersion[]>();
  const byParent = new Map<string, UnitVersion[]>();
  for (const v of versions) {
    push(byCode, v.code, v);
    if (v.parentCode !== null) push(byParent, v.parentCode, v);
  }
  for (const list of byCode.values()) list.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  const eventsFrom = new Map<string, UnitEvent[]>();
  const eventsTo = new Map<string, UnitEvent[]>();
  for (const e of events) {
    if (e.fromCode !== null) push(eventsFrom, eventKey(e.fromCode, e.date), e);
    for (const code of e.toCodes) push(eventsTo, eventKey(code, e.date), e);
  }
  return { versions, events, byCode, byParent, eventsFrom, eventsTo };
}

/** The version of a code in force on a date; null when the code names no unit that day. */
export function versionInForce(history: UnitHistory, code: string, date: IsoDate): UnitVersion | null {
  return history.byCode.get(code)?.find((v) => isInForce(v, date)) ?? null;
}

/** The versions in force on a date whose parent is this code (its children that day). */
export function childrenInForce(history: UnitHistory, code: string, date: IsoDate): UnitVersion[] {
  return (history.byParent.get(code) ?? []).filter((v) => isInForce(v, date));
}

/** Every version in force on a date. */
export function versionsInForce(history: UnitHistory, date: IsoDate): UnitVersion[] {
  return history.versions.filter((v) => isInForce(v, date));
}
