import { isWithin, pathCodes } from '../units/paths';

/** What changed: the day's figures (a report, an import) or the targets of units. */
export type ChangeKind = 'TALLIES' | 'TARGETS';

/** A committed change, as the server publishes it to open consoles. */
export interface Change {
  kind: ChangeKind;
  campaign: string;
  /** The paths of the units whose own data changed: the hamlets reported, the units whose target moved. */
  paths: readonly string[];
}

/** What one console is told of a change: the codes of the units it may read whose figures moved. */
export interface ChangeNotice {
  kind: ChangeKind;
  campaign: string;
  /** Every unit within the viewer's scope whose figures changed; null when more than MAX_NOTICE_UNITS did (refetch all that is shown). */
  units: string[] | null;
}

/** Past this many units a notice names none: a console refetches everything it shows. */
export const MAX_NOTICE_UNITS = 500;

/**
 * The notice a viewer of `scopePath` gets, or null when nothing it may read changed (it is told
 * nothing then: an official never learns of a change outside its commune). A unit's change moves
 * the figures of every unit above it (roll-ups, the split of its parent): those within the scope
 * are named, root first, each once.
 */
export function noticeFor(change: Change, scopePath: string): ChangeNotice | null {
  const scopeDepth = pathCodes(scopePath).length;
  const units = new Set<string>();
  for (const path of change.paths) {
    if (!isWithin(path, scopePath)) continue;
    for (const code of pathCodes(path).slice(scopeDepth - 1)) units.add(code);
    if (units.size > MAX_NOTICE_UNITS) return { kind: change.kind, campaign: change.campaign, units: null };
  }
  return units.size === 0 ? null : { kind: change.kind, campaign: change.campaign, units: [...units] };
}
