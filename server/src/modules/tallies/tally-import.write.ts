import type { ImportSummary, IsoDate, TallyInput } from '@chitieu/shared';
import type { Db } from '../../db/sql';
import type { Actor, AuditService } from '../audit/audit.service';
import type { CampaignRow } from '../campaigns/campaign.service';
import type { HamletRef, TallyService } from './tally.service';

/** Everything the write of a checked import needs: plain data, so it can go to a worker thread. */
export interface ImportWriteJob {
  campaign: CampaignRow;
  /** Only what the write needs of each hamlet (the job is copied to a worker thread: keep it small). */
  days: Array<{ date: IsoDate; items: Array<{ hamlet: HamletRef; report: TallyInput }> }>;
  actor: Actor;
  /** The last audit event when the plan was made: a tally change after it makes the plan stale. */
  watermark: number;
  summary: ImportSummary;
  scope: { unitId: number; path: string };
}

/** Raised inside the write transaction when a tally changed after the plan was made. */
export class StalePlan extends Error {}

/**
 * The write of an import: TallyService.recordDays (recordTallies' own write path, all days in
 * one transaction) behind a guard that nothing was recorded since the plan, and one summary
 * audit event. Runs on whichever connection `sql` and `tallies` are built on.
 */
export async function writeImport(
  sql: Db,
  tallies: TallyService,
  audit: AuditService,
  job: ImportWriteJob,
): Promise<{ saved: number }> {
  return await tallies.recordDays({
    campaign: job.campaign,
    actor: job.actor,
    days: job.days,
    guard: async () => {
      const changed = await sql.get(
        `SELECT 1 FROM audit_event WHERE id > ? AND (campaign_id = ? AND action LIKE 'tally.%' OR action = 'campaign.update') LIMIT 1`,
        job.watermark,
        job.campaign.id,
      );
      if (changed) throw new StalePlan('stale plan');
    },
    finish: async () =>
      await audit.record(job.actor, [
        {
          action: 'tally.import',
          unitId: job.scope.unitId,
          unitPath: job.scope.path,
          campaignId: job.campaign.id,
          field: 'csv',
          newValue: {
            rowsRead: job.summary.rowsRead,
            created: job.summary.wouldCreate,
            updated: job.summary.wouldUpdate,
            unchanged: job.summary.unchanged,
          },
        },
      ]),
  });
}
