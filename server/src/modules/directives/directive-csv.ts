import { formatCsv, percentCell, type ProgressState } from '@chitieu/shared';
import type { DirectiveReportData, ReportRowData } from './directive-report.service';

const STATE_VI: Record<ProgressState, string> = {
  DONE: 'Hoàn thành',
  ON_TRACK: 'Đúng tiến độ',
  AT_RISK: 'Có nguy cơ chậm',
  OVERDUE: 'Quá hạn',
  NOT_STARTED: 'Chưa bắt đầu',
};

const HEADER = [
  'Xếp hạng',
  'Mã đơn vị',
  'Đơn vị',
  'Chỉ tiêu',
  'Thu nhận',
  'Tỷ lệ thu nhận (%)',
  'Kích hoạt',
  'Tỷ lệ kích hoạt (%)',
  'Thu nhận tăng so với kỳ trước',
  'Kích hoạt tăng so với kỳ trước',
  'Trạng thái',
];

function row(r: ReportRowData, rank: string | number | null): Array<string | number | null> {
  return [
    rank,
    r.unitCode,
    r.unitName,
    r.target,
    r.collected,
    percentCell(r.collectedRate),
    r.activated,
    percentCell(r.activatedRate),
    r.collectedChange,
    r.activatedChange,
    STATE_VI[r.state],
  ];
}

/**
 * The report as one table for a spreadsheet: a header row, one row per unit in tree order with its
 * rank, and the total ("Tổng cộng") last, in the one export dialect (formatCsv: semicolons, rates
 * "88,33", UTF-8 with a BOM, CRLF), so Excel with Vietnamese settings opens names and numbers as they are.
 */
export function reportCsv(report: DirectiveReportData): string {
  return formatCsv([HEADER, ...report.rows.map((r) => row(r, r.rank)), row(report.total, 'Tổng cộng')]);
}

/** "7027-UBND-KSTT_nv5_2023-11-14.csv": safe in a Content-Disposition header on every system. */
export function reportFileName(report: DirectiveReportData): string {
  const number = report.directiveNumber
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9-]+/g, '-');
  return `${number}_nv${report.taskNumber}_${report.asOf}_${report.level.toLowerCase()}.csv`;
}
