import { formatCount, type Locale } from '../format/vi';
import type { Counts } from '../progress/progress';
import type { TallyInput } from './checks';

/**
 * A report as sent to recordTallies: the counts, and the report on record for the same hamlet
 * and date that it replaces, as the sender was shown it (null or left out: the sender was shown
 * none, so it must be the first report of that day).
 */
export interface ReplacingReport extends TallyInput {
  expected?: Counts | null;
}

/** One cell of a report that would have replaced a report its sender was not shown. */
export interface TallyConflictCell {
  unit: string;
  field: 'collected' | 'activated';
  /** What the sender was shown (null: no report for the day). */
  expected: number | null;
  /** What is on record now (null: no report for the day). */
  stored: number | null;
  /** What the sender sent. */
  sent: number;
  messageVi: string;
  messageEn: string;
}

const FIELDS = ['collected', 'activated'] as const;
const same = (a: Counts | null, b: Counts | null) =>
  a === null || b === null ? a === b : a.collected === b.collected && a.activated === b.activated;

function message(locale: Locale, stored: number | null, expected: number | null, sent: number): string {
  const n = (value: number) => formatCount(value, locale);
  if (locale === 'vi') {
    if (stored === null)
      return `Chưa có báo cáo nào được lưu cho ngày này (bạn thấy ${n(expected ?? 0)}); số bạn gửi: ${n(sent)}.`;
    if (expected === null)
      return `Đã có người khác lưu ${n(stored)} cho ngày này trong lúc bạn nhập; số bạn gửi: ${n(sent)}.`;
    return `Số đã lưu đổi thành ${n(stored)} trong lúc bạn nhập (bạn thấy ${n(expected)}); số bạn gửi: ${n(sent)}.`;
  }
  if (stored === null) return `No report is saved for this day (you saw ${n(expected ?? 0)}); you sent ${n(sent)}.`;
  if (expected === null)
    return `Someone else saved ${n(stored)} for this day while you were typing; you sent ${n(sent)}.`;
  return `The saved figure changed to ${n(stored)} while you were typing (you saw ${n(expected)}); you sent ${n(sent)}.`;
}

/**
 * Replace-with-expected: a report may replace the one on record for its hamlet and date only if
 * it names that one (`expected`, the counts its sender was shown); with nothing expected it may
 * only be the day's first report. A report whose counts are already the ones on record (a retry
 * of a save whose answer was lost) is no conflict. Otherwise every cell whose stored value is not
 * the one its sender saw is a conflict, with the three values.
 */
export function replaceConflicts(report: ReplacingReport, stored: Counts | null): TallyConflictCell[] {
  const expected = report.expected ?? null;
  if (same(stored, expected) || same(stored, report)) return [];
  const cells = FIELDS.filter((field) => stored?.[field] !== expected?.[field]);
  return cells.map((field) => {
    const was = stored?.[field] ?? null;
    const saw = expected?.[field] ?? null;
    const sent = report[field];
    return {
      unit: report.unit,
      field,
      expected: saw,
      stored: was,
      sent,
      messageVi: message('vi', was, saw, sent),
      messageEn: message('en', was, saw, sent),
    };
  });
}
