import type { BulkLoader } from './bulk-load';
import type { NationalStory } from './national-story';
import type { NationalTree } from './national-tree';

/**
 * Writes the national tree, targets, reports and roll-ups straight into their tables through a
 * bulk loader (multi-row INSERTs on SQLite, column arrays on PostgreSQL), in primary-key order, a
 * chunk at a time. The rows are exactly those the unit, target and tally services would have left
 * (see the seed's test).
 */

export type Progress = (done: number, total: number) => void;

/** The hour each report was recorded: the afternoon in Việt Nam, a minute per hamlet. */
function recordedAt(date: string, minute: number): string {
  return `${date}T${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
}

export async function writeUnits(load: BulkLoader, tree: NationalTree): Promise<number> {
  const insert = load.table('unit', [
    ['id', 'integer'],
    ['code', 'text'],
    ['name', 'text'],
    ['type', 'text'],
    ['level', 'text'],
    ['parent_id', 'integer'],
    ['path', 'text'],
    ['search_name', 'text'],
    ['synthetic', 'integer'],
    ['population', 'integer'],
    ['hamlet_count', 'integer'],
  ]);
  for (const level of tree.levels) {
    for (const u of level)
      insert.push(
        u.id,
        u.code,
        u.name,
        u.type,
        u.level,
        u.parentId,
        u.path,
        u.searchName,
        u.synthetic ? 1 : 0,
        u.population,
        u.hamletCount,
      );
  }
  await insert.flush();
  return insert.rows;
}

export async function writeTargets(
  load: BulkLoader,
  campaignId: number,
  tree: NationalTree,
  story: NationalStory,
): Promise<number> {
  const insert = load.table(
    'target',
    [
      ['unit_id', 'integer'],
      ['target', 'integer'],
    ],
    { campaign_id: campaignId },
  );
  tree.levels.forEach((units, depth) => units.forEach((u, i) => insert.push(u.id, story.targets[depth]![i]!)));
  await insert.flush();
  return insert.rows;
}

const REPORT_COLUMNS = [
  ['unit_id', 'integer'],
  ['date', 'text'],
  ['collected', 'integer'],
  ['activated', 'integer'],
  ['recorded_at', 'text'],
] as const;
const ROLLUP_COLUMNS = [
  ['unit_id', 'integer'],
  ['date', 'text'],
  ['collected', 'integer'],
  ['activated', 'integer'],
  ['hamlets_reported', 'integer'],
] as const;

/** Every hamlet's reports, hamlet by hamlet (the table's key order), a chunk of hamlets at a time. */
export async function writeReports(
  load: BulkLoader,
  campaignId: number,
  tree: NationalTree,
  story: NationalStory,
  progress: Progress,
): Promise<number> {
  const hamlets = tree.levels[4];
  const { days, dates } = story;
  const { collected, activated, reported } = story.series[4]!;
  const insert = load.table('tally_report', REPORT_COLUMNS, { campaign_id: campaignId, reason: null, user_id: null });
  const CHUNK = 4000;
  for (let from = 0; from < hamlets.length; from += CHUNK) {
    for (let h = from; h < Math.min(hamlets.length, from + CHUNK); h++) {
      const id = hamlets[h]!.id;
      const minute = (h * 37) % 240;
      for (let t = 0; t < days; t++) {
        const i = h * days + t;
        if (reported[i] === 1) insert.push(id, dates[t], collected[i], activated[i], recordedAt(dates[t]!, minute));
      }
    }
    await insert.flush();
    progress(Math.min(hamlets.length, from + CHUNK), hamlets.length);
  }
  return insert.rows;
}

/** Roll-ups of every unit above the hamlets: a row on each date a hamlet below reported. */
export async function writeRollups(
  load: BulkLoader,
  campaignId: number,
  tree: NationalTree,
  story: NationalStory,
  progress: Progress,
): Promise<number> {
  const { days, dates } = story;
  const insert = load.table('tally_rollup', ROLLUP_COLUMNS, { campaign_id: campaignId });
  const total = tree.levels.slice(0, 4).reduce((n, l) => n + l.length, 0);
  let done = 0;
  for (let depth = 0; depth < 4; depth++) {
    const { collected, activated, reported } = story.series[depth]!;
    const units = tree.levels[depth]!;
    for (let u = 0; u < units.length; u++) {
      const unit = units[u]!;
      for (let t = 0; t < days; t++) {
        const i = u * days + t;
        if (reported[i]! > 0) insert.push(unit.id, dates[t], collected[i], activated[i], reported[i]);
      }
      if (++done % 2000 === 0) {
        await insert.flush();
        progress(done, total);
      }
    }
  }
  await insert.flush();
  progress(total, total);
  return insert.rows;
}
