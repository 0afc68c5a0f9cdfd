import type { Db } from '../../db/sql';

/** One change a save of a targets editor made: the unit, its old and new target, who and when. */
export interface TargetChangeRow {
  version: number;
  unitCode: string;
  unitName: string;
  oldTarget: number | null;
  newTarget: number;
  username: string;
  at: string;
}

export interface ChangeAuthor {
  userId: number | null;
  username: string;
}

/**
 * The version of each (campaign, parent) targets editor: the split of the parent over its
 * children and the parent's own target. A missing row is version 0. Every save that changes
 * something moves it by one, by compare-and-set, and leaves its changes in target_change.
 */
export class TargetVersions {
  constructor(private readonly sql: Db) {}

  async current(campaignId: number, parentId: number): Promise<number> {
    return (
      (
        await this.sql.get<{ version: number }>(
          `SELECT version FROM target_version WHERE campaign_id = ? AND parent_id = ?`,
          campaignId,
          parentId,
        )
      )?.version ?? 0
    );
  }

  /**
   * Moves the version from `expected` to `expected + 1`; false when it is no longer `expected`
   * (someone saved in between). The UPDATE's row count is the check, not a read before it.
   */
  async compareAndSet(campaignId: number, parentId: number, expected: number): Promise<boolean> {
    if (expected === 0) {
      return (
        (
          await this.sql.run(
            `INSERT INTO target_version (campaign_id, parent_id, version) VALUES (?, ?, 1) ON CONFLICT DO NOTHING`,
            campaignId,
            parentId,
          )
        ).changes === 1
      );
    }
    return (
      (
        await this.sql.run(
          `UPDATE target_version SET version = version + 1 WHERE campaign_id = ? AND parent_id = ? AND version = ?`,
          campaignId,
          parentId,
          expected,
        )
      ).changes === 1
    );
  }

  /** Moves the version by one whatever it is (a unit's own target changed from the editor above). */
  async bump(campaignId: number, parentId: number): Promise<number> {
    await this.sql.run(
      `INSERT INTO target_version (campaign_id, parent_id, version) VALUES (?, ?, 1)
       ON CONFLICT (campaign_id, parent_id) DO UPDATE SET version = target_version.version + 1`,
      campaignId,
      parentId,
    );
    return await this.current(campaignId, parentId);
  }

  async recordChange(
    campaignId: number,
    parentId: number,
    version: number,
    change: { unitId: number; oldTarget: number | null; newTarget: number },
    by: ChangeAuthor,
  ): Promise<void> {
    await this.sql.run(
      `INSERT INTO target_change (campaign_id, parent_id, version, unit_id, old_target, new_target, user_id, username, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      campaignId,
      parentId,
      version,
      change.unitId,
      change.oldTarget,
      change.newTarget,
      by.userId,
      by.username,
      new Date().toISOString(),
    );
  }

  /** What changed in an editor after `version`, oldest first (at most 500). */
  async changesSince(campaignId: number, parentId: number, version: number): Promise<TargetChangeRow[]> {
    return await this.sql.all<TargetChangeRow>(
      `SELECT c.version, u.code AS unitCode, u.name AS unitName, c.old_target AS oldTarget, c.new_target AS newTarget, c.username, c.at
       FROM target_change c JOIN unit u ON u.id = c.unit_id
       WHERE c.campaign_id = ? AND c.parent_id = ? AND c.version > ? ORDER BY c.id LIMIT 500`,
      campaignId,
      parentId,
      version,
    );
  }
}
