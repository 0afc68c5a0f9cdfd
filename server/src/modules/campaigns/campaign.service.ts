import { isIsoDate, todayInVietnam, type CampaignBasics, type IsoDate } from '@chitieu/shared';
import { RowsCache } from '../../db/rows-cache';
import type { Db } from '../../db/sql';

export interface CampaignRow extends CampaignBasics {
  id: number;
  rootUnitId: number;
  createdAt: string;
}

const COLUMNS = `id, code, name, description, collected_label AS collectedLabel, activated_label AS activatedLabel,
  start_date AS startDate, deadline, root_unit_id AS rootUnitId, created_at AS createdAt`;

export type NewCampaign = Omit<CampaignRow, 'id' | 'createdAt'>;

/** Campaigns: their two counts, dates and root unit. Few rows, read on every request: cached. */
export class CampaignService {
  private readonly cache: RowsCache<CampaignRow>;

  constructor(private readonly sql: Db) {
    this.cache = new RowsCache(
      sql,
      async () => await sql.all<CampaignRow>(`SELECT ${COLUMNS} FROM campaign ORDER BY start_date DESC, id DESC`),
    );
  }

  async all(): Promise<CampaignRow[]> {
    return this.cache.get();
  }

  async byCode(code: string): Promise<CampaignRow | undefined> {
    return (await this.all()).find((c) => c.code === code);
  }

  /** The campaign a request means when it names none: the latest one. */
  async current(): Promise<CampaignRow | undefined> {
    return (await this.all())[0];
  }

  async insert(campaign: NewCampaign): Promise<CampaignRow> {
    const insertedId = await this.sql.insert(
      `INSERT INTO campaign (code, name, description, collected_label, activated_label, start_date, deadline, root_unit_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      campaign.code,
      campaign.name,
      campaign.description,
      campaign.collectedLabel,
      campaign.activatedLabel,
      campaign.startDate,
      campaign.deadline,
      campaign.rootUnitId,
      new Date().toISOString(),
    );
    this.cache.invalidate();
    return (await this.all()).find((c) => c.id === insertedId)!;
  }

  /** Changes a campaign's fields (not its code or root); for checked callers inside a transaction. */
  async update(id: number, fields: Omit<NewCampaign, 'code' | 'rootUnitId'>): Promise<void> {
    await this.sql.run(
      `UPDATE campaign SET name = ?, description = ?, collected_label = ?, activated_label = ?, start_date = ?, deadline = ? WHERE id = ?`,
      fields.name,
      fields.description,
      fields.collectedLabel,
      fields.activatedLabel,
      fields.startDate,
      fields.deadline,
      id,
    );
    this.cache.invalidate();
  }

  /** Forgets the cached rows (after a transaction that wrote campaigns, committed or not). */
  invalidate(): void {
    this.cache.invalidate();
  }
}

/**
 * The business clock: the date the campaign considers "today". Stored in the database (the demo
 * sets 2023-11-15), overridden by CHITIEU_TODAY, otherwise the real date in Vietnam. It never
 * advances by itself.
 */
export class ClockService {
  constructor(
    private readonly sql: Db,
    private readonly override: IsoDate | null,
  ) {}

  async today(): Promise<IsoDate> {
    if (this.override) return this.override;
    const stored = (await this.sql.get<{ value: string }>(`SELECT value FROM setting WHERE key = 'today'`))?.value;
    return stored && isIsoDate(stored) ? stored : todayInVietnam();
  }

  async setStoredToday(date: IsoDate | null): Promise<void> {
    if (date === null) await this.sql.run(`DELETE FROM setting WHERE key = 'today'`);
    else
      await this.sql.run(
        `INSERT INTO setting (key, value) VALUES ('today', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
        date,
      );
  }
}
