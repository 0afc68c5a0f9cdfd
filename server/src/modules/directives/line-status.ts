import { filesReport, lineStatus, type IsoDate, type LineStatus } from '@chitieu/shared';
import type { CampaignService } from '../campaigns/campaign.service';
import type { ProgressLoaders } from '../tallies/progress.loaders';
import type { UnitProgress } from '../tallies/progress.service';
import type { LineInContext } from './directive.rows';
import type { DirectiveStore } from './directive.store';

export interface LineStatusDeps {
  store: DirectiveStore;
  campaigns: CampaignService;
  progress: ProgressLoaders;
}

/**
 * Linked lines' unit progress against each task's deadline, through the per-request progress
 * loaders: all 166 lines of task 2 are one batch (three statements), shared with any other field
 * of the same request that reads the same units on the same date.
 */
async function linkedProgress(
  items: readonly LineInContext[],
  asOf: IsoDate,
  deps: LineStatusDeps,
): Promise<Map<number, UnitProgress>> {
  const groups = new Map<string, LineInContext[]>();
  for (const item of items) {
    if (!item.task.linkedTarget || item.directive.campaignId === null) continue;
    const key = `${item.directive.campaignId}|${item.task.deadline}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const out = new Map<number, UnitProgress>();
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const first = group[0]!;
      const campaign = (await deps.campaigns.all()).find((c) => c.id === first.directive.campaignId);
      if (!campaign) return;
      const loader = deps.progress.loader(campaign, asOf, first.task.deadline ?? campaign.deadline);
      const results = await loader.loadMany(group.map((i) => i.line.unit));
      results.forEach((result, i) => {
        if (result instanceof Error) throw result;
        out.set(group[i]!.line.id, result);
      });
    }),
  );
  return out;
}

/**
 * The state and percent done of many lines as of one date (rules: shared/directives/line-state):
 * one statement for the latest updates of unlinked lines, one for filed reports, and the batched
 * progress of linked lines.
 */
export async function evaluateLines(
  items: readonly LineInContext[],
  asOf: IsoDate,
  deps: LineStatusDeps,
): Promise<LineStatus[]> {
  const unlinked = items.filter((i) => !i.task.linkedTarget).map((i) => i.line.id);
  const reportLines = items.filter((i) => filesReport(i.task.kind)).map((i) => i.line.id);
  const updates = unlinked.length > 0 ? await deps.store.latestUpdates(unlinked, asOf) : new Map();
  const filed = reportLines.length > 0 ? await deps.store.firstFiledOn(reportLines, asOf) : new Map<number, IsoDate>();
  const progress = await linkedProgress(items, asOf, deps);
  return items.map(({ line, task, directive }) => {
    const update = updates.get(line.id);
    const unit = progress.get(line.id);
    return lineStatus({
      kind: task.kind,
      deadline: task.deadline,
      linked: task.linkedTarget,
      directiveStatus: directive.status,
      issuedDate: directive.issuedDate,
      asOf,
      progress: unit ? { percentDone: unit.percentDone, state: unit.state } : null,
      latestUpdate: update ? { date: update.date, percent: update.percent, done: update.done } : null,
      reportFiledOn: filed.get(line.id) ?? null,
    });
  });
}
