import { describe, expect, it } from 'vitest';
import {
  canManageCampaign,
  canManageUser,
  canReadAudit,
  canSplitTarget,
  canWriteTallies,
  isTallyWriter,
  type Principal,
} from './permissions';
import { checkPassword, checkRoleScope, checkUsername } from './users';

const admin83: Principal = { role: 'ADMIN', scopePath: '/83/' };
const admin836: Principal = { role: 'ADMIN', scopePath: '/83/836/' };
const official: Principal = { role: 'OFFICIAL', scopePath: '/83/836/29119/' };
const analyst: Principal = { role: 'ANALYST', scopePath: '/83/' };

const province = { path: '/83/', level: 'PROVINCE' as const };
const district = { path: '/83/836/', level: 'DISTRICT' as const };
const otherDistrict = { path: '/83/829/', level: 'DISTRICT' as const };
const commune = { path: '/83/836/29119/', level: 'COMMUNE' as const };
const hamlet = { path: '/83/836/29119/2911901/', level: 'HAMLET' as const };

describe('who may split a target', () => {
  it('lets an admin split any parent in scope, their own unit over its children included', () => {
    expect([province, district, commune].map((p) => canSplitTarget(admin83, p))).toEqual([true, true, true]);
    expect([province, district, otherDistrict, commune].map((p) => canSplitTarget(admin836, p))).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect(canSplitTarget(admin83, hamlet)).toBe(false);
  });

  it('lets an official split only their own commune, and an analyst nothing', () => {
    expect([province, district, commune, hamlet].map((p) => canSplitTarget(official, p))).toEqual([
      false,
      false,
      true,
      false,
    ]);
    expect(canSplitTarget({ role: 'OFFICIAL', scopePath: '/83/836/' }, district)).toBe(false);
    expect([province, district, commune].some((p) => canSplitTarget(analyst, p))).toBe(false);
  });
});

describe('campaigns, users, audit and tallies', () => {
  it('follows role and scope', () => {
    expect(canManageCampaign(admin83, '/83/')).toBe(true);
    expect(canManageCampaign(admin836, '/83/')).toBe(false);
    expect(canManageCampaign(official, '/83/836/29119/')).toBe(false);
    expect(canManageUser(admin836, '/83/836/29119/')).toBe(true);
    expect(canManageUser(admin836, '/83/')).toBe(false);
    expect(canManageUser(analyst, '/83/836/')).toBe(false);
    expect(canReadAudit(analyst, '/83/836/')).toBe(true);
    expect(canReadAudit(official, '/83/836/29119/')).toBe(false);
    expect(canWriteTallies(official, hamlet.path)).toBe(true);
    expect(canWriteTallies(official, '/83/829/27000/2700001/')).toBe(false);
    expect(canWriteTallies(analyst, hamlet.path)).toBe(false);
    expect([isTallyWriter('ADMIN'), isTallyWriter('OFFICIAL'), isTallyWriter('ANALYST')]).toEqual([true, true, false]);
  });
});

describe('user fields', () => {
  it('checks usernames and passwords', () => {
    expect(checkUsername('lan.nguyen')).toBeNull();
    expect(checkUsername('Lan')?.field).toBe('username');
    expect(checkPassword('demo')).toBeNull();
    expect(checkPassword('abc', 'newPassword')?.field).toBe('newPassword');
    expect(checkPassword('x'.repeat(201))).not.toBeNull();
  });
});

describe("an account's scope for its role", () => {
  it('gives an official a commune, and admins and analysts any level', () => {
    expect(checkRoleScope('OFFICIAL', 'COMMUNE')).toBeNull();
    for (const level of ['COUNTRY', 'PROVINCE', 'DISTRICT', 'HAMLET'] as const)
      expect(checkRoleScope('OFFICIAL', level)?.field).toBe('scope');
    for (const role of ['ADMIN', 'ANALYST'] as const) expect(checkRoleScope(role, 'HAMLET')).toBeNull();
  });
});
