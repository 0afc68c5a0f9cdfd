/** How much of a parent's target its children's targets cover. */
export interface Allocation {
  /** The sum of the children's targets (đã phân bổ). */
  allocated: number;
  /** Parent target − allocated (chưa phân bổ); negative when over-allocated (phân bổ vượt). */
  unallocated: number;
}

export function allocationOf(parentTarget: number, childTargets: readonly number[]): Allocation {
  const allocated = childTargets.reduce((a, b) => a + b, 0);
  return { allocated, unallocated: parentTarget - allocated };
}

/** The largest target a unit may have: far above any real campaign, far below 2^53. */
export const MAX_TARGET = 1_000_000_000;

export function isTarget(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_TARGET;
}

/** A version token of a parent's split, as the API passes it ("0" when never saved). */
export function parseVersionToken(token: string): number | null {
  return /^\d{1,15}$/.test(token) ? Number(token) : null;
}
