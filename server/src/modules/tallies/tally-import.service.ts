import {
  canWriteTallies,
  csvRecords,
  isTallyWriter,
  detectDelimiter,
  isLeaf,
  planHamletImport,
  readTallyHeader,
  readTallyRow,
  reportDateProblem,
  reportWindow,
  splitDuplicates,
  summarizeImport,
  type ExistingReport,
  type ImportSummary,
  type IsoDate,
  type PlannedRow,
  type RejectedRow,
  type TallyCsvRow,
  type TallyImportResult,
} from '@chitieu/shared';
import { appError, errors } from '../../core/errors';
import { type Db, chunks, idsJoin } from '../../db/sql';
import { actorOf, type Viewer } from '../access/viewer';
import type { CampaignRow } from '../campaigns/campaign.service';
import type { UnitRow, UnitService } from '../units/unit.service';
import { StalePlan, type ImportWriteJob } from './tally-import.write';
import type { ImportWriter } from './tally-import.writer';
import type { ChangeFeed } from '../live/change-feed';

/** A file larger than this many data rows is refused before it is checked. */
export const MAX_IMPORT_ROWS = 200_000;
/** At most this many rejected rows are listed (the summary still counts them all). */
export const MAX_REJECTED_LISTED = 10_000;
/** Between two slices of this many rows the import gives other requests their turn. */
const SLICE = 2_000;
const ATTEMPTS = 3;

export interface ImportCommand {
  campaign: CampaignRow;
  /** The file, decoded from UTF-8 (a byte-order mark is allowed). */
  text: string;
  viewer: Viewer;
  requestId: string | null;
  dryRun: boolean;
  today: IsoDate;
}

