import {
  changeSince,
  filesReport,
  peoplesCommitteeName,
  rankRows,
  type IsoDate,
  type ProgressState,
  type ReportLevel,
  type TaskKind,
} from '@chitieu/shared';
import { appError } from '../../core/errors';
import type { Loaders } from '../context';
import type { CampaignService } from '../campaigns/campaign.service';
import type { UnitProgress } from '../tallies/progress.service';
import type { UnitRow } from '../units/unit.service';
import type { AgencyService } from './agency.service';
import { bodyName } from './agency.service';
import type { LineRef } from './directive-lookup';
import type { DirectiveStore } from './directive.store';

/** One unit's row of a report: figures as of the date, change since the previous filed report, rank. */
export interface ReportRowData {
  unitCode: string;
  unitName: string;
  target: number;
  collected: number;
  activated: number;
  collectedRate: number | null;
  activatedRate: number | null;
  collectedChange: number | null;
  activatedChange: number | null;
  rank: number | null;
  state: ProgressState;
}

export interface ReportTaskData {
  number: number;
  title: string;
  kind: TaskKind;
  deadline: IsoDate | null;
  state: ProgressState;
  percentDone: number | null;
}

/** A directive report as generated, and as a filed report keeps it (its snapshot). */
export interface DirectiveReportData {
  directiveNumber: string;
  directiveTitle: string;
  issuedBy: string;
  issuedDate: IsoDate;
  taskNumber: number;
  taskTitle: string;
  deadline: IsoDate | null;
  assigneeCode: string;
  assigneeName: string;
  campaign: string;
  asOf: IsoDate;
  level: ReportLevel;
  total: ReportRowData;
  rows: ReportRowData[];
  previousAsOf: IsoDate | null;
  tasks: ReportTaskData[];
}

/**
 * The report of a REPORT_BY task (báo cáo kết quả): per district (or commune) under the
 * assignee's unit — target, collected, activated, both rates, change since the previous filed
 * report of the same line, rank by activation rate — and the state of every task of the directive.
 */
export class DirectiveReportService {
  constructor(
    private readonly store: DirectiveStore,
    private readonly agencies: AgencyService,
    private readonly campaigns: CampaignService,
  ) {}

  async build(
    ref: LineRef,
    asOf: IsoDate,
    level: ReportLevel,
    loaders: Pick<Loaders, 'progress' | 'directives'>,
  ): Promise<DirectiveReportData> {
    const { directive, task, line } = ref;
    if (!filesReport(task.kind))
      throw appError(
        'BAD_USER_INPUT',
        `Nhiệm vụ ${task.number} không phải nhiệm vụ báo cáo.`,
        `Task ${task.number} is not a report task.`,
      );
    const campaign = (await this.campaigns.all()).find((c) => c.id === directive.campaignId);
    if (!campaign)
      throw appError(
        'BAD_USER_INPUT',
        'Văn bản chưa gắn với chiến dịch nào: không có số liệu để báo cáo.',
        'The directive concerns no campaign: there are no figures to report.',
      );
    const root = line.unit;
    if (
      (level === 'DISTRICT' && root.level !== 'PROVINCE') ||
      (level === 'COMMUNE' && !['PROVINCE', 'DISTRICT'].includes(root.level))
    ) {
      throw appError(
        'BAD_USER_INPUT',
        `Không có cấp ${level} dưới ${root.name}.`,
        `There is no ${level} level below ${root.name}.`,
      );
    }
    const units = await this.store.unitsAtLevel(root.path, level);
    const progress = await loaders.progress.loader(campaign, asOf).loadMany([root, ...units]);
    const previous = await this.previousRows(line.id, asOf);
    const toRow = (unit: UnitRow, p: UnitProgress | Error): ReportRowData => {
      if (p instanceof Error) throw p;
      const counts = { collected: p.current.collected, activated: p.current.activated };
      const change = previous ? changeSince(counts, previous.rows.get(unit.code)) : null;
      return {
        unitCode: unit.code,
        unitName: unit.name,
        target: p.target,
        ...counts,
        collectedRate: p.collected.rate,
        activatedRate: p.activated.rate,
        collectedChange: change?.collected ?? null,
        activatedChange: change?.activated ?? null,
        rank: null,
        state: p.state,
      };
    };
    const total = toRow(root, progress[0]!);
    const rows = units.map((u, i) => toRow(u, progress[i + 1]!));
    const ranks = rankRows(rows.map((r) => ({ code: r.unitCode, ...r })));
    for (const row of rows) row.rank = ranks.get(row.unitCode) ?? null;
    return {
      directiveNumber: directive.number,
      directiveTitle: directive.title,
      issuedBy: bodyName(await this.agencies.bodyOf(directive.issuerUnitId, directive.issuerAgencyId)),
      issuedDate: directive.issuedDate,
      taskNumber: task.number,
      taskTitle: task.title,
      deadline: task.deadline,
      assigneeCode: ref.assignee,
      assigneeName:
        line.agencyId === null ? peoplesCommitteeName(root.name) : (await this.agencies.byId(line.agencyId))!.name,
      campaign: campaign.code,
      asOf,
      level,
      total,
      rows,
      previousAsOf: previous?.asOf ?? null,
      tasks: await this.taskStates(ref, asOf, loaders),
    };
  }

  private async previousRows(
    lineId: number,
    asOf: IsoDate,
  ): Promise<{ asOf: IsoDate; rows: Map<string, { collected: number; activated: number }> } | null> {
    const filed = await this.store.previousReport(lineId, asOf);
    if (!filed) return null;
    const snapshot = JSON.parse(filed.snapshot) as DirectiveReportData;
    const rows = new Map(
      [snapshot.total, ...snapshot.rows].map((r) => [r.unitCode, { collected: r.collected, activated: r.activated }]),
    );
    return { asOf: filed.asOf, rows };
  }

  private async taskStates(
    ref: LineRef,
    asOf: IsoDate,
    loaders: Pick<Loaders, 'directives'>,
  ): Promise<ReportTaskData[]> {
    const tasks = await loaders.directives.tasks.load(ref.directive.id);
    return Promise.all(
      tasks.map(async (t) => {
        const status = await loaders.directives.taskStatus(ref.directive, t, asOf);
        return {
          number: t.number,
          title: t.title,
          kind: t.kind,
          deadline: t.deadline,
          state: status.state,
          percentDone: status.percentDone,
        };
      }),
    );
  }
}
