import type { ReorganisationPlan } from './plan-description';
import { unitHistory, type UnitHistory } from './unit-history';
import { versionKey } from './validity';

/**
 * The history once a plan is applied: the versions it ends get validTo = the effective date (they
 * stay, readable for every earlier date), its new versions and its events are added. Throws when
 * the plan was not made from this history (a version to end is missing or already ended): plan
 * again from the current tree.
 */
export function applyReorganisation(history: UnitHistory, plan: ReorganisationPlan): UnitHistory {
  const ending = new Set(plan.versionsToEnd.map(versionKey));
  const versions = history.versions.map((v) => {
    if (!ending.has(versionKey(v))) return v;
    if (v.validTo !== null) throw new RangeError(`Version ${versionKey(v)} has already ended on ${v.validTo}.`);
    ending.delete(versionKey(v));
    return { ...v, validTo: plan.effectiveDate };
  });
  if (ending.size > 0)
    throw new RangeError(`The plan ends versions this history does not have: ${[...ending].join(', ')}.`);
  return unitHistory([...versions, ...plan.versionsToCreate], [...history.events, ...plan.events]);
}