/** The answer of POST /api/import/tallies: the shared contract, and where the time went. */
export interface ImportReport extends TallyImportResult {
  /** Where the time went, in milliseconds: reading, checking, the write transaction. */
  timings: { readMs: number; planMs: number; writeMs: number };
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Groups keys into slices whose weights add up to about SLICE (at least one key each). */
function slicesOf<T>(keys: readonly T[], weight: (key: T) => number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let sum = 0;
  for (const key of keys) {
    current.push(key);
    sum += weight(key);
    if (sum >= SLICE || current.length >= 500) {
      out.push(current);
      current = [];
      sum = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * CSV import of tallies: read and check outside any transaction, in slices (other requests run
 * between them), then write all rows in ONE transaction through TallyService.recordDays, the
 * write path of recordTallies (on a worker thread with its own connection: see
 * tally-import.writer.ts). A guard inside that transaction makes sure no tally changed since the
 * plan was made (else the plan is made again, up to three times, then CONFLICT).
 */
export class TallyImportService {
  constructor(
    private readonly sql: Db,
    private readonly units: UnitService,
    private readonly writer: ImportWriter,
    private readonly feed: ChangeFeed,
  ) {}

  async run(cmd: ImportCommand): Promise<ImportReport> {
    if (!isTallyWriter(cmd.viewer.role))
      throw errors.forbidden('nhập số liệu (vai trò phân tích chỉ được xem)', 'import tallies (analysts only read)');
    const started = Date.now();
    const text = cmd.text.charCodeAt(0) === 0xfeff ? cmd.text.slice(1) : cmd.text;
    const delimiter = detectDelimiter(text);
    const { rows, rejected, rowsRead, ignored } = await this.read(text, delimiter, cmd);
    await pause();
    const { unique, rejected: duplicates } = splitDuplicates(rows);
    await pause();
    const located = await this.locate(unique, cmd.viewer);
    await pause();
    const fixed = [...rejected, ...duplicates, ...located.rejected];
    const readMs = Date.now() - started;

    for (let attempt = 1; ; attempt++) {
      const planStarted = Date.now();
      const watermark = (await this.sql.get<{ id: number | null }>(`SELECT MAX(id) AS id FROM audit_event`))?.id ?? 0;
      const plan = await this.plan(cmd.campaign.id, located.rows, located.hamlets);
      const all = [...fixed, ...plan.rejected].sort((a, b) => a.line - b.line);
      const report = (committed: boolean, writeMs = 0): ImportReport => ({
        dryRun: cmd.dryRun,
        committed,
        summary: summarizeImport(rowsRead, plan.planned, all.length),
        rejected: all.slice(0, MAX_REJECTED_LISTED),
        rejectedListed: Math.min(all.length, MAX_REJECTED_LISTED),
        delimiter,
        ignoredColumns: ignored,
        timings: { readMs, planMs: Date.now() - planStarted - writeMs, writeMs },
      });
      if (cmd.dryRun || all.length > 0) return report(false);
      // Nothing to change: nothing to write, and nothing to put on record.
      if (plan.planned.every((p) => p.outcome === 'unchanged')) return report(true);
      const writeStarted = Date.now();
      try {
        await this.writer.write(this.job(cmd, plan.planned, located.hamlets, watermark, report(false).summary));
        const changed = plan.planned
          .filter((p) => p.outcome !== 'unchanged')
          .map((p) => located.hamlets.get(p.row.unit)?.path);
        this.feed.publish({
          kind: 'TALLIES',
          campaign: cmd.campaign.code,
          paths: [...new Set(changed.filter((path) => path !== undefined))],
        });
        return report(true, Date.now() - writeStarted);
      } catch (error) {
        if (!(error instanceof StalePlan)) throw error;
        if (attempt >= ATTEMPTS) {
          throw appError(
            'CONFLICT',
            'Số liệu đang được người khác cập nhật liên tục; hãy thử nhập lại sau.',
            'Tallies keep changing under this import; try again later.',
          );
        }
      }
    }
  }

  /** Reads the header and every row; each cell it cannot read, and each date out of the window, rejects its row. */
  private async read(text: string, delimiter: ReturnType<typeof detectDelimiter>, cmd: ImportCommand) {
    const records = csvRecords(text, delimiter);
    const head = records.next();
    if (head.done) throw appError('BAD_USER_INPUT', 'Tệp trống.', 'The file is empty.');
    const header = readTallyHeader(head.value.fields);
    if (!header.ok) throw appError('BAD_USER_INPUT', header.messageVi, header.messageEn);
    const window = reportWindow(cmd.viewer.role, cmd.today, cmd.campaign.startDate);
    const rows: TallyCsvRow[] = [];
    const rejected: RejectedRow[] = [];
    let rowsRead = 0;
    for (const record of records) {
      if (record.fields.every((f) => f.trim() === '')) continue;
      if (++rowsRead > MAX_IMPORT_ROWS) {
        throw appError(
          'BAD_USER_INPUT',
          `Tệp có hơn ${MAX_IMPORT_ROWS} dòng; hãy chia nhỏ.`,
          `The file has more than ${MAX_IMPORT_ROWS} rows; split it.`,
        );
      }
      const read = readTallyRow(record, header.header);
      const problem = read.ok ? reportDateProblem(read.row.date, window) : null;
      if (!read.ok) rejected.push(read.rejected);
      else if (problem)
        rejected.push({ line: read.row.line, unit: read.row.unit, date: read.row.date, problems: [problem] });
      else rows.push(read.row);
      if (rowsRead % SLICE === 0) await pause();
    }
    return { rows, rejected, rowsRead, ignored: header.header.ignored };
  }

  /** Each row must name a hamlet in the writer's scope. */
  private async locate(
    rows: readonly TallyCsvRow[],
    viewer: Viewer,
  ): Promise<{ rows: TallyCsvRow[]; rejected: RejectedRow[]; hamlets: Map<string, UnitRow> }> {
    const hamlets = new Map<string, UnitRow>();
    for (const part of chunks([...new Set(rows.map((r) => r.unit))]))
      for (const u of await this.units.byCodes(part)) hamlets.set(u.code, u);
    const ok: TallyCsvRow[] = [];
    const rejected: RejectedRow[] = [];
    for (const row of rows) {
      const unit = hamlets.get(row.unit);
      const refuse = (messageVi: string, messageEn: string) =>
        rejected.push({
          line: row.line,
          unit: row.unit,
          date: row.date,
          problems: [{ field: 'hamlet', messageVi, messageEn }],
        });
      if (!unit) refuse(`Không có đơn vị mã "${row.unit}".`, `No unit has the code "${row.unit}".`);
      else if (!isLeaf(unit.level))
        refuse(
          `"${row.unit}" không phải ấp, khu phố: chỉ nhập số liệu cho ấp.`,
          `"${row.unit}" is not a hamlet: tallies are entered for hamlets only.`,
        );
      else if (!canWriteTallies(viewer, unit.path))
        refuse(`Ấp ${row.unit} ngoài phạm vi của bạn.`, `Hamlet ${row.unit} is outside your scope.`);
      else ok.push(row);
    }
    return { rows: ok, rejected, hamlets };
  }

  /**
   * Checks every hamlet's rows against its reports on record: those between the file's first and
   * last dates and the one on each side, read in slices of about SLICE rows (no transaction).
   */
  private async plan(
    campaignId: number,
    rows: readonly TallyCsvRow[],
    hamlets: Map<string, UnitRow>,
  ): Promise<{ planned: PlannedRow[]; rejected: RejectedRow[] }> {
    const byUnit = new Map<string, TallyCsvRow[]>();
    let first = '9999-12-31';
    let last = '0000-01-01';
    for (const row of rows) {
      (byUnit.get(row.unit) ?? byUnit.set(row.unit, []).get(row.unit)!).push(row);
      if (row.date < first) first = row.date;
      if (row.date > last) last = row.date;
    }
    const planned: PlannedRow[] = [];
    const rejected: RejectedRow[] = [];
    for (const part of slicesOf([...byUnit.keys()], (code) => byUnit.get(code)!.length)) {
      const ids = part.map((code) => hamlets.get(code)!.id);
      const existing = new Map<number, ExistingReport[]>();
      for (const r of await this.existing(campaignId, ids, first, last))
        (existing.get(r.unitId) ?? existing.set(r.unitId, []).get(r.unitId)!).push(r);
      part.forEach((code, i) => {
        const plan = planHamletImport(existing.get(ids[i]!) ?? [], byUnit.get(code)!);
        planned.push(...plan.planned);
        rejected.push(...plan.rejected);
      });
      await pause();
    }
    return { planned, rejected };
  }

  /**
   * Reports of some hamlets from `first` to `last`, with the last one before and the first one
   * after, by hamlet and date: for each hamlet (the id list drives the join, so SQLite cannot
   * start from the whole report table) one range of its own series, from its last report before
   * `first` to its first report after `last`, found by two index seeks.
   */
  private async existing(
    campaignId: number,
    ids: readonly number[],
    first: IsoDate,
    last: IsoDate,
  ): Promise<Array<ExistingReport & { unitId: number }>> {
    return await this.sql.all(
      `SELECT r.unit_id AS unitId, r.date, r.collected, r.activated, r.reason
       FROM ${idsJoin(this.sql)} tally_report r
         ON r.campaign_id = ? AND r.unit_id = ids.value
        AND r.date >= COALESCE((SELECT MAX(x.date) FROM tally_report x WHERE x.campaign_id = ? AND x.unit_id = ids.value AND x.date < ?), ?)
        AND r.date <= COALESCE((SELECT MIN(x.date) FROM tally_report x WHERE x.campaign_id = ? AND x.unit_id = ids.value AND x.date > ?), ?)
       ORDER BY r.unit_id, r.date`,
      JSON.stringify(ids),
      campaignId,
      campaignId,
      first,
      first,
      campaignId,
      last,
      last,
    );
  }

  /** The write, as plain data: the changed rows by day, the plan's watermark, the summary. */
  private job(
    cmd: ImportCommand,
    planned: readonly PlannedRow[],
    hamlets: Map<string, UnitRow>,
    watermark: number,
    summary: ImportSummary,
  ): ImportWriteJob {
    const byDate = new Map<IsoDate, ImportWriteJob['days'][number]['items']>();
    for (const { row, outcome } of planned) {
      if (outcome === 'unchanged') continue;
      const { unit, collected, activated, reason } = row;
      const { id, path } = hamlets.get(unit)!;
      (byDate.get(row.date) ?? byDate.set(row.date, []).get(row.date)!).push({
        hamlet: { id, path },
        report: { unit, collected, activated, reason },
      });
    }
    return {
      campaign: cmd.campaign,
      actor: actorOf(cmd.viewer, cmd.requestId),
      watermark,
      summary,
      days: [...byDate].map(([date, items]) => ({ date, items })),
      scope: { unitId: cmd.viewer.scopeUnitId, path: cmd.viewer.scopePath },
    };
  }
}
