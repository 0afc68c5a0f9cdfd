import { splitLargestRemainder } from './split';

/** How a parent's target can be spread over its children (the split helpers of the targets editor). */
export const SPLIT_METHODS = ['EQUAL', 'POPULATION', 'CURRENT'] as const;
export type SplitMethod = (typeof SPLIT_METHODS)[number];

/** A child as the split helpers see it. */
export interface SplitChild {
  population: number | null;
  target: number;
}

export type SplitOutcome = { ok: true; parts: number[] } | { ok: false; reasonVi: string; reasonEn: string };

/**
 * Spreads `total` over the children so that the parts are whole numbers summing exactly to it
 * (largest remainder): EQUAL, in proportion to POPULATION (every child must have one), or in
 * proportion to the CURRENT targets (all zero: equally).
 */
export function splitTarget(total: number, children: readonly SplitChild[], method: SplitMethod): SplitOutcome {
  if (!Number.isSafeInteger(total) || total < 0) {
    return {
      ok: false,
      reasonVi: 'Tổng phải là số nguyên không âm.',
      reasonEn: 'The total must be a whole number, 0 or more.',
    };
  }
  if (children.length === 0) {
    return total === 0
      ? { ok: true, parts: [] }
      : { ok: false, reasonVi: 'Đơn vị này không có đơn vị cấp dưới.', reasonEn: 'This unit has no units below it.' };
  }
  switch (method) {
    case 'EQUAL':
      return {
        ok: true,
        parts: splitLargestRemainder(
          total,
          children.map(() => 1),
        ),
      };
    case 'POPULATION': {
      const missing = children.filter((c) => c.population === null || c.population < 0).length;
      if (missing > 0) {
        return {
          ok: false,
          reasonVi: `Chưa có dân số của ${missing} đơn vị: không chia theo dân số được.`,
          reasonEn: `${missing} of the units have no population: cannot split by population.`,
        };
      }
      return {
        ok: true,
        parts: splitLargestRemainder(
          total,
          children.map((c) => c.population ?? 0),
        ),
      };
    }
    case 'CURRENT':
      return {
        ok: true,
        parts: splitLargestRemainder(
          total,
          children.map((c) => Math.max(0, c.target)),
        ),
      };
  }
}
