import { isLeaf, type Level } from '../units/levels';
import type { Role } from './roles';

/** Who is asking, as the rules see them: a role and the path of their scope unit. */
export interface Principal {
  role: Role;
  scopePath: string;
}

function within(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath);
}

/**
 * Who may split a parent's target over its children: an ADMIN for any parent in scope (their own
 * unit included, whose children they split; never their own unit's target, which is set above);
 * an OFFICIAL only their own commune, over its hamlets; an ANALYST never.
 */
export function canSplitTarget(who: Principal, parent: { path: string; level: Level }): boolean {
  switch (who.role) {
    case 'ADMIN':
      return within(parent.path, who.scopePath) && !isLeaf(parent.level);
    case 'OFFICIAL':
      return parent.path === who.scopePath && parent.level === 'COMMUNE';
    case 'ANALYST':
      return false;
  }
}

/** Campaigns are created and edited by an ADMIN whose scope holds the campaign's root unit. */
export function canManageCampaign(who: Principal, rootPath: string): boolean {
  return who.role === 'ADMIN' && within(rootPath, who.scopePath);
}

/** An ADMIN manages the users whose scope unit is at or below their own. */
export function canManageUser(who: Principal, userScopePath: string): boolean {
  return who.role === 'ADMIN' && within(userScopePath, who.scopePath);
}

/** Reading the audit: an ADMIN or an ANALYST, for units in scope. */
export function canReadAudit(who: Principal, unitPath: string): boolean {
  return (who.role === 'ADMIN' || who.role === 'ANALYST') && within(unitPath, who.scopePath);
}

/** Who may change figures at all (tallies, imports): anyone but an ANALYST, who only reads. */
export function isTallyWriter(role: Role): boolean {
  return role !== 'ANALYST';
}

/** Everything that changes figures (tallies, imports): a tally writer, in scope. */
export function canWriteTallies(who: Principal, hamletPath: string): boolean {
  return isTallyWriter(who.role) && within(hamletPath, who.scopePath);
}
