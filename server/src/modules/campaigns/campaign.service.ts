import { isIsoDate, todayInVietnam, type IsoDate } from '@chitieu/shared';
import type { Sql } from '../../db/sql';

export interface CampaignRow {
  id: number;
  code: string;
  name: string;
  description: string;
  collectedLabel: string;
  activatedLabel: string;
  startDate: IsoDate;
  deadline: IsoDate;
  rootUnitId: number;
  createdAt: string;
}

const COLUMNS = `id, code, name, description, collected_label AS collectedLabel, activated_label AS activatedLabel,
  start_date AS startDate, deadline, root_unit_id AS rootUnitId, created_at AS createdAt`;

export type NewCampaign = Omit<CampaignRow, 'id' | 'createdAt'>;

/** Campaigns: their two counts, dates and root unit. Few rows, read on every request: cached. */
export class CampaignService {
  private cache: CampaignRow[] | null = null;

  constructor(private readonly sql: Sql) {}

  all(): CampaignRow[] {
    this.cache ??= this.sql.all<CampaignRow>(`SELECT ${COLUMNS} FROM campaign ORDER BY start_date DESC, id DESC`);
    return this.cache;
  }

  byCode(code: string): CampaignRow | undefined {
    return this.all().find((c) => c.code === code);
  }

  /** The campaign a request means when it names none: the latest one. */
  current(): CampaignRow | undefined {
    return this.all()[0];
  }

  insert(campaign: NewCampaign): CampaignRow {
    const { lastInsertRowid } = this.sql.run(
      `INSERT INTO campaign (code, name, description, collected_label, activated_label, start_date, deadline, root_unit_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      campaign.code, campaign.name, campaign.description, campaign.collectedLabel, campaign.activatedLabel,
      campaign.startDate, campaign.deadline, campaign.rootUnitId, new Date().toISOString(),
    );
    this.cache = null;
    return this.all().find((c) => c.id === Number(lastInsertRowid))!;
  }

  /** Changes a campaign's fields (not its code or root); for checked callers inside a transaction. */
  update(id: number, fields: Omit<NewCampaign, 'code' | 'rootUnitId'>): void {
    this.sql.run(
      `UPDATE campaign SET name = ?, description = ?, collected_label = ?, activated_label = ?, start_date = ?, deadline = ? WHERE id = ?`,
      fields.name, fields.description, fields.collectedLabel, fields.activatedLabel, fields.startDate, fields.deadline, id,
    );
    this.cache = null;
  }

  /** Forgets the cached rows (after a transaction that wrote campaigns, committed or not). */
  invalidate(): void {
    this.cache = null;
  }
}

/**
 * The business clock: the date the campaign considers "today". Stored in the database (the demo
 * sets 2023-11-15), overridden by CHITIEU_TODAY, otherwise the real date in Vietnam. It never
 * advances by itself.
 */
export class ClockService {
  constructor(
    private readonly sql: Sql,
    private readonly override: IsoDate | null,
  ) {}

  today(): IsoDate {
    if (this.override) return this.override;
    const stored = this.sql.get<{ value: string }>(`SELECT value FROM setting WHERE key = 'today'`)?.value;
    return stored && isIsoDate(stored) ? stored : todayInVietnam();
  }

  setStoredToday(date: IsoDate | null): void {
    if (date === null) this.sql.run(`DELETE FROM setting WHERE key = 'today'`);
    else this.sql.run(`INSERT INTO setting (key, value) VALUES ('today', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`, date);
  }
}
