/**
 * Splits an integer total over weights so that the parts are integers summing exactly to the
 * total (Hamilton's largest-remainder method). Ties on the remainder go to the larger weight,
 * then to the earlier position, so the result is deterministic.
 */
export function splitLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer: ${total}`);
  if (weights.some((w) => !Number.isFinite(w) || w < 0))
    throw new RangeError('weights must be finite and non-negative');
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new RangeError('cannot split a non-zero total over nothing');
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  // No weight at all: split equally.
  const effective = sum > 0 ? weights : weights.map(() => 1);
  const effectiveSum = sum > 0 ? sum : weights.length;

  const exact = effective.map((w) => (total * w) / effectiveSum);
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x), weight: effective[i] ?? 0 }))
    .sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}

/** Equal split: the same as a split over equal weights. */
export function splitEqually(total: number, count: number): number[] {
  return splitLargestRemainder(
    total,
    Array.from({ length: count }, () => 1),
  );
}
