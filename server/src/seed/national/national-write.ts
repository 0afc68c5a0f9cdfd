import type Database from 'better-sqlite3';
import { BulkInsert } from './bulk-insert';
import type { NationalStory } from './national-story';
import type { NationalTree } from './national-tree';

/**
 * Writes the national tree, targets, reports and roll-ups straight into their tables with
 * multi-row prepared INSERTs, in primary-key order, a few large transactions at a time. The rows
 * are exactly those the unit, target and tally services would have left (see the seed's test).
 */

export type Progress = (done: number, total: number) => void;

/** The hour each report was recorded: the afternoon in Việt Nam, a minute per hamlet. */
function recordedAt(date: string, minute: number): string {
  return `${date}T${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
}

export function writeUnits(db: Database.Database, tree: NationalTree): number {
  const insert = new BulkInsert(db, `INSERT INTO unit (id, code, name, type, level, parent_id, path, search_name, synthetic, population, hamlet_count)`, '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', 11);
  db.transaction(() => {
    for (const level of tree.levels) {
      for (const u of level) insert.push(u.id, u.code, u.name, u.type, u.level, u.parentId, u.path, u.searchName, u.synthetic ? 1 : 0, u.population, u.hamletCount);
    }
    insert.flush();
  })();
  return insert.rows;
}

export function writeTargets(db: Database.Database, campaignId: number, tree: NationalTree, story: NationalStory): number {
  const insert = new BulkInsert(db, `INSERT INTO target (campaign_id, unit_id, target)`, `(${campaignId}, ?, ?)`, 2);
  db.transaction(() => {
    tree.levels.forEach((units, depth) => units.forEach((u, i) => insert.push(u.id, story.targets[depth]![i]!)));
    insert.flush();
  })();
  return insert.rows;
}

/** Every hamlet's reports, hamlet by hamlet (the table's key order), a transaction per chunk. */
export function writeReports(db: Database.Database, campaignId: number, tree: NationalTree, story: NationalStory, progress: Progress): number {
  const hamlets = tree.levels[4];
  const { days, dates } = story;
  const { collected, activated, reported } = story.series[4]!;
  const insert = new BulkInsert(db, `INSERT INTO tally_report (campaign_id, unit_id, date, collected, activated, reason, user_id, recorded_at)`, `(${campaignId}, ?, ?, ?, ?, NULL, NULL, ?)`, 5);
  const CHUNK = 4000;
  for (let from = 0; from < hamlets.length; from += CHUNK) {
    db.transaction(() => {
      for (let h = from; h < Math.min(hamlets.length, from + CHUNK); h++) {
        const id = hamlets[h]!.id;
        const minute = (h * 37) % 240;
        for (let t = 0; t < days; t++) {
          const i = h * days + t;
          if (reported[i] === 1) insert.push(id, dates[t], collected[i], activated[i], recordedAt(dates[t]!, minute));
        }
      }
      insert.flush();
    })();
    progress(Math.min(hamlets.length, from + CHUNK), hamlets.length);
  }
  return insert.rows;
}

/** Roll-ups of every unit above the hamlets: a row on each date a hamlet below reported. */
export function writeRollups(db: Database.Database, campaignId: number, tree: NationalTree, story: NationalStory, progress: Progress): number {
  const { days, dates } = story;
  const insert = new BulkInsert(db, `INSERT INTO tally_rollup (campaign_id, unit_id, date, collected, activated, hamlets_reported)`, `(${campaignId}, ?, ?, ?, ?, ?)`, 5);
  const total = tree.levels.slice(0, 4).reduce((n, l) => n + l.length, 0);
  let done = 0;
  db.transaction(() => {
    for (let depth = 0; depth < 4; depth++) {
      const { collected, activated, reported } = story.series[depth]!;
      tree.levels[depth]!.forEach((unit, u) => {
        for (let t = 0; t < days; t++) {
          const i = u * days + t;
          if (reported[i]! > 0) insert.push(unit.id, dates[t], collected[i], activated[i], reported[i]);
        }
        if (++done % 2000 === 0) progress(done, total);
      });
    }
    insert.flush();
  })();
  progress(total, total);
  return insert.rows;
}
