import type { Sql } from '../../db/sql';

/** One target per (campaign, unit). The root's target is the campaign's own. */
export class TargetService {
  constructor(private readonly sql: Sql) {}

  targetOf(campaignId: number, unitId: number): number {
    return this.sql.get<{ target: number }>(`SELECT target FROM target WHERE campaign_id = ? AND unit_id = ?`, campaignId, unitId)?.target ?? 0;
  }

  /** Targets of many units at once (units without one have 0). */
  targetsOf(campaignId: number, unitIds: readonly number[]): Map<number, number> {
    const out = new Map<number, number>(unitIds.map((id) => [id, 0]));
    if (unitIds.length === 0) return out;
    const rows = this.sql.all<{ unitId: number; target: number }>(
      `SELECT unit_id AS unitId, target FROM target WHERE campaign_id = ? AND unit_id IN (${unitIds.map(() => '?').join(', ')})`,
      campaignId,
      ...unitIds,
    );
    for (const row of rows) out.set(row.unitId, row.target);
    return out;
  }

  /** Sets targets without checks: for the seed and for checked callers inside a transaction. */
  setMany(campaignId: number, targets: ReadonlyArray<{ unitId: number; target: number }>): void {
    for (const { unitId, target } of targets) {
      this.sql.run(
        `INSERT INTO target (campaign_id, unit_id, target) VALUES (?, ?, ?)
         ON CONFLICT(campaign_id, unit_id) DO UPDATE SET target = excluded.target`,
        campaignId, unitId, target,
      );
    }
  }
}
