import { allocationOf, splitTarget, type SplitMethod, type SplitOutcome } from '@chitieu/shared';
import type { Db } from '../../db/sql';
import type { AuditService } from '../audit/audit.service';
import { pathRangeEnd, type UnitRow, type UnitService } from '../units/unit.service';
import { assignTargets, setOwnTarget, type AssignTargetsCommand, type SetOwnTargetCommand } from './target-assign';
import { TargetVersions } from './target-versions';
import type { ChangeFeed } from '../live/change-feed';

/** A parent's split as the targets editor shows it. */
export interface TargetSplitView {
  parent: UnitRow;
  version: number;
  target: number;
  children: Array<{ unit: UnitRow; target: number }>;
  allocated: number;
  unallocated: number;
}

/** A parent whose children's targets do not add up to its own. */
export interface TargetProblemRow {
  unitId: number;
  target: number;
  allocated: number;
  childCount: number;
}

/** One target per (campaign, unit). The root's target is the campaign's own. */
export class TargetService {
  readonly versions: TargetVersions;

  constructor(
    private readonly sql: Db,
    private readonly units: UnitService,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
  ) {
    this.versions = new TargetVersions(sql);
  }

  async targetOf(campaignId: number, unitId: number): Promise<number> {
    return (
      (
        await this.sql.get<{ target: number }>(
          `SELECT target FROM target WHERE campaign_id = ? AND unit_id = ?`,
          campaignId,
          unitId,
        )
      )?.target ?? 0
    );
  }

  /** Targets of many units at once (units without one have 0). */
  async targetsOf(campaignId: number, unitIds: readonly number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>(unitIds.map((id) => [id, 0]));
    if (unitIds.length === 0) return out;
    const rows = await this.sql.all<{ unitId: number; target: number }>(
      `SELECT unit_id AS unitId, target FROM target WHERE campaign_id = ? AND unit_id IN (${unitIds.map(() => '?').join(', ')})`,
      campaignId,
      ...unitIds,
    );
    for (const row of rows) out.set(row.unitId, row.target);
    return out;
  }

  /** Sets targets without checks: for the seed and for checked callers inside a transaction. */
  async setMany(campaignId: number, targets: ReadonlyArray<{ unitId: number; target: number }>): Promise<void> {
    for (const { unitId, target } of targets) {
      await this.sql.run(
        `INSERT INTO target (campaign_id, unit_id, target) VALUES (?, ?, ?)
         ON CONFLICT(campaign_id, unit_id) DO UPDATE SET target = excluded.target`,
        campaignId,
        unitId,
        target,
      );
    }
  }

  /** The parent's own target, its children's, and the remainder, read together with the version. */
  async splitOf(campaignId: number, parent: UnitRow): Promise<TargetSplitView> {
    const children = await this.units.children(parent.id);
    const targets = await this.targetsOf(campaignId, [parent.id, ...children.map((c) => c.id)]);
    const target = targets.get(parent.id) ?? 0;
    const rows = children.map((unit) => ({ unit, target: targets.get(unit.id) ?? 0 }));
    return {
      parent,
      version: await this.versions.current(campaignId, parent.id),
      target,
      children: rows,
      ...allocationOf(
        target,
        rows.map((r) => r.target),
      ),
    };
  }

  /** What a split helper proposes for the children, from `total` (default: the parent's target). */
  preview(split: TargetSplitView, method: SplitMethod, total?: number | null): SplitOutcome & { total: number } {
    const sum = total ?? split.target;
    return {
      ...splitTarget(
        sum,
        split.children.map((c) => ({ population: c.unit.population, target: c.target })),
        method,
      ),
      total: sum,
    };
  }

  /** Parents at or below `under` whose children's targets do not sum to their own, in tree order. */
  async problems(campaignId: number, under: UnitRow): Promise<TargetProblemRow[]> {
    return await this.sql.all<TargetProblemRow>(
      `SELECT p.id AS unitId, COALESCE(pt.target, 0) AS target, COALESCE(SUM(ct.target), 0) AS allocated, COUNT(c.id) AS childCount
       FROM unit p
       JOIN unit c ON c.parent_id = p.id
       LEFT JOIN target pt ON pt.campaign_id = ? AND pt.unit_id = p.id
       LEFT JOIN target ct ON ct.campaign_id = ? AND ct.unit_id = c.id
       WHERE p.path >= ? AND p.path < ?
       GROUP BY p.id, pt.target
       HAVING COALESCE(pt.target, 0) <> COALESCE(SUM(ct.target), 0)
       ORDER BY p.path`,
      campaignId,
      campaignId,
      under.path,
      pathRangeEnd(under.path),
    );
  }

  /** Saves a split (one transaction, compare-and-set on the version); see target-assign.ts. */
  async assign(cmd: AssignTargetsCommand): Promise<{ version: number; changed: number }> {
    const saved = await this.sql.tx(
      async () =>
        await assignTargets(
          { sql: this.sql, units: this.units, audit: this.audit, targets: this, versions: this.versions },
          cmd,
        ),
    );
    const parent = await this.units.byCode(cmd.parentCode);
    if (saved.changed > 0 && parent) {
      this.feed.publish({
        kind: 'TARGETS',
        campaign: cmd.campaign.code,
        paths: cmd.targets.map((t) => `${parent.path}${t.unit}/`),
      });
    }
    return saved;
  }

  /** Sets a unit's own target from outside any split (the campaign's root target); call inside a transaction. */
  async setOwn(cmd: SetOwnTargetCommand): Promise<void> {
    await setOwnTarget(
      { sql: this.sql, units: this.units, audit: this.audit, targets: this, versions: this.versions },
      cmd,
    );
  }
}
