import { isWithin, pathCodes } from '../units/paths';

/**
 * What changed: the day's figures (a report, an import), the targets of units, or anything else a
 * console may show (a directive, a campaign, a user: OTHER, told to every console with no units,
 * as `dataVersion`, which moves for everyone, tells it too).
 */
export type ChangeKind = 'TALLIES' | 'TARGETS' | 'OTHER';
export const CHANGE_KINDS: readonly ChangeKind[] = ['TALLIES', 'TARGETS', 'OTHER'];

/** A committed change, as the server publishes it to open consoles. */
export interface Change {
  kind: ChangeKind;
  /** The campaign whose figures changed; null for OTHER. */
  campaign: string | null;
  /** The paths of the units whose own data changed: the hamlets reported, the units whose target moved; none for OTHER. */
  paths: readonly string[];
}

/** What one console is told of a change: the codes of the units it may read whose figures moved. */
export interface ChangeNotice {
  kind: ChangeKind;
  campaign: string | null;
  /** Every unit within the viewer's scope whose figures changed; null when more than MAX_NOTICE_UNITS did (refetch all that is shown). */
  units: string[] | null;
}

/** Past this many units a notice names none: a console refetches everything it shows. */
export const MAX_NOTICE_UNITS = 500;

/**
 * The notice a viewer of `scopePath` gets, or null when nothing it may read changed (it is told
 * nothing then: an official never learns of a change outside its commune). A unit's change moves
 * the figures of every unit above it (roll-ups, the split of its parent): those within the scope
 * are named, root first, each once. OTHER is told to everyone, naming no unit.
 */
export function noticeFor(change: Change, scopePath: string): ChangeNotice | null {
  if (change.kind === 'OTHER') return { kind: 'OTHER', campaign: change.campaign, units: null };
  const scopeDepth = pathCodes(scopePath).length;
  const units = new Set<string>();
  for (const path of change.paths) {
    if (!isWithin(path, scopePath)) continue;
    for (const code of pathCodes(path).slice(scopeDepth - 1)) units.add(code);
    if (units.size > MAX_NOTICE_UNITS) return { kind: change.kind, campaign: change.campaign, units: null };
  }
  return units.size === 0 ? null : { kind: change.kind, campaign: change.campaign, units: [...units] };
}
