import type { Counts } from '../progress/progress';

/** One cumulative report for one hamlet on one date, as typed by an official. */
export interface TallyInput {
  unit: string;
  collected: number;
  activated: number;
  reason?: string | null;
}

/** What the hamlet reported before and after the date being written, if anything. */
export interface TallyNeighbours {
  previous: Counts | null;
  next: Counts | null;
}

export interface TallyProblem {
  unit: string;
  field: 'collected' | 'activated' | 'reason' | 'unit';
  messageVi: string;
  messageEn: string;
}

const MAX_COUNT = 100_000_000;
export const MAX_REASON_LENGTH = 500;

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_COUNT;
}

/**
 * The rules of one report: whole numbers from 0; activated never above collected; a cumulative
 * count below the hamlet's previous report, or above a later one, is a correction and needs a
 * reason. Returns every problem, each tied to its cell.
 */
export function checkTally(input: TallyInput, around: TallyNeighbours): TallyProblem[] {
  const problems: TallyProblem[] = [];
  const problem = (field: TallyProblem['field'], messageVi: string, messageEn: string) =>
    problems.push({ unit: input.unit, field, messageVi, messageEn });

  for (const field of ['collected', 'activated'] as const) {
    if (!isCount(input[field])) {
      problem(field, 'Phải là số nguyên từ 0 đến 100.000.000.', 'Must be a whole number from 0 to 100,000,000.');
    }
  }
  if (problems.length > 0) return problems;
  if (input.activated > input.collected) {
    problem('activated', 'Số kích hoạt không được lớn hơn số thu nhận.', 'Activated cannot exceed collected.');
  }
  const reason = input.reason?.trim() ?? '';
  if (reason.length > MAX_REASON_LENGTH) {
    problem(
      'reason',
      `Lý do dài quá ${MAX_REASON_LENGTH} ký tự.`,
      `The reason is longer than ${MAX_REASON_LENGTH} characters.`,
    );
  }
  if (reason.length === 0) {
    for (const field of ['collected', 'activated'] as const) {
      const { previous, next } = around;
      if (previous && input[field] < previous[field]) {
        problem(
          field,
          `Thấp hơn báo cáo trước (${previous[field]}): cần ghi lý do điều chỉnh.`,
          `Lower than the previous report (${previous[field]}): a correction needs a reason.`,
        );
      } else if (next && input[field] > next[field]) {
        problem(
          field,
          `Cao hơn báo cáo sau (${next[field]}): cần ghi lý do điều chỉnh.`,
          `Higher than a later report (${next[field]}): a correction needs a reason.`,
        );
      }
    }
  }
  return problems;
}
